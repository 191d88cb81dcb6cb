// The store opens, creates and upgrades Vafa databases, and refuses, untouched, every file it
// must not write to.
#include "models/core/Dialect.h"
#include "models/core/Migrator.h"
#include "models/core/Store.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using TestSupport::TempStore;

namespace {

int scalar(Store &s, const QString &sql)
{
    QSqlQuery q(s.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList tableNames(Store &s)
{
    QStringList out;
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT LIKE '%_fts%' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A Vafa database with one identity, closed, so its bytes are all in the main file.
QString makeClosedVafaFile(const QString &dir)
{
    const QString path = dir + QStringLiteral("/db.sqlite");
    Store s;
    if (!s.openSqlite(path))
        return {};
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("INSERT INTO identities (id, kind, display_name, created_at, updated_at, search_text) "
                          "VALUES ('a', 'person', 'x', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'x')"));
    q.finish();
    s.close();
    return path;
}

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsAtLatestVersion();
    void pragmasAreSet();
    void everyReplicatedTableHasSyncColumns();
    void listIndexesExist_data();
    void listIndexesExist();
    void upgradeFromVersion1();
    void newerDatabaseIsRefusedUntouched();
    void damagedDatabaseIsRefusedUntouched();
    void largeFilesAreJudgedByTheirHeader();
    void notADatabaseIsRefusedUntouched();
    void foreignDatabaseIsRefusedUntouched();
    void emptyFileIsTreatedAsNew();
    void openingNeverMakesACompany();
    void aLargeDamagedFileOpensButTakesNoWrites();
    void readOnlyOpenReadsAndWritesNothing();
    void anUnwritableFileOpensReadOnlyByItself();
    void nestedTransactionsAreSavepoints();
    void joinedNestedTransactionsTakeNoSavepoint();
    void newIdIsLowerCaseUuid();
    void nowUtcIsIsoWithZ();
    void tokensExpandPerDialect_data();
    void tokensExpandPerDialect();
    void statementsSplitAroundBodies();
    void everyMigrationExpandsCompletely();
};

void TestStoreMigrations::freshDatabaseIsAtLatestVersion()
{
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    QVERIFY(Store::latestSchemaVersion() >= 2);
    QCOMPARE(t->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(scalar(t.store(), QStringLiteral("PRAGMA user_version")), Store::latestSchemaVersion());
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM schema_migrations")), Migrator::versions().size());
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT max(version) FROM schema_migrations")), Store::latestSchemaVersion());
}

void TestStoreMigrations::pragmasAreSet()
{
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    QCOMPARE(t->journalMode(), QStringLiteral("wal"));
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(t.store(), QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(t.store(), QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
}

void TestStoreMigrations::everyReplicatedTableHasSyncColumns()
{
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    const QSet<QString> local{QStringLiteral("schema_migrations"), QStringLiteral("sync_cursors"),
                              QStringLiteral("outbox"), QStringLiteral("sync_conflicts"),
                              QStringLiteral("row_counts")};
    const QStringList tables = tableNames(t.store());
    QVERIFY(tables.size() >= 45);
    for (const QString &table : tables) {
        if (local.contains(table))
            continue;
        const QSqlRecord r = t->db().record(table);
        for (const char *c : {"id", "updated_at", "server_version", "deleted"})
            QVERIFY2(r.indexOf(QLatin1String(c)) >= 0, qPrintable(table + QLatin1String(" lacks ") + QLatin1String(c)));
    }
}

void TestStoreMigrations::listIndexesExist_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("leadingColumn");
    QTest::newRow("identities by display name") << "identities" << "display_name";
    QTest::newRow("identities by customer number") << "identities" << "customer_number";
    QTest::newRow("identities by profile type") << "identities" << "profile_type";
    QTest::newRow("documents by identity") << "documents" << "identity_id";
    QTest::newRow("documents by kind+status") << "documents" << "kind";
    QTest::newRow("documents by issue date") << "documents" << "issue_date";
    QTest::newRow("receipts by identity") << "receipts" << "identity_id";
    QTest::newRow("receipts by status") << "receipts" << "approval_status";
    QTest::newRow("points by identity") << "point_transactions" << "identity_id";
    QTest::newRow("tickets by status") << "tickets" << "status";
    QTest::newRow("cartable by assignee") << "cartable_entries" << "assignee_user_id";
}

void TestStoreMigrations::listIndexesExist()
{
    QFETCH(QString, table);
    QFETCH(QString, leadingColumn);
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_index_list('%1') il "
                                  "JOIN pragma_index_info(il.name) ii ON ii.seqno = 0 WHERE ii.name = '%2'")
                       .arg(table, leadingColumn)));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() >= 1, qPrintable(table + QLatin1Char('.') + leadingColumn));
}

