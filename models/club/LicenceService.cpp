#include "models/club/LicenceService.h"

#include "models/club/ClubMemberRepository.h"
#include "models/core/Actor.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"

ClubSettings::Edition LicenceState::edition() const
{
    return inForce() ? verdict.licence.edition : ClubSettings::Edition::Standard;
}

bool LicenceState::moduleLicensed(ClubKind k) const { return !inForce() || verdict.licence.includes(k); }

int LicenceState::seats(ClubKind k) const
{
    if (inForce())
        return verdict.licence.seats(k) < 0 ? -1 : verdict.licence.seats(k);
    return ClubSettings::activeUserLimit(ClubSettings::Edition::Standard, k);
}

QString LicenceService::settingKey() { return QStringLiteral("club.licence"); }

LicenceState LicenceService::current(Store &store, const QDate &today)
{
    LicenceState s;
    SettingsRepository settings(store);
    const QString text = settings.value(settingKey()).toString();
    if (text.isEmpty())
        return s; // NotInstalled
    const Company company = settings.company().value_or(Company());
    s.verdict = LicenceVerdict::check(text.toUtf8(), company, today);
    return s;
}

LicenceService::Usage LicenceService::usage(Store &store, const QDate &today)
{
    Usage u;
    u.state = current(store, today);
    ClubMemberRepository members(store);
    u.activeCustomers = members.activeCount(clubKindName(ClubKind::Customer));
    u.activeAgents = members.activeCount(clubKindName(ClubKind::Agent));
    return u;
}

LicenceService::Installed LicenceService::install(Store &store, const Actor &actor, const QByteArray &fileText,
                                                  const QDate &today)
{
    Installed r;
    Store::Transaction tx(store);
    if (!tx.isActive()) {
        r.error = store.writeFailureMessage();
        return r;
    }
    if (!actor.may(Grant::SystemAdmin)) {
        r.error = tr("Only a system administrator may install a licence.");
        return r;
    }
    SettingsRepository settings(store);
    // the profile as stored now, inside the transaction that writes the licence
    const Company company = settings.company().value_or(Company());
    r.verdict = LicenceVerdict::check(fileText, company, today);
    if (!r.verdict.valid()) {
        r.error = r.verdict.message();
        return r;
    }
    const Licence &l = r.verdict.licence;
    const QString detail = QStringLiteral("%1 %2 %3/%4 %5").arg(l.serial, Licence::editionName(l.edition),
                                                                 QString::number(l.customerSeats),
                                                                 QString::number(l.agentSeats),
                                                                 l.expires.toString(Qt::ISODate));
    if (!settings.setValue(settingKey(), QString::fromUtf8(fileText))
        // subject_id is a row id (uuid on the server); the setting is named by the action
        || !AuditLog(store).append(actor.userId, QStringLiteral("club.licence.install"), QStringLiteral("settings"),
                                   QString(), detail)
        || !tx.commit()) {
        qWarning("licence: %s", qPrintable(settings.lastError()));
        r.error = tr("The licence could not be saved. Nothing was changed.");
        return r;
    }
    r.ok = true;
    return r;
}
