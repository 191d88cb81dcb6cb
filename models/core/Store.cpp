#include "models/core/Store.h"

#include "models/core/Migrator.h"
#include "models/core/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

#include <sqlite3.h>

#include <thread>
#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

Q_LOGGING_CATEGORY(lcStore, "vafa.store")

namespace {

QAtomicInt g_connectionCounter;
std::function<QDateTime()> g_clock;

const char kSqliteMagic[] = "SQLite format 3";
// quick_check reads every page: 13 s on the 2.6 GB million-identity demo, which a person would
// wait for at every start. It runs whenever a migration is about to write, and on every file
// small enough to check in a blink; on a large up-to-date file, damage shows as SQLITE_CORRUPT
// where it is read, and nothing is migrated over it.

} // namespace

namespace {
// Which Store owns a connection, for the code that holds only its QSqlDatabase (the list models
// and the exporter) and must still run inside the store's session (sessionScope()).
QMutex g_storesGuard;
QHash<QString, Store *> g_stores;
}

Store::Store()
    : m_connectionName(QStringLiteral("vafa-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1))
{
    QMutexLocker lock(&g_storesGuard);
    g_stores.insert(m_connectionName, this);
}

Store::~Store()
{
    close();
    QMutexLocker lock(&g_storesGuard);
    g_stores.remove(m_connectionName);
}

Store *Store::of(const QSqlDatabase &db)
{
    QMutexLocker lock(&g_storesGuard);
    return g_stores.value(db.connectionName());
}

std::optional<Store::Transaction> Store::sessionScope()
{
    // On a company server a statement outside a transaction would run without the session
    // token (it is set per transaction, DESIGN §6), and the policies would show it nothing.
    if (m_sessionToken.isEmpty() || m_txDepth > 0 || !m_dialect.isPostgres())
        return std::nullopt;
    return transaction();
}

QString Store::writeFailureMessage() const
{
    switch (m_readOnly ? SQLITE_READONLY : m_lastControlCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Store",
                                           "The database is busy with another change. Nothing was saved; try again in a "
                                           "moment.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Store", "The database is open read-only. Nothing was saved.");
    case SQLITE_FULL:
        return QCoreApplication::translate("Store", "The disk is full. Nothing was saved; free some space and try again.");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("Store",
                                           "The database file is damaged, so Vafa saves nothing to it. Restore it from "
                                           "a backup.");
    default:
        return QCoreApplication::translate("Store", "The database could not be written. Nothing was saved.");
    }
}

QString Store::messageFor(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::DriverMissing:
        return QCoreApplication::translate("Store", "The database driver is not installed.");
    case Error::CannotOpen:
        return QCoreApplication::translate("Store", "The database could not be opened.");
    case Error::NotADatabase:
        return QCoreApplication::translate("Store", "This file is not a database. It was left unchanged.");
    case Error::Damaged:
        return QCoreApplication::translate("Store",
                                           "The database file is damaged. It was left unchanged; restore it from a "
                                           "backup.");
    case Error::NotVafa:
        return QCoreApplication::translate("Store",
                                           "This database was not created by Vafa. It was left unchanged.");
    case Error::TooNew:
        return QCoreApplication::translate("Store",
                                           "This database was written by a newer version of Vafa. Update Vafa to "
                                           "open it; the database was left unchanged.");
    case Error::MigrationFailed:
        return QCoreApplication::translate("Store",
                                           "The database could not be upgraded. Nothing was changed.");
    case Error::NotOpen:
        return QCoreApplication::translate("Store", "No database is open.");
    case Error::NoCompany:
        return QCoreApplication::translate("Store",
                                           "This file holds no company. Choose a company file, or create a new "
                                           "company.");
    case Error::TooOld:
        return QCoreApplication::translate("Store",
                                           "The company's server runs an older version of Vafa's database. Ask its "
                                           "administrator to run «vafa server migrate»; nothing was changed.");
    }
    return {};
}

bool Store::fail(Error e, const QString &detail)
{
    m_error = e;
    m_errorMessage = messageFor(e);
    m_errorDetail = detail;
    if (!detail.isEmpty())
        qCWarning(lcStore) << m_errorMessage << detail;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return false;
}

