// Password hashing and sign-in as a user meets them: the right password opens the account, the
// wrong one does not say whether the user exists, and each account state has its own message.
#include "models/auth/PasswordHasher.h"
#include "models/auth/SignIn.h"
#include "models/club/ClubSettings.h"
#include "models/core/SettingsRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonValue>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using F = SignInResult::Failure;
Q_DECLARE_METATYPE(SignInResult::Failure)

class TestAuthSignIn : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hashVerifies();
    void hashesAreSalted();
    void needsRehashFollowsStrength();
    void rightPasswordSignsIn();
    void aReadOnlyFileLetsPeopleLookAndRecordsNothing();
    void accountStates_data();
    void accountStates();
    void unknownUserAndWrongPasswordLookAlike();
    void locksAfterConfiguredAttempts();
    void lockedAccountRefusesEvenRightPassword();
    void usernameIsCaseInsensitive();
    void weakHashIsUpgradedOnSignIn();
    void mustChangeAsksForANewPasswordFirst();
    void newPasswordFollowsThePolicy();
    void changeNeedsTheCurrentPassword();
    void expiredPasswordAsksForANewOne();
    void sessionLengthComesFromThePolicy();
    void aClosedClubLetsNoneOfItsUsersIn();
    void aLockOutEndsAfterThePolicysMinutes();
    void everyAnswerTakesTheSameTime();

private:
    User addUser(const QString &username, const QString &password);
    std::unique_ptr<TempStore> m_t;
    const PasswordHasher m_fast{PasswordHasher::Strength::Minimum};
};

void TestAuthSignIn::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    ClubSettings settings(m_t->store());
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
    QVERIFY(settings.setModuleEnabled(ClubKind::Agent, true));
}

void TestAuthSignIn::cleanup()
{
    m_t.reset();
}

User TestAuthSignIn::addUser(const QString &username, const QString &password)
{
    UserRepository users(m_t->store());
    User u;
    u.kind = UserKind::Customer;
    u.username = username;
    u.passwordHash = m_fast.hash(password);
    if (!users.insert(u))
        qWarning("%s", qPrintable(users.lastError()));
    return u;
}

void TestAuthSignIn::hashVerifies()
{
    const QString h = m_fast.hash(QStringLiteral("رمز-عبور ۱۲۳"));
    QVERIFY(h.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(m_fast.verify(h, QStringLiteral("رمز-عبور ۱۲۳")));
    QVERIFY(!m_fast.verify(h, QStringLiteral("رمز-عبور 123")));
    QVERIFY(!m_fast.verify(QStringLiteral("not a hash"), QStringLiteral("x")));
    QVERIFY(!m_fast.verify(QString(), QString()));
}

void TestAuthSignIn::hashesAreSalted()
{
    QVERIFY(m_fast.hash(QStringLiteral("same")) != m_fast.hash(QStringLiteral("same")));
}

void TestAuthSignIn::needsRehashFollowsStrength()
{
    const PasswordHasher interactive;
    QCOMPARE(interactive.strength(), PasswordHasher::Strength::Interactive);
    const QString weak = m_fast.hash(QStringLiteral("p"));
    QVERIFY(!m_fast.needsRehash(weak));
    QVERIFY(interactive.needsRehash(weak));
    QVERIFY(interactive.needsRehash(QStringLiteral("$2y$10$bcrypt-is-not-ours")));
}

void TestAuthSignIn::rightPasswordSignsIn()
{
    const User u = addUser(QStringLiteral("sara"), QStringLiteral("golden-key"));
    SignInService service(m_t->store(), m_fast);
    const SignInResult r = service.signIn(QStringLiteral("sara"), QStringLiteral("golden-key"), QStringLiteral("pc-1"));
    QVERIFY(r.ok);
    QCOMPARE(r.failure, F::None);
    QCOMPARE(r.user.id, u.id);
    UserRepository users(m_t->store());
    QVERIFY(users.get(u.id)->lastSignInAt.isValid());
    const auto history = users.signInHistory(u.id);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().success);
    QCOMPARE(history.first().host, QStringLiteral("pc-1"));
}

