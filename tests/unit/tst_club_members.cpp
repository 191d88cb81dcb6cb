// Staff actions on club members: each allowed with the permission and refused without it,
// the licence limit wherever a user becomes active, delete-or-deactivate, and the audit log.
#include "models/auth/SignIn.h"
#include "models/club/ClubMemberService.h"
#include "models/club/ClubSettings.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestLicence.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestClubMembers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createMember();
    void createRefusals_data();
    void createRefusals();
    void createNeedsPermission();
    void defineUserOnIdentity_data();
    void defineUserOnIdentity();
    void usernameRule_data();
    void usernameRule();
    void usernameIsUniqueAndImmutable();
    void approveActivatesAndRejectDeactivates();
    void stateActions();
    void actionsNeedManagePermission();
    void setPasswordFollowsPolicy();
    void licenceAtCreateActivateApprove_data();
    void licenceAtCreateActivateApprove();
    void deleteOnlyWithoutRecords();
    void signInAsIsAudited();
    void suppliersTakeCustomerSeats();
    void aClosedClubRefusesMemberActions();
    void aBusyStoreStopsTheActionAndSavesNothing();

private:
    QString staff(const QStringList &permissions);
    ClubMemberService::NewMember member(const QString &username, ClubKind kind = ClubKind::Customer) const;
    qint64 auditCount(const QString &action);
    std::unique_ptr<TempStore> m_t;
    QString m_admin;
    const PasswordHasher m_fast{PasswordHasher::Strength::Minimum};
};

void TestClubMembers::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Customer, true));
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, true));
    Category c;
    c.name = QStringLiteral("مشتریان باشگاه");
    QVERIFY(CategoryRepository(m_t->store()).insert(c));
    QVERIFY(s.setDefaultCategory(ClubKind::Customer, c.id));
    QVERIFY(s.setDefaultCategory(ClubKind::Agent, c.id));
    m_admin = staff({QStringLiteral("system.admin")});
}

void TestClubMembers::cleanup() { m_t.reset(); }

QString TestClubMembers::staff(const QStringList &permissions)
{
    UserRepository users(m_t->store());
    User u;
    u.username = QStringLiteral("staff%1").arg(users.groups().size() + QRandomGenerator::global()->bounded(100000));
    if (!users.insert(u))
        return {};
    for (const QString &p : permissions)
        users.grantToUser(u.id, p);
    return u.id;
}

ClubMemberService::NewMember TestClubMembers::member(const QString &username, ClubKind kind) const
{
    ClubMemberService::NewMember m;
    m.kind = kind;
    m.firstName = QStringLiteral("مریم");
    m.lastName = QStringLiteral("احمدی");
    m.email = username + QStringLiteral("@example.com");
    m.mobile = QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷");
    m.nationalId = QStringLiteral("0012345679");
    m.username = username;
    m.password = QStringLiteral("Secret123");
    return m;
}

qint64 TestClubMembers::auditCount(const QString &action)
{
    QSqlQuery q(m_t->store().db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

void TestClubMembers::createMember()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const ClubActionResult r = svc.createMember(member(QStringLiteral("Maryam.A")));
    QVERIFY2(r.ok, qPrintable(r.error));
    UserRepository users(m_t->store());
    const auto u = users.get(r.userId);
    QVERIFY(u);
    QCOMPARE(u->username, QStringLiteral("maryam.a"));
    QCOMPARE(u->kind, UserKind::Customer);
    QCOMPARE(u->registrationStatus, RegistrationStatus::Approved);
    QVERIFY(u->active);
    QCOMPARE(u->mobile, QStringLiteral("09121234567"));
    IdentityRepository ids(m_t->store());
    const auto i = ids.get(r.identityId);
    QVERIFY(i);
    QCOMPARE(i->profileType, ProfileType::Customer);
    QCOMPARE(i->function, IdentityFunction::Contact);
    ClubSettings s(m_t->store());
    QCOMPARE(ids.categoryIds(i->id), QStringList{s.defaultCategory(ClubKind::Customer)});
    QCOMPARE(auditCount(QStringLiteral("club.member.create")), 1);
    // the new account signs in
    SignInService signIn(m_t->store(), m_fast);
    QVERIFY(signIn.signIn(QStringLiteral("maryam.a"), QStringLiteral("Secret123")).ok);
}

void TestClubMembers::createRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no email") << "email" << QString();
    QTest::newRow("bad email") << "email" << "not-an-email";
    QTest::newRow("bad mobile") << "mobile" << "0812345";
    QTest::newRow("bad national code") << "nationalId" << "0012345678";
    QTest::newRow("short username") << "username" << "abcd";
    QTest::newRow("Persian username") << "username" << "کاربر۱۲۳";
    QTest::newRow("weak password") << "password" << "secret";
    QTest::newRow("no name") << "name" << QString();
}