int Store::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::sqliteHandle() const
{
    if (!m_dialect.isSqlite() || !isOpen())
        return nullptr;
    const QVariant h = db().driver()->handle();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

void Store::close()
{
    if (m_integrity.valid()) {
        // a check still reading stops within a moment; its handle is gone before ours closes,
        // so SQLite removes the -wal and -shm files as it does for a lone connection
        m_integrityStop->store(true);
        m_integrity.wait();
    }
    for (auto &[sql, st] : m_controlStatements)
        sqlite3_finalize(st);
    m_controlStatements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_readOnly)
        removeReadOnlySideFiles();
    m_readOnly = false;
    m_schemaVersion = 0;
    m_txDepth = 0;
    m_integrity = {};
}

// A reader cannot checkpoint, so SQLite leaves the empty -wal and -shm it made beside a WAL
// database. The ones this open added go; an -wal with anything in it belongs to a writer.
void Store::removeReadOnlySideFiles()
{
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    if (canonical.isEmpty())
        return;
    const QString wal = canonical + QLatin1String("-wal");
    const QString shm = canonical + QLatin1String("-shm");
    if (!m_hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        if (!m_hadShm)
            QFile::remove(shm);
    }
}

// Looks at an SQLite file through a read-only handle, so nothing is written whatever is found.
bool Store::preflightSqlite(const QString &path, const OpenOptions &options, int *version, bool *fresh,
                            bool *checkLater)
{
    *version = 0;
    *fresh = true;
    *checkLater = false;
    QFileInfo fi(path);
    if (!fi.exists() || fi.size() == 0)
        return options.create || fail(Error::NoCompany, QStringLiteral("%1 is missing or empty").arg(path));
    // SQLite keeps -wal and -shm beside the real file when the path is a symbolic link
    const QString walPath = fi.canonicalFilePath() + QLatin1String("-wal");
    const QString shmPath = fi.canonicalFilePath() + QLatin1String("-shm");
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::CannotOpen, f.errorString());
        const QByteArray head = f.read(100);
        if (head.size() < 100 || !head.startsWith(QByteArray(kSqliteMagic)))
            return fail(Error::NotADatabase, QStringLiteral("no SQLite header"));
        // A large file already at this build's version, with nothing waiting in its WAL (so the
        // header is the whole truth): nothing below would be checked on it, and opening it a
        // second time to read its schema costs a few milliseconds of every start-up.
        const int headerVersion = int(qFromBigEndian<quint32>(head.constData() + 60)); // PRAGMA user_version
        if (headerVersion == latestSchemaVersion() && fi.size() > options.checkInBackgroundAbove
            && (!hadWal || QFileInfo(walPath).size() == 0)) {
            *fresh = false;
            *version = headerVersion;
            *checkLater = true;
            return true;
        }
    }
    sqlite3 *h = nullptr;
    const QByteArray native = QFile::encodeName(path);
    // A read-only reader of a WAL database may create empty -wal/-shm files beside it; remove
    // the ones this look created, so a refused file is left exactly as it was found.
    int rc = sqlite3_open_v2(native.constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    auto finish = [&](Error e, const QString &detail) {
        sqlite3_close(h);
        if (!hadWal && QFileInfo::exists(walPath) && QFileInfo(walPath).size() == 0) {
            QFile::remove(walPath);
            if (!hadShm)
                QFile::remove(shmPath);
        }
        return e == Error::None ? true : fail(e, detail);
    };
    if (rc != SQLITE_OK)
        return finish(Error::CannotOpen, QString::fromUtf8(sqlite3_errmsg(h)));

    auto errorFor = [](int code) {
        code &= 0xff;
        if (code == SQLITE_NOTADB)
            return Error::NotADatabase;
        if (code == SQLITE_CORRUPT)
            return Error::Damaged;
        return Error::CannotOpen;
    };
    // One-row or many-row query; collects the first column of every row.
    auto query = [&](const char *sql, QStringList *rows) -> int {
        sqlite3_stmt *st = nullptr;
        int c = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        if (c != SQLITE_OK)
            return c;
        while ((c = sqlite3_step(st)) == SQLITE_ROW)
            *rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return c == SQLITE_DONE ? SQLITE_OK : c;
    };

    QStringList tables;
    rc = query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
               &tables);
    if (rc != SQLITE_OK)
        return finish(errorFor(rc), QString::fromUtf8(sqlite3_errmsg(h)));
    if (tables.isEmpty()) // an empty database: a new company only when one is being created
        return options.create ? finish(Error::None, {}) : finish(Error::NoCompany, QStringLiteral("no tables"));
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return finish(Error::NotVafa, QStringLiteral("no schema_migrations table"));

    QStringList v;
    rc = query("SELECT coalesce(max(version), 0) FROM schema_migrations", &v);
    if (rc != SQLITE_OK)
        return finish(errorFor(rc), QString::fromUtf8(sqlite3_errmsg(h)));
    QStringList uv;
    query("PRAGMA user_version", &uv);
    const int found = qMax(v.value(0).toInt(), uv.value(0).toInt());
    *fresh = false;
    *version = found;
    if (found < latestSchemaVersion() || fi.size() <= options.checkInBackgroundAbove) {
        QStringList check;
        rc = query("PRAGMA quick_check", &check);
        if (rc != SQLITE_OK)
            return finish(errorFor(rc), QString::fromUtf8(sqlite3_errmsg(h)));
        if (check != QStringList{QStringLiteral("ok")})
            return finish(Error::Damaged, check.mid(0, 5).join(QLatin1String("; ")));
    }
    if (found > latestSchemaVersion())
        return finish(Error::TooNew, QStringLiteral("schema version %1, this build knows %2")
                                         .arg(found)
                                         .arg(latestSchemaVersion()));
    return finish(Error::None, {});
}

