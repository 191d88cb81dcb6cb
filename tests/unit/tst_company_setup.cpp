// A real company starts without the demo: CompanySetup writes the profile, the first
// administrator and the standard starter content in one transaction, or nothing at all.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/club/ItemTypeRepository.h"
#include "models/company/CompanySetup.h"
#include "models/company/StarterPreset.h"
#include "models/core/SettingsRepository.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestCompanySetup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void aNewCompanyGetsItsProfileAdministratorAndStarterContent();
    void aSecondCompanyInTheSameFileIsRefused();
    void aWeakPasswordWritesNothing();
    void aBusyStoreWritesNothing();

private:
    CompanySetup::NewCompany company() const;
    bool emptyStore();
    std::unique_ptr<TempStore> m_t;
    const PasswordHasher m_fast{PasswordHasher::Strength::Minimum};
};

void TestCompanySetup::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

CompanySetup::NewCompany TestCompanySetup::company() const
{
    CompanySetup::NewCompany c;
    c.profile.name = QStringLiteral("  بازرگانی نگین پارس  ");
    c.profile.economicCode = QStringLiteral("411111111111");
    c.adminUsername = QStringLiteral("modir");
    c.adminPassword = QStringLiteral("Strong-Pass-2026");
    c.adminFirstName = QStringLiteral("سارا");
    c.adminLastName = QStringLiteral("نیک‌پور");
    return c;
}

bool TestCompanySetup::emptyStore()
{
    return !SettingsRepository(m_t->store()).company() && UserRepository(m_t->store()).groups().isEmpty()
        && ItemTypeRepository(m_t->store()).byEntity(QString()).isEmpty()
        && FinanceStateRepository(m_t->store()).patterns().isEmpty();
}

void TestCompanySetup::aNewCompanyGetsItsProfileAdministratorAndStarterContent()
{
    const CompanySetup::Result r = CompanySetup(m_t->store(), m_fast).create(company());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.created.isEmpty());
    QCOMPARE(SettingsRepository(m_t->store()).company()->name, QStringLiteral("بازرگانی نگین پارس"));

    // the administrator signs in and holds every grant
    const SignInResult in = SignInService(m_t->store(), m_fast).signIn(QStringLiteral("modir"), QStringLiteral("Strong-Pass-2026"));
    QVERIFY2(in.ok, qPrintable(SignInResult::reasonCode(in.failure)));
    const Actor admin = UserRepository(m_t->store()).actor(in.user.id);
    QVERIFY(admin.admin);
    QVERIFY(StaffPermissions(admin).canChangeClubSettings());
    QCOMPARE(IdentityRepository(m_t->store()).get(in.user.identityId)->displayName, QStringLiteral("سارا نیک‌پور"));

    // the starter content: every preset type numbered by its pattern, subtypes, categories, a cash box
    ItemTypeRepository types(m_t->store());
    const QList<StarterPreset::Type> preset = StarterPreset::itemTypes();
    QCOMPARE(types.byEntity(QString()).size(), preset.size());
    const auto invoice = types.findByCode(QStringLiteral("invoice"));
    QVERIFY(invoice && !invoice->numberingPatternId.isEmpty());
    QCOMPARE(FinanceStateRepository(m_t->store()).pattern(invoice->numberingPatternId)->title, QStringLiteral("فاکتور فروش"));
    QCOMPARE(FinanceStateRepository(m_t->store()).patterns().size(), StarterPreset::patterns().size());
    QCOMPARE(IdentityRepository(m_t->store()).subtypes().size(), StarterPreset::subtypes().size());
    ClubSettings club(m_t->store());
    QVERIFY(!club.defaultCategory(ClubKind::Customer).isEmpty());
    QVERIFY(!club.defaultCategory(ClubKind::Agent).isEmpty());
    QVERIFY(!club.agentCreatedCategory().isEmpty());
    const QList<FinancialAccount> accounts = FinancialAccountRepository(m_t->store()).all();
    QCOMPARE(accounts.size(), 1);
    QVERIFY(accounts.first().isCash());
    // staff groups beyond the administrators, each with its grants
    const auto finance = UserRepository(m_t->store()).findGroup(QStringLiteral("مالی"));
    QVERIFY(finance);
    QVERIFY(UserRepository(m_t->store()).permissionsOfGroup(finance->id).contains(QStringLiteral("finance.manager")));
}

void TestCompanySetup::aSecondCompanyInTheSameFileIsRefused()
{
    QVERIFY(CompanySetup(m_t->store(), m_fast).create(company()).ok);
    const int types = int(ItemTypeRepository(m_t->store()).byEntity(QString()).size());
    CompanySetup::NewCompany other = company();
    other.profile.name = QStringLiteral("شرکت دیگر");
    other.adminUsername = QStringLiteral("another");
    const CompanySetup::Result r = CompanySetup(m_t->store(), m_fast).create(other);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(SettingsRepository(m_t->store()).company()->name, QStringLiteral("بازرگانی نگین پارس"));
    QCOMPARE(int(ItemTypeRepository(m_t->store()).byEntity(QString()).size()), types);
    QVERIFY(!UserRepository(m_t->store()).findByUsername(QStringLiteral("another")));
}

void TestCompanySetup::aWeakPasswordWritesNothing()
{
    CompanySetup::NewCompany c = company();
    c.adminPassword = QStringLiteral("short");
    const CompanySetup::Result r = CompanySetup(m_t->store(), m_fast).create(c);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, ClubSettings(m_t->store()).passwordPolicy().check(QStringLiteral("short")));
    QVERIFY(emptyStore());
}

void TestCompanySetup::aBusyStoreWritesNothing()
{
    {
        const TestSupport::OtherWriter busy(m_t->store());
        QVERIFY(busy.isHolding());
        const CompanySetup::Result r = CompanySetup(m_t->store(), m_fast).create(company());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, m_t->store().writeFailureMessage());
    }
    QVERIFY(emptyStore());
}

QTEST_GUILESS_MAIN(TestCompanySetup)
#include "tst_company_setup.moc"
