// Identities as the staff editor saves them: the rules on one identity (names by kind,
// national code or شناسه ملی with their checksums, phones and addresses with one default),
// the service's single transaction (customer number from the subtype's pattern, lead →
// contact, audit, refusals that leave nothing behind) and the duplicate warnings.
#include "models/auth/UserRepository.h"
#include "models/core/AuditLog.h"
#include "models/finance/Numbering.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityRules.h"
#include "models/identities/IdentityService.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestIdentityService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    // rules
    void personNeedsAName();
    void organisationNeedsItsName();
    void leadNeedsASubject();
    void nationalIdByKind_data();
    void nationalIdByKind();
    void valuesAreStoredInLatinDigits();
    void oneDefaultPhoneAndAddress();
    void badPhoneAndPostalCodeAreNamed();
    // service
    void createSavesEverythingInOneGo();
    void customerNumberIsDrawnFromTheSubtypesPattern();
    void typedCustomerNumberMustFitAndBeFree();
    void subtypeMustFitTheKind();
    void responsiblesMustBeStaff();
    void refusalLeavesNothing();
    void withoutPermissionNothingIsWritten();
    void updateKeepsKindAndSubtype();
    void leadBecomesContactAndGetsItsNumber();
    void busyStoreIsRefusedInPersian();
    // duplicates
    void duplicatesBySameNationalIdMobileOrName();
    void duplicatesExcludeTheIdentityItself();

private:
    IdentityDraft person(const QString &first, const QString &last);
    // «علی رضایی» of a person subtype that numbers its customers C-1001, C-1002…
    IdentityDraft numberedPerson();
    QString staffUser(const QString &username, bool active = true);
    QString customerSubtypeWithPattern(const QString &pattern = QStringLiteral("C-{____(AN)}"));
    qint64 count(const char *table);
    // The audit log's actions about one identity, sorted (two within a millisecond have no order).
    QStringList auditActions(const QString &identityId);
    std::unique_ptr<TempStore> m_t;
    Actor m_admin;
};

void TestIdentityService::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_admin = Actor::staff(staffUser(QStringLiteral("admin")), {}, true);
}

void TestIdentityService::cleanup() { m_t.reset(); }

IdentityDraft TestIdentityService::person(const QString &first, const QString &last)
{
    IdentityDraft d;
    d.identity.firstName = first;
    d.identity.lastName = last;
    return d;
}

IdentityDraft TestIdentityService::numberedPerson()
{
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    d.identity.subtypeId = customerSubtypeWithPattern();
    return d;
}

QString TestIdentityService::staffUser(const QString &username, bool active)
{
    const QString id = TestSupport::addStaff(m_t->store(), username);
    if (!active)
        UserRepository(m_t->store()).setActive(id, false);
    return id;
}

QString TestIdentityService::customerSubtypeWithPattern(const QString &pattern)
{
    NumberingPattern p;
    p.title = QStringLiteral("مشتریان");
    p.pattern = pattern;
    p.initialValue = 1000;
    Numbering numbering(m_t->store());
    if (!numbering.createPattern(p))
        qWarning("%s", qPrintable(numbering.lastError()));
    IdentitySubtype s;
    s.code = QStringLiteral("cust");
    s.name = QStringLiteral("مشتری حقیقی");
    s.kind = IdentityKind::Person;
    s.profileType = ProfileType::Customer;
    s.numberingPatternId = p.id;
    IdentitySubtypeRepository(m_t->store()).insert(s);
    return s.id;
}

qint64 TestIdentityService::count(const char *table)
{
    QSqlQuery q(m_t->store().db());
    q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QStringList TestIdentityService::auditActions(const QString &identityId)
{
    QStringList out;
    for (const QVariantList &row : TestSupport::runList(m_t->store(), AuditLog(m_t->store()).list(identityId)))
        out << row.value(AuditLog::Action).toString();
    out.sort();
    return out;
}

// Rules ----------------------------------------------------------------------------------------

void TestIdentityService::personNeedsAName()
{
    IdentityDraft d = person(QStringLiteral("  "), QString());
    const auto problems = IdentityRules::check(d);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("last_name"));
    d = person(QString(), QStringLiteral("رضایی"));
    QVERIFY(IdentityRules::check(d).isEmpty());
    QCOMPARE(d.identity.displayName, QStringLiteral("رضایی"));
}