void TestClubMembers::createRefusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    ClubMemberService::NewMember m = member(QStringLiteral("someone1"));
    if (field == QLatin1String("email"))
        m.email = value;
    else if (field == QLatin1String("mobile"))
        m.mobile = value;
    else if (field == QLatin1String("nationalId"))
        m.nationalId = value;
    else if (field == QLatin1String("username"))
        m.username = value;
    else if (field == QLatin1String("password"))
        m.password = value;
    else
        m.firstName = m.lastName = value;
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const ClubActionResult r = svc.createMember(m);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QSqlQuery q(m_t->store().db());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM identities")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nothing half-written
}

void TestClubMembers::createNeedsPermission()
{
    const QString agentsOnly = staff({QStringLiteral("club.agents.manage")});
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), agentsOnly), m_fast);
    QVERIFY(!svc.createMember(member(QStringLiteral("cust.one"))).ok);
    QVERIFY(svc.createMember(member(QStringLiteral("agent.one"), ClubKind::Agent)).ok);
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, false));
    QVERIFY(!svc.createMember(member(QStringLiteral("agent.two"), ClubKind::Agent)).ok); // module off
}

void TestClubMembers::defineUserOnIdentity_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("ok");
    QTest::newRow("customer") << "customer" << true;
    QTest::newRow("agent") << "agent" << true;
    QTest::newRow("supplier") << "supplier" << true;
    QTest::newRow("operator") << "operator" << false;
    QTest::newRow("competitor") << "competitor" << false;
}

void TestClubMembers::defineUserOnIdentity()
{
    QFETCH(QString, profile);
    QFETCH(bool, ok);
    IdentityRepository ids(m_t->store());
    Identity i;
    i.firstName = QStringLiteral("رضا");
    i.lastName = QStringLiteral("کریمی");
    i.profileType = IdentityCode::profileType(profile).value();
    i.email = QStringLiteral("reza@example.com");
    QVERIFY(ids.insert(i));
    const QString creator = staff({QStringLiteral("club.customers.create_user"), QStringLiteral("club.agents.create_user")});
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), creator), m_fast);
    const ClubActionResult r = svc.defineUser(i.id, QStringLiteral("reza.k"), QStringLiteral("Secret123"));
    QCOMPARE(r.ok, ok);
    if (!ok)
        return;
    UserRepository users(m_t->store());
    const auto u = users.get(r.userId);
    QCOMPARE(UserKindCode::text(u->kind), profile);
    QCOMPARE(u->createdVia, QStringLiteral("identity"));
    QCOMPARE(u->email, QStringLiteral("reza@example.com"));
    QVERIFY(!svc.defineUser(i.id, QStringLiteral("reza.k2"), QStringLiteral("Secret123")).ok); // one account per identity
    ClubMemberService none(m_t->store(), TestSupport::actorOf(m_t->store(), staff({})), m_fast);
    Identity j = i;
    j.id.clear();
    QVERIFY(ids.insert(j));
    QVERIFY(!none.defineUser(j.id, QStringLiteral("reza.k3"), QStringLiteral("Secret123")).ok);
}