// A company opened read-only still lets its people in to look; nothing is counted or recorded
// (the file takes no writes) and a new password, which could not be kept, is refused.
void TestAuthSignIn::aReadOnlyFileLetsPeopleLookAndRecordsNothing()
{
    const User u = addUser(QStringLiteral("sara"), QStringLiteral("golden-key"));
    Store readOnly;
    Store::OpenOptions open;
    open.readOnly = true;
    QVERIFY2(readOnly.openSqlite(m_t->path(), open), qPrintable(readOnly.errorDetail()));
    SignInService service(readOnly, m_fast);
    QVERIFY(service.signIn(QStringLiteral("sara"), QStringLiteral("golden-key"), QStringLiteral("pc-1")).ok);
    QCOMPARE(service.signIn(QStringLiteral("sara"), QStringLiteral("wrong"), QStringLiteral("pc-1")).failure,
             F::WrongCredentials);
    QCOMPARE(service.changePassword(QStringLiteral("sara"), QStringLiteral("golden-key"), QStringLiteral("Another-Key-2"),
                                    QStringLiteral("pc-1")).failure,
             F::StoreError);
    UserRepository users(m_t->store());
    QVERIFY(users.signInHistory(u.id).isEmpty());
    QCOMPARE(users.get(u.id)->failedAttempts, 0);
    QVERIFY(!users.get(u.id)->lastSignInAt.isValid());
}

void TestAuthSignIn::accountStates_data()
{
    QTest::addColumn<QString>("registration");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("suspended");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<SignInResult::Failure>("expected");
    QTest::newRow("approved, active") << "approved" << true << false << false << F::None;
    QTest::newRow("pending") << "pending" << true << false << false << F::NotApproved;
    QTest::newRow("rejected") << "rejected" << true << false << false << F::Rejected;
    QTest::newRow("inactive") << "approved" << false << false << false << F::Inactive;
    QTest::newRow("suspended") << "approved" << true << true << false << F::Suspended;
    QTest::newRow("locked") << "approved" << true << false << true << F::Locked;
}

void TestAuthSignIn::accountStates()
{
    QFETCH(QString, registration);
    QFETCH(bool, active);
    QFETCH(bool, suspended);
    QFETCH(bool, locked);
    QFETCH(SignInResult::Failure, expected);
    UserRepository users(m_t->store());
    User u = addUser(QStringLiteral("member"), QStringLiteral("pw"));
    u.registrationStatus = RegistrationStatusCode::parse(registration).value();
    u.active = active;
    u.suspended = suspended;
    u.locked = locked;
    QVERIFY(users.update(u));
    SignInService service(m_t->store(), m_fast);
    const SignInResult r = service.signIn(QStringLiteral("member"), QStringLiteral("pw"));
    QCOMPARE(r.failure, expected);
    QCOMPARE(r.ok, expected == F::None);
    QCOMPARE(r.message().isEmpty(), expected == F::None);
    const auto history = users.signInHistory(u.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().reason, SignInResult::reasonCode(expected));
}

void TestAuthSignIn::unknownUserAndWrongPasswordLookAlike()
{
    addUser(QStringLiteral("reza"), QStringLiteral("right"));
    SignInService service(m_t->store(), m_fast);
    const SignInResult unknown = service.signIn(QStringLiteral("nobody"), QStringLiteral("x"));
    const SignInResult wrong = service.signIn(QStringLiteral("reza"), QStringLiteral("wrong"));
    QCOMPARE(unknown.failure, F::WrongCredentials);
    QCOMPARE(wrong.failure, F::WrongCredentials);
    QCOMPARE(unknown.message(), wrong.message());
    QVERIFY(!unknown.ok && !wrong.ok);
}

void TestAuthSignIn::locksAfterConfiguredAttempts()
{
    SettingsRepository(m_t->store()).setValue(QStringLiteral("security.max_failed_attempts"), 3);
    const User u = addUser(QStringLiteral("ali"), QStringLiteral("right"));
    SignInService service(m_t->store(), m_fast);
    QCOMPARE(service.maxFailedAttempts(), 3);
    SignInResult r = service.signIn(QStringLiteral("ali"), QStringLiteral("w1"));
    QCOMPARE(r.failure, F::WrongCredentials);
    QCOMPARE(r.attemptsLeft, 2);
    r = service.signIn(QStringLiteral("ali"), QStringLiteral("w2"));
    QCOMPARE(r.attemptsLeft, 1);
    r = service.signIn(QStringLiteral("ali"), QStringLiteral("w3"));
    QCOMPARE(r.failure, F::Locked);
    UserRepository users(m_t->store());
    QVERIFY(users.get(u.id)->locked);
    QCOMPARE(users.get(u.id)->failedAttempts, 3);
    QCOMPARE(users.signInHistory(u.id).size(), 3);
}

