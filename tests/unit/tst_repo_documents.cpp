// Invoices and their kin as finance staff see them: totals that add up, lists per customer,
// kind and state, approval and rejection, and deleted documents gone from every list.
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoDocuments : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lineArithmetic_data();
    void lineArithmetic();
    void totalsAreTheSumOfTheLines();
    void updateReplacesLines();
    void listsByKindStatusAndCustomer();
    void searchFindsByCustomerNameAndNumber();
    void approveRejectAndNumber();
    void tombstonedDocumentVanishes();
    void salesTotalSubtractsReturns();

private:
    Document invoice(const QString &identityId, QDate date, qint64 price, int taxBp = 1000);
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<DocumentRepository> m_docs;
    QString m_customer;
    QString m_other;
};

void TestRepoDocuments::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_docs = std::make_unique<DocumentRepository>(m_t->store());
    IdentityRepository ids(m_t->store());
    Identity a;
    a.firstName = QStringLiteral("حمید");
    a.lastName = QStringLiteral("فراهانی");
    Identity b;
    b.kind = IdentityKind::Organisation;
    b.orgName = QStringLiteral("شرکت نگین سپهر");
    QVERIFY(ids.insert(a) && ids.insert(b));
    m_customer = a.id;
    m_other = b.id;
}

void TestRepoDocuments::cleanup()
{
    m_docs.reset();
    m_t.reset();
}

Document TestRepoDocuments::invoice(const QString &identityId, QDate date, qint64 price, int taxBp)
{
    Document d;
    d.itemTypeId = QStringLiteral("00000000-0000-7000-8000-00000000000a");
    d.identityId = identityId;
    d.issueDate = date;
    DocumentLine l;
    l.description = QStringLiteral("کاغذ A4");
    l.quantityMilli = 3000;
    l.unitPrice = price;
    l.taxBp = taxBp;
    d.lines << l;
    return d;
}

void TestRepoDocuments::lineArithmetic_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("final");
    QTest::newRow("one taxable item") << qint64(1000) << qint64(2850000) << qint64(0) << 1000 << qint64(2850000) << qint64(285000) << qint64(3135000);
    QTest::newRow("exempt (book)") << qint64(2000) << qint64(2400000) << qint64(0) << 0 << qint64(4800000) << qint64(0) << qint64(4800000);
    QTest::newRow("discount before tax") << qint64(1000) << qint64(1000000) << qint64(100000) << 1000 << qint64(1000000) << qint64(90000) << qint64(990000);
    QTest::newRow("half hour, rounded") << qint64(500) << qint64(3500001) << qint64(0) << 1000 << qint64(1750001) << qint64(175000) << qint64(1925001);
    QTest::newRow("2.5 units") << qint64(2500) << qint64(15) << qint64(0) << 1000 << qint64(38) << qint64(4) << qint64(42);
    QTest::newRow("billions") << qint64(40000) << qint64(468000000) << qint64(0) << 1000 << qint64(18720000000) << qint64(1872000000) << qint64(20592000000);
}

void TestRepoDocuments::lineArithmetic()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, discount);
    QFETCH(int, taxBp);
    DocumentLine l;
    l.quantityMilli = quantityMilli;
    l.unitPrice = unitPrice;
    l.discount = discount;
    l.taxBp = taxBp;
    l.compute();
    QTEST(l.total, "total");
    QTEST(l.tax, "tax");
    QTEST(l.final, "final");
}

void TestRepoDocuments::totalsAreTheSumOfTheLines()
{
    Document d = invoice(m_customer, QDate(2024, 5, 1), 2850000);
    DocumentLine book;
    book.quantityMilli = 1000;
    book.unitPrice = 2400000;
    book.discount = 0;
    d.lines << book;
    d.surcharge = 150000;
    d.finalAmount = 1; // whatever the caller says, the repository computes
    QVERIFY2(m_docs->insert(d), qPrintable(m_docs->lastError()));
    const auto back = m_docs->get(d.id);
    QVERIFY(back);
    QCOMPARE(back->lines.size(), 2);
    QCOMPARE(back->lines.at(0).lineNo, 1);
    QCOMPARE(back->totalAmount, 3 * 2850000 + 2400000);
    QCOMPARE(back->totalTax, 855000);
    QCOMPARE(back->finalAmount, 3 * 2850000 + 855000 + 2400000 + 150000);
}

void TestRepoDocuments::updateReplacesLines()
{
    Document d = invoice(m_customer, QDate(2024, 5, 1), 1000000);
    QVERIFY(m_docs->insert(d));
    d.lines.first().quantityMilli = 1000;
    d.lines << d.lines.first();
    QVERIFY2(m_docs->update(d), qPrintable(m_docs->lastError()));
    const auto back = m_docs->get(d.id);
    QCOMPARE(back->lines.size(), 2);
    QCOMPARE(back->finalAmount, 2200000);
}