void TestClubMembers::usernameRule_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("ok");
    QTest::newRow("letters") << "alice" << true;
    QTest::newRow("digits") << "09121234567" << true;
    QTest::newRow("punctuation") << "a.b_c-d" << true;
    QTest::newRow("email") << "a@b.ir" << true;
    QTest::newRow("backslash") << "dom\\user" << true;
    QTest::newRow("four") << "abcd" << false;
    QTest::newRow("space") << "ab cd e" << false;
    QTest::newRow("Persian") << "علیرضا" << false;
    QTest::newRow("Persian digits") << "۰۹۱۲۱۲۳" << false;
    QTest::newRow("empty") << "" << false;
}

void TestClubMembers::usernameRule()
{
    QFETCH(QString, username);
    QFETCH(bool, ok);
    QCOMPARE(ClubMemberService::checkUsername(username).isEmpty(), ok);
}

void TestClubMembers::usernameIsUniqueAndImmutable()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const ClubActionResult r = svc.createMember(member(QStringLiteral("sameName")));
    QVERIFY(r.ok);
    QVERIFY(!svc.createMember(member(QStringLiteral("SAMENAME"))).ok);
    ClubMemberService::MemberEdit e;
    e.email = QStringLiteral("new@example.com");
    e.mobile = QStringLiteral("09351234567");
    QVERIFY(svc.edit(r.userId, e).ok);
    UserRepository users(m_t->store());
    QCOMPARE(users.get(r.userId)->username, QStringLiteral("samename"));
    QCOMPARE(users.get(r.userId)->email, QStringLiteral("new@example.com"));
    e.email.clear();
    QVERIFY(!svc.edit(r.userId, e).ok); // email stays required
    QCOMPARE(auditCount(QStringLiteral("club.member.edit")), 1);
}

void TestClubMembers::approveActivatesAndRejectDeactivates()
{
    UserRepository users(m_t->store());
    User a, b;
    a.kind = b.kind = UserKind::Agent;
    a.username = QStringLiteral("pending.one");
    b.username = QStringLiteral("pending.two");
    a.registrationStatus = b.registrationStatus = RegistrationStatus::Pending;
    a.active = b.active = false;
    a.createdVia = b.createdVia = QStringLiteral("self");
    QVERIFY(users.insert(a) && users.insert(b));
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    QVERIFY(svc.approve(a.id).ok);
    QCOMPARE(users.get(a.id)->registrationStatus, RegistrationStatus::Approved);
    QVERIFY(users.get(a.id)->active);
    QVERIFY(!svc.approve(a.id).ok);    // already approved
    QVERIFY(!svc.reject(a.id).ok);     // only pending ones
    QVERIFY(svc.reject(b.id, QStringLiteral("incomplete")).ok);
    QCOMPARE(users.get(b.id)->registrationStatus, RegistrationStatus::Rejected);
    QVERIFY(!users.get(b.id)->active);
    QCOMPARE(auditCount(QStringLiteral("club.member.approve")), 1);
    QCOMPARE(auditCount(QStringLiteral("club.member.reject")), 1);
}

void TestClubMembers::stateActions()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const QString id = svc.createMember(member(QStringLiteral("state.user"))).userId;
    UserRepository users(m_t->store());
    QVERIFY(svc.setActive(id, false).ok);
    QVERIFY(!users.get(id)->active);
    QVERIFY(svc.setActive(id, true).ok);
    QVERIFY(users.get(id)->active);
    QVERIFY(svc.setSuspended(id, true).ok);
    QVERIFY(users.get(id)->suspended);
    QVERIFY(svc.setSuspended(id, false).ok);
    QVERIFY(!users.get(id)->suspended);
    QVERIFY(users.recordFailedAttempt(id, 1) >= 1);
    QVERIFY(users.get(id)->locked);
    QVERIFY(svc.unlock(id).ok);
    QVERIFY(!users.get(id)->locked);
    QCOMPARE(users.get(id)->failedAttempts, 0);
    QVERIFY(svc.forcePasswordChange(id).ok);
    QVERIFY(users.get(id)->mustChangePassword);
    SignInService signIn(m_t->store(), m_fast);
    QVERIFY(!signIn.signIn(QStringLiteral("state.user"), QStringLiteral("wrong")).ok);
    QCOMPARE(svc.signInHistory(id).size(), 1);
    for (const char *a : {"club.member.activate", "club.member.deactivate", "club.member.suspend",
                          "club.member.lift_suspension", "club.member.unlock", "club.member.force_password_change"})
        QVERIFY2(auditCount(QLatin1String(a)) == 1, a);
}