bool Store::execSimple(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_errorDetail = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::openSqlite(const QString &path, const OpenOptions &options)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_dialect = Dialect(Dialect::Kind::Sqlite);
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return fail(Error::DriverMissing, m_dialect.driverName());
    if (!options.create && !QFileInfo::exists(path))
        return fail(Error::NoCompany, QStringLiteral("%1 does not exist").arg(path));

    int found = 0;
    bool fresh = true;
    bool checkLater = false;
    if (!preflightSqlite(path, options, &found, &fresh, &checkLater))
        return false;
    // A file or folder this user may not write (a read-only share, a copy on a CD, a file
    // another account owns) opens for reading: the person can look and print, and is told.
    const QFileInfo file(path);
    m_readOnly = options.readOnly || (file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()));
    if (m_readOnly)
        return openSqliteReadOnly(path, fresh ? 0 : found);

    {
        QSqlDatabase d = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            return fail(Error::CannotOpen, d.lastError().text());
    }

    // WAL, verified: some file systems (network shares) cannot do it; fall back to DELETE.
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
        m_journalMode = q.value(0).toString().toLower();
    if (m_journalMode != QLatin1String("wal")) {
        qCWarning(lcStore) << "WAL is not available for" << path << "- using the rollback journal";
        if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next())
            m_journalMode = q.value(0).toString().toLower();
    }
    if (!execSimple(QStringLiteral("PRAGMA foreign_keys = ON")) || !execSimple(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(Error::CannotOpen, m_errorDetail);
    // A list's page of a million-row store reads its rows from all over the file: mapped, those
    // reads are memory accesses instead of a system call and a copy each (a third of a page's
    // read). Only where WAL works, i.e. on a local disk: a mapped file on a network share that
    // goes away kills the process instead of failing a query.
    if (m_journalMode == QLatin1String("wal"))
        execSimple(QStringLiteral("PRAGMA mmap_size = 1073741824")); // a hint: SQLite may map less
    setCacheKiB(kDefaultCacheKiB); // 16 MiB instead of 2
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return fail(Error::CannotOpen, QStringLiteral("foreign keys could not be enabled"));
    q.finish();
    if (!afterOpen(fresh ? 0 : found, options))
        return false;
    if (checkLater)
        startIntegrityCheck(path);
    return true;
}

// Read-only: no journal-mode change, no migration (a file that needs one is refused), and
// query_only on top of the read-only handle. SQLite may add empty -wal and -shm files beside a
// WAL database while it reads; close() removes the ones this open added.
bool Store::openSqliteReadOnly(const QString &path, int found)
{
    if (found < latestSchemaVersion())
        return fail(Error::MigrationFailed, QStringLiteral("a read-only file at version %1 cannot be upgraded").arg(found));
    const QString canonical = QFileInfo(path).canonicalFilePath();
    m_hadWal = QFileInfo::exists(canonical + QLatin1String("-wal"));
    m_hadShm = QFileInfo::exists(canonical + QLatin1String("-shm"));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            return fail(Error::CannotOpen, d.lastError().text());
    }
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        m_journalMode = q.value(0).toString().toLower();
    q.finish();
    if (!execSimple(QStringLiteral("PRAGMA query_only = ON")) || !execSimple(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !execSimple(QStringLiteral("SELECT count(*) FROM schema_migrations")))
        return fail(Error::CannotOpen, m_errorDetail);
    m_schemaVersion = found;
    qCInfo(lcStore) << path << "is open read-only";
    return true;
}

namespace {
// PRAGMA quick_check through a read-only handle of its own: empty when the file is sound. It
// stops early when `stop` is set (the store is closing).
QString quickCheck(const QByteArray &nativePath, const std::shared_ptr<std::atomic_bool> &stop)
{
    sqlite3 *h = nullptr;
    QStringList found;
    if (sqlite3_open_v2(nativePath.constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_progress_handler(h, 1000, [](void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; },
                                 stop.get());
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK) {
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW && found.size() < 5)
                found << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                found << QString::fromUtf8(sqlite3_errmsg(h));
        } else {
            found << QString::fromUtf8(sqlite3_errmsg(h));
        }
        sqlite3_finalize(st);
    } else {
        found << QString::fromUtf8(sqlite3_errmsg(h));
    }
    sqlite3_close(h);
    return found == QStringList{QStringLiteral("ok")} ? QString() : found.join(QLatin1String("; "));
}
} // namespace

