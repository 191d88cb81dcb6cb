#pragma once
#include "models/core/Dialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <future>
#include <map>
#include <optional>

struct sqlite3;
class QRandomGenerator;

// One open Vafa database: a SQLite file (workstation) or a PostgreSQL database (server).
// Opening checks before it writes anything: a file that is not a database, is damaged, is not
// a Vafa database, or was written by a newer Vafa is refused and left exactly as it was.
// Otherwise pending migrations are applied in one transaction.
//
// Each Store owns a named QSqlDatabase connection; use it from the thread that opened it.
class Store
{
public:
    enum class Error {
        None,
        DriverMissing,   // the Qt SQL driver is not installed
        CannotOpen,      // file or server not reachable, permission denied, bad credentials
        NotADatabase,    // the file is not an SQLite database at all
        Damaged,         // an SQLite database that fails its integrity check
        NotVafa,         // a database with tables but no Vafa schema
        TooNew,          // written by a newer Vafa (schema version above ours)
        MigrationFailed, // a migration failed; nothing was applied
        NotOpen,
        NoCompany,       // opening (not creating): the file is missing, empty, or an empty database
        TooOld,          // a server written by an older Vafa, opened without migrating (a workstation)
    };

    struct PostgresParams
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString user;
        QString password;
        QString database;
        QString options; // extra QPSQL connect options, e.g. "sslmode=require"

        // A QPSQL connection named `name` with these settings, not yet opened (for the
        // connections beside a Store: the worker's LISTEN, the server's set-up, test fixtures).
        QSqlDatabase addConnection(const QString &name) const;
    };

    struct OpenOptions
    {
        int migrateTo = 0; // 0 = the latest version this build knows; tests use lower values
        // Creating a company and opening one are separate intents: with create off, a missing,
        // 0-byte or empty database file is refused (NoCompany), never turned into a company.
        bool create = true;
        // An up-to-date file larger than this is integrity-checked on a background thread after
        // it opens (start-up does not wait); the first write waits for the check and is refused
        // if it failed. Smaller files are checked before they open.
        qint64 checkInBackgroundAbove = 256LL * 1024 * 1024;
        // Open for reading only, even where the file could be written. A file or folder this
        // user cannot write opens read-only by itself (isReadOnly()); it is never migrated.
        bool readOnly = false;
        // PostgreSQL: apply pending migrations. A workstation opens the company's server with it
        // off (its login role owns nothing and could not migrate; `vafa server migrate` does):
        // an older schema is then refused as TooOld instead.
        bool migrate = true;
    };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    bool openSqlite(const QString &path, const OpenOptions &options);
    bool openSqlite(const QString &path) { return openSqlite(path, OpenOptions()); }
    bool openPostgres(const PostgresParams &params, const OpenOptions &options);
    bool openPostgres(const PostgresParams &params) { return openPostgres(params, OpenOptions()); }
    void close();

    bool isOpen() const;
    // Opened for reading only: every transaction refuses to begin, with the read-only sentence.
    bool isReadOnly() const { return m_readOnly; }
    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; } // translated, for the user
    QString errorDetail() const { return m_errorDetail; }   // driver text, for logs
    // Why the last transaction could not begin or commit, as a sentence for a person: the
    // store is busy with another writer, read-only, or full. Nothing of it was written.
    QString writeFailureMessage() const;
    static QString messageFor(Error error);

    QSqlDatabase db() const;
    const Dialect &dialect() const { return m_dialect; }
    QString connectionName() const { return m_connectionName; }
    QString path() const { return m_path; } // SQLite file; empty for PostgreSQL
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();
    QString journalMode() const { return m_journalMode; } // "wal", or "delete" where WAL is unavailable

    // Central mode (DESIGN §6): the session token the server's sign-in returned. Every
    // transaction on PostgreSQL hands it to the server first (set_config(…, true), local to the
    // transaction, so PgBouncer in transaction mode may give each one another server
    // connection); the server's policies resolve who acts from it. Empty = no one signed in.
    void setSessionToken(const QString &token) { m_sessionToken = token; }
    QString sessionToken() const { return m_sessionToken; }
    // The Store whose connection this is (nullptr for connections no Store made).
    static Store *of(const QSqlDatabase &db);

    // The raw SQLite handle of this connection for hot paths (bulk inserts); null on PostgreSQL.
    sqlite3 *sqliteHandle() const;

    // RAII transaction. The outermost one is BEGIN (IMMEDIATE on SQLite) … COMMIT; nested ones
    // are savepoints, so a repository method may open one whether or not its caller did.
    // Destroyed without commit() = rolled back.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        Transaction(Transaction &&other) noexcept;
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        Transaction &operator=(Transaction &&) = delete;
        ~Transaction();
        bool isActive() const { return m_active; }
        bool commit();
        void rollback();

    private:
        Store *m_store = nullptr;
        int m_depth = 0;
        bool m_active = false;
        bool m_joined = false; // nested and joined to the outer transaction: commit/rollback do nothing
    };
    Transaction transaction() { return Transaction(*this); }
    // Reads outside a transaction on a company server: a transaction that carries the session
    // token (commit it when done); nothing where none is needed (SQLite, no session, or a
    // transaction already open).
    std::optional<Transaction> sessionScope();
    int transactionDepth() const { return m_txDepth; }
    // Bulk loads: nested transactions join the outer one instead of taking savepoints (each
    // savepoint makes SQLite copy every page it touches into a statement journal). A failure
    // inside must then abort the whole outer transaction, as the demo generator does.
    void setJoinNestedTransactions(bool join) { m_joinNested = join; }
    // SQLite's page cache for this connection, in KiB (16 MiB after opening). A transaction
    // that writes more pages than the cache holds spills them into the WAL before it commits
    // and writes many of them again; a large import raises it while it writes. No-op on
    // PostgreSQL. Only what is used is allocated.
    static constexpr int kDefaultCacheKiB = 16384;
    bool setCacheKiB(int kibibytes);

    // A new row id: a lower-case UUID without braces (version 7: time-ordered, which keeps
    // B-tree inserts local).
    static QString newId();
    // The same form from a given clock value and generator (the demo company's seeded ids).
    static QString uuidV7(quint64 ms, QRandomGenerator &rng);
    // Now, in UTC, as ISO 8601 text with milliseconds and Z (the {{ts}} form).
    static QString nowUtc();
    // Tests may freeze the clock behind nowUtc(); pass nullptr to restore the real one.
    static void setClockForTesting(std::function<QDateTime()> clock);
    static QDateTime now();

    // SQLite: VACUUM, then rebuild the FTS indexes (VACUUM may renumber implicit rowids).
    bool compact();
    // SQLite bulk loads into an empty database: drop the search triggers and the non-unique
    // indexes now; finishBulkLoad() rebuilds the FTS indexes and recreates triggers and indexes
    // from their saved SQL. Both run inside the caller's transaction, so a rollback restores
    // the schema too. No-ops on PostgreSQL.
    bool beginBulkLoad();
    bool finishBulkLoad();
    // The same for the search triggers only (indexes stay); finish with finishBulkSearchIndex().
    bool beginBulkSearchIndex();
    bool finishBulkSearchIndex();

