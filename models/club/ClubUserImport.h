#pragma once
#include "models/auth/PasswordHasher.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/core/TabularImport.h"

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
// columns to fields, set the options, preview() validates every row against the file itself
// and the database, and run() writes — the shared engine of TabularImport, all or nothing.
// We chose this over a resumable import because a half-imported file
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
class ClubUserImport final : public TabularImport
{
    Q_DECLARE_TR_FUNCTIONS(Club)

public:
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
        PasswordHasher::Strength hashStrength = PasswordHasher::Strength::Minimum;
        int threads = 0; // hashing threads; 0 = QThread::idealThreadCount()
    };

    // Field keys: user_type, identity_kind, subtype, first_name, last_name, org_name, email,
    // mobile, username, user_key, password, phone_password, active, no_expiry, commission,
    // national_id, customer_number.
    struct RowPlan : ImportRow // key = the username
    {
        ClubKind kind = ClubKind::Customer;
        QString username;
        QString password; // plain text until written (credentials file); never logged
        QString existingUserId;   // Update
        QString identityId;       // selection source, or the updated user's identity
        bool becomesActive = false;
    };

    ClubUserImport(Store &store, const Actor &actor);
    ~ClubUserImport() override;

    bool loadFile(const QString &path, QString *error) override;
    // Source (a): identities that have no club account yet, one row each.
    void loadIdentities(const QStringList &identityIds);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    // Validates every row and says what will happen to it; writes nothing.
    const QList<RowPlan> &preview();
    const QList<RowPlan> &plans() const { return m_plans; }

    // username, password, name of every created account (and updated ones given a password).
    bool writeCredentialsFile(const QString &path, QString *error) const;

    static QString randomPassword(const PasswordPolicy &policy);

private:
    void validate() override;
    int planCount() const override { return int(m_plans.size()); }
    const ImportRow &planAt(int index) const override { return m_plans.at(index); }
    bool prepareWrite(const Progress &progress, int total) override; // hashes the passwords
    int progressTotal() const override;
    bool writeRows(const Progress &progress, int total) override;
    void afterRollback() override;
    bool recheck();

    StaffPermissions m_perms;
    QString m_actor;
    QStringList m_rowIdentityIds; // parallel to rows for the identity source
    Options m_options;
    QList<RowPlan> m_plans;
    QStringList m_hashes; // parallel to m_plans
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
