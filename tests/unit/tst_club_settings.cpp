// Club settings: typed values over the settings table, their defaults, the licence limits of
// each edition, the password policy and the keys other code already reads.
#include "models/auth/SignIn.h"
#include "models/club/ClubSettings.h"
#include "models/repositories/SettingsRepository.h"
#include "tests/support/TestSupport.h"

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
    QVERIFY(s.setEdition(enterprise ? ClubSettings::Edition::Enterprise : ClubSettings::Edition::Standard));
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

QTEST_GUILESS_MAIN(TestClubSettings)
#include "tst_club_settings.moc"