private:
    friend class Transaction;
    bool fail(Error e, const QString &detail = {});
    bool openSqliteReadOnly(const QString &path, int found);
    void removeReadOnlySideFiles();
    bool preflightSqlite(const QString &path, const OpenOptions &options, int *version, bool *fresh, bool *checkLater);
    bool afterOpen(int foundVersion, const OpenOptions &options);
    bool execSimple(const QString &sql);
    bool execControl(const QString &sql);
    bool suspendForBulk(bool indexesToo);
    bool rebuildSearchIndexes();

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect;
    Error m_error = Error::None;
    QString m_errorMessage;
    QString m_errorDetail;
    int m_schemaVersion = 0;
    QString m_journalMode;
    bool m_readOnly = false;
    bool m_hadWal = false; // side files that were there before a read-only open (the rest go at close)
    bool m_hadShm = false;
    int m_txDepth = 0;
    int m_lastControlCode = 0; // SQLite's primary result code of the last failed control statement
    // The background integrity check of a large file: empty when it passed, else what it found.
    std::shared_future<QString> m_integrity;
    std::shared_ptr<std::atomic_bool> m_integrityStop;
    bool writesAllowedByIntegrity();
    void startIntegrityCheck(const QString &path);
    bool m_joinNested = false;
    QString m_sessionToken;
    bool handTokenToServer();
    QStringList m_suspendedSchema;
    std::map<QString, struct sqlite3_stmt *> m_controlStatements;
};
