// Staff users («کاربران»): StaffUserService creates, edits, deactivates, resets and unlocks staff
// accounts in one audited transaction each; every refusal leaves the store exactly as it was;
// the company never loses its last active administrator; only an administrator makes one.
#include "models/auth/SignIn.h"
#include "models/auth/StaffUserService.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubPermissions.h"
#include "models/club/StaffAccessService.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

namespace {
const QString kPassword = QStringLiteral("Staff-Pass-2026");
}

class TestStaffUsers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createThenSignIn();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void editNamesContactsAndGroups();
    void lastActiveAdministrator();
    void cannotDeactivateYourself();
    void onlyAnAdministratorMakesOne();
    void resetPasswordMustChange();
    void unlockLockedAccount();
    void permissionsPageCannotMakeAnAdministrator();

private:
    Store &store() { return m_t->store(); }
    // Every row of the tables a staff action may write, as text: equal before and after = nothing written.
    QString fingerprint();
    QString addStaff(const QString &username, const QStringList &groupIds = {});
    StaffUserService service(const QString &actorId)
    {
        return StaffUserService(store(), TestSupport::actorOf(store(), actorId), PasswordHasher(PasswordHasher::Strength::Minimum));
    }
    StaffUserService::Form form(const QString &username, const QStringList &groups = {})
    {
        StaffUserService::Form f;
        f.username = username;
        f.firstName = QStringLiteral("مینا");
        f.lastName = QStringLiteral("کاظمی");
        f.email = username + QStringLiteral("@example.com");
        f.mobile = QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹");
        f.groupIds = groups;
        return f;
    }
    qint64 auditCount(const QString &action);

    std::unique_ptr<TempStore> m_t;
    QString m_adminGroup, m_financeGroup;
    QString m_admin;   // in the admin group
    QString m_manager; // holds system.users.manage only
    QString m_clerk;   // holds nothing
};

void TestStaffUsers::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    UserRepository users(store());
    UserGroup admin;
    admin.name = Grant::AdminGroup;
    UserGroup finance;
    finance.name = QStringLiteral("مالی");
    QVERIFY(users.insertGroup(admin) && users.insertGroup(finance));
    m_adminGroup = admin.id;
    m_financeGroup = finance.id;
    m_admin = addStaff(QStringLiteral("bossman"), {m_adminGroup});
    m_manager = addStaff(QStringLiteral("manager"));
    QVERIFY(users.grantToUser(m_manager, ClubPermission::usersManager()));
    m_clerk = addStaff(QStringLiteral("clerk"));
}

void TestStaffUsers::cleanup()
{
    m_t.reset();
}

QString TestStaffUsers::addStaff(const QString &username, const QStringList &groupIds)
{
    UserRepository users(store());
    User u;
    u.kind = UserKind::Staff;
    u.username = username;
    u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword);
    if (!users.insert(u))
        return {};
    for (const QString &g : groupIds)
        users.addToGroup(u.id, g);
    return u.id;
}

QString TestStaffUsers::fingerprint()
{
    return TestSupport::tablesSnapshot(store(), {"users", "user_group_members", "identities", "phones", "permissions", "audit_log"});
}