void TestIdentityService::organisationNeedsItsName()
{
    IdentityDraft d;
    d.identity.kind = IdentityKind::Organisation;
    d.identity.firstName = QStringLiteral("علی"); // a person's names do not name an organisation
    const auto problems = IdentityRules::check(d);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("org_name"));
    d.identity.orgName = QStringLiteral("شرکت نمونه");
    QVERIFY(IdentityRules::check(d).isEmpty());
    QCOMPARE(d.identity.displayName, QStringLiteral("شرکت نمونه"));
}

void TestIdentityService::leadNeedsASubject()
{
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    d.identity.function = IdentityFunction::Lead;
    QCOMPARE(IdentityRules::check(d).value(0).field, QStringLiteral("lead_subject"));
    d.identity.leadSubject = QStringLiteral("خرید عمده");
    QVERIFY(IdentityRules::check(d).isEmpty());
}

void TestIdentityService::nationalIdByKind_data()
{
    QTest::addColumn<bool>("organisation");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // empty = refused
    QTest::newRow("person, valid code") << false << QStringLiteral("0012345679") << QStringLiteral("0012345679");
    QTest::newRow("person, Persian digits and dashes") << false << QStringLiteral("۰۰۱-۲۳۴۵۶۷-۹") << QStringLiteral("0012345679");
    QTest::newRow("person, checksum wrong") << false << QStringLiteral("0012345678") << QString();
    QTest::newRow("person given an organisation's ID") << false << QStringLiteral("10380284790") << QString();
    QTest::newRow("organisation, valid ID") << true << QStringLiteral("10380284790") << QStringLiteral("10380284790");
    QTest::newRow("organisation, checksum wrong") << true << QStringLiteral("10380284791") << QString();
    QTest::newRow("organisation given a person's code") << true << QStringLiteral("0012345679") << QString();
}

void TestIdentityService::nationalIdByKind()
{
    QFETCH(bool, organisation);
    QFETCH(QString, input);
    QFETCH(QString, stored);
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    if (organisation) {
        d.identity.kind = IdentityKind::Organisation;
        d.identity.orgName = QStringLiteral("شرکت نمونه");
    }
    d.identity.nationalId = input;
    const auto problems = IdentityRules::check(d);
    if (stored.isEmpty()) {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("national_id"));
        QVERIFY(!problems.first().message.isEmpty());
    } else {
        QVERIFY2(problems.isEmpty(), qPrintable(IdentityRules::messages(problems).join(QLatin1Char(';'))));
        QCOMPARE(d.identity.nationalId, stored);
    }
}

void TestIdentityService::valuesAreStoredInLatinDigits()
{
    IdentityDraft d;
    d.identity.kind = IdentityKind::Organisation;
    d.identity.orgName = QStringLiteral("  شرکت نمونه\u200c ");
    d.identity.economicCode = QStringLiteral("۱۰۳۸۰۲۸۴۷۹۰");
    d.identity.customerNumber = QStringLiteral("۱۲۳");
    Phone m;
    m.number = QStringLiteral("+98 912 123 4567");
    Phone tel;
    tel.type = QStringLiteral("phone");
    tel.number = QStringLiteral("۰۲۱-۸۸۷۷۶۶۵۵");
    d.phones = {m, tel};
    Address a;
    a.city = QStringLiteral("تهران");
    a.postalCode = QStringLiteral("۱۵۹۹۸-۳۴۵۶۷");
    d.addresses = {a};
    QVERIFY(IdentityRules::check(d).isEmpty());
    QCOMPARE(d.identity.orgName, QStringLiteral("شرکت نمونه"));
    QCOMPARE(d.identity.economicCode, QStringLiteral("10380284790"));
    QCOMPARE(d.identity.customerNumber, QStringLiteral("123"));
    QCOMPARE(d.phones[0].number, QStringLiteral("09121234567"));
    QCOMPARE(d.phones[1].number, QStringLiteral("02188776655"));
    QCOMPARE(d.addresses[0].postalCode, QStringLiteral("1599834567"));
}

void TestIdentityService::oneDefaultPhoneAndAddress()
{
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    Phone a, b;
    a.number = QStringLiteral("09121234567");
    b.number = QStringLiteral("09351234567");
    d.phones = {a, b};
    Address x, y;
    x.city = QStringLiteral("تهران");
    y.city = QStringLiteral("شیراز");
    d.addresses = {x, y};
    QVERIFY(IdentityRules::check(d).isEmpty());
    QVERIFY(d.phones[0].isDefault); // none marked: the first is the default
    QVERIFY(!d.phones[1].isDefault);
    QVERIFY(d.addresses[0].isDefault);
    d.phones[1].isDefault = true;
    d.addresses[1].isDefault = true;
    const auto problems = IdentityRules::check(d);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].field, QStringLiteral("phones"));
    QCOMPARE(problems[1].field, QStringLiteral("addresses"));
}

