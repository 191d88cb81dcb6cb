// One logical schema: the migrations give PostgreSQL the same tables and columns as SQLite, and
// the store's refusals hold on the server too. Runs against the throwaway server of the ctest
// fixture; without it this test fails (it never skips).
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Migrator.h"
#include "models/core/Store.h"
#include "tests/support/TestSupport.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <map>
#include <memory>

using TestSupport::TempPgDatabase;
using TestSupport::TempStore;

namespace {

// table → column names in declaration order
using Schema = std::map<QString, QStringList>;

Schema sqliteSchema(Store &s)
{
    Schema out;
    QSqlQuery t(s.db());
    // the search indexes and the row counts are SQLite's own ways to fast lists (PostgreSQL has
    // trigram indexes, and a counter row every writer updates would serialise a central server)
    t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%' AND name <> 'row_counts'"));
    while (t.next()) {
        const QString table = t.value(0).toString();
        QSqlQuery c(s.db());
        c.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        while (c.next())
            out[table] << c.value(0).toString();
    }
    return out;
}

Schema pgSchema(Store &s)
{
    Schema out;
    QSqlQuery c(s.db());
    c.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                          "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"));
    while (c.next())
        out[c.value(0).toString()] << c.value(1).toString();
    return out;
}

QString pgType(Store &s, const QString &table, const QString &column)
{
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ? AND column_name = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void migrationsApplyAndAreRecorded();
    void tablesAndColumnsMatchSqlite();
    void tokensBecomeServerTypes_data();
    void tokensBecomeServerTypes();
    void searchIndexesAndVersionTriggerExist();
    void reopeningAppliesNothing();
    void newerDatabaseIsRefused();
    void foreignDatabaseIsRefused();
    void repositoriesWorkOnTheServer();

private:
    std::unique_ptr<TempPgDatabase> m_pg;
    std::unique_ptr<Store> m_store;
};

void TestPgSchema::init()
{
    m_pg = std::make_unique<TempPgDatabase>();
    QVERIFY2(m_pg->isReady(), qPrintable(m_pg->errorText()));
    m_store = std::make_unique<Store>();
}

void TestPgSchema::cleanup()
{
    m_store.reset();
    m_pg.reset();
}

void TestPgSchema::migrationsApplyAndAreRecorded()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    QCOMPARE(m_store->dialect().kind(), Dialect::Kind::Postgres);
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrator::versions().size());
    QCOMPARE(q.value(1).toInt(), Store::latestSchemaVersion());
}

void TestPgSchema::tablesAndColumnsMatchSqlite()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    TempStore lite;
    QVERIFY2(lite.isOpen(), qPrintable(lite.errorText()));
    const Schema a = sqliteSchema(lite.store());
    const Schema b = pgSchema(*m_store);
    QStringList onlyLite, onlyPg;
    for (const auto &[t, cols] : a)
        if (!b.count(t))
            onlyLite << t;
    // the server's own tables: the worker's job queue (0010) lives only on the server
    static const QStringList serverOnly{QStringLiteral("jobs")};
    for (const auto &[t, cols] : b)
        if (!a.count(t) && !serverOnly.contains(t))
            onlyPg << t;
    QVERIFY2(onlyLite.isEmpty(), qPrintable(QLatin1String("only in SQLite: ") + onlyLite.join(QLatin1String(", "))));
    QVERIFY2(onlyPg.isEmpty(), qPrintable(QLatin1String("only in PostgreSQL: ") + onlyPg.join(QLatin1String(", "))));
    QVERIFY(a.size() >= 45);
    for (const auto &[t, cols] : a)
        QVERIFY2(cols == b.at(t), qPrintable(t + QLatin1String(": ") + cols.join(QLatin1Char(',')) + QLatin1String(" vs ")
                                             + b.at(t).join(QLatin1Char(','))));
}

void TestPgSchema::tokensBecomeServerTypes_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("type");
    QTest::newRow("pk") << "identities" << "id" << "uuid";
    QTest::newRow("uuid ref") << "identities" << "sales_responsible_id" << "uuid";
    QTest::newRow("ts") << "identities" << "created_at" << "timestamp with time zone";
    QTest::newRow("date") << "documents" << "issue_date" << "date";
    QTest::newRow("money") << "documents" << "final_amount" << "bigint";
    QTest::newRow("bool") << "users" << "locked" << "boolean";
    QTest::newRow("blob") << "company" << "logo" << "bytea";
    QTest::newRow("server version") << "receipts" << "server_version" << "xid8";
    QTest::newRow("tombstone") << "receipts" << "deleted" << "boolean";
}

