// Password hashing and sign-in as a user meets them: the right password opens the account, the
// wrong one does not say whether the user exists, and each account state has its own message.
#include "models/auth/PasswordHasher.h"
#include "models/auth/SignIn.h"
#include "models/repositories/SettingsRepository.h"
#include "models/repositories/UserRepository.h"
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
    void accountStates_data();
    void accountStates();
    void unknownUserAndWrongPasswordLookAlike();
    void locksAfterConfiguredAttempts();
    void lockedAccountRefusesEvenRightPassword();
    void usernameIsCaseInsensitive();
    void weakHashIsUpgradedOnSignIn();

private:
    User addUser(const QString &username, const QString &password);
    std::unique_ptr<TempStore> m_t;
    const PasswordHasher m_fast{PasswordHasher::Strength::Minimum};
};

void TestAuthSignIn::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestAuthSignIn::cleanup()
{
    m_t.reset();
}

User TestAuthSignIn::addUser(const QString &username, const QString &password)
{
    UserRepository users(m_t->store());
    User u;
    u.kind = QStringLiteral("customer");
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
    u.registrationStatus = registration;
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

QTEST_GUILESS_MAIN(TestAuthSignIn)
#include "tst_auth_signin.moc"
