#include "tests/support/TestSupport.h"

#include "models/auth/UserRepository.h"
#include "models/core/SqlUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace TestSupport {

QString lettersOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetter())
            out += c;
    return out;
}

QString tablesSnapshot(Store &store, std::initializer_list<const char *> tables)
{
    QString out;
    for (const char *table : tables) {
        QSqlQuery q(store.db());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
    });
    return text;
}

qint64 sqlNumber(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool sqlExec(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

Actor actorOf(Store &store, const QString &userId)
{
    return UserRepository(store).actor(userId);
}

QString addStaff(Store &store, const QString &username, const QStringList &grants)
{
    UserRepository users(store);
    User u;
    u.kind = UserKind::Staff;
    u.username = username;
    if (!users.insert(u))
        return {};
    for (const QString &g : grants)
        if (!users.grantToUser(u.id, g))
            return {};
    return u.id;
}

QString writeText(const QString &dir, const QString &name, const QString &text)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
        return {};
    return path;
}

QString pgEnvFile()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("VAFA_PG_ENV"));
}

namespace {
// Reads one of the env files the fixtures write (PGHOST=… lines) into connection parameters.
bool readEnvParams(const char *variable, const QString &hint, Store::PostgresParams *params, QString *error)
{
    const QString path = QProcessEnvironment::systemEnvironment().value(QLatin1String(variable));
    if (path.isEmpty()) {
        *error = QStringLiteral("%1 is not set: %2").arg(QLatin1String(variable), hint);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 is missing: the fixture did not run (%2)").arg(path, f.errorString());
        return false;
    }
    QHash<QString, QString> env;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        const int eq = l.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(l.left(eq)).trimmed(), QString::fromUtf8(l.mid(eq + 1)).trimmed());
    }
    for (const char *k : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE"}) {
        if (!env.contains(QLatin1String(k))) {
            *error = QStringLiteral("%1 has no %2").arg(path, QLatin1String(k));
            return false;
        }
    }
    params->host = env.value(QStringLiteral("PGHOST"));
    params->port = env.value(QStringLiteral("PGPORT")).toInt();
    params->user = env.value(QStringLiteral("PGUSER"));
    params->password = env.value(QStringLiteral("PGPASSWORD"));
    params->database = env.value(QStringLiteral("PGDATABASE"));
    return true;
}
} // namespace

bool readPgParams(Store::PostgresParams *params, QString *error)
{
    return readEnvParams("VAFA_PG_ENV", QStringLiteral("run PG tests through ctest -R 'pg_|tst_pg'"), params, error);
}

bool readBouncerParams(Store::PostgresParams *params, QString *error)
{
    return readEnvParams("VAFA_PGBOUNCER_ENV",
                         QStringLiteral("run PgBouncer tests through ctest (the pgbouncer fixture)"), params, error);
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QList<QVariantList> runList(Store &store, const ListSpec &spec, bool reversed)
{
    QList<QVariantList> out;
    const QString sql = spec.selectSql(reversed ? spec.orderByDesc : spec.orderBy);
    auto scope = store.sessionScope(); // on a company server: as the signed-in user
    QSqlQuery q(store.db());
    if (!Sql::execBound(q, sql, spec.binds)) {
        qWarning("runList: %s — %s", qPrintable(q.lastError().text()), qPrintable(sql));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < spec.columns.size(); ++c)
            row << q.value(c);
        out << row;
    }
    return out;
}

QStringList listIds(Store &store, const ListSpec &spec, bool reversed)
{
    QStringList ids;
    const auto rows = runList(store, spec, reversed);
    for (const QVariantList &r : rows)
        ids << r.value(0).toString();
    return ids;
}

TempStore::TempStore(const Store::OpenOptions &options)
    : m_path(m_dir.filePath(QStringLiteral("vafa-test.sqlite")))
    , m_store(std::make_unique<Store>())
{
    m_store->openSqlite(m_path, options);
}

TempStore::~TempStore()
{
    m_store.reset();
}

QString TempStore::errorText() const
{
    return m_store->errorMessage() + QLatin1String(" — ") + m_store->errorDetail();
}

namespace {
// Runs one statement on a short-lived admin connection to the throwaway server.
bool adminExec(const Store::PostgresParams &p, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("vafa-test-admin-%1").arg(QRandomGenerator::global()->generate());
    bool ok = false;
    {
        QSqlDatabase d = p.addConnection(name);
        if (!d.open()) {
            *error = d.lastError().text();
        } else {
            QSqlQuery q(d);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TempPgDatabase::TempPgDatabase()
{
    if (!readPgParams(&m_admin, &m_error))
        return;
    m_params = m_admin;
    m_params.database = QStringLiteral("vafa_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    m_ready = adminExec(m_admin, QStringLiteral("CREATE DATABASE %1").arg(m_params.database), &m_error);
}

bool TempPgDatabase::bouncerParams(Store::PostgresParams *params, QString *error) const
{
    Store::PostgresParams bouncer;
    if (!readBouncerParams(&bouncer, error))
        return false;
    *params = m_params; // the same database, role and password, through the bouncer's address
    params->host = bouncer.host;
    params->port = bouncer.port;
    return true;
}

TempPgDatabase::~TempPgDatabase()
{
    if (m_ready) {
        QString error;
        adminExec(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_params.database), &error);
        // the roles a company server made for it (models/server/ServerSetup), if any
        adminExec(m_admin, QStringLiteral("DROP ROLE IF EXISTS %1_owner, %1_login").arg(m_params.database), &error);
    }
}

OtherWriter::OtherWriter(Store &store, int waitMs)
    : m_store(store)
    , m_connection(QStringLiteral("other-writer-") + Store::newId())
{
    QSqlQuery(store.db()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(waitMs));
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    other.setDatabaseName(store.path());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    m_holding = other.open() && QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE"));
}

OtherWriter::~OtherWriter()
{
    {
        QSqlDatabase other = QSqlDatabase::database(m_connection, false);
        if (m_holding)
            QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    QSqlQuery(m_store.db()).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
}

} // namespace TestSupport