void TestStoreMigrations::upgradeFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Store old;
        Store::OpenOptions o;
        o.migrateTo = 1;
        QVERIFY2(old.openSqlite(path, o), qPrintable(old.errorDetail()));
        QCOMPARE(old.schemaVersion(), 1);
        QCOMPARE(scalar(old, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(scalar(old, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'identities_fts'")), 0);
        QSqlQuery q(old.db());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO identities (id, kind, display_name, created_at, updated_at, search_text) VALUES "
            "('i1', 'person', 'Ali', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'علی رضایی')")));
    }
    Store s;
    QVERIFY2(s.openSqlite(path), qPrintable(s.errorDetail()));
    QCOMPARE(s.schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(scalar(s, QStringLiteral("PRAGMA user_version")), Store::latestSchemaVersion());
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM schema_migrations")), Migrator::versions().size());
    // the rows written under version 1 are in the search index that version 2 created
    QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM identities_fts WHERE identities_fts MATCH '\"رضا\"*'")), 1);
}

void TestStoreMigrations::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    {
        Store s;
        QVERIFY(s.openSqlite(path));
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (%1, 'x')")
                           .arg(Store::latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion() + 1)));
    }
    const QByteArray before = TestSupport::fileSha256(path);
    Store s;
    QVERIFY(!s.openSqlite(path));
    QCOMPARE(s.error(), Store::Error::TooNew);
    QVERIFY(s.errorMessage().contains(QLatin1String("newer version")));
    QVERIFY(!s.isOpen());
    QCOMPARE(TestSupport::fileSha256(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

// Files too large to check at every start take their header's word for the version when nothing
// waits in their WAL: an up-to-date one opens at once, a newer one is still refused untouched.
void TestStoreMigrations::largeFilesAreJudgedByTheirHeader()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    auto grow = [&path] { return QFile(path).resize(300LL * 1024 * 1024); }; // sparse: no disk used
    QVERIFY(grow());
    {
        Store s;
        QVERIFY2(s.openSqlite(path), qPrintable(s.errorDetail()));
        QCOMPARE(s.schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM identities")), 1);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (%1, 'x')")
                           .arg(Store::latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::latestSchemaVersion() + 1)));
    }
    QVERIFY(grow());
    const QDateTime modified = QFileInfo(path).lastModified();
    Store s;
    QVERIFY(!s.openSqlite(path));
    QCOMPARE(s.error(), Store::Error::TooNew);
    QCOMPARE(QFileInfo(path).size(), 300LL * 1024 * 1024);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void TestStoreMigrations::damagedDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    {
        // overwrite the header of the second page (a b-tree root) with an invalid page type
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 3 * 4096);
        QVERIFY(f.seek(4096));
        f.write(QByteArray(64, '\x77'));
    }
    const QByteArray before = TestSupport::fileSha256(path);
    Store s;
    QVERIFY(!s.openSqlite(path));
    QCOMPARE(s.error(), Store::Error::Damaged);
    QVERIFY(!s.errorMessage().isEmpty());
    QCOMPARE(TestSupport::fileSha256(path), before);
}

void TestStoreMigrations::notADatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("این یک پایگاه داده نیست\n").toUtf8().repeated(400));
    }
    const QByteArray before = TestSupport::fileSha256(path);
    Store s;
    QVERIFY(!s.openSqlite(path));
    QCOMPARE(s.error(), Store::Error::NotADatabase);
    QCOMPARE(TestSupport::fileSha256(path), before);
}

void TestStoreMigrations::foreignDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
        q.finish();
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = TestSupport::fileSha256(path);
    Store s;
    QVERIFY(!s.openSqlite(path));
    QCOMPARE(s.error(), Store::Error::NotVafa);
    QCOMPARE(TestSupport::fileSha256(path), before);
}

void TestStoreMigrations::emptyFileIsTreatedAsNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    Store s;
    QVERIFY2(s.openSqlite(path), qPrintable(s.errorDetail()));
    QCOMPARE(s.schemaVersion(), Store::latestSchemaVersion());
}