void TestPgSchema::tokensBecomeServerTypes()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, type);
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    QCOMPARE(pgType(*m_store, table, column), type);
}

void TestPgSchema::searchIndexesAndVersionTriggerExist()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // server_version follows the writing transaction on update too
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (id, key, value, updated_at) VALUES "
                                  "('00000000-0000-7000-8000-000000000001', 'k', '1', now())")));
    QVERIFY(q.exec(QStringLiteral("SELECT server_version::text::bigint FROM settings")) && q.next());
    const qint64 v1 = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = '2'")));
    QVERIFY(q.exec(QStringLiteral("SELECT server_version::text::bigint FROM settings")) && q.next());
    QVERIFY(q.value(0).toLongLong() > v1);
}

void TestPgSchema::reopeningAppliesNothing()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    m_store->close();
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrator::versions().size());
}

void TestPgSchema::newerDatabaseIsRefused()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    QSqlQuery q(m_store->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future')").arg(Store::latestSchemaVersion() + 1)));
    q.finish();
    m_store->close();
    QVERIFY(!m_store->openPostgres(m_pg->params()));
    QCOMPARE(m_store->error(), Store::Error::TooNew);
}

void TestPgSchema::foreignDatabaseIsRefused()
{
    {
        Store raw;
        // create a table through a plain connection first
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        const auto p = m_pg->params();
        d.setHostName(p.host);
        d.setPort(p.port);
        d.setUserName(p.user);
        d.setPassword(p.password);
        d.setDatabaseName(p.database);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name text)")));
        q.finish();
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QVERIFY(!m_store->openPostgres(m_pg->params()));
    QCOMPARE(m_store->error(), Store::Error::NotVafa);
}

void TestPgSchema::repositoriesWorkOnTheServer()
{
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
    IdentityRepository identities(*m_store);
    Identity i;
    i.firstName = QStringLiteral("علی");
    i.lastName = QStringLiteral("کریمی");
    i.birthDate = QDate(1988, 2, 3);
    Phone p;
    p.number = QStringLiteral("09121234567");
    p.isDefault = true;
    QVERIFY2(identities.insert(i, {p}), qPrintable(identities.lastError()));
    const auto back = identities.get(i.id);
    QVERIFY(back);
    QCOMPARE(back->displayName, QStringLiteral("علی کریمی"));
    QCOMPARE(back->birthDate, QDate(1988, 2, 3));
    QVERIFY(back->createdAt.isValid());
    IdentityFilter f;
    f.search = QStringLiteral("علي");
    QCOMPARE(TestSupport::listIds(*m_store, identities.list(f)), QStringList{i.id});
    QCOMPARE(identities.count(f), 1);
    f.search = QStringLiteral("%"); // literal in PostgreSQL's LIKE as well: no name holds a %
    QCOMPARE(identities.count(f), 0);
    f.search = QStringLiteral("عل_");
    QCOMPARE(identities.count(f), 0);
    UserFilter typed;
    typed.search = QStringLiteral("%");
    QVERIFY(TestSupport::listIds(*m_store, UserRepository(*m_store).list(typed)).isEmpty());

    UserRepository users(*m_store);
    User u;
    u.username = QStringLiteral("ali");
    u.identityId = i.id;
    QVERIFY2(users.insert(u), qPrintable(users.lastError()));
    QCOMPARE(users.recordFailedAttempt(u.id, 2), 1);
    bool locked = false;
    QCOMPARE(users.recordFailedAttempt(u.id, 2, &locked), 2);
    QVERIFY(locked);
    QVERIFY(users.findByUsername(QStringLiteral("ALI"))->locked);

    DocumentRepository docs(*m_store);
    Document d;
    d.itemTypeId = Store::newId();
    d.identityId = i.id;
    DocumentLine l;
    l.quantityMilli = 2000;
    l.unitPrice = 1500000;
    l.taxBp = 1000;
    d.lines << l;
    QVERIFY2(docs.insert(d), qPrintable(docs.lastError()));
    QCOMPARE(docs.get(d.id)->finalAmount, 3300000);
    QVERIFY(docs.tombstone(d.id));
    QCOMPARE(docs.count({}), 0);

    SettingsRepository settings(*m_store);
    QVERIFY(settings.setValue(QStringLiteral("security.max_failed_attempts"), 4));
    QCOMPARE(settings.value(QStringLiteral("security.max_failed_attempts")).toInt(), 4);
    QVERIFY(identities.tombstone(i.id));
    QCOMPARE(identities.count({}), 0);
}

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pg_schema.moc"
