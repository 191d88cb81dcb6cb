// What the back-office configuration pages read and change beyond the basic repositories:
// each holder's own permissions with revocation, group membership both ways, staff users, an
// item type's custom fields in order, and the list of numbering patterns.
#include "models/finance/FinanceStateRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoAdminSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void grantsAreRevokedPerHolder();
    void membershipIsReadFromBothSides();
    void customFieldsKeepTheirOrderAndDropRemovedOnes();
    void patternsAreListedByTitle();

private:
    std::unique_ptr<TempStore> m_t;
};

void TestRepoAdminSettings::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestRepoAdminSettings::cleanup()
{
    m_t.reset();
}

void TestRepoAdminSettings::grantsAreRevokedPerHolder()
{
    UserRepository users(m_t->store());
    User a;
    a.username = QStringLiteral("finance");
    QVERIFY(users.insert(a));
    UserGroup g;
    g.name = QStringLiteral("مالی");
    QVERIFY(users.insertGroup(g));
    QVERIFY(users.addToGroup(a.id, g.id));
    QVERIFY(users.grantToGroup(g.id, QStringLiteral("finance.manager")));
    QVERIFY(users.grantToUser(a.id, QStringLiteral("club.settings")));
    QCOMPARE(users.permissionsOfGroup(g.id), QStringList{QStringLiteral("finance.manager")});
    QCOMPARE(users.ownPermissionsOf(a.id), QStringList{QStringLiteral("club.settings")});

    QVERIFY(users.revokeFromUser(a.id, QStringLiteral("club.settings")));
    QCOMPARE(users.permissionsOf(a.id), QStringList{QStringLiteral("finance.manager")}); // still via the group
    QVERIFY(users.revokeFromGroup(g.id, QStringLiteral("finance.manager")));
    QVERIFY(users.permissionsOf(a.id).isEmpty());
}

void TestRepoAdminSettings::membershipIsReadFromBothSides()
{
    UserRepository users(m_t->store());
    User staff, customer;
    staff.username = QStringLiteral("staff1");
    customer.username = QStringLiteral("customer1");
    customer.kind = UserKind::Customer;
    QVERIFY(users.insert(staff) && users.insert(customer));
    UserGroup g;
    g.name = QStringLiteral("admin");
    QVERIFY(users.insertGroup(g));
    QVERIFY(users.addToGroup(staff.id, g.id));
    QCOMPARE(users.memberIdsOf(g.id), QStringList{staff.id});
    QVERIFY(users.removeFromGroup(staff.id, g.id));
    QVERIFY(users.memberIdsOf(g.id).isEmpty());
    QVERIFY(users.groupIdsOf(staff.id).isEmpty());

    const QList<User> staffUsers = users.byKind(UserKind::Staff);
    QCOMPARE(staffUsers.size(), 1);
    QCOMPARE(staffUsers.first().username, QStringLiteral("staff1"));
}

void TestRepoAdminSettings::customFieldsKeepTheirOrderAndDropRemovedOnes()
{
    ItemTypeRepository types(m_t->store());
    ItemType request;
    request.entity = QStringLiteral("request");
    request.name = QStringLiteral("درخواست نصب");
    QVERIFY(types.insert(request));

    QList<CustomField> fields(3);
    fields[0].name = QStringLiteral("نشانی نصب");
    fields[1].name = QStringLiteral("تاریخ مراجعه");
    fields[1].fieldType = QStringLiteral("date");
    fields[1].required = true;
    fields[2].name = QStringLiteral("هزینه");
    fields[2].fieldType = QStringLiteral("money");
    QVERIFY2(types.saveCustomFields(request.id, fields), qPrintable(types.lastError()));
    QVERIFY(!fields[2].id.isEmpty());

    // the money field moves to the top and the address is removed
    QList<CustomField> reordered{fields[2], fields[1]};
    QVERIFY(types.saveCustomFields(request.id, reordered));
    const QList<CustomField> stored = types.customFields(request.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].name, QStringLiteral("هزینه"));
    QCOMPARE(stored[0].id, fields[2].id);
    QCOMPARE(stored[1].fieldType, QStringLiteral("date"));
    QVERIFY(stored[1].required);
    QCOMPARE(stored[1].sortOrder, 1);
}

void TestRepoAdminSettings::patternsAreListedByTitle()
{
    FinanceStateRepository patterns(m_t->store()); // the one owner of numbering_patterns
    NumberingPattern receipts, invoices;
    receipts.title = QStringLiteral("رسید");
    receipts.pattern = QStringLiteral("R-{*(AN)}");
    invoices.title = QStringLiteral("فاکتور");
    invoices.pattern = QStringLiteral("{____(SHYY)}-{____(AN)}");
    QVERIFY(patterns.insertPattern(receipts) && patterns.insertPattern(invoices));
    const QList<NumberingPattern> all = patterns.patterns();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].title, QStringLiteral("رسید"));
    QCOMPARE(all[1].pattern, QStringLiteral("{____(SHYY)}-{____(AN)}"));
}

QTEST_GUILESS_MAIN(TestRepoAdminSettings)
#include "tst_repo_admin_settings.moc"
