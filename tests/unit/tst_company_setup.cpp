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
#include "models/identities/IdentitySubtypeRepository.h"
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
    void aWrongIbanOrIdentityNumberWritesNothing();

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
    QCOMPARE(IdentitySubtypeRepository(m_t->store()).all().size(), StarterPreset::subtypes().size());
    ClubSettings club(m_t->store());
    QVERIFY(!club.defaultCategory(ClubKind::Customer).isEmpty());
    QVERIFY(!club.defaultCategory(ClubKind::Agent).isEmpty());
    QVERIFY(!club.agentCreatedCategory().isEmpty());
    const QList<FinancialAccount> accounts = FinancialAccountRepository(m_t->store()).all();
    // a cash box, and a bank account that waits inactive until its IBAN is known
    QCOMPARE(accounts.size(), 2);
    const auto bank = std::find_if(accounts.begin(), accounts.end(),
                                   [](const FinancialAccount &a) { return a.kind == AccountKind::Bank; });
    const auto cash = std::find_if(accounts.begin(), accounts.end(),
                                   [](const FinancialAccount &a) { return a.isCash(); });
    QVERIFY(bank != accounts.end() && cash != accounts.end());
    QVERIFY(!bank->active);
    QVERIFY(cash->active);
    // the preset covers every entity the reference names
    QStringList entities;
    for (const ItemType &t : types.byEntity(QString()))
        entities << t.entity;
    for (const char *entity : {"proforma", "invoice", "return_invoice", "contract", "receipt", "payment", "ticket",
                               "form", "task", "note", "call", "appointment", "file"})
        QVERIFY2(entities.contains(QLatin1String(entity)), entity);
    QCOMPARE(invoice->taxBp, 1000); // the company's default VAT
    // staff groups beyond the administrators, each with its grants
    const auto finance = UserRepository(m_t->store()).findGroup(QStringLiteral("مالی"));
    QVERIFY(finance);
    QVERIFY(UserRepository(m_t->store()).permissionsOfGroup(finance->id).contains(QStringLiteral("finance.manager")));
    // customer affairs keeps the customer base: identities and their categories
    const auto affairs = UserRepository(m_t->store()).findGroup(QStringLiteral("امور مشتریان"));
    QVERIFY(affairs);
    const QStringList affairsGrants = UserRepository(m_t->store()).permissionsOfGroup(affairs->id);
    QVERIFY(affairsGrants.contains(ClubPermission::editIdentities()));
    QVERIFY(affairsGrants.contains(ClubPermission::manageCategories()));
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

// The bank account's IBAN and the seller's national number are checked before anything is
// written: an organisation needs an 11-digit شناسه ملی, a person a 10-digit کد ملی.
void TestCompanySetup::aWrongIbanOrIdentityNumberWritesNothing()
{
    CompanySetup::NewCompany c = company();
    c.bankIban = QStringLiteral("IR062960000000100324200002");
    CompanySetup::Result r = CompanySetup(m_t->store(), m_fast).create(c);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(emptyStore());

    c = company();
    c.profile.kind = SellerKind::Person;
    c.profile.nationalId = QStringLiteral("0499370899"); // a valid کد ملی
    c.profile.defaultVatBp = 12000;                      // but 120 % VAT
    QVERIFY(!CompanySetup(m_t->store(), m_fast).create(c).ok);
    QVERIFY(emptyStore());
    c.profile.defaultVatBp = 900;
    c.profile.kind = SellerKind::Organisation; // a کد ملی is no شناسه ملی
    QVERIFY(!CompanySetup(m_t->store(), m_fast).create(c).ok);
    QVERIFY(emptyStore());
    c.profile.kind = SellerKind::Person;
    r = CompanySetup(m_t->store(), m_fast).create(c);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(SettingsRepository(m_t->store()).company()->kind, SellerKind::Person);
    QCOMPARE(ItemTypeRepository(m_t->store()).findByCode(QStringLiteral("invoice"))->taxBp, 900);
}

QTEST_GUILESS_MAIN(TestCompanySetup)
#include "tst_company_setup.moc"