void TestAuthSignIn::lockedAccountRefusesEvenRightPassword()
{
    const User u = addUser(QStringLiteral("neda"), QStringLiteral("right"));
    SignInService service(m_t->store(), m_fast);
    QCOMPARE(service.maxFailedAttempts(), SignInService::kDefaultMaxFailedAttempts);
    for (int i = 0; i < SignInService::kDefaultMaxFailedAttempts; ++i)
        service.signIn(QStringLiteral("neda"), QStringLiteral("wrong"));
    QCOMPARE(service.signIn(QStringLiteral("neda"), QStringLiteral("right")).failure, F::Locked);
    UserRepository users(m_t->store());
    QVERIFY(users.unlock(u.id));
    const SignInResult r = service.signIn(QStringLiteral("neda"), QStringLiteral("right"));
    QVERIFY(r.ok);
    QCOMPARE(users.get(u.id)->failedAttempts, 0);
}

void TestAuthSignIn::usernameIsCaseInsensitive()
{
    addUser(QStringLiteral("  Admin "), QStringLiteral("pw"));
    SignInService service(m_t->store(), m_fast);
    QVERIFY(service.signIn(QStringLiteral("ADMIN"), QStringLiteral("pw")).ok);
}

void TestAuthSignIn::weakHashIsUpgradedOnSignIn()
{
    const User u = addUser(QStringLiteral("old"), QStringLiteral("pw"));
    const PasswordHasher interactive;
    SignInService service(m_t->store(), interactive);
    QVERIFY(service.signIn(QStringLiteral("old"), QStringLiteral("pw")).ok);
    const QString stored = UserRepository(m_t->store()).get(u.id)->passwordHash;
    QVERIFY(stored != u.passwordHash);
    QVERIFY(!interactive.needsRehash(stored));
    QVERIFY(interactive.verify(stored, QStringLiteral("pw")));
}

void TestAuthSignIn::mustChangeAsksForANewPasswordFirst()
{
    UserRepository users(m_t->store());
    User u = addUser(QStringLiteral("first"), QStringLiteral("Initial-123"));
    QVERIFY(users.setPasswordHash(u.id, u.passwordHash, true));
    SignInService service(m_t->store(), m_fast);
    const SignInResult r = service.signIn(QStringLiteral("first"), QStringLiteral("Initial-123"));
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, F::PasswordChangeRequired);
    QVERIFY(r.needsNewPassword());
    QVERIFY(!r.message().isEmpty());
    QVERIFY(!users.get(u.id)->lastSignInAt.isValid()); // not signed in yet

    const SignInResult changed = service.changePassword(QStringLiteral("first"), QStringLiteral("Initial-123"),
                                                        QStringLiteral("Fresh-4567"));
    QVERIFY2(changed.ok, qPrintable(changed.message()));
    QCOMPARE(changed.user.id, u.id);
    QVERIFY(!users.get(u.id)->mustChangePassword);
    QVERIFY(service.signIn(QStringLiteral("first"), QStringLiteral("Fresh-4567")).ok);
    QCOMPARE(service.signIn(QStringLiteral("first"), QStringLiteral("Initial-123")).failure, F::WrongCredentials);
}

void TestAuthSignIn::newPasswordFollowsThePolicy()
{
    User u = addUser(QStringLiteral("policy"), QStringLiteral("Initial-123"));
    QVERIFY(UserRepository(m_t->store()).setPasswordHash(u.id, u.passwordHash, true));
    PasswordPolicy policy;
    policy.minLength = 10;
    policy.requireComplexity = true;
    QVERIFY(ClubSettings(m_t->store()).setPasswordPolicy(policy));
    SignInService service(m_t->store(), m_fast);
    const QString name = QStringLiteral("policy");
    const QString current = QStringLiteral("Initial-123");

    SignInResult r = service.changePassword(name, current, QStringLiteral("Short-1"));
    QCOMPARE(r.failure, F::NewPasswordRejected);
    QCOMPARE(r.message(), policy.check(QStringLiteral("Short-1"))); // the policy's own sentence
    r = service.changePassword(name, current, QStringLiteral("alllowercase1"));
    QCOMPARE(r.failure, F::NewPasswordRejected);
    r = service.changePassword(name, current, current);
    QCOMPARE(r.failure, F::NewPasswordRejected); // the same password is no change
    QVERIFY(!r.message().isEmpty());
    r = service.changePassword(name, current, QString());
    QCOMPARE(r.failure, F::NewPasswordRejected);
    // none of these changed anything
    QCOMPARE(service.signIn(name, current).failure, F::PasswordChangeRequired);
    QVERIFY(service.changePassword(name, current, QStringLiteral("Long-Enough-42")).ok);
}

