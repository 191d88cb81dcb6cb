// Club settings: typed values over the settings table, their defaults, the licence limits of
// each edition, the password policy and the keys other code already reads.
#include "models/auth/SignIn.h"
#include "models/club/ClubConfiguration.h"
#include "models/club/ClubSettings.h"
#include "models/club/ItemTypeService.h"
#include "models/club/StaffAccessService.h"
#include "models/core/AuditLog.h"
#include "models/auth/UserRepository.h"
#include "models/core/SettingsRepository.h"
#include "tests/support/TestLicence.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestClubSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaults();
    void roundTrip();
    void licenceLimits_data();
    void licenceLimits();
    void keysOtherCodeReads();
    void passwordPolicyClamps();
    void passwordCheck_data();
    void passwordCheck();
    void savingIsOneGatedAuditedAction();

private:
    std::unique_ptr<TempStore> m_t;
};

void TestClubSettings::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestClubSettings::cleanup() { m_t.reset(); }

void TestClubSettings::defaults()
{
    ClubSettings s(m_t->store());
    QVERIFY(!s.moduleEnabled(ClubKind::Customer));
    QVERIFY(!s.moduleEnabled(ClubKind::Agent));
    QCOMPARE(s.edition(), ClubSettings::Edition::Standard);
    QVERIFY(!s.selfRegistration(ClubKind::Customer));
    QVERIFY(s.mandatoryFields(ClubKind::Agent).isEmpty());
    QVERIFY(!s.hideBalance(ClubKind::Customer));
    QVERIFY(s.defaultCategory(ClubKind::Customer).isEmpty());
    const PasswordPolicy p = s.passwordPolicy();
    QCOMPARE(p.sessionMinutes, 30);
    QCOMPARE(p.expiryDays, 0);
    QCOMPARE(p.maxFailedAttempts, SignInService::kDefaultMaxFailedAttempts);
}

void TestClubSettings::roundTrip()
{
    ClubSettings s(m_t->store());
    QVERIFY(s.setModuleEnabled(ClubKind::Agent, true));
    QVERIFY(s.setSelfRegistration(ClubKind::Customer, true));
    QVERIFY(s.setMandatoryFields(ClubKind::Customer, {QStringLiteral("email"), QStringLiteral("mobile")}));
    QVERIFY(s.setAllowedSubtypes(ClubKind::Agent, {QStringLiteral("s1")}));
    QVERIFY(s.setHideBalance(ClubKind::Agent, true));
    QVERIFY(s.setDefaultCategory(ClubKind::Customer, QStringLiteral("c1")));
    QVERIFY(s.setDefaultCategory(ClubKind::Agent, QStringLiteral("c2")));
    QVERIFY(s.setAgentCreatedCategory(QStringLiteral("c3")));
    ClubSettings again(m_t->store());
    QVERIFY(again.moduleEnabled(ClubKind::Agent));
    QVERIFY(!again.moduleEnabled(ClubKind::Customer)); // separate modules (rule 1)
    QVERIFY(again.selfRegistration(ClubKind::Customer));
    QVERIFY(!again.selfRegistration(ClubKind::Agent));
    QCOMPARE(again.mandatoryFields(ClubKind::Customer), (QStringList{QStringLiteral("email"), QStringLiteral("mobile")}));
    QCOMPARE(again.allowedSubtypes(ClubKind::Agent), QStringList{QStringLiteral("s1")});
    QVERIFY(again.hideBalance(ClubKind::Agent));
    QVERIFY(!again.hideBalance(ClubKind::Customer));
    QCOMPARE(again.defaultCategory(ClubKind::Customer), QStringLiteral("c1"));
    QCOMPARE(again.defaultCategory(ClubKind::Agent), QStringLiteral("c2"));
    QCOMPARE(again.agentCreatedCategory(), QStringLiteral("c3"));
}

void TestClubSettings::licenceLimits_data()
{
    QTest::addColumn<bool>("enterprise");
    QTest::addColumn<bool>("agent");
    QTest::addColumn<int>("limit");
    QTest::newRow("standard customers") << false << false << 5000;
    QTest::newRow("standard agents") << false << true << 15;
    QTest::newRow("enterprise customers") << true << false << -1;
    QTest::newRow("enterprise agents") << true << true << -1;
}

