#include "tests/support/TempServer.h"

#include "models/server/ServerSetup.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace TestSupport {

TempServer::TempServer()
{
    if (!m_db.isReady()) {
        m_error = m_db.errorText();
        return;
    }
    const ServerSetup::Result r = ServerSetup::init(m_db.params(), QString::fromUtf8(kLoginPassword));
    if (!r.ok) {
        m_error = r.error + QLatin1Char(' ') + r.detail;
        return;
    }
    m_owner = std::make_unique<Store>();
    Store::OpenOptions open;
    open.create = false;
    if (!m_owner->openPostgres(m_db.params(), open)) {
        m_error = m_owner->errorDetail();
        return;
    }
    m_ready = true;
}

TempServer::~TempServer()
{
    m_owner.reset();
}

Store::PostgresParams TempServer::login() const
{
    // VAFA_TEST_THROUGH_PGBOUNCER: the workstations reach the server through the throwaway
    // PgBouncer in transaction mode, as an office behind one would (the *_via_pgbouncer tests)
    Store::PostgresParams p = m_db.params();
    QString error;
    if (qEnvironmentVariableIsSet("VAFA_TEST_THROUGH_PGBOUNCER") && !m_db.bouncerParams(&p, &error))
        qWarning("no PgBouncer: %s", qPrintable(error));
    p.user = ServerSetup::loginRole(p.database);
    p.password = QString::fromUtf8(kLoginPassword);
    return p;
}

std::unique_ptr<Store> TempServer::workstation(QString *error) const
{
    auto s = std::make_unique<Store>();
    Store::OpenOptions open;
    open.create = false;
    if (!s->openPostgres(login(), open)) {
        *error = s->errorMessage() + QLatin1Char(' ') + s->errorDetail();
        return nullptr;
    }
    return s;
}

QString TempServer::sessionFor(const QString &userId, int idleMinutes)
{
    const QString token = Store::newId().remove(QLatin1Char('-')) + Store::newId().remove(QLatin1Char('-'));
    QSqlQuery q(m_owner->db());
    q.prepare(QStringLiteral("INSERT INTO sessions (id, user_id, token_hash, expires_at, idle_minutes) "
                             "VALUES (gen_random_uuid(), ?, sha256(convert_to(?, 'UTF8')), now() + interval '1 day', ?)"));
    q.addBindValue(userId);
    q.addBindValue(token);
    q.addBindValue(idleMinutes);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    return token;
}

TwinDemo::TwinDemo(const DemoOptions &options)
{
    if (!server.isReady()) {
        error = server.errorText();
        return;
    }
    if (!file.isOpen()) {
        error = file.errorText();
        return;
    }
    const DemoResult online = DemoCompany::generate(server.owner(), options);
    const DemoResult local = online.ok ? DemoCompany::generate(file.store(), options) : online;
    ok = local.ok;
    error = local.error;
}

} // namespace TestSupport