void TestClubMembers::actionsNeedManagePermission()
{
    ClubMemberService admin(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const QString id = admin.createMember(member(QStringLiteral("target.user"))).userId;
    QVERIFY(!id.isEmpty());
    for (const QStringList &perms : {QStringList{}, QStringList{QStringLiteral("club.agents.manage")},
                                     QStringList{QStringLiteral("club.customers.create_user")}}) {
        ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), staff(perms)), m_fast);
        QVERIFY(!svc.setActive(id, false).ok);
        QVERIFY(!svc.setSuspended(id, true).ok);
        QVERIFY(!svc.unlock(id).ok);
        QVERIFY(!svc.setPassword(id, QStringLiteral("Another123")).ok);
        QVERIFY(!svc.forcePasswordChange(id).ok);
        QVERIFY(!svc.remove(id).ok);
        QVERIFY(!svc.signInAs(id).ok);
        QVERIFY(!svc.approve(id).ok);
        QVERIFY(svc.signInHistory(id).isEmpty());
    }
    ClubMemberService manager(m_t->store(), TestSupport::actorOf(m_t->store(), staff({QStringLiteral("club.customers.manage")})), m_fast);
    QVERIFY(manager.setSuspended(id, true).ok);
    // a staff account is not a club member
    QVERIFY(!manager.setActive(m_admin, false).ok);
}

void TestClubMembers::setPasswordFollowsPolicy()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const QString id = svc.createMember(member(QStringLiteral("pw.user"))).userId;
    QVERIFY(!svc.setPassword(id, QStringLiteral("short1A")).ok);
    QVERIFY(!svc.setPassword(id, QStringLiteral("alllowercase1")).ok);
    QVERIFY(svc.setPassword(id, QStringLiteral("NewSecret9"), true).ok);
    SignInService signIn(m_t->store(), m_fast);
    // "change at next sign-in": the password is right, but a new one is asked for first
    const SignInResult r = signIn.signIn(QStringLiteral("pw.user"), QStringLiteral("NewSecret9"));
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, SignInResult::Failure::PasswordChangeRequired);
    QVERIFY(signIn.changePassword(QStringLiteral("pw.user"), QStringLiteral("NewSecret9"), QStringLiteral("Chosen-Secret7")).ok);
    QCOMPARE(auditCount(QStringLiteral("club.member.set_password")), 1);
}

void TestClubMembers::licenceAtCreateActivateApprove_data()
{
    QTest::addColumn<bool>("enterprise");
    QTest::newRow("standard") << false;
    QTest::newRow("enterprise") << true;
}