// Plain threads and the C API only: no Qt object on another thread, whenever this runs.
void Store::startIntegrityCheck(const QString &path)
{
    std::promise<QString> promise;
    m_integrity = promise.get_future().share();
    m_integrityStop = std::make_shared<std::atomic_bool>(false);
    std::thread([native = QFile::encodeName(path), promise = std::move(promise), stop = m_integrityStop]() mutable {
#ifdef Q_OS_LINUX
        // the idle class: the check never takes the processor from the window that is starting
        const sched_param idle{};
        pthread_setschedparam(pthread_self(), SCHED_IDLE, &idle);
#endif
        promise.set_value(quickCheck(native, stop));
    }).detach();
}

bool Store::writesAllowedByIntegrity()
{
    if (!m_integrity.valid())
        return true;
    const QString found = m_integrity.get(); // waits for a check still running
    if (found.isEmpty())
        return true;
    m_lastControlCode = SQLITE_CORRUPT;
    m_errorDetail = found;
    qCWarning(lcStore) << "integrity check failed; writes refused:" << found;
    return false;
}

QSqlDatabase Store::PostgresParams::addConnection(const QString &name) const
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    d.setHostName(host);
    d.setPort(port);
    d.setUserName(user);
    d.setPassword(password);
    d.setDatabaseName(database);
    if (!options.isEmpty())
        d.setConnectOptions(options);
    return d;
}

bool Store::openPostgres(const PostgresParams &p, const OpenOptions &options)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_dialect = Dialect(Dialect::Kind::Postgres);
    m_path.clear();
    m_journalMode.clear();
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return fail(Error::DriverMissing, m_dialect.driverName());
    {
        QSqlDatabase d = p.addConnection(m_connectionName);
        if (!d.open())
            return fail(Error::CannotOpen, d.lastError().text());
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return fail(Error::CannotOpen, q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL, "
                               "(SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema())"))
        || !q.next())
        return fail(Error::CannotOpen, q.lastError().text());
    const bool hasMigrations = q.value(0).toBool();
    const int tableCount = q.value(1).toInt();
    int found = 0;
    if (!hasMigrations && tableCount > 0)
        return fail(Error::NotVafa, QStringLiteral("no schema_migrations table"));
    if (!hasMigrations && !options.create)
        return fail(Error::NoCompany, QStringLiteral("an empty database"));
    if (hasMigrations) {
        // A workstation's login role may not read schema_migrations before anyone signs in (it
        // reads nothing without a session, DESIGN §6); the server answers through a function.
        if (!q.exec(QStringLiteral("SELECT to_regprocedure('vafa_schema_version()') IS NOT NULL")) || !q.next())
            return fail(Error::CannotOpen, q.lastError().text());
        const QString versionSql = q.value(0).toBool()
            ? QStringLiteral("SELECT vafa_schema_version()")
            : QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations");
        if (!q.exec(versionSql) || !q.next())
            return fail(Error::CannotOpen, q.lastError().text());
        found = q.value(0).toInt();
        if (found > latestSchemaVersion())
            return fail(Error::TooNew,
                        QStringLiteral("schema version %1, this build knows %2").arg(found).arg(latestSchemaVersion()));
    }
    q.finish();
    if (!options.migrate && found < latestSchemaVersion())
        return fail(Error::TooOld,
                    QStringLiteral("schema version %1, this build needs %2").arg(found).arg(latestSchemaVersion()));
    return afterOpen(found, options);
}

