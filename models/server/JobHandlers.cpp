#include "models/server/JobHandlers.h"

#include "models/server/ServerSetup.h"

#include "models/club/LicenceService.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

QString JobHandler::keyFor(const QDateTime &at) const
{
    return kind() + QLatin1Char('@') + at.toUTC().toString(Qt::ISODate);
}

NewJob JobHandler::jobAt(const QDateTime &at) const
{
    NewJob j;
    j.kind = kind();
    j.key = keyFor(at);
    j.runAt = at;
    return j;
}

// --- expire_sessions ---------------------------------------------------------------------------

JobOutcome ExpireSessionsJob::run(Store &store, const Job &)
{
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT vafa_expire_sessions()")) || !q.next())
        return JobOutcome::failed(q.lastError().text());
    m_lastExpired = q.value(0).toInt();
    return JobOutcome::done();
}

QDateTime ExpireSessionsJob::nextRunAfter(const QDateTime &now) const
{
    // the start of the next minute: every worker computes the same time, hence the same key
    const QDateTime utc = now.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC).addSecs(60);
}

// --- licence_check -----------------------------------------------------------------------------

QString LicenceCheckJob::statusCode(int reason)
{
    using R = LicenceVerdict::Reason;
    switch (R(reason)) {
    case R::Valid: return QStringLiteral("valid");
    case R::NotInstalled: return QStringLiteral("not_installed");
    case R::BadFormat: return QStringLiteral("bad_format");
    case R::WrongKey: return QStringLiteral("wrong_key");
    case R::Tampered: return QStringLiteral("tampered");
    case R::OtherCompany: return QStringLiteral("other_company");
    case R::NoCompanyId: return QStringLiteral("no_company_id");
    case R::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}

JobOutcome LicenceCheckJob::run(Store &store, const Job &)
{
    const QDate today = Store::now().toLocalTime().date();
    Store::Transaction tx(store);
    if (!tx.isActive())
        return JobOutcome::failed(store.writeFailureMessage());
    const LicenceState state = LicenceService::current(store, today);
    QJsonObject status{{QStringLiteral("status"), statusCode(int(state.verdict.reason))},
                       {QStringLiteral("checked_on"), today.toString(Qt::ISODate)},
                       {QStringLiteral("message"), state.verdict.message()}};
    if (state.verdict.licence.expires.isValid())
        status.insert(QStringLiteral("expires"), state.verdict.licence.expires.toString(Qt::ISODate));
    // the seats the server enforces follow the licence in force (ServerSetup::recordLicenceSeats)
    status.insert(QStringLiteral("customer_seats"), state.seats(ClubKind::Customer));
    status.insert(QStringLiteral("agent_seats"), state.seats(ClubKind::Agent));
    SettingsRepository settings(store);
    const QJsonObject before = settings.value(settingKey()).toObject();
    if (before == status)
        return JobOutcome::done(); // checked today already, with the same verdict: nothing to write
    if (!settings.setValue(settingKey(), status))
        return JobOutcome::failed(settings.lastError());
    QString seatsError;
    if (!ServerSetup::recordLicenceSeats(store, &seatsError))
        return JobOutcome::failed(seatsError);
    // the audit log records a change of verdict (a licence expired, was replaced…), not every day
    const QString was = before.value(QStringLiteral("status")).toString();
    if (was != status.value(QStringLiteral("status")).toString()) {
        AuditLog audit(store);
        if (!audit.append(QString(), QStringLiteral("server.licence_status"), QStringLiteral("settings"), QString(),
                          QStringLiteral("%1 → %2").arg(was.isEmpty() ? QStringLiteral("-") : was,
                                                        status.value(QStringLiteral("status")).toString())))
            return JobOutcome::failed(audit.lastError());
    }
    if (!tx.commit())
        return JobOutcome::failed(store.writeFailureMessage());
    return JobOutcome::done();
}

QDateTime LicenceCheckJob::nextRunAfter(const QDateTime &now) const
{
    // daily, at the start of the next UTC day: the same time, hence the same key, on every worker
    const QDateTime utc = now.toUTC();
    return QDateTime(utc.date().addDays(1), QTime(0, 0), Qt::UTC);
}

std::vector<std::unique_ptr<JobHandler>> standardJobHandlers()
{
    std::vector<std::unique_ptr<JobHandler>> out;
    out.push_back(std::make_unique<ExpireSessionsJob>());
    out.push_back(std::make_unique<LicenceCheckJob>());
    return out;
}