qint64 TestStaffUsers::auditCount(const QString &action)
{
    QSqlQuery q(store().db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestStaffUsers::createThenSignIn()
{
    StaffUserService s = service(m_admin);
    const auto id = s.create(form(QStringLiteral("Mina.K"), {m_financeGroup}), kPassword, false);
    QVERIFY2(id, qPrintable(s.error()));
    UserRepository users(store());
    const auto user = users.get(*id);
    QVERIFY(user);
    QCOMPARE(user->username, QStringLiteral("mina.k")); // stored folded
    QCOMPARE(user->kind, UserKind::Staff);
    QCOMPARE(user->mobile, QStringLiteral("09123456789")); // Persian digits stored as Latin
    QCOMPARE(users.groupIdsOf(*id), QStringList{m_financeGroup});
    const auto person = IdentityRepository(store()).get(user->identityId);
    QVERIFY(person);
    QCOMPARE(person->profileType, ProfileType::Operator);
    QCOMPARE(person->displayName, QStringLiteral("مینا کاظمی"));
    QCOMPARE(auditCount(QStringLiteral("staff.user.create")), 1);
    QCOMPARE(auditCount(QStringLiteral("group.member.add")), 1);
    QVERIFY(!fingerprint().contains(kPassword)); // never the password itself

    const SignInResult signedIn = SignInService(store(), PasswordHasher(PasswordHasher::Strength::Minimum))
                                      .signIn(QStringLiteral("mina.k"), kPassword);
    QVERIFY2(signedIn.ok, qPrintable(signedIn.message()));

    // with "must change", the first sign-in asks for a new password
    const auto second = s.create(form(QStringLiteral("second.user")), kPassword, true);
    QVERIFY2(second, qPrintable(s.error()));
    const SignInResult first = SignInService(store(), PasswordHasher(PasswordHasher::Strength::Minimum))
                                   .signIn(QStringLiteral("second.user"), kPassword);
    QCOMPARE(first.failure, SignInResult::Failure::PasswordChangeRequired);
}

void TestStaffUsers::refusalsChangeNothing_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("adminGroup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicate username") << "admin" << "BossMan" << kPassword << "a@b.ir" << false << "already taken";
    QTest::newRow("weak password") << "admin" << "new.user" << "short" << "a@b.ir" << false << "at least";
    QTest::newRow("simple password") << "admin" << "new.user" << "alllowercase1" << "a@b.ir" << false << "upper-case";
    QTest::newRow("bad username") << "admin" << "ab" << kPassword << "a@b.ir" << false << "at least 5";
    QTest::newRow("bad email") << "admin" << "new.user" << kPassword << "not-an-email" << false << "email";
    QTest::newRow("no permission") << "clerk" << "new.user" << kPassword << "a@b.ir" << false << "permission";
    QTest::newRow("manager grants admin") << "manager" << "new.user" << kPassword << "a@b.ir" << true << "administrator";
}

void TestStaffUsers::refusalsChangeNothing()
{
    QFETCH(QString, who);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, email);
    QFETCH(bool, adminGroup);
    QFETCH(QString, expected);
    const QString actor = who == QLatin1String("admin") ? m_admin : who == QLatin1String("clerk") ? m_clerk : m_manager;
    const QString before = fingerprint();
    StaffUserService s = service(actor);
    StaffUserService::Form f = form(username, adminGroup ? QStringList{m_adminGroup} : QStringList{});
    f.email = email;
    QVERIFY(!s.create(f, password));
    QVERIFY2(s.error().contains(expected, Qt::CaseInsensitive), qPrintable(s.error()));
    QCOMPARE(fingerprint(), before);
}

void TestStaffUsers::editNamesContactsAndGroups()
{
    StaffUserService s = service(m_manager);
    const auto id = s.create(form(QStringLiteral("edit.me"), {m_financeGroup}), kPassword);
    QVERIFY2(id, qPrintable(s.error()));
    auto f = s.load(*id);
    QVERIFY(f);
    QCOMPARE(f->firstName, QStringLiteral("مینا"));
    f->lastName = QStringLiteral("رحیمی");
    f->email = QStringLiteral("mina@example.com");
    f->language = QStringLiteral("en");
    f->groupIds.clear();
    QVERIFY2(s.update(*id, *f), qPrintable(s.error()));
    const auto again = s.load(*id);
    QCOMPARE(again->lastName, QStringLiteral("رحیمی"));
    QCOMPARE(again->email, QStringLiteral("mina@example.com"));
    QCOMPARE(again->language, QStringLiteral("en"));
    QVERIFY(again->groupIds.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("staff.user.update")), 1);
    QCOMPARE(auditCount(QStringLiteral("group.member.remove")), 1);
    // a bad mobile number is refused and nothing changes
    const QString before = fingerprint();
    f->mobile = QStringLiteral("12345");
    QVERIFY(!s.update(*id, *f));
    QVERIFY(!s.error().isEmpty());
    QCOMPARE(fingerprint(), before);
}

