// Settings, the company, item types with their club flags, numbering patterns, products and
// classes, tickets, processes and the audit log: what admins configure and staff work with.
#include "models/core/AuditLog.h"
#include "models/finance/NumberPattern.h"
#include "models/finance/Numbering.h"
#include "models/persian/Jalali.h"
#include "models/club/ItemTypeRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/workflow/WorkflowRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoCatalog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void settingsKeepJsonValues();
    void removedSettingFallsBackAndRevives();
    void companyIsASingleton();
    void itemTypeClubFlags();
    void numberFormat_data();
    void numberFormat();
    void numberingCountsAndResetsYearly();
    void productsListAndUniqueCode();
    void classesByPriority();
    void ticketsWithMessages();
    void cartablesForStaffAndClubIdentities();
    void auditLogAppends();

private:
    std::unique_ptr<TempStore> m_t;
};

void TestRepoCatalog::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestRepoCatalog::cleanup()
{
    m_t.reset();
}

void TestRepoCatalog::settingsKeepJsonValues()
{
    SettingsRepository s(m_t->store());
    QVERIFY(s.setValue(QStringLiteral("club.customers.enabled"), true));
    QVERIFY(s.setValue(QStringLiteral("security.max_failed_attempts"), 5));
    QVERIFY(s.setValue(QStringLiteral("club.banner"), QStringLiteral("<p>به باشگاه خوش آمدید</p>")));
    QVERIFY(s.setValue(QStringLiteral("demo.accounts"), QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")}}}));
    QCOMPARE(s.value(QStringLiteral("club.customers.enabled")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("security.max_failed_attempts")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("club.banner")).toString(), QStringLiteral("<p>به باشگاه خوش آمدید</p>"));
    QCOMPARE(s.value(QStringLiteral("demo.accounts")).toArray().first().toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("admin"));
    QCOMPARE(s.value(QStringLiteral("missing"), 7).toInt(), 7);
    QVERIFY(s.setValue(QStringLiteral("security.max_failed_attempts"), 3));
    QCOMPARE(s.value(QStringLiteral("security.max_failed_attempts")).toInt(), 3);
    QCOMPARE(s.keys().size(), 4);
}

void TestRepoCatalog::removedSettingFallsBackAndRevives()
{
    SettingsRepository s(m_t->store());
    QVERIFY(s.setValue(QStringLiteral("k"), 1));
    QVERIFY(s.remove(QStringLiteral("k")));
    QCOMPARE(s.value(QStringLiteral("k"), 9).toInt(), 9);
    QVERIFY(s.setValue(QStringLiteral("k"), 2));
    QCOMPARE(s.value(QStringLiteral("k")).toInt(), 2);
}

void TestRepoCatalog::companyIsASingleton()
{
    SettingsRepository s(m_t->store());
    QVERIFY(!s.company());
    Company c;
    c.name = QStringLiteral("شرکت نمونه");
    QVERIFY(s.saveCompany(c));
    Company again;
    again.name = QStringLiteral("شرکت نمونه (سهامی خاص)");
    QVERIFY(s.saveCompany(again));
    QCOMPARE(again.id, c.id);
    QCOMPARE(s.company()->name, QStringLiteral("شرکت نمونه (سهامی خاص)"));
}

void TestRepoCatalog::itemTypeClubFlags()
{
    ItemTypeRepository r(m_t->store());
    ItemType invoice;
    invoice.entity = QStringLiteral("invoice");
    invoice.name = QStringLiteral("فاکتور فروش");
    invoice.customerCanView = true;
    invoice.agentCanView = true;
    invoice.taxBp = 1000;
    ItemType receipt;
    receipt.entity = QStringLiteral("receipt");
    receipt.name = QStringLiteral("دریافت");
    receipt.code = QStringLiteral("receipt");
    receipt.customerCanCreate = receipt.customerCanView = true;
    ItemType old = receipt;
    old.name = QStringLiteral("دریافت قدیمی");
    old.code = QStringLiteral("old");
    old.active = false;
    QVERIFY(r.insert(invoice) && r.insert(receipt) && r.insert(old));
    QCOMPARE(r.clubCreatable(QStringLiteral("customer")).size(), 1);
    QCOMPARE(r.clubViewable(QStringLiteral("customer")).size(), 2);
    QCOMPARE(r.clubCreatable(QStringLiteral("agent")).size(), 0);
    QCOMPARE(r.byEntity(QStringLiteral("invoice")).first().taxBp, 1000);
    QCOMPARE(r.findByCode(QStringLiteral("receipt"))->id, receipt.id);
    QVERIFY(r.tombstone(invoice.id));
    QVERIFY(r.byEntity(QStringLiteral("invoice")).isEmpty());
}

void TestRepoCatalog::numberFormat_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "{n}" << qint64(42) << 1403 << "42";
    QTest::newRow("padded with year") << "{y}-{n:6}" << qint64(123) << 1403 << "1403-000123";
    QTest::newRow("prefix") << "INV/{y}/{n:4}" << qint64(7) << 1404 << "INV/1404/0007";
    // rule 46: a fixed width caps the count; a number that does not fit is not issued
    QTest::newRow("wider than padding") << "{n:2}" << qint64(12345) << 1403 << "";
}

void TestRepoCatalog::numberFormat()
{
    QFETCH(QString, pattern);
    QFETCH(qint64, value);
    QFETCH(int, year);
    // the older {n}/{y} forms, read by the one pattern engine
    QTEST(NumberPattern::parse(pattern).format(value, year, 0), "expected");
}

void TestRepoCatalog::numberingCountsAndResetsYearly()
{
    Numbering r(m_t->store()); // the one numbering engine
    const QDate in1403 = Persian::JalaliDate{1403, 5, 1}.toGregorian(), in1404 = Persian::JalaliDate{1404, 5, 1}.toGregorian();
    NumberingPattern p;
    p.title = QStringLiteral("فاکتور");
    p.pattern = QStringLiteral("{y}-{n:4}");
    p.initialValue = 0; // the first number is initial + 1
    p.yearlyReset = true;
    QVERIFY(r.createPattern(p));
    QCOMPARE(r.next(p.id, in1403)->number, QStringLiteral("1403-0001"));
    QCOMPARE(r.next(p.id, in1403)->number, QStringLiteral("1403-0002"));
    QCOMPARE(r.next(p.id, in1404)->number, QStringLiteral("1404-0001"));
    NumberingPattern c;
    c.title = QStringLiteral("مشتری");
    c.pattern = QStringLiteral("{n}");
    c.initialValue = 100000;
    QVERIFY(r.createPattern(c));
    const auto first = r.next(c.id, in1403);
    QCOMPARE(first->number, QStringLiteral("100001"));
    QCOMPARE(first->sequence, 100001);
    QCOMPARE(r.next(c.id, in1404)->number, QStringLiteral("100002"));
    QVERIFY(!r.next(Store::newId(), in1403));
}

void TestRepoCatalog::productsListAndUniqueCode()
{
    ProductRepository r(m_t->store());
    Product a;
    a.code = QStringLiteral("PP-503");
    a.name = QStringLiteral("کاغذ A4");
    a.unitPrice = 2850000;
    Product b;
    b.code = QStringLiteral("BK-130");
    b.name = QStringLiteral("کتاب اکسل");
    b.taxable = false;
    QVERIFY(r.insert(a) && r.insert(b));
    Product dup;
    dup.code = QStringLiteral("PP-503");
    dup.name = QStringLiteral("x");
    QVERIFY(!r.insert(dup));
    ProductFilter f;
    f.search = QStringLiteral("کاغذ");
    QCOMPARE(TestSupport::listIds(m_t->store(), r.list(f)), QStringList{a.id});
    // % and _ typed into the search box are literal, not wildcards
    Product sale;
    sale.code = QStringLiteral("OFF_50%");
    sale.name = QStringLiteral("تخفیف ۵۰ درصد");
    QVERIFY(r.insert(sale));
    f.search = QStringLiteral("%");
    QCOMPARE(TestSupport::listIds(m_t->store(), r.list(f)), QStringList{sale.id});
    f.search = QStringLiteral("F_5");
    QCOMPARE(TestSupport::listIds(m_t->store(), r.list(f)), QStringList{sale.id});
    f.search = QStringLiteral("P_5");
    QVERIFY(TestSupport::listIds(m_t->store(), r.list(f)).isEmpty());
    QCOMPARE(r.findByCode(QStringLiteral("BK-130"))->taxable, false);
    QCOMPARE(r.all().size(), 3);
}

void TestRepoCatalog::classesByPriority()
{
    ProductRepository r(m_t->store());
    CustomerClass gold;
    gold.title = QStringLiteral("طلایی");
    gold.floorRials = 2000000000;
    gold.priority = 2;
    CustomerClass diamond;
    diamond.title = QStringLiteral("الماس");
    diamond.floorRials = 10000000000;
    diamond.priority = 1;
    QVERIFY(r.insertClass(gold) && r.insertClass(diamond));
    const auto classes = r.classes();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes.first().title, QStringLiteral("الماس"));
    QCOMPARE(classes.first().ceilingRials, -1);
}