bool Store::afterOpen(int found, const OpenOptions &options)
{
    const int target = options.migrateTo > 0 ? qMin(options.migrateTo, latestSchemaVersion()) : latestSchemaVersion();
    if (found < target) {
        QString error;
        if (!Migrator(m_dialect).migrate(db(), found, target, &error))
            return fail(Error::MigrationFailed, error);
    }
    m_schemaVersion = qMax(found, target);
    return true;
}

// Transactions ------------------------------------------------------------------------------

bool Store::handTokenToServer()
{
    if (m_sessionToken.isEmpty() || !m_dialect.isPostgres())
        return true;
    QSqlQuery q(db());
    if (Sql::execBound(q, QStringLiteral("SELECT set_config('vafa.token', ?, true)"), {m_sessionToken}))
        return true;
    m_errorDetail = q.lastError().text();
    return false;
}

// Savepoints are taken around every repository write that touches several rows, so on SQLite
// they go straight to the handle (a QSqlQuery per savepoint would dominate bulk loads).
bool Store::execControl(const QString &sql)
{
    m_lastControlCode = 0;
    if (sqlite3 *h = sqliteHandle()) {
        // the few control statements (SAVEPOINT vafa_spN, RELEASE …) are prepared once
        auto it = m_controlStatements.find(sql);
        if (it == m_controlStatements.end()) {
            sqlite3_stmt *st = nullptr;
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(h, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr)
                != SQLITE_OK) {
                m_errorDetail = QString::fromUtf8(sqlite3_errmsg(h));
                qCWarning(lcStore) << sql << "failed:" << m_errorDetail;
                return false;
            }
            it = m_controlStatements.emplace(sql, st).first;
        }
        const int rc = sqlite3_step(it->second);
        sqlite3_reset(it->second);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_lastControlCode = rc & 0xff;
            m_errorDetail = QString::fromUtf8(sqlite3_errmsg(h));
            qCWarning(lcStore) << sql << "failed:" << m_errorDetail;
            return false;
        }
        return true;
    }
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_errorDetail = q.lastError().text();
        qCWarning(lcStore) << sql << "failed:" << m_errorDetail;
        return false;
    }
    return true;
}

Store::Transaction::Transaction(Store &store) : m_store(&store)
{
    m_depth = store.m_txDepth;
    if (m_depth > 0 && store.m_joinNested) {
        m_active = true;
        m_joined = true;
        return;
    }
    if (m_depth == 0 && (store.m_readOnly || !store.writesAllowedByIntegrity()))
        return; // a read-only or damaged file takes no writes
    const QString sql = m_depth == 0
        ? (store.dialect().isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
        : QStringLiteral("SAVEPOINT vafa_sp%1").arg(m_depth);
    m_active = store.execControl(sql);
    if (m_active && m_depth == 0 && !store.handTokenToServer()) {
        store.execControl(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
    if (m_active)
        ++store.m_txDepth;
}

Store::Transaction::Transaction(Transaction &&other) noexcept
    : m_store(other.m_store), m_depth(other.m_depth), m_active(other.m_active), m_joined(other.m_joined)
{
    other.m_active = false;
}

Store::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Store::Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_joined) {
        m_active = false;
        return true;
    }
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT vafa_sp%1").arg(m_depth);
    if (!m_store->execControl(sql)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_store->m_txDepth;
    return true;
}

void Store::Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_joined) {
        m_active = false;
        return;
    }
    if (m_depth == 0) {
        m_store->execControl(QStringLiteral("ROLLBACK"));
    } else {
        m_store->execControl(QStringLiteral("ROLLBACK TO SAVEPOINT vafa_sp%1").arg(m_depth));
        m_store->execControl(QStringLiteral("RELEASE SAVEPOINT vafa_sp%1").arg(m_depth));
    }
    m_active = false;
    --m_store->m_txDepth;
}

// Helpers -------------------------------------------------------------------------------------

