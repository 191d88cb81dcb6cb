#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/club/TabularFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class Store;

// The model behind the bulk user wizard and `vafa users import` (reference §1.7 A).
//
// Flow: load a source (a .csv/.xlsx file, or a selection of identities without accounts), map
// columns to fields (same-named columns match automatically, in Persian or English; mappings
// can be saved by name), set the options, preview() validates every row against the file
// itself and the database, and run() writes.
//
// All or nothing: run() writes only when no row has an error, and writes every row in ONE
// transaction; a failure or a cancel rolls it back, so the database holds either the whole
// import or nothing of it. We chose this over a resumable import because a half-imported file
// is hard to reason about (which rows are in? which credentials were sent?), the write of
// 5,000 rows takes about a second, and re-running a corrected file is simple. Passwords are
// hashed (in parallel, before the transaction) so the write lock is held only briefly; the
// write then opens its transaction first and re-reads, under the lock, everything the preview
// decided on (usernames, identities, users, licence seats). A transaction that cannot begin
// (a busy or read-only store) stops the import: nothing runs in autocommit.
//
// Hash strength: argon2id "interactive" (64 MiB, ~0.1-0.3 s) cannot hash 5,000 passwords in the
// 10 s budget on two cores, so the import uses Options::hashStrength, Minimum by default. The
// stored hash records its parameters; SignInService re-hashes it at Interactive strength at
// the first successful sign-in (needsRehash), and imported accounts get "change at first
// sign-in" when the policy asks for it. Random passwords are 12+ characters of mixed classes,
// so the weak window is short and the passwords themselves are strong.
class ClubUserImport
{
    Q_DECLARE_TR_FUNCTIONS(Club)

public:
    enum class Mode { Add, Update, Upsert };
    enum class UsernameRule { Column, CustomerNumber, Mobile, Email, Pattern };
    enum class PasswordRule { Random, Column };

    struct Options
    {
        Mode mode = Mode::Add;
        bool fillOnlyEmpty = false; // update: change only fields that are empty now
        ClubKind kind = ClubKind::Customer; // when the file has no user-type column
        UsernameRule usernameRule = UsernameRule::Column;
        QString usernamePrefix; // Pattern: prefix + 5-digit running number; other rules: prepended
        PasswordRule passwordRule = PasswordRule::Random;
        bool activeByDefault = true;
        QHash<QString, QString> defaults; // field key -> value used when the cell is empty
        PasswordHasher::Strength hashStrength = PasswordHasher::Strength::Minimum;
        int threads = 0; // hashing threads; 0 = QThread::idealThreadCount()
    };

    // Field keys (stable; used in saved mappings and --help): user_type, identity_kind,
    // subtype, first_name, last_name, org_name, email, mobile, username, user_key, password,
    // phone_password, active, no_expiry, commission, national_id, customer_number.
    static QStringList fieldKeys();
    static QStringList headerNamesOf(const QString &fieldKey); // key, English, Persian names
    static QString fieldTitle(const QString &fieldKey);        // translated

    struct RowPlan
    {
        enum class Action { Create, Update, Skip, Error };
        int line = 0; // the file's own 1-based line (header = 1), blank lines counted
        int row = -1; // index into data().rows
        Action action = Action::Error;
        QStringList reasons; // errors, or why the row is skipped
        ClubKind kind = ClubKind::Customer;
        QString username;
        QString password; // plain text until written (credentials file); never logged
        QString displayName;
        QString existingUserId;   // Update
        QString identityId;       // selection source, or the updated user's identity
        bool becomesActive = false;
        QHash<QString, QString> values; // normalized field values
    };

    struct Summary
    {
        int rows = 0, created = 0, updated = 0, skipped = 0, errors = 0;
        bool written = false, cancelled = false;
        QString failure; // why nothing was written, when rows had no errors (translated)
        QStringList warnings; // what the import ignores or assumes, to show before it runs
        qint64 msValidate = 0, msHash = 0, msWrite = 0;
    };

    // progress(done, total) during run(); return false to cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    ClubUserImport(Store &store, const Actor &actor);
    ~ClubUserImport();

    bool loadFile(const QString &path, QString *error);
    // Source (a): identities that have no club account yet, one row each.
    void loadIdentities(const QStringList &identityIds);
    const TabularData &data() const { return m_data; }

    // field key -> header text of the source. autoMapping() matches same-named headers.
    QHash<QString, QString> autoMapping() const;
    void setMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }
    QHash<QString, QString> mapping() const { return m_mapping; }
    bool saveMapping(const QString &name, const QHash<QString, QString> &mapping);
    QHash<QString, QString> savedMapping(const QString &name);
    QStringList savedMappingNames();
    bool removeMapping(const QString &name);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Validates every row and says what will happen to it; writes nothing.
    const QList<RowPlan> &preview();
    const QList<RowPlan> &plans() const { return m_plans; }
    // Validates, hashes and writes all or nothing. False when any row has an error, on cancel,
    // or when the write fails; summary() says which.
    bool run(const Progress &progress = {});
    const Summary &summary() const { return m_summary; }
    QString summaryText() const;

    // One row per input row that is not written (an error, or skipped): its cells, its line
    // and the reason in the last columns. The format is
    // the input's (CSV -> CSV, XLSX -> XLSX) unless the path's extension says otherwise.
    bool writeErrorFile(const QString &path, QString *error) const;
    // username, password, name of every created account (and updated ones given a password).
    bool writeCredentialsFile(const QString &path, QString *error) const;

    static QString randomPassword(const PasswordPolicy &policy);

private:
    void validate();
    QString cell(const QStringList &row, const QHash<QString, int> &columns, const QString &key) const;
    bool hashAll(const Progress &progress, int total);
    bool write(const Progress &progress, int total);
    bool recheck();
    bool storeFailed(const QString &message, const QString &detail);
    void count();

    Store &m_store;
    StaffPermissions m_perms;
    QString m_actor;
    TabularData m_data;
    QStringList m_rowIdentityIds; // parallel to rows for the identity source
    QHash<QString, QString> m_mapping;
    Options m_options;
    QList<RowPlan> m_plans;
    QStringList m_hashes; // parallel to m_plans
    Summary m_summary;
};

// `vafa users import FILE --store DB [--mode add|update|upsert] [--kind customer|agent]
//  [--username column|customer-number|mobile|email|pattern:PREFIX] [--password random|column]
//  [--errors OUT] [--credentials OUT] [--dry-run]`
// Exit codes: 0 imported (or dry run without errors), 1 rows with errors (nothing written),
// 2 usage, 3 the store or the file cannot be opened, 4 the write failed.
class UsersImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Club)

public:
    static int run(const QStringList &args, Store &store, QTextStream &out, QTextStream &err);
    static QString usage();
};