void TestClubSettings::licenceLimits()
{
    QFETCH(bool, enterprise);
    QFETCH(bool, agent);
    QFETCH(int, limit);
    ClubSettings s(m_t->store());
    QVERIFY(TestLicence::install(m_t->store(), enterprise ? ClubSettings::Edition::Enterprise : ClubSettings::Edition::Standard));
    QCOMPARE(s.activeUserLimit(agent ? ClubKind::Agent : ClubKind::Customer), limit);
}

void TestClubSettings::keysOtherCodeReads()
{
    // the dashboard reads the hide-balance keys and SignInService the lock-out key
    QCOMPARE(ClubSettings::Key::hideBalance(ClubKind::Customer), QStringLiteral("club.customers.hide_balance"));
    QCOMPARE(ClubSettings::Key::hideBalance(ClubKind::Agent), QStringLiteral("club.agents.hide_balance"));
    QCOMPARE(ClubSettings::Key::moduleEnabled(ClubKind::Customer), QStringLiteral("club.customers.enabled"));
    ClubSettings s(m_t->store());
    PasswordPolicy p;
    p.maxFailedAttempts = 3;
    QVERIFY(s.setPasswordPolicy(p));
    SignInService signIn(m_t->store());
    QCOMPARE(signIn.maxFailedAttempts(), 3);
    SettingsRepository raw(m_t->store());
    QVERIFY(raw.setValue(QStringLiteral("club.customers.hide_balance"), true));
    QVERIFY(s.hideBalance(ClubKind::Customer));
}

void TestClubSettings::passwordPolicyClamps()
{
    ClubSettings s(m_t->store());
    PasswordPolicy p;
    p.sessionMinutes = 1;
    p.expiryDays = -4;
    QVERIFY(s.setPasswordPolicy(p));
    QCOMPARE(s.passwordPolicy().sessionMinutes, 5);
    QCOMPARE(s.passwordPolicy().expiryDays, 0);
    p.sessionMinutes = 20000;
    p.minLength = 12;
    p.requireComplexity = false;
    p.changeAtFirstSignIn = true;
    QVERIFY(s.setPasswordPolicy(p));
    const PasswordPolicy back = s.passwordPolicy();
    QCOMPARE(back.sessionMinutes, 10080);
    QCOMPARE(back.minLength, 12);
    QVERIFY(!back.requireComplexity);
    QVERIFY(back.changeAtFirstSignIn);
}

void TestClubSettings::passwordCheck_data()
{
    QTest::addColumn<int>("minLength");
    QTest::addColumn<bool>("complex");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << 8 << true << QStringLiteral("Abcdefg1") << true;
    QTest::newRow("short") << 8 << true << QStringLiteral("Abcde1") << false;
    QTest::newRow("no upper") << 8 << true << QStringLiteral("abcdefg1") << false;
    QTest::newRow("no lower") << 8 << true << QStringLiteral("ABCDEFG1") << false;
    QTest::newRow("no digit") << 8 << true << QStringLiteral("Abcdefgh") << false;
    QTest::newRow("simple allowed") << 6 << false << QStringLiteral("abcdef") << true;
    QTest::newRow("simple short") << 6 << false << QStringLiteral("abcde") << false;
}

void TestClubSettings::passwordCheck()
{
    QFETCH(int, minLength);
    QFETCH(bool, complex);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    PasswordPolicy p;
    p.minLength = minLength;
    p.requireComplexity = complex;
    QCOMPARE(p.accepts(password), ok);
    QCOMPARE(p.check(password).isEmpty(), ok);
}