void TestStaffUsers::lastActiveAdministrator()
{
    // boss is the only administrator: nobody may deactivate them, nor take the admin group away
    StaffUserService cli(store(), Actor::localAdministrator(), PasswordHasher(PasswordHasher::Strength::Minimum));
    QString before = fingerprint();
    QVERIFY(!cli.setActive(m_admin, false));
    QVERIFY2(cli.error().contains(QLatin1String("last active")), qPrintable(cli.error()));
    auto f = cli.load(m_admin);
    QVERIFY(f);
    f->firstName = QStringLiteral("بهروز");
    f->groupIds.clear();
    QVERIFY(!cli.update(m_admin, *f));
    QVERIFY2(cli.error().contains(QLatin1String("last active")), qPrintable(cli.error()));
    QCOMPARE(fingerprint(), before);

    // with a second administrator the first may go; then the second is the last one
    StaffUserService s = service(m_admin);
    const auto second = s.create(form(QStringLiteral("second.admin"), {m_adminGroup}), kPassword);
    QVERIFY2(second, qPrintable(s.error()));
    StaffUserService asSecond = service(*second);
    QVERIFY2(asSecond.setActive(m_admin, false), qPrintable(asSecond.error()));
    QCOMPARE(auditCount(QStringLiteral("staff.user.deactivate")), 1);
    before = fingerprint();
    QVERIFY(!cli.setActive(*second, false));
    QVERIFY2(cli.error().contains(QLatin1String("last active")), qPrintable(cli.error()));
    QCOMPARE(fingerprint(), before);
    // reactivating brings the first back, and then the second may be deactivated
    QVERIFY2(asSecond.setActive(m_admin, true), qPrintable(asSecond.error()));
    QVERIFY2(cli.setActive(*second, false), qPrintable(cli.error()));
    QVERIFY(!UserRepository(store()).get(*second)->active);
}

void TestStaffUsers::cannotDeactivateYourself()
{
    StaffUserService s = service(m_manager);
    const QString before = fingerprint();
    QVERIFY(!s.setActive(m_manager, false));
    QVERIFY2(s.error().contains(QLatin1String("your own")), qPrintable(s.error()));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(s.setActive(m_clerk, false), qPrintable(s.error())); // someone else: fine
}

void TestStaffUsers::onlyAnAdministratorMakesOne()
{
    StaffUserService manager = service(m_manager);
    auto f = manager.load(m_clerk);
    QVERIFY(f);
    f->firstName = QStringLiteral("کارمند");
    f->groupIds = {m_adminGroup};
    const QString before = fingerprint();
    QVERIFY(!manager.update(m_clerk, *f)); // not even for themselves
    QVERIFY2(manager.error().contains(QLatin1String("administrator")), qPrintable(manager.error()));
    QVERIFY(!manager.resetPassword(m_admin, QStringLiteral("Another-Pass-1"))); // nor take an admin's account
    QCOMPARE(fingerprint(), before);
    // a group that holds system.admin confers it as the admin group does
    UserGroup powerful;
    powerful.name = QStringLiteral("مدیران");
    UserRepository users(store());
    QVERIFY(users.insertGroup(powerful) && users.grantToGroup(powerful.id, Grant::SystemAdmin));
    f->groupIds = {powerful.id};
    QVERIFY(!manager.update(m_clerk, *f));
    StaffUserService admin = service(m_admin);
    QVERIFY2(admin.update(m_clerk, *f), qPrintable(admin.error()));
    QVERIFY(users.actor(m_clerk).admin);
}