void TestRepoDocuments::listsByKindStatusAndCustomer()
{
    Document a = invoice(m_customer, QDate(2024, 1, 10), 100);
    Document b = invoice(m_customer, QDate(2024, 2, 10), 100);
    Document c = invoice(m_other, QDate(2024, 3, 10), 100);
    Document p = invoice(m_customer, QDate(2024, 4, 10), 100);
    p.kind = QStringLiteral("proforma");
    QVERIFY(m_docs->insert(a) && m_docs->insert(b) && m_docs->insert(c) && m_docs->insert(p));
    QVERIFY(m_docs->setApproval(b.id, ApprovalStatus::Pending, ApprovalStatus::Approved, Store::newId()));
    DocumentFilter f;
    f.kind = QStringLiteral("invoice");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_docs->list(f)), (QStringList{c.id, b.id, a.id})); // newest first
    f.approvalStatus = ApprovalStatus::Approved;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_docs->list(f)), QStringList{b.id});
    DocumentFilter mine;
    mine.identityId = m_customer;
    QCOMPARE(m_docs->count(mine), 3);
    DocumentFilter range;
    range.from = QDate(2024, 2, 1);
    range.to = QDate(2024, 3, 31);
    QCOMPARE(m_docs->count(range), 2);
    const auto rows = TestSupport::runList(m_t->store(), m_docs->list(mine));
    QCOMPARE(rows.first().value(DocumentRepository::IdentityName).toString(), QStringLiteral("حمید فراهانی"));
}

void TestRepoDocuments::searchFindsByCustomerNameAndNumber()
{
    Document a = invoice(m_other, QDate(2024, 1, 10), 100);
    a.number = QStringLiteral("1403-000123");
    Document b = invoice(m_customer, QDate(2024, 1, 11), 100);
    QVERIFY(m_docs->insert(a) && m_docs->insert(b));
    DocumentFilter f;
    f.search = QStringLiteral("نگين"); // Arabic yeh typed
    QCOMPARE(TestSupport::listIds(m_t->store(), m_docs->list(f)), QStringList{a.id});
    f.search = QStringLiteral("۱۴۰۳");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_docs->list(f)), QStringList{a.id});
}

void TestRepoDocuments::approveRejectAndNumber()
{
    Document a = invoice(m_customer, QDate(2024, 1, 10), 100);
    QVERIFY(m_docs->insert(a));
    const QString finance = Store::newId();
    QVERIFY(m_docs->setApproval(a.id, ApprovalStatus::Pending, ApprovalStatus::Rejected, finance, QStringLiteral("اطلاعات خریدار ناقص است")));
    auto back = m_docs->get(a.id);
    QCOMPARE(back->approval.status, ApprovalStatus::Rejected);
    QCOMPARE(back->approval.rejectReason, QStringLiteral("اطلاعات خریدار ناقص است"));
    QVERIFY(back->approval.rejectedAt.isValid());
    QVERIFY(m_docs->setApproval(a.id, ApprovalStatus::Rejected, ApprovalStatus::Approved, finance));
    QVERIFY(m_docs->setNumber(a.id, QStringLiteral("1403-000001"), 1, finance));
    back = m_docs->get(a.id);
    QCOMPARE(back->approval.status, ApprovalStatus::Approved);
    QCOMPARE(back->approval.approvedBy, finance);
    QCOMPARE(back->number, QStringLiteral("1403-000001"));
    QVERIFY(back->approval.rejectReason.isEmpty());
}

void TestRepoDocuments::tombstonedDocumentVanishes()
{
    Document a = invoice(m_customer, QDate(2024, 1, 10), 100);
    QVERIFY(m_docs->insert(a));
    QVERIFY(m_docs->tombstone(a.id));
    QVERIFY(!m_docs->get(a.id));
    QCOMPARE(m_docs->count({}), 0);
    QVERIFY(m_docs->lines(a.id).isEmpty());
    QVERIFY(!m_docs->setApproval(a.id, ApprovalStatus::Pending, ApprovalStatus::Approved, Store::newId()));
}

void TestRepoDocuments::salesTotalSubtractsReturns()
{
    Document a = invoice(m_customer, QDate(2024, 1, 10), 1000000); // 3,300,000 with VAT
    Document r = invoice(m_customer, QDate(2024, 1, 20), 1000000);
    r.kind = QStringLiteral("return_invoice");
    r.lines.first().quantityMilli = 1000; // 1,100,000
    r.sourceDocumentId = a.id;
    Document pending = invoice(m_customer, QDate(2024, 1, 21), 5000000);
    QVERIFY(m_docs->insert(a) && m_docs->insert(r) && m_docs->insert(pending));
    QVERIFY(m_docs->setApproval(a.id, ApprovalStatus::Pending, ApprovalStatus::Approved, {}) && m_docs->setApproval(r.id, ApprovalStatus::Pending, ApprovalStatus::Approved, {}));
    QCOMPARE(m_docs->approvedSalesTotal(m_customer), 2200000);
}

QTEST_GUILESS_MAIN(TestRepoDocuments)
#include "tst_repo_documents.moc"