void TestIdentityService::badPhoneAndPostalCodeAreNamed()
{
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    Phone m;
    m.number = QStringLiteral("0812");
    d.phones = {m};
    Address a;
    a.postalCode = QStringLiteral("1034543111");
    d.addresses = {a};
    d.identity.email = QStringLiteral("not-an-address");
    const auto problems = IdentityRules::check(d);
    QStringList fields;
    for (const auto &p : problems)
        fields << p.field;
    QCOMPARE(fields, QStringList({QStringLiteral("email"), QStringLiteral("phones"), QStringLiteral("addresses")}));
}

// Service --------------------------------------------------------------------------------------

void TestIdentityService::createSavesEverythingInOneGo()
{
    const QString sales = staffUser(QStringLiteral("sales1"));
    Category c;
    c.name = QStringLiteral("مشتریان تهران");
    IdentityRepository repo(m_t->store());
    QVERIFY(CategoryRepository(m_t->store()).insert(c));
    IdentityDraft d = person(QStringLiteral("مریم"), QStringLiteral("احمدی"));
    d.identity.nationalId = QStringLiteral("۰۰۱۲۳۴۵۶۷۹");
    d.identity.salesResponsibleId = sales;
    d.identity.colour = QStringLiteral("#2e7d32");
    d.identity.source = QStringLiteral("نمایشگاه");
    d.identity.description = QStringLiteral("مشتری قدیمی");
    Phone m;
    m.number = QStringLiteral("09121234567");
    d.phones = {m};
    Address a;
    a.city = QStringLiteral("تهران");
    d.addresses = {a};
    d.categoryIds = {c.id};
    IdentityService service(m_t->store(), m_admin);
    const IdentityVerdict v = service.create(d);
    QVERIFY2(v.ok, qPrintable(v.error));
    const auto back = repo.get(v.identityId);
    QVERIFY(back);
    QCOMPARE(back->displayName, QStringLiteral("مریم احمدی"));
    QCOMPARE(back->nationalId, QStringLiteral("0012345679"));
    QCOMPARE(back->salesResponsibleId, sales);
    QCOMPARE(back->colour, QStringLiteral("#2e7d32"));
    QCOMPARE(back->createdBy, m_admin.userId);
    QCOMPARE(repo.phones(v.identityId).size(), 1);
    QVERIFY(repo.phones(v.identityId).first().isDefault);
    QCOMPARE(repo.addresses(v.identityId).size(), 1);
    QCOMPARE(repo.categoryIds(v.identityId), QStringList{c.id});
    // found by the mobile in Persian digits
    IdentityFilter f;
    f.search = QStringLiteral("۰۹۱۲۱۲۳");
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.list(f)), QStringList{v.identityId});
    // audited
    const auto audit = TestSupport::runList(m_t->store(), AuditLog(m_t->store()).list(v.identityId));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().value(AuditLog::Action).toString(), QStringLiteral("identity.create"));
    QCOMPARE(audit.first().value(AuditLog::UserId).toString(), m_admin.userId);
}

void TestIdentityService::customerNumberIsDrawnFromTheSubtypesPattern()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft d = numberedPerson();
    const QString subtype = d.identity.subtypeId;
    const IdentityVerdict first = service.create(d);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.customerNumber, QStringLiteral("C-1001"));
    const IdentityVerdict second = service.create(person(QStringLiteral("سارا"), QStringLiteral("کریمی")));
    QVERIFY(second.ok);
    QVERIFY(second.customerNumber.isEmpty()); // no subtype, nothing typed: no number
    d = person(QStringLiteral("سارا"), QStringLiteral("کریمی"));
    d.identity.subtypeId = subtype;
    const IdentityVerdict third = service.create(d);
    QCOMPARE(third.customerNumber, QStringLiteral("C-1002"));
    const auto back = IdentityRepository(m_t->store()).get(third.identityId);
    QCOMPARE(back->customerNumber, QStringLiteral("C-1002"));
    QCOMPARE(back->customerSince, Store::now().date());
    QCOMPARE(back->profileType, ProfileType::Customer);
}

