#include "models/server/ServerSetup.h"

#include "models/club/LicenceService.h"
#include "models/core/Migrator.h"
#include "models/core/SettingsRepository.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString quoted(const QString &identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// The functions a workstation's login role may call: the sign-in API and what the policies and
// triggers evaluate as the writer. Everything else (argon2, settings readers, the worker's
// functions) stays with the owner.
const QStringList &clientFunctions()
{
    static const QStringList names{
        QStringLiteral("vafa_sign_in(text,text,text,text)"), QStringLiteral("vafa_sign_out()"),
        QStringLiteral("vafa_touch_session()"), QStringLiteral("vafa_open_sessions()"),
        QStringLiteral("vafa_end_session(uuid)"), QStringLiteral("vafa_schema_version()"),
        QStringLiteral("vafa_session_user_id()"), QStringLiteral("vafa_is_staff()"), QStringLiteral("vafa_may(text)"),
        QStringLiteral("vafa_may_any(text[])"),
        QStringLiteral("vafa_may_administer()"), QStringLiteral("vafa_may_configure()"),
        QStringLiteral("vafa_club_principal()"), QStringLiteral("vafa_club_kind()"), QStringLiteral("vafa_club_user_id()"),
        QStringLiteral("vafa_club_identity_id()"), QStringLiteral("vafa_club_agent_id()"),
        QStringLiteral("vafa_club_scope()"), QStringLiteral("vafa_live_item_types()"),
        QStringLiteral("vafa_club_viewable_types()"), QStringLiteral("vafa_club_creatable_types()"),
        QStringLiteral("vafa_writer_is_client(oid)"), QStringLiteral("vafa_item_type_finance(uuid)"),
        QStringLiteral("vafa_seats_left(text,uuid)")};
    return names;
}

// Tables a workstation never touches on the server: who is signed in (through functions only),
// the schema's history, a replica's own bookkeeping, the worker's queue.
const QStringList &serverOnlyTables()
{
    static const QStringList names{QStringLiteral("sessions"), QStringLiteral("schema_migrations"),
                                   QStringLiteral("outbox"), QStringLiteral("sync_cursors"),
                                   QStringLiteral("sync_conflicts"), QStringLiteral("jobs")};
    return names;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QLatin1String(" — ") + sql.left(300);
            return false;
        }
    }
    return true;
}