void TestRepoCatalog::ticketsWithMessages()
{
    TicketRepository r(m_t->store());
    Ticket t;
    t.itemTypeId = Store::newId();
    t.subject = QStringLiteral("پرینتر چاپ نمی‌کند");
    t.number = QStringLiteral("T-001001");
    QVERIFY(r.insert(t));
    Ticket blank;
    QVERIFY(!r.insert(blank));
    TicketMessage m1;
    m1.ticketId = t.id;
    m1.body = QStringLiteral("سلام، پرینتر چاپ نمی‌کند");
    m1.fromClub = true;
    m1.createdAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    TicketMessage m2;
    m2.ticketId = t.id;
    m2.body = QStringLiteral("کارشناس اعزام شد");
    m2.createdAt = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    QVERIFY(r.addMessage(m2) && r.addMessage(m1));
    const auto messages = r.messages(t.id);
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.first().fromClub);
    QVERIFY(r.setStatus(t.id, TicketStatus::Answered));
    TicketFilter open;
    open.status = TicketStatus::Open;
    QCOMPARE(r.count(open), 0);
    TicketFilter search;
    search.search = QStringLiteral("پرينتر"); // Arabic yeh
    QCOMPARE(TestSupport::listIds(m_t->store(), r.list(search)), QStringList{t.id});
    QVERIFY(r.tombstone(t.id));
    QVERIFY(r.messages(t.id).isEmpty());
    QCOMPARE(r.count({}), 0);
}