void TestClubMembers::licenceAtCreateActivateApprove()
{
    QFETCH(bool, enterprise);
    ClubSettings s(m_t->store());
    QVERIFY(TestLicence::install(m_t->store(), enterprise ? ClubSettings::Edition::Enterprise : ClubSettings::Edition::Standard));
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    for (int i = 0; i < ClubSettings::kStandardAgentLimit; ++i)
        QVERIFY(svc.createMember(member(QStringLiteral("agent%1x").arg(i), ClubKind::Agent)).ok);
    // the 16th active agent
    const ClubActionResult create = svc.createMember(member(QStringLiteral("agent.extra"), ClubKind::Agent));
    QCOMPARE(create.ok, enterprise);
    // an inactive one may always be created, but not activated
    ClubMemberService::NewMember idle = member(QStringLiteral("agent.idle"), ClubKind::Agent);
    idle.active = false;
    const ClubActionResult idleR = svc.createMember(idle);
    QVERIFY2(idleR.ok, qPrintable(idleR.error));
    QCOMPARE(svc.setActive(idleR.userId, true).ok, enterprise);
    // approving a pending agent activates it: refused at the limit
    UserRepository users(m_t->store());
    User p;
    p.kind = UserKind::Agent;
    p.username = QStringLiteral("agent.pending");
    p.registrationStatus = RegistrationStatus::Pending;
    p.active = false;
    QVERIFY(users.insert(p));
    const ClubActionResult approve = svc.approve(p.id);
    QCOMPARE(approve.ok, enterprise);
    if (!enterprise)
        QVERIFY(approve.error.contains(QLatin1String("15")));
    // customers have their own limit
    QVERIFY(svc.createMember(member(QStringLiteral("customer.ok"))).ok);
    // deactivating frees a seat
    if (!enterprise) {
        const QString first = users.findByUsername(QStringLiteral("agent0x"))->id;
        QVERIFY(svc.setActive(first, false).ok);
        QVERIFY(svc.setActive(idleR.userId, true).ok);
    }
}

void TestClubMembers::deleteOnlyWithoutRecords()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const ClubActionResult clean = svc.createMember(member(QStringLiteral("no.records")));
    const ClubActionResult busy = svc.createMember(member(QStringLiteral("has.records")));
    QSqlQuery q(m_t->store().db());
    q.prepare(QStringLiteral("INSERT INTO tickets (id, item_type_id, identity_id, subject, created_at, updated_at)"
                             " VALUES (?, ?, ?, 's', ?, ?)"));
    q.addBindValue(Store::newId());
    q.addBindValue(Store::newId());
    q.addBindValue(busy.identityId);
    q.addBindValue(Store::nowUtc());
    q.addBindValue(Store::nowUtc());
    QVERIFY(q.exec());
    const ClubActionResult r1 = svc.remove(clean.userId);
    QVERIFY(r1.ok);
    QVERIFY(!r1.deactivatedInstead);
    UserRepository users(m_t->store());
    QVERIFY(!users.get(clean.userId));
    const ClubActionResult r2 = svc.remove(busy.userId);
    QVERIFY(r2.ok);
    QVERIFY(r2.deactivatedInstead);
    QVERIFY(users.get(busy.userId));
    QVERIFY(!users.get(busy.userId)->active);
    QCOMPARE(auditCount(QStringLiteral("club.member.delete")), 1);
}

void TestClubMembers::signInAsIsAudited()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    const QString id = svc.createMember(member(QStringLiteral("act.as.me"))).userId;
    const QString manager = staff({QStringLiteral("club.customers.manage")});
    ClubMemberService m(m_t->store(), TestSupport::actorOf(m_t->store(), manager), m_fast);
    const ClubActionResult r = m.signInAs(id);
    QVERIFY(r.ok);
    QCOMPARE(r.user.username, QStringLiteral("act.as.me"));
    QSqlQuery q(m_t->store().db());
    q.prepare(QStringLiteral("SELECT user_id, subject_id FROM audit_log WHERE action = 'club.member.sign_in_as'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), manager);
    QCOMPARE(q.value(1).toString(), id);
}

// Suppliers use the customer club (§1.3), so each active supplier takes a customer seat: a
// standard licence full of suppliers lets no more customers in.
void TestClubMembers::suppliersTakeCustomerSeats()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    QVERIFY(svc.createMember(member(QStringLiteral("customer.one"))).ok);
    QSqlQuery fill(m_t->store().db());
    QVERIFY(fill.prepare(QStringLiteral("INSERT INTO users (id, kind, username, password_hash,"
                                        " registration_status, active, created_via, created_at, updated_at)"
                                        " VALUES (?, 'supplier', ?, '', 'approved', 1, 'staff', ?, ?)")));
    for (int i = 1; i < ClubSettings::kStandardCustomerLimit; ++i) {
        const QString name = QStringLiteral("supplier%1").arg(i);
        fill.addBindValue(Store::newId());
        fill.addBindValue(name);
        fill.addBindValue(Store::nowUtc());
        fill.addBindValue(Store::nowUtc());
        QVERIFY2(fill.exec(), qPrintable(fill.lastQuery()));
    }
    const ClubActionResult r = svc.createMember(member(QStringLiteral("customer.two")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QString::number(ClubSettings::kStandardCustomerLimit)), qPrintable(r.error));
}