QStringList column(QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

class Connection
{
public:
    explicit Connection(const Store::PostgresParams &p)
        : m_name(QLatin1String("vafa-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase d = p.addConnection(m_name);
        m_open = d.open();
        m_error = d.lastError().text();
        if (m_open)
            QSqlQuery(d).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~Connection()
    {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

QString ServerSetup::ownerRole(const QString &database) { return database.left(50) + QLatin1String("_owner"); }
QString ServerSetup::loginRole(const QString &database) { return database.left(50) + QLatin1String("_login"); }

ServerSetup::Result ServerSetup::init(const Store::PostgresParams &superuser, const QString &loginPassword)
{
    return run(superuser, true, loginPassword);
}

ServerSetup::Result ServerSetup::migrate(const Store::PostgresParams &superuser)
{
    return run(superuser, false, QString());
}

ServerSetup::Result ServerSetup::run(const Store::PostgresParams &superuser, bool initialising,
                                     const QString &loginPassword)
{
    Result r;
    r.ownerRole = ownerRole(superuser.database);
    r.loginRole = loginRole(superuser.database);
    r.toVersion = Migrator::latestVersion();
    Connection c(superuser);
    if (!c.isOpen()) {
        r.error = tr("The server could not be reached or refused the connection.");
        r.detail = c.error();
        return r;
    }
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next()
        || !q.value(0).toBool()) {
        r.error = tr("Preparing a company server needs a PostgreSQL superuser (for example: sudo -u postgres vafa "
                     "server init postgresql:///DATABASE).");
        return r;
    }
    q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL, "
                          "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"));
    q.next();
    const bool vafa = q.value(0).toBool();
    const int tables = q.value(1).toInt();
    if (initialising && tables > 0) {
        r.error = vafa ? tr("This database already holds a Vafa company; upgrade it with «vafa server migrate».")
                       : tr("This database is not empty; a company server starts from an empty database.");
        return r;
    }
    if (!initialising && !vafa) {
        r.error = tables > 0 ? tr("This database was not created by Vafa. It was left unchanged.")
                             : tr("This database is empty; prepare it with «vafa server init».");
        return r;
    }
    if (vafa) {
        q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
        q.next();
        r.fromVersion = q.value(0).toInt();
    }
    q.finish();
    if (r.fromVersion > r.toVersion) {
        r.error = tr("This database was written by a newer Vafa (schema %1; this Vafa knows %2). Nothing was changed.")
                      .arg(r.fromVersion)
                      .arg(r.toVersion);
        return r;
    }
    const QString database = superuser.database;
    const Migrator::Step roles = [&](QSqlDatabase &d, QString *error) {
        return execAll(d,
                       {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                                       "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                            .arg(literal(r.ownerRole), quoted(r.ownerRole)),
                        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                                       "CREATE ROLE %2 LOGIN NOINHERIT; END IF; END $$")
                            .arg(literal(r.loginRole), quoted(r.loginRole))},
                       error);
    };
    const Migrator::Step grants = [&](QSqlDatabase &d, QString *error) {
        return secure(d, database, loginPassword, error);
    };
    QString error;
    if (!Migrator(Dialect(Dialect::Kind::Postgres)).migrate(db, r.fromVersion, r.toVersion, &error, roles, grants)) {
        r.error = tr("The server database could not be prepared. Nothing was changed.");
        r.detail = error;
        return r;
    }
    r.ok = true;
    return r;
}

// Ownership and rights, from scratch each time (a migration may have added tables or functions).
bool ServerSetup::secure(QSqlDatabase &db, const QString &database, const QString &loginPassword, QString *error)
{
    const QString owner = quoted(ownerRole(database));
    const QString login = quoted(loginRole(database));
    QStringList sql;
    if (!loginPassword.isEmpty())
        sql << QStringLiteral("ALTER ROLE %1 WITH LOGIN PASSWORD %2").arg(login, literal(loginPassword));
    sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(owner, login)
        << QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(owner);
    const QStringList tables = column(db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"));
    for (const QString &t : tables)
        sql << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(quoted(t), owner)
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(quoted(t));
    // Vafa's functions belong to the owner, except the two in PL/Python (an untrusted language:
    // they stay the superuser's, and the owner may only call them).
    const QStringList functions = column(
        db, QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                           "WHERE n.nspname = current_schema() AND p.proname LIKE 'vafa\\_%'"));
    for (const QString &f : functions) {
        sql << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(f);
        if (f.startsWith(QLatin1String("vafa_argon2_")))
            sql << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(f, owner);
        else
            sql << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(f, owner);
    }
    sql << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(login)
        << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(login);
    for (const QString &t : tables)
        if (!serverOnlyTables().contains(t) && t != QLatin1String("users"))
            sql << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON %1 TO %2").arg(quoted(t), login);
    // users: every column but the password hash may be read; a new hash may be written (a
    // staff reset), never read back (DESIGN §6: a client never reads a hash)
    const QStringList userColumns = column(
        db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                           "AND table_name = 'users' AND column_name <> 'password_hash' ORDER BY ordinal_position"));
    QStringList quotedColumns;
    for (const QString &col : userColumns)
        quotedColumns << quoted(col);
    sql << QStringLiteral("GRANT SELECT (%1) ON users TO %2").arg(quotedColumns.join(QLatin1String(", ")), login)
        << QStringLiteral("GRANT INSERT, UPDATE ON users TO %1").arg(login);
    for (const QString &f : clientFunctions())
        sql << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(f, login);
    return execAll(db, sql, error);
}

bool ServerSetup::recordLicenceSeats(Store &store, QString *error)
{
    const LicenceState state = LicenceService::current(store);
    QJsonObject seats{{QStringLiteral("customer"), state.seats(ClubKind::Customer)},
                      {QStringLiteral("agent"), state.seats(ClubKind::Agent)}};
    SettingsRepository settings(store);
    if (settings.setValue(QStringLiteral("server.licence.seats"), seats))
        return true;
    *error = settings.lastError();
    return false;
}

bool ServerSetup::liftLicenceSeats(Store &store, QString *error)
{
    SettingsRepository settings(store);
    if (settings.setValue(QStringLiteral("server.licence.seats"),
                          QJsonObject{{QStringLiteral("customer"), -1}, {QStringLiteral("agent"), -1}}))
        return true;
    *error = settings.lastError();
    return false;
}

ServerSetup::Status ServerSetup::status(const Store::PostgresParams &params)
{
    Status s;
    s.knownVersion = Migrator::latestVersion();
    Connection c(params);
    if (!c.isOpen()) {
        s.error = c.error();
        return s;
    }
    s.reachable = true;
    QSqlDatabase db = c.db();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) && q.next() && q.value(0).toBool()
        && q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && q.next())
        s.schemaVersion = q.value(0).toInt();
    if (s.schemaVersion == 0)
        return s;
    if (q.exec(QStringLiteral("SELECT name FROM company WHERE NOT deleted LIMIT 1")) && q.next())
        s.companyName = q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM identities WHERE NOT deleted), "
                              "(SELECT count(*) FROM users WHERE NOT deleted AND kind <> 'staff')"))
        && q.next()) {
        s.identities = q.value(0).toLongLong();
        s.clubUsers = q.value(1).toLongLong();
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > now() "
                              "AND last_seen_at > now() - make_interval(mins => idle_minutes)"))
        && q.next())
        s.openSessions = q.value(0).toLongLong();
    s.tablesWithoutRowSecurity = column(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                                                           "n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                                                           "AND c.relkind = 'r' AND NOT c.relrowsecurity ORDER BY 1"));
    s.rowSecurityEverywhere = s.tablesWithoutRowSecurity.isEmpty();
    return s;
}