QString Store::newId()
{
    return uuidV7(quint64(QDateTime::currentMSecsSinceEpoch()), *QRandomGenerator::system());
}

QString Store::uuidV7(quint64 ms, QRandomGenerator &rng)
{
    // UUID version 7: 48 bits of Unix milliseconds, then random bits.
    quint8 b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    const quint64 r1 = rng.generate64();
    const quint64 r2 = rng.generate64();
    for (int i = 0; i < 8; ++i)
        b[6 + i] = quint8(r1 >> (8 * i));
    b[14] = quint8(r2);
    b[15] = quint8(r2 >> 8);
    b[6] = quint8(0x70 | (b[6] & 0x0f));
    b[8] = quint8(0x80 | (b[8] & 0x3f));
    static const char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += QLatin1Char('-');
        s += QLatin1Char(hex[b[i] >> 4]);
        s += QLatin1Char(hex[b[i] & 0xf]);
    }
    return s;
}

QDateTime Store::now()
{
    return g_clock ? g_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Store::nowUtc()
{
    return Sql::ts(now()).toString();
}

void Store::setClockForTesting(std::function<QDateTime()> clock)
{
    g_clock = std::move(clock);
}

// Search index maintenance (SQLite) ----------------------------------------------------------

namespace {
const char *const kFtsTables[] = {"identities_fts", "documents_fts", "tickets_fts"};
}

bool Store::compact()
{
    if (!m_dialect.isSqlite())
        return true;
    return execSimple(QStringLiteral("VACUUM")) && rebuildSearchIndexes();
}

bool Store::rebuildSearchIndexes()
{
    // Not FTS5's 'rebuild': that would index tombstones too, and the indexes hold live rows
    // only (migration 0003).
    for (const char *t : kFtsTables) {
        const QString index = QLatin1String(t);
        const QString table = index.left(index.size() - 4);
        if (!execSimple(QLatin1String("INSERT INTO ") + index + QLatin1String(" (") + index
                        + QLatin1String(") VALUES ('delete-all')"))
            || !execSimple(QLatin1String("INSERT INTO ") + index + QLatin1String(" (rowid, search_text) SELECT rowid, search_text FROM ")
                           + table + QLatin1String(" WHERE deleted = 0")))
            return false;
    }
    return true;
}

bool Store::setCacheKiB(int kibibytes)
{
    if (!m_dialect.isSqlite())
        return true;
    return execSimple(QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes));
}

bool Store::beginBulkLoad()
{
    return suspendForBulk(true);
}

bool Store::beginBulkSearchIndex()
{
    return suspendForBulk(false);
}

bool Store::finishBulkSearchIndex()
{
    return finishBulkLoad();
}

bool Store::suspendForBulk(bool indexesToo)
{
    if (!m_dialect.isSqlite())
        return true;
    // The search and row-count triggers and the secondary indexes are dropped for the load and
    // recreated from their own SQL afterwards (the indexes and counts rebuilt from the rows): building an index by sorting all rows once is far cheaper
    // than a million random B-tree inserts. Unique indexes stay (they enforce rules).
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                               "((type = 'trigger' AND (name LIKE '%\\_fts\\_a_' ESCAPE '\\' OR name LIKE '%\\_count\\_a_' ESCAPE '\\')) OR "
                               "(type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND ?))"));
    q.addBindValue(indexesToo ? 1 : 0);
    if (!q.exec())
        return false;
    QStringList drops;
    m_suspendedSchema.clear();
    while (q.next()) {
        drops << QLatin1String("DROP ") + q.value(0).toString().toUpper() + QLatin1Char(' ') + q.value(1).toString();
        m_suspendedSchema << q.value(2).toString();
    }
    q.finish();
    for (const QString &sql : std::as_const(drops))
        if (!execSimple(sql))
            return false;
    return true;
}

bool Store::finishBulkLoad()
{
    if (!m_dialect.isSqlite())
        return true;
    if (!rebuildSearchIndexes()
        || !execSimple(QStringLiteral("UPDATE row_counts SET live = (SELECT count(*) FROM identities WHERE deleted = 0) "
                                      "WHERE table_name = 'identities'")))
        return false;
    for (const QString &sql : std::as_const(m_suspendedSchema))
        if (!execSimple(sql))
            return false;
    m_suspendedSchema.clear();
    return true;
}