// The club settings page and the item types page save through services that begin their
// transaction first, check the actor inside it, write with one audit row, and refuse with a
// Persian sentence (no right, a busy store) leaving everything as it was.
void TestClubSettings::savingIsOneGatedAuditedAction()
{
    Store &store = m_t->store();
    UserRepository users(store);
    User admin;
    admin.username = QStringLiteral("admin");
    QVERIFY(users.insert(admin));
    QVERIFY(users.grantToUser(admin.id, QStringLiteral("system.admin")));
    User clerk;
    clerk.username = QStringLiteral("clerk");
    QVERIFY(users.insert(clerk));
    ItemType type;
    type.entity = QStringLiteral("invoice");
    type.code = QStringLiteral("INV");
    type.name = QStringLiteral("فاکتور");
    QVERIFY(ItemTypeRepository(store).insert(type));
    const auto audited = [&store](const QString &action) {
        QSqlQuery q(store.db());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };

    ClubConfiguration next = ClubConfiguration::read(store);
    next.customers.enabled = true;
    QString error;
    QCOMPARE(next.save(store, users.actor(clerk.id), &error), ClubConfiguration::Saved::Refused);
    QVERIFY(!error.isEmpty());
    QVERIFY(!ClubSettings(store).moduleEnabled(ClubKind::Customer));
    QCOMPARE(next.save(store, users.actor(admin.id), &error), ClubConfiguration::Saved::Changed);
    QVERIFY(ClubSettings(store).moduleEnabled(ClubKind::Customer));
    QCOMPARE(audited(QStringLiteral("club.settings.save")), 1);
    QCOMPARE(next.save(store, users.actor(admin.id), &error), ClubConfiguration::Saved::Unchanged);
    QCOMPARE(audited(QStringLiteral("club.settings.save")), 1);

    ItemTypeService refused(store);
    QVERIFY(!refused.change(users.actor(clerk.id), type.id, QStringLiteral("customer_can_view"), QStringLiteral("true"),
                            [](ItemType &t) { t.customerCanView = true; }));
    QVERIFY(!refused.error().isEmpty());
    ItemTypeService service(store);
    QVERIFY(service.change(users.actor(admin.id), type.id, QStringLiteral("customer_can_view"), QStringLiteral("true"),
                           [](ItemType &t) { t.customerCanView = true; }));
    QVERIFY(ItemTypeRepository(store).get(type.id)->customerCanView);
    QCOMPARE(audited(QStringLiteral("item_type.update")), 1);

    // a busy store: refused with the store's sentence, nothing written
    {
        const TestSupport::OtherWriter busy(store);
        QVERIFY(busy.isHolding());
        QVERIFY(!service.change(users.actor(admin.id), type.id, QStringLiteral("agent_can_view"), QStringLiteral("true"),
                                [](ItemType &t) { t.agentCanView = true; }));
        QCOMPARE(service.error(), store.writeFailureMessage());
        next.agents.enabled = true;
        QCOMPARE(next.save(store, users.actor(admin.id), &error), ClubConfiguration::Saved::Refused);
        QCOMPARE(error, store.writeFailureMessage());
    }
    QVERIFY(!ItemTypeRepository(store).get(type.id)->agentCanView);
    QVERIFY(!ClubSettings(store).moduleEnabled(ClubKind::Agent));
    QCOMPARE(audited(QStringLiteral("item_type.update")), 1);

    // staff permissions: refused without the right, applied once with it (a repeat changes nothing)
    StaffAccessService::Change grant;
    grant.principalId = clerk.id;
    grant.grant << QStringLiteral("club.settings");
    QVERIFY(!StaffAccessService(store, users.actor(clerk.id)).apply(grant));
    QVERIFY(!users.ownPermissionsOf(clerk.id).contains(QStringLiteral("club.settings")));
    StaffAccessService access(store, users.actor(admin.id));
    QVERIFY2(access.apply(grant), qPrintable(access.error()));
    QVERIFY(access.apply(grant));
    QVERIFY(users.ownPermissionsOf(clerk.id).contains(QStringLiteral("club.settings")));
    QCOMPARE(audited(QStringLiteral("permission.grant")), 1);
    const std::optional<QString> group = access.createGroup(QStringLiteral("مالی"));
    QVERIFY(group);
    QVERIFY(!access.createGroup(QStringLiteral("مالی"))); // names are unique
    QVERIFY(!access.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestClubSettings)
#include "tst_club_settings.moc"