void TestIdentityService::typedCustomerNumberMustFitAndBeFree()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft d = numberedPerson();
    const QString subtype = d.identity.subtypeId;
    d.identity.customerNumber = QStringLiteral("X-12");
    IdentityVerdict v = service.create(d);
    QVERIFY(!v.ok);
    QVERIFY2(v.error.contains(QLatin1String("does not follow")), qPrintable(v.error));
    d.identity.customerNumber = QStringLiteral("C-۵۰۰۰");
    v = service.create(d);
    QVERIFY2(v.ok, qPrintable(v.error));
    QCOMPARE(v.customerNumber, QStringLiteral("C-5000"));
    v = service.create(d);
    QVERIFY(!v.ok);
    QVERIFY2(v.error.contains(QLatin1String("already used")), qPrintable(v.error));
    // without a pattern a typed number need only be free
    IdentityDraft plain = person(QStringLiteral("سارا"), QStringLiteral("کریمی"));
    plain.identity.customerNumber = QStringLiteral("777");
    QVERIFY(service.create(plain).ok);
    v = service.create(plain);
    QVERIFY(!v.ok);
    QVERIFY2(v.error.contains(QLatin1String("another identity")), qPrintable(v.error));
}

void TestIdentityService::subtypeMustFitTheKind()
{
    const QString subtype = customerSubtypeWithPattern(); // a person subtype
    IdentityDraft d;
    d.identity.kind = IdentityKind::Organisation;
    d.identity.orgName = QStringLiteral("شرکت نمونه");
    d.identity.subtypeId = subtype;
    const IdentityVerdict v = IdentityService(m_t->store(), m_admin).create(d);
    QVERIFY(!v.ok);
    QCOMPARE(v.problems.value(0).field, QStringLiteral("subtype"));
    QCOMPARE(count("identities"), 0);
}

void TestIdentityService::responsiblesMustBeStaff()
{
    const QString gone = staffUser(QStringLiteral("former"), false);
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    d.identity.supportResponsibleId = gone;
    const IdentityVerdict v = IdentityService(m_t->store(), m_admin).create(d);
    QVERIFY(!v.ok);
    QCOMPARE(v.problems.value(0).field, QStringLiteral("responsibles"));
}

void TestIdentityService::refusalLeavesNothing()
{
    const QString subtype = customerSubtypeWithPattern();
    IdentityDraft d = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    d.identity.subtypeId = subtype;
    d.categoryIds = {QStringLiteral("no-such-category")};
    Phone m;
    m.number = QStringLiteral("09121234567");
    d.phones = {m};
    IdentityService service(m_t->store(), m_admin);
    QVERIFY(!service.create(d).ok);
    QCOMPARE(count("identities"), 0);
    QCOMPARE(count("phones"), 0);
    QCOMPARE(count("audit_log"), 0);
    // and no number was spent: the next one is still the first
    d.categoryIds.clear();
    QCOMPARE(service.create(d).customerNumber, QStringLiteral("C-1001"));
}

void TestIdentityService::withoutPermissionNothingIsWritten()
{
    const Actor support = Actor::staff(staffUser(QStringLiteral("support")), {QStringLiteral("identities.view")});
    IdentityVerdict v = IdentityService(m_t->store(), support).create(person(QStringLiteral("علی"), QStringLiteral("رضایی")));
    QVERIFY(!v.ok);
    QVERIFY2(v.error.contains(QLatin1String("permission")), qPrintable(v.error));
    QCOMPARE(count("identities"), 0);
    const Actor sales = Actor::staff(staffUser(QStringLiteral("sales")), {IdentityService::editPermission()});
    v = IdentityService(m_t->store(), sales).create(person(QStringLiteral("علی"), QStringLiteral("رضایی")));
    QVERIFY2(v.ok, qPrintable(v.error));
}

void TestIdentityService::updateKeepsKindAndSubtype()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft d = numberedPerson();
    const QString subtype = d.identity.subtypeId;
    const IdentityVerdict created = service.create(d);
    QVERIFY(created.ok);
    IdentityRepository repo(m_t->store());
    IdentityDraft edit;
    edit.identity = *repo.get(created.identityId);
    edit.identity.firstName = QStringLiteral("علیرضا");
    edit.identity.kind = IdentityKind::Organisation; // ignored: a conversion is its own action
    edit.identity.subtypeId.clear();                  // ignored: chosen before the first save
    Phone m;
    m.number = QStringLiteral("09131112233");
    edit.phones = {m};
    const IdentityVerdict v = service.update(edit);
    QVERIFY2(v.ok, qPrintable(v.error));
    const auto back = repo.get(created.identityId);
    QCOMPARE(back->displayName, QStringLiteral("علیرضا رضایی"));
    QCOMPARE(back->kind, IdentityKind::Person);
    QCOMPARE(back->subtypeId, subtype);
    QCOMPARE(back->customerNumber, QStringLiteral("C-1001")); // kept, not drawn again
    QCOMPARE(repo.phones(created.identityId).first().number, QStringLiteral("09131112233"));
    QCOMPARE(auditActions(created.identityId), (QStringList{QStringLiteral("identity.create"), QStringLiteral("identity.update")}));
}

