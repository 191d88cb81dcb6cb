// PgBouncer in transaction pooling mode (fixture "pgbouncer", in front of the throwaway
// PostgreSQL): clients share server connections transaction by transaction, so whatever a
// transaction leaves on its server connection reaches the next client's transaction. The
// session token travels with set_config(…, true), local to the transaction (DESIGN §6): it must
// never be seen by the next transaction of another client on the same server connection.
#include "models/core/SqlUtil.h"
#include "models/core/Store.h"
#include "tests/support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempPgDatabase;

namespace {

// A plain client of the bouncer (another workstation), on its own connection.
class Client
{
public:
    Client(const Store::PostgresParams &p, const QString &name) : m_name(name)
    {
        QSqlDatabase d = p.addConnection(m_name);
        m_open = d.open();
        if (!m_open)
            m_error = d.lastError().text();
    }
    ~Client()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // One transaction: the server connection it ran on and the token it saw ('' when none).
    bool look(int *backend, QString *token)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        // simple queries, no prepared statement: nothing of this client stays on the server
        const bool ok = q.exec(QStringLiteral("BEGIN"))
            && q.exec(QStringLiteral("SELECT pg_backend_pid(), coalesce(current_setting('vafa.token', true), '')"))
            && q.next();
        if (ok) {
            *backend = q.value(0).toInt();
            *token = q.value(1).toString();
        }
        q.finish();
        if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

class TestPgBouncerTransaction : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void throughTheBouncerInTransactionMode();
    void transactionTokenDoesNotReachTheNextClient();
    void sessionSettingWouldReachTheNextClient();
    void preparedStatementOnAnotherServerConnection();

private:
    std::unique_ptr<TempPgDatabase> m_pg;
    Store::PostgresParams m_bouncer;
};

void TestPgBouncerTransaction::init()
{
    m_pg = std::make_unique<TempPgDatabase>();
    QVERIFY2(m_pg->isReady(), qPrintable(m_pg->errorText()));
    QString why;
    QVERIFY2(m_pg->bouncerParams(&m_bouncer, &why), qPrintable(why));
    // the schema, directly on the server
    Store direct;
    QVERIFY2(direct.openPostgres(m_pg->params()), qPrintable(direct.errorDetail()));
}

void TestPgBouncerTransaction::cleanup()
{
    m_pg.reset();
}

void TestPgBouncerTransaction::throughTheBouncerInTransactionMode()
{
    QVERIFY(m_bouncer.port != m_pg->params().port);
    Client admin(m_bouncer, QStringLiteral("admin-probe"));
    QVERIFY2(admin.isOpen(), qPrintable(admin.error()));
    // the bouncer's own console answers SHOW CONFIG; through it we learn the pooling mode
    Store::PostgresParams console = m_bouncer;
    console.database = QStringLiteral("pgbouncer");
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bouncer-console"));
    d.setHostName(console.host);
    d.setPort(console.port);
    d.setUserName(console.user);
    d.setPassword(console.password);
    d.setDatabaseName(console.database);
    QString mode;
    if (d.open()) {
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("SHOW CONFIG")))
            while (q.next())
                if (q.value(0).toString() == QLatin1String("pool_mode"))
                    mode = q.value(1).toString();
    }
    d.close();
    d = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bouncer-console"));
    if (!mode.isEmpty())
        QCOMPARE(mode, QStringLiteral("transaction"));
    // and a store opens through it
    Store store;
    QVERIFY2(store.openPostgres(m_bouncer), qPrintable(store.errorDetail()));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
}

