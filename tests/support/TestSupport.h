#pragma once
#include "models/core/Actor.h"
#include "models/core/ListSpec.h"
#include "models/core/Store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Shared helpers for the tests (temporary stores, the throwaway PostgreSQL's settings).
namespace TestSupport {

// The file named by VAFA_PG_ENV, written by pg-throwaway.sh; empty when the variable is unset.
QString pgEnvFile();

// Reads the throwaway PostgreSQL's settings (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
// False, with the reason, when the file is missing or incomplete: a PG test must then fail.
bool readPgParams(Store::PostgresParams *params, QString *error);

// The same for the throwaway PgBouncer in transaction pooling mode in front of that server
// (pgbouncer-throwaway.sh, fixture "pgbouncer"; the file named by VAFA_PGBOUNCER_ENV).
bool readBouncerParams(Store::PostgresParams *params, QString *error);

// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileSha256(const QString &path);

// Runs a ListSpec as the paging models do (all rows, orderBy; or orderByDesc when reversed)
// and returns each row's values; column 0 is the id.
QList<QVariantList> runList(Store &store, const ListSpec &spec, bool reversed = false);
// Just the ids (column 0) of runList().
QStringList listIds(Store &store, const ListSpec &spec, bool reversed = false);

// The text of a PDF as pdftotext (poppler-utils) reads it, with the Arabic presentation forms
// folded back to letters (NFKC) and the bidi controls dropped; empty when pdftotext fails.
QString pdfText(const QString &pdfPath);
// Letters only: pdftotext may split a cell's text at ZWNJ, mirror parentheses or drop spaces.
QString lettersOnly(const QString &text);

// The user `userId` as a service sees it when that user acts (UserRepository::actor).
Actor actorOf(Store &store, const QString &userId);
// A new active staff user holding `grants` (each one its own); its id, or empty on failure.
QString addStaff(Store &store, const QString &username, const QStringList &grants = {});
// Every row of each table, in id order, as one text: equal before and after a refused action
// means the action wrote nothing.
QString tablesSnapshot(Store &store, std::initializer_list<const char *> tables);
// Writes `text` as UTF-8 into dir/name (replacing it) and returns the path; empty on failure.
QString writeText(const QString &dir, const QString &name, const QString &text);

// One statement straight on the store's connection, for a test's set-up and checks (no
// transaction, no token: on a server, run them as the owner). The first column of the first
// row, or -1 (with a warning naming the statement) when it fails or returns no row.
qint64 sqlNumber(Store &store, const QString &sql);
bool sqlExec(Store &store, const QString &sql);

// A fresh SQLite Vafa database in its own temporary directory, migrated to the latest version
// (or to options.migrateTo). Everything is removed when it goes out of scope.
class TempStore
{
public:
    explicit TempStore(const Store::OpenOptions &options = Store::OpenOptions());
    ~TempStore();
    bool isOpen() const { return m_store && m_store->isOpen(); }
    QString errorText() const;
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

// Another connection to an SQLite store that holds its write lock while it lives: the store is
// busy. The store's own busy timeout is cut to `waitMs` meanwhile, so an action gives up soon.
class OtherWriter
{
public:
    explicit OtherWriter(Store &store, int waitMs = 150);
    ~OtherWriter();
    OtherWriter(const OtherWriter &) = delete;
    OtherWriter &operator=(const OtherWriter &) = delete;
    bool isHolding() const { return m_holding; }

private:
    Store &m_store;
    QString m_connection;
    bool m_holding = false;
};

// A freshly created, empty PostgreSQL database on the throwaway server, dropped at the end.
class TempPgDatabase
{
public:
    TempPgDatabase();
    ~TempPgDatabase();
    bool isReady() const { return m_ready; }
    QString errorText() const { return m_error; }
    Store::PostgresParams params() const { return m_params; }
    // This database through the throwaway PgBouncer (transaction pooling): a test that calls it
    // must require the "pgbouncer" fixture (vafa_add_test(… PGBOUNCER)). False, with the reason,
    // when the bouncer's settings cannot be read.
    bool bouncerParams(Store::PostgresParams *params, QString *error) const;

private:
    bool m_ready = false;
    QString m_error;
    Store::PostgresParams m_admin;
    Store::PostgresParams m_params;
};

} // namespace TestSupport