// Opening a file and creating a company are separate intents: opening refuses a missing, 0-byte
// or empty database file, with a message that says so, and leaves it as it was.
void TestStoreMigrations::openingNeverMakesACompany()
{
    QTemporaryDir dir;
    Store::OpenOptions open;
    open.create = false;
    const QString zero = dir.filePath(QStringLiteral("zero.vafa"));
    {
        QFile f(zero);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString emptyDb = dir.filePath(QStringLiteral("empty.vafa"));
    {
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(emptyDb).constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "PRAGMA user_version = 0; VACUUM;", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
    }
    for (const QString &path : {zero, emptyDb, dir.filePath(QStringLiteral("missing.vafa"))}) {
        const QByteArray before = QFile::exists(path) ? TestSupport::fileSha256(path) : QByteArray();
        Store s;
        QVERIFY2(!s.openSqlite(path, open), qPrintable(path));
        QCOMPARE(s.error(), Store::Error::NoCompany);
        QVERIFY(!s.errorMessage().isEmpty());
        QCOMPARE(QFile::exists(path) ? TestSupport::fileSha256(path) : QByteArray(), before);
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.vafa"))));
}

// A large file is checked after it opens, so start-up does not wait on reading every page;
// the first write waits for that check, and a damaged file takes none.
// Opened read-only, a company can be read and searched, every write is refused with the
// read-only sentence before anything is written, and the file and its folder are left as found:
// the same bytes, and no -wal or -shm files that the reader made.
void TestStoreMigrations::readOnlyOpenReadsAndWritesNothing()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestSupport::fileSha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    {
        Store::OpenOptions open;
        open.readOnly = true;
        Store s;
        QVERIFY2(s.openSqlite(path, open), qPrintable(s.errorDetail()));
        QVERIFY(s.isReadOnly());
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        q.finish();
        Store::Transaction tx(s);
        QVERIFY(!tx.isActive());
        QCOMPARE(s.writeFailureMessage(), QCoreApplication::translate("Store", "The database is open read-only. Nothing was saved."));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM schema_migrations"))); // not even by hand
    }
    QCOMPARE(TestSupport::fileSha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestStoreMigrations::anUnwritableFileOpensReadOnlyByItself()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    if (QFileInfo(path).isWritable())
        QSKIP("this account writes files whatever their permissions say (root); the forced read-only open is tested above");
    Store s;
    QVERIFY2(s.openSqlite(path), qPrintable(s.errorDetail()));
    QVERIFY(s.isReadOnly());
    Store::Transaction tx(s);
    QVERIFY(!tx.isActive());
}

void TestStoreMigrations::aLargeDamagedFileOpensButTakesNoWrites()
{
    QTemporaryDir dir;
    const QString path = makeClosedVafaFile(dir.path());
    QVERIFY(!path.isEmpty());
    Store::OpenOptions open;
    open.checkInBackgroundAbove = 1; // every file counts as large here
    {
        Store sound;
        QVERIFY2(sound.openSqlite(path, open), qPrintable(sound.errorDetail()));
        Store::Transaction tx(sound);
        QVERIFY(tx.isActive()); // a sound file: the check passes and writes go on
    }
    {
        QFile f(path); // the same damage as above: a b-tree page with an invalid type
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        f.write(QByteArray(64, '\x77'));
    }
    const QByteArray before = TestSupport::fileSha256(path);
    Store s;
    QVERIFY2(s.openSqlite(path, open), qPrintable(s.errorDetail()));
    Store::Transaction tx(s);
    QVERIFY(!tx.isActive());
    QVERIFY2(s.writeFailureMessage().contains(QCoreApplication::translate("Store", "The database file is damaged, so Vafa "
                                                                                  "saves nothing to it. Restore it from "
                                                                                  "a backup.")),
             qPrintable(s.writeFailureMessage()));
    QCOMPARE(TestSupport::fileSha256(path), before);
}

void TestStoreMigrations::nestedTransactionsAreSavepoints()
{
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    auto insert = [&](const QString &key) {
        QSqlQuery q(t->db());
        q.prepare(QStringLiteral("INSERT INTO settings (id, key, value, updated_at) VALUES (?, ?, '1', ?)"));
        q.addBindValue(Store::newId());
        q.addBindValue(key);
        q.addBindValue(Store::nowUtc());
        return q.exec();
    };
    {
        Store::Transaction outer = t->transaction();
        QVERIFY(outer.isActive());
        QVERIFY(insert(QStringLiteral("kept")));
        {
            Store::Transaction inner = t->transaction();
            QVERIFY(inner.isActive());
            QCOMPARE(t->transactionDepth(), 2);
            QVERIFY(insert(QStringLiteral("dropped")));
        } // rolled back to the savepoint
        QVERIFY(outer.commit());
    }
    QCOMPARE(t->transactionDepth(), 0);
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'kept'")), 1);
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'dropped'")), 0);
    {
        Store::Transaction tx = t->transaction();
        QVERIFY(insert(QStringLiteral("abandoned")));
    }
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'abandoned'")), 0);
}

void TestStoreMigrations::joinedNestedTransactionsTakeNoSavepoint()
{
    TempStore t;
    QVERIFY2(t.isOpen(), qPrintable(t.errorText()));
    t->setJoinNestedTransactions(true);
    Store::Transaction outer = t->transaction();
    {
        Store::Transaction inner = t->transaction();
        QVERIFY(inner.isActive());
        QCOMPARE(t->transactionDepth(), 1); // joined, no savepoint
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (id, key, value, updated_at) VALUES ('s1', 'joined', '1', 'x')")));
    } // "rolled back" inner: a no-op when joined
    QVERIFY(outer.commit());
    t->setJoinNestedTransactions(false);
    QCOMPARE(scalar(t.store(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'joined'")), 1);
}

void TestStoreMigrations::newIdIsLowerCaseUuid()
{
    const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = Store::newId();
        QVERIFY2(re.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestStoreMigrations::nowUtcIsIsoWithZ()
{
    const QString now = Store::nowUtc();
    QVERIFY2(now.endsWith(QLatin1Char('Z')), qPrintable(now));
    QVERIFY(QDateTime::fromString(now, Qt::ISODateWithMs).isValid());
    Store::setClockForTesting([] { return QDateTime(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC); });
    QCOMPARE(Store::nowUtc(), QStringLiteral("2024-03-20T12:00:00.000Z"));
    Store::setClockForTesting(nullptr);
}

void TestStoreMigrations::tokensExpandPerDialect_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    QTest::newRow("uuid") << "{{uuid}}" << "TEXT" << "uuid";
    QTest::newRow("pk") << "{{pk}}" << "TEXT PRIMARY KEY NOT NULL" << "uuid PRIMARY KEY";
    QTest::newRow("bool") << "{{bool}}" << "INTEGER" << "boolean";
    QTest::newRow("ts") << "{{ts}}" << "TEXT" << "timestamptz";
    QTest::newRow("date") << "{{date}}" << "TEXT" << "date";
    QTest::newRow("money") << "{{money}}" << "INTEGER" << "bigint";
    QTest::newRow("blob") << "{{blob}}" << "BLOB" << "bytea";
    QTest::newRow("false") << "{{false}}" << "0" << "false";
}

void TestStoreMigrations::tokensExpandPerDialect()
{
    QFETCH(QString, token);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    QCOMPARE(Dialect(Dialect::Kind::Sqlite).expand(token), sqlite);
    QCOMPARE(Dialect(Dialect::Kind::Postgres).expand(token), postgres);
}

void TestStoreMigrations::statementsSplitAroundBodies()
{
    const QString sql = QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    INSERT INTO b VALUES (1);\n    INSERT INTO b VALUES (2);\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RETURN NEW;\nEND;\n$$;\n"
        "SELECT 1;\n");
    const QStringList parts = Dialect::splitStatements(sql);
    QCOMPARE(parts.size(), 4);
    QVERIFY(parts.at(1).contains(QLatin1String("VALUES (2)")));
    QVERIFY(parts.at(2).endsWith(QLatin1String("$$")));
    QCOMPARE(parts.at(3), QStringLiteral("SELECT 1"));
}

void TestStoreMigrations::everyMigrationExpandsCompletely()
{
    // A version may belong to one dialect only (0005: SQLite's row counts), never to none.
    for (int v : Migrator::versions()) {
        int statements = 0;
        for (Dialect::Kind k : {Dialect::Kind::Sqlite, Dialect::Kind::Postgres}) {
            const QStringList stmts = Migrator{Dialect(k)}.statements(v);
            statements += int(stmts.size());
            for (const QString &s : stmts)
                QVERIFY2(!s.contains(QLatin1String("{{")), qPrintable(s));
        }
        QVERIFY2(statements > 0, qPrintable(QString::number(v)));
    }
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