// Rule 1: with the customer club switched off, staff cannot let customers in by any door.
void TestClubMembers::aClosedClubRefusesMemberActions()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    ClubMemberService::NewMember idle = member(QStringLiteral("customer.idle"));
    idle.active = false;
    const ClubActionResult created = svc.createMember(idle);
    QVERIFY(created.ok);
    Identity bare;
    bare.firstName = QStringLiteral("سارا");
    bare.lastName = QStringLiteral("نیکو");
    bare.profileType = ProfileType::Customer;
    QVERIFY(IdentityRepository(m_t->store()).insert(bare));
    QVERIFY(ClubSettings(m_t->store()).setModuleEnabled(ClubKind::Customer, false));

    const ClubActionResult activate = svc.setActive(created.userId, true);
    QVERIFY(!activate.ok);
    QCOMPARE(activate.error, ClubMemberService::tr("The customer club is not enabled."));
    QVERIFY(!svc.defineUser(bare.id, QStringLiteral("sara.nikoo"), QStringLiteral("Secret123"), true).ok);
    QVERIFY(!svc.createMember(member(QStringLiteral("customer.new"))).ok);
    QVERIFY(!UserRepository(m_t->store()).get(created.userId)->active);
    QVERIFY(!UserRepository(m_t->store()).findByIdentity(bare.id));
    QVERIFY(svc.setActive(created.userId, false).ok); // switching someone off is always allowed
}

// DESIGN §3: an action opens its transaction before it reads what it decides on; when another
// writer holds the store past the busy timeout, the action stops with a Persian sentence and
// nothing of it is written, not even its audit line.
void TestClubMembers::aBusyStoreStopsTheActionAndSavesNothing()
{
    ClubMemberService svc(m_t->store(), TestSupport::actorOf(m_t->store(), m_admin), m_fast);
    ClubMemberService::NewMember idle = member(QStringLiteral("customer.busy"));
    idle.active = false;
    const ClubActionResult created = svc.createMember(idle);
    QVERIFY(created.ok);
    const qint64 auditedBefore = auditCount(QStringLiteral("club.member.activate"));
    {
        const TestSupport::OtherWriter busy(m_t->store());
        QVERIFY(busy.isHolding());
        QElapsedTimer timer;
        timer.start();
        const ClubActionResult busyResult = svc.setActive(created.userId, true);
        QVERIFY(!busyResult.ok);
        QCOMPARE(busyResult.error, QCoreApplication::translate("Store", "The database is busy with another change. Nothing was "
                                                                  "saved; try again in a moment."));
        QVERIFY(timer.elapsed() < 3000);
        const ClubActionResult create = svc.createMember(member(QStringLiteral("customer.blocked")));
        QVERIFY(!create.ok);
        QCOMPARE(create.error, busyResult.error);
    }
    QVERIFY(!UserRepository(m_t->store()).get(created.userId)->active);
    QVERIFY(!UserRepository(m_t->store()).findByUsername(QStringLiteral("customer.blocked")));
    QCOMPARE(auditCount(QStringLiteral("club.member.activate")), auditedBefore);
    QVERIFY(svc.setActive(created.userId, true).ok); // once the other writer is gone, it goes through
}

QTEST_GUILESS_MAIN(TestClubMembers)
#include "tst_club_members.moc"