void TestStaffUsers::resetPasswordMustChange()
{
    StaffUserService s = service(m_manager);
    const QString before = fingerprint();
    QVERIFY(!s.resetPassword(m_clerk, QStringLiteral("weak")));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(s.resetPassword(m_clerk, QStringLiteral("Fresh-Pass-77")), qPrintable(s.error()));
    QCOMPARE(auditCount(QStringLiteral("staff.user.reset_password")), 1);
    SignInService signIn(store(), PasswordHasher(PasswordHasher::Strength::Minimum));
    QCOMPARE(signIn.signIn(QStringLiteral("clerk"), kPassword).failure, SignInResult::Failure::WrongCredentials);
    const SignInResult r = signIn.signIn(QStringLiteral("clerk"), QStringLiteral("Fresh-Pass-77"));
    QCOMPARE(r.failure, SignInResult::Failure::PasswordChangeRequired);
    QVERIFY(signIn.changePassword(QStringLiteral("clerk"), QStringLiteral("Fresh-Pass-77"), QStringLiteral("Own-Pass-2026")).ok);
}

void TestStaffUsers::unlockLockedAccount()
{
    SignInService signIn(store(), PasswordHasher(PasswordHasher::Strength::Minimum));
    for (int i = 0; i < SignInService::kDefaultMaxFailedAttempts; ++i)
        signIn.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"));
    QVERIFY(UserRepository(store()).get(m_clerk)->locked);
    QCOMPARE(signIn.signIn(QStringLiteral("clerk"), kPassword).failure, SignInResult::Failure::Locked);
    StaffUserService clerk = service(m_clerk);
    QVERIFY(!clerk.unlock(m_clerk)); // no permission
    StaffUserService s = service(m_manager);
    QVERIFY2(s.unlock(m_clerk), qPrintable(s.error()));
    QCOMPARE(auditCount(QStringLiteral("staff.user.unlock")), 1);
    QVERIFY(signIn.signIn(QStringLiteral("clerk"), kPassword).ok);
    QVERIFY(!s.unlock(m_clerk)); // nothing to unlock: said so
    QVERIFY(s.error().contains(QLatin1String("not locked")));
}

void TestStaffUsers::permissionsPageCannotMakeAnAdministrator()
{
    // the same rule holds on the staff permissions page: a user manager cannot hand out system.admin
    StaffAccessService manager(store(), TestSupport::actorOf(store(), m_manager));
    const QString before = fingerprint();
    StaffAccessService::Change grant;
    grant.principalId = m_manager;
    grant.grant << Grant::SystemAdmin;
    QVERIFY(!manager.apply(grant));
    StaffAccessService::Change join;
    join.principalId = m_manager;
    join.join << m_adminGroup;
    QVERIFY(!manager.apply(join));
    StaffAccessService::Change members;
    members.principalId = m_adminGroup;
    members.isGroup = true;
    members.join << m_clerk;
    QVERIFY(!manager.apply(members));
    QVERIFY2(manager.error().contains(QLatin1String("administrator")), qPrintable(manager.error()));
    QCOMPARE(fingerprint(), before);
    // other grants still work
    StaffAccessService::Change finance;
    finance.principalId = m_clerk;
    finance.join << m_financeGroup;
    QVERIFY2(manager.apply(finance), qPrintable(manager.error()));
    StaffAccessService admin(store(), TestSupport::actorOf(store(), m_admin));
    QVERIFY2(admin.apply(join), qPrintable(admin.error()));
    // two administrators now: one may leave the admin group, the last one may not
    StaffAccessService::Change leave;
    leave.principalId = m_manager;
    leave.leave << m_adminGroup;
    QVERIFY2(admin.apply(leave), qPrintable(admin.error()));
    const QString alone = fingerprint();
    StaffAccessService::Change lastLeaves;
    lastLeaves.principalId = m_admin;
    lastLeaves.leave << m_adminGroup;
    QVERIFY(!admin.apply(lastLeaves));
    QVERIFY2(admin.error().contains(QLatin1String("administrator")), qPrintable(admin.error()));
    StaffAccessService::Change groupEmptied; // nor may the admin group lose its last member
    groupEmptied.principalId = m_adminGroup;
    groupEmptied.isGroup = true;
    groupEmptied.leave << m_admin;
    QVERIFY(!admin.apply(groupEmptied));
    QCOMPARE(fingerprint(), alone);
}

QTEST_GUILESS_MAIN(TestStaffUsers)
#include "tst_staff_users.moc"