void TestIdentityService::leadBecomesContactAndGetsItsNumber()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft d = numberedPerson();
    const QString subtype = d.identity.subtypeId;
    d.identity.function = IdentityFunction::Lead;
    d.identity.leadSubject = QStringLiteral("خرید عمده");
    d.identity.customerNumber = QStringLiteral("C-1005");
    QVERIFY(!service.create(d).ok); // a lead has no customer number
    d.identity.customerNumber.clear();
    const IdentityVerdict lead = service.create(d);
    QVERIFY2(lead.ok, qPrintable(lead.error));
    QVERIFY(lead.customerNumber.isEmpty());
    const IdentityVerdict contact = service.convertToContact(lead.identityId);
    QVERIFY2(contact.ok, qPrintable(contact.error));
    QCOMPARE(contact.customerNumber, QStringLiteral("C-1001"));
    const auto back = IdentityRepository(m_t->store()).get(lead.identityId);
    QCOMPARE(back->function, IdentityFunction::Contact);
    QCOMPARE(back->customerNumber, QStringLiteral("C-1001"));
    const IdentityVerdict again = service.convertToContact(lead.identityId);
    QVERIFY(!again.ok);
    QVERIFY(again.error.contains(QLatin1String("already a contact")));
    QCOMPARE(auditActions(lead.identityId), (QStringList{QStringLiteral("identity.create"), QStringLiteral("identity.lead_to_contact")}));
}

void TestIdentityService::busyStoreIsRefusedInPersian()
{
    IdentityService service(m_t->store(), m_admin);
    {
        const TestSupport::OtherWriter busy(m_t->store());
        QVERIFY(busy.isHolding());
        const IdentityVerdict v = service.create(person(QStringLiteral("علی"), QStringLiteral("رضایی")));
        QVERIFY(!v.ok);
        QVERIFY2(!v.error.isEmpty() && !v.error.contains(QLatin1String("SQL")), qPrintable(v.error));
    }
    QCOMPARE(count("identities"), 0);
}

// Duplicates -----------------------------------------------------------------------------------

void TestIdentityService::duplicatesBySameNationalIdMobileOrName()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft a = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    a.identity.nationalId = QStringLiteral("0012345679");
    IdentityDraft b = person(QStringLiteral("سارا"), QStringLiteral("کریمی"));
    Phone m;
    m.number = QStringLiteral("09121234567");
    b.phones = {m};
    IdentityDraft c = person(QStringLiteral("علی"), QStringLiteral("رضایی نیا")); // not the same name
    const QString idA = service.create(a).identityId;
    const QString idB = service.create(b).identityId;
    QVERIFY(service.create(c).ok);

    IdentityDraft draft = person(QStringLiteral("علي"), QStringLiteral("رضايي")); // Arabic yeh
    draft.identity.nationalId = QStringLiteral("۰۰۱۲۳۴۵۶۷۹");
    Phone same;
    same.number = QStringLiteral("+989121234567");
    draft.phones = {same};
    const QList<IdentityDuplicate> found = service.duplicatesOf(draft);
    QCOMPARE(found.size(), 2);
    for (const IdentityDuplicate &dup : found) {
        if (dup.identity.id == idA) {
            QCOMPARE(dup.reasons, int(IdentityDuplicate::SameNationalId | IdentityDuplicate::SameName));
        } else {
            QCOMPARE(dup.identity.id, idB);
            QCOMPARE(dup.reasons, int(IdentityDuplicate::SameMobile));
        }
        QVERIFY(!dup.reasonText().isEmpty());
    }
    QVERIFY(service.duplicatesOf(person(QStringLiteral("مهدی"), QStringLiteral("نوری"))).isEmpty());
    // a warning only: saving the look-alike still works
    QVERIFY(service.create(draft).ok);
}

void TestIdentityService::duplicatesExcludeTheIdentityItself()
{
    IdentityService service(m_t->store(), m_admin);
    IdentityDraft a = person(QStringLiteral("علی"), QStringLiteral("رضایی"));
    a.identity.nationalId = QStringLiteral("0012345679");
    const QString id = service.create(a).identityId;
    IdentityDraft edit = a;
    edit.identity.id = id;
    QVERIFY(service.duplicatesOf(edit).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentityService)
#include "tst_identity_service.moc"