void TestPgBouncerTransaction::transactionTokenDoesNotReachTheNextClient()
{
    // A: a workstation's store, signed in: each of its transactions hands the token over first
    Store a;
    QVERIFY2(a.openPostgres(m_bouncer), qPrintable(a.errorDetail()));
    a.setSessionToken(QStringLiteral("token-of-customer-a"));
    // B: another client, signed in as no one
    Client b(m_bouncer, QStringLiteral("client-b"));
    QVERIFY2(b.isOpen(), qPrintable(b.error()));

    int shared = 0, leaked = 0;
    for (int round = 0; round < 30; ++round) {
        int backendA = 0;
        {
            Store::Transaction tx(a);
            QVERIFY(tx.isActive());
            QSqlQuery q(a.db());
            QVERIFY2(q.exec(QStringLiteral("SELECT pg_backend_pid(), current_setting('vafa.token', true)")) && q.next(),
                     qPrintable(q.lastError().text()));
            backendA = q.value(0).toInt();
            QCOMPARE(q.value(1).toString(), QStringLiteral("token-of-customer-a"));
            q.finish();
            QVERIFY(tx.commit());
        }
        int backendB = 0;
        QString seen;
        QVERIFY2(b.look(&backendB, &seen), qPrintable(b.error()));
        if (backendB == backendA)
            ++shared;
        if (!seen.isEmpty())
            ++leaked;
    }
    qInfo("30 rounds: B ran on A's server connection %d times and saw a token %d times", shared, leaked);
    // the rounds prove something only when B really took over A's server connection
    QVERIFY2(shared > 0, "B never ran on A's server connection: the pool does not share, the test proves nothing");
    QCOMPARE(leaked, 0);
}

void TestPgBouncerTransaction::sessionSettingWouldReachTheNextClient()
{
    // The control: a setting made for the session (is_local = false) does stay on the server
    // connection and reaches the next client, so the probe above would see a leak.
    Client a(m_bouncer, QStringLiteral("client-a"));
    Client b(m_bouncer, QStringLiteral("client-b"));
    QVERIFY2(a.isOpen() && b.isOpen(), qPrintable(a.error() + b.error()));
    int leaked = 0;
    for (int round = 0; round < 10 && leaked == 0; ++round) {
        QVERIFY2(a.exec(QStringLiteral("SELECT set_config('vafa.token', 'sticky-session-token', false)")),
                 qPrintable(a.error()));
        int backend = 0;
        QString seen;
        QVERIFY2(b.look(&backend, &seen), qPrintable(b.error()));
        if (seen == QLatin1String("sticky-session-token"))
            ++leaked;
    }
    QVERIFY(leaked > 0);
}

// Why Vafa sends its PostgreSQL statements with the values written in (Sql::inlined): Qt's QPSQL
// driver prepares with SQL (PREPARE qpsqlpstmt_N … / EXECUTE), which lives on the one server
// connection it ran on, and through the bouncer a later transaction may run on another. The
// store's own way runs on whichever server connection the bouncer hands it.
void TestPgBouncerTransaction::preparedStatementOnAnotherServerConnection()
{
    Store a;
    QVERIFY2(a.openPostgres(m_bouncer), qPrintable(a.errorDetail()));
    QSqlQuery prepared(a.db());
    QVERIFY(prepared.prepare(QStringLiteral("SELECT pg_backend_pid(), ?::text")));
    prepared.addBindValue(QStringLiteral("first"));
    QVERIFY2(prepared.exec() && prepared.next(), qPrintable(prepared.lastError().text()));
    const int first = prepared.value(0).toInt();
    prepared.finish();
    // another client takes that server connection (the bouncer hands out the one used last)
    // and keeps it for a while
    Client b(m_bouncer, QStringLiteral("client-b"));
    QVERIFY(b.exec(QStringLiteral("BEGIN")));
    int backendB = 0;
    {
        QSqlQuery pid(QSqlDatabase::database(QStringLiteral("client-b")));
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        backendB = pid.value(0).toInt();
    }
    QCOMPARE(backendB, first);
    prepared.addBindValue(QStringLiteral("second"));
    const bool qtWay = prepared.exec() && prepared.next();
    prepared.finish();
    // the store's way, on the same client at the same moment
    QSqlQuery inlined(a.db());
    const bool storeWay = Sql::execBound(inlined, QStringLiteral("SELECT pg_backend_pid(), ?::text"), {QStringLiteral("second")})
        && inlined.next();
    const int second = storeWay ? inlined.value(0).toInt() : 0;
    const QString echoed = storeWay ? inlined.value(1).toString() : QString();
    inlined.finish();
    QVERIFY(b.exec(QStringLiteral("COMMIT")));
    QVERIFY2(!qtWay, "QPSQL's prepared statement ran on another server connection: Sql::inlined may no longer be needed");
    QVERIFY2(storeWay, qPrintable(inlined.lastError().text()));
    QVERIFY(second != first);
    QCOMPARE(echoed, QStringLiteral("second"));
}

QTEST_GUILESS_MAIN(TestPgBouncerTransaction)
#include "tst_pgbouncer_transaction.moc"