void TestAuthSignIn::changeNeedsTheCurrentPassword()
{
    const User u = addUser(QStringLiteral("guess"), QStringLiteral("Initial-123"));
    SignInService service(m_t->store(), m_fast);
    const SignInResult r = service.changePassword(QStringLiteral("guess"), QStringLiteral("wrong"), QStringLiteral("Fresh-4567"));
    QCOMPARE(r.failure, F::WrongCredentials);
    QCOMPARE(UserRepository(m_t->store()).get(u.id)->failedAttempts, 1); // counts like any wrong password
    QVERIFY(service.signIn(QStringLiteral("guess"), QStringLiteral("Initial-123")).ok);
    // an account in a state that cannot sign in cannot change its password either
    UserRepository users(m_t->store());
    QVERIFY(users.setSuspended(u.id, true));
    QCOMPARE(service.changePassword(QStringLiteral("guess"), QStringLiteral("Initial-123"), QStringLiteral("Fresh-4567")).failure,
             F::Suspended);
}

void TestAuthSignIn::expiredPasswordAsksForANewOne()
{
    const QDateTime start(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    QDateTime clock = start;
    Store::setClockForTesting([&clock] { return clock; });
    const User u = addUser(QStringLiteral("aging"), QStringLiteral("Initial-123"));
    QVERIFY(UserRepository(m_t->store()).setPasswordHash(u.id, u.passwordHash, false)); // changed "now"
    PasswordPolicy policy;
    policy.expiryDays = 30;
    QVERIFY(ClubSettings(m_t->store()).setPasswordPolicy(policy));
    SignInService service(m_t->store(), m_fast);

    clock = start.addDays(29);
    QVERIFY(service.signIn(QStringLiteral("aging"), QStringLiteral("Initial-123")).ok);
    clock = start.addDays(30);
    const SignInResult expired = service.signIn(QStringLiteral("aging"), QStringLiteral("Initial-123"));
    QCOMPARE(expired.failure, F::PasswordExpired);
    QVERIFY(expired.needsNewPassword());
    QVERIFY(service.changePassword(QStringLiteral("aging"), QStringLiteral("Initial-123"), QStringLiteral("Fresh-4567")).ok);
    clock = start.addDays(59); // 29 days after the change
    QVERIFY(service.signIn(QStringLiteral("aging"), QStringLiteral("Fresh-4567")).ok);

    policy.expiryDays = 0; // never expires
    QVERIFY(ClubSettings(m_t->store()).setPasswordPolicy(policy));
    clock = start.addYears(3);
    QVERIFY(service.signIn(QStringLiteral("aging"), QStringLiteral("Fresh-4567")).ok);
    Store::setClockForTesting(nullptr);
}

void TestAuthSignIn::sessionLengthComesFromThePolicy()
{
    addUser(QStringLiteral("session"), QStringLiteral("pw"));
    PasswordPolicy policy;
    policy.sessionMinutes = 45;
    QVERIFY(ClubSettings(m_t->store()).setPasswordPolicy(policy));
    SignInService service(m_t->store(), m_fast);
    QCOMPARE(service.signIn(QStringLiteral("session"), QStringLiteral("pw")).sessionMinutes, 45);
    QCOMPARE(service.signIn(QStringLiteral("session"), QStringLiteral("wrong")).sessionMinutes, 0);
}

// Rule 1: the customer club and the agent club are modules of their own; switching one off
// keeps its users out with a message that says so, and leaves the other club and staff alone.
void TestAuthSignIn::aClosedClubLetsNoneOfItsUsersIn()
{
    addUser(QStringLiteral("customer1"), QStringLiteral("Secret-1234"));
    UserRepository users(m_t->store());
    User agent;
    agent.kind = UserKind::Agent;
    agent.username = QStringLiteral("agent1");
    agent.passwordHash = m_fast.hash(QStringLiteral("Secret-1234"));
    QVERIFY(users.insert(agent));
    User staff = agent;
    staff.id.clear();
    staff.kind = UserKind::Staff;
    staff.username = QStringLiteral("clerk1");
    QVERIFY(users.insert(staff));
    QVERIFY(ClubSettings(m_t->store()).setModuleEnabled(ClubKind::Customer, false));

    SignInService service(m_t->store(), m_fast);
    const SignInResult refused = service.signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234"));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.failure, SignInResult::Failure::ClubClosed);
    QVERIFY(!refused.message().isEmpty());
    // a wrong password is still just a wrong password: the closed club is told only to the owner
    QCOMPARE(service.signIn(QStringLiteral("customer1"), QStringLiteral("wrong")).failure,
             SignInResult::Failure::WrongCredentials);
    QVERIFY(service.signIn(QStringLiteral("agent1"), QStringLiteral("Secret-1234")).ok);
    QVERIFY(service.signIn(QStringLiteral("clerk1"), QStringLiteral("Secret-1234")).ok);
}

// Whoever types wrong passwords for the administrator locks the account only for the policy's
// minutes; an administrator's own lock (no time on it) stays until lifted.
void TestAuthSignIn::aLockOutEndsAfterThePolicysMinutes()
{
    QDateTime clock = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Store::setClockForTesting([&clock] { return clock; });
    ClubSettings settings(m_t->store());
    PasswordPolicy policy = settings.passwordPolicy();
    policy.maxFailedAttempts = 3;
    policy.lockoutMinutes = 20;
    QVERIFY(settings.setPasswordPolicy(policy));
    QCOMPARE(settings.passwordPolicy().lockoutMinutes, 20);
    const User admin = addUser(QStringLiteral("admin"), QStringLiteral("right"));
    SignInService service(m_t->store(), m_fast);
    for (int i = 0; i < 3; ++i)
        service.signIn(QStringLiteral("admin"), QStringLiteral("guess"));
    QCOMPARE(service.signIn(QStringLiteral("admin"), QStringLiteral("right")).failure, F::Locked);
    clock = clock.addSecs(19 * 60);
    QCOMPARE(service.signIn(QStringLiteral("admin"), QStringLiteral("right")).failure, F::Locked);
    clock = clock.addSecs(60);
    QVERIFY(service.signIn(QStringLiteral("admin"), QStringLiteral("right")).ok);
    UserRepository users(m_t->store());
    QVERIFY(!users.get(admin.id)->locked);
    QCOMPARE(users.get(admin.id)->failedAttempts, 0);
    // after the lock-out the count starts again: one wrong password does not lock it again
    QCOMPARE(service.signIn(QStringLiteral("admin"), QStringLiteral("guess")).failure, F::WrongCredentials);

    User held = *users.get(admin.id); // an administrator's lock: no time, no end
    held.locked = true;
    held.lockedAt = {};
    QVERIFY(users.update(held));
    clock = clock.addDays(30);
    QCOMPARE(service.signIn(QStringLiteral("admin"), QStringLiteral("right")).failure, F::Locked);
    Store::setClockForTesting(nullptr);
}

// DESIGN §6: the time an answer takes tells nothing about the account. Unknown, locked,
// suspended, a wrong password, and an account imported with a quick one-time hash each cost at
// least one verification at the sign-in hasher's strength. (Ratios, not times: the quick hash
// is a hundred times faster than the real one, so the margins are wide.)
void TestAuthSignIn::everyAnswerTakesTheSameTime()
{
    const PasswordHasher real(PasswordHasher::Strength::Interactive);
    UserRepository users(m_t->store());
    const auto add = [&](const QString &name, const PasswordHasher &hasher, auto &&change) {
        User u;
        u.kind = UserKind::Customer;
        u.username = name;
        u.passwordHash = hasher.hash(QStringLiteral("Right-Pass1"));
        change(u);
        QVERIFY(users.insert(u));
    };
    add(QStringLiteral("plain"), real, [](User &) {});
    add(QStringLiteral("locked"), real, [](User &u) { u.locked = true; });
    add(QStringLiteral("suspended"), real, [](User &u) { u.suspended = true; });
    add(QStringLiteral("imported"), m_fast, [](User &u) { u.mustChangePassword = true; u.createdVia = QStringLiteral("import"); });
    SignInService service(m_t->store(), real);
    service.signIn(QStringLiteral("nobody"), QStringLiteral("x")); // the dummy hash is made once per process
    const auto median = [&](const QString &user, const QString &password) {
        QList<qint64> ns;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            service.signIn(user, password);
            ns << t.nsecsElapsed();
        }
        std::sort(ns.begin(), ns.end());
        return double(ns[1]);
    };
    const double unknown = median(QStringLiteral("nobody"), QStringLiteral("Right-Pass1"));
    for (const auto &[user, password] : {std::pair{QStringLiteral("plain"), QStringLiteral("wrong")},
                                         {QStringLiteral("locked"), QStringLiteral("Right-Pass1")},
                                         {QStringLiteral("suspended"), QStringLiteral("Right-Pass1")},
                                         {QStringLiteral("imported"), QStringLiteral("Right-Pass1")},
                                         {QStringLiteral("imported"), QStringLiteral("wrong")}}) {
        const double ratio = median(user, password) / unknown;
        QVERIFY2(ratio > 0.3 && ratio < 3.5, qPrintable(QStringLiteral("%1: %2× the unknown user's time").arg(user).arg(ratio)));
    }
}

QTEST_GUILESS_MAIN(TestAuthSignIn)
#include "tst_auth_signin.moc"