void TestRepoCatalog::cartablesForStaffAndClubIdentities()
{
    WorkflowRepository r(m_t->store());
    Workflow w;
    w.name = QStringLiteral("پیگیری درخواست خدمات");
    QVERIFY(r.insertWorkflow(w));
    WorkflowState review;
    review.workflowId = w.id;
    review.name = QStringLiteral("بررسی کارشناس");
    WorkflowState customer;
    customer.workflowId = w.id;
    customer.name = QStringLiteral("تکمیل مدارک");
    customer.responsibleMode = QStringLiteral("club_user");
    customer.sortOrder = 2;
    QVERIFY(r.insertState(review) && r.insertState(customer));
    WorkflowAction needDocs;
    needDocs.stateId = review.id;
    needDocs.name = QStringLiteral("نیاز به مدارک");
    needDocs.nextStateId = customer.id;
    QVERIFY(r.insertAction(needDocs));
    QCOMPARE(r.states(w.id).size(), 2);
    QCOMPARE(r.actions(review.id).size(), 1);

    const QString staff = Store::newId();
    const QString identity = Store::newId();
    WorkflowInstance in;
    in.workflowId = w.id;
    in.identityId = identity;
    in.title = QStringLiteral("درخواست نصب");
    in.currentStateId = review.id;
    QVERIFY(r.insertInstance(in));
    CartableEntry e1;
    e1.instanceId = in.id;
    e1.stateId = review.id;
    e1.assigneeUserId = staff;
    QVERIFY(r.insertEntry(e1));
    CartableEntry both = e1;
    both.id.clear();
    both.assigneeIdentityId = identity;
    QVERIFY(!r.insertEntry(both)); // one assignee only
    QCOMPARE(r.openCountForUser(staff), 1);
    QVERIFY(r.markSeen(e1.id));
    QVERIFY(r.entry(e1.id)->seenAt.isValid());
    QVERIFY(r.endEntry(e1.id, needDocs.id, QStringLiteral("فاکتور خرید را بفرستید")));
    QCOMPARE(r.openCountForUser(staff), 0);
    CartableEntry e2;
    e2.instanceId = in.id;
    e2.stateId = customer.id;
    e2.assigneeIdentityId = identity;
    QVERIFY(r.insertEntry(e2));
    ListSpec forIdentity = r.openEntries();
    forIdentity.narrow(QStringLiteral("c.assignee_identity_id = ?"), {identity});
    const auto rows = TestSupport::runList(m_t->store(), forIdentity);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(WorkflowRepository::StateName).toString(), QStringLiteral("تکمیل مدارک"));
    QCOMPARE(rows.first().value(WorkflowRepository::InstanceTitle).toString(), QStringLiteral("درخواست نصب"));
    in.status = WorkflowStatus::Ended;
    QVERIFY(r.updateInstance(in));
    QCOMPARE(r.instance(in.id)->status, WorkflowStatus::Ended);
}

void TestRepoCatalog::auditLogAppends()
{
    AuditLog log(m_t->store());
    const QString subject = Store::newId();
    QVERIFY(log.append(Store::newId(), QStringLiteral("receipt.approve"), QStringLiteral("receipt"), subject));
    QVERIFY(log.append(Store::newId(), QStringLiteral("user.unlock")));
    QCOMPARE(TestSupport::listIds(m_t->store(), log.list()).size(), 2);
    QCOMPARE(TestSupport::listIds(m_t->store(), log.list(subject)).size(), 1);
}

QTEST_GUILESS_MAIN(TestRepoCatalog)
#include "tst_repo_catalog.moc"
