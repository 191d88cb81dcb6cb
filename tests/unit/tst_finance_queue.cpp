// The approval cartable's list (ApprovalQueueRepository), the receipts' decision and numbering
// trail of migration 0004, and the search of the customer balance report.
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/ApprovalQueue.h"
#include "models/finance/Balances.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using Subject = DocumentApproval::Subject;

class TestFinanceQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsWhatWaitsForTheGivenRights();
    void receiptKeepsWhoRejectedAndWhoNumbered();
    void balanceReportSearch();

private:
    QString type(const QString &entity, bool numbering, const QString &numberOn = QStringLiteral("create"));
    QString invoice(qint64 amount);
    QString receipt(qint64 amount);
    int rows(const ListSpec &spec);
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<DocumentApproval> m_svc;
    QString m_identity, m_invoiceType, m_receiptType, m_userId;
};

void TestFinanceQueue::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_userId = Store::newId();
    m_svc = std::make_unique<DocumentApproval>(m_t->store(), Actor::staff(m_userId, {FinancePermission::Manager}));
    Identity who;
    who.firstName = QStringLiteral("مریم");
    who.lastName = QStringLiteral("احمدی");
    QVERIFY(IdentityRepository(m_t->store()).insert(who));
    m_identity = who.id;
    m_invoiceType = type(QStringLiteral("invoice"), false);
    m_receiptType = type(QStringLiteral("receipt"), true);
}

void TestFinanceQueue::cleanup()
{
    m_svc.reset();
    m_t.reset();
}

QString TestFinanceQueue::type(const QString &entity, bool numbering, const QString &numberOn)
{
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = entity;
    t.code = entity;
    t.name = entity;
    t.needsApproval = true;
    t.needsNumbering = numbering;
    t.numberOn = numberOn;
    if (numbering) {
        NumberingPattern p;
        p.title = entity;
        p.pattern = QStringLiteral("R-{*(AN)}");
        FinanceStateRepository(m_t->store()).insertPattern(p);
        t.numberingPatternId = p.id;
    }
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

QString TestFinanceQueue::invoice(qint64 amount)
{
    Document d;
    d.itemTypeId = m_invoiceType;
    d.identityId = m_identity;
    d.issueDate = QDate(2024, 11, 5);
    DocumentLine l;
    l.description = QStringLiteral("خدمات");
    l.unitPrice = amount;
    d.lines << l;
    if (!m_svc->createDocument(d))
        qWarning() << m_svc->lastError();
    return d.id;
}

QString TestFinanceQueue::receipt(qint64 amount)
{
    Receipt r;
    r.itemTypeId = m_receiptType;
    r.identityId = m_identity;
    r.amount = amount;
    r.receivedOn = QDate(2024, 11, 6);
    if (!m_svc->createReceipt(r))
        qWarning() << m_svc->lastError();
    return r.id;
}

int TestFinanceQueue::rows(const ListSpec &s)
{
    QSqlQuery q(m_t->store().db());
    q.prepare(s.countSql());
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

void TestFinanceQueue::listsWhatWaitsForTheGivenRights()
{
    const QString inv = invoice(100000);
    const QString rec = receipt(50000);
    ApprovalQueueRepository queue(m_t->store());
    QCOMPARE(rows(queue.list({})), 0); // no rights, nothing waits
    QCOMPARE(rows(queue.list({{m_invoiceType}, {}, {}, {}})), 1);
    QCOMPARE(rows(queue.list({{m_invoiceType, m_receiptType}, {}, {}, {}})), 2);
    QCOMPARE(rows(queue.list({{m_invoiceType, m_receiptType}, {}, {}, QStringLiteral("receipt")})), 1);
    QCOMPARE(rows(queue.list({{}, {m_receiptType}, {}, {}})), 1); // numbering only
    QCOMPARE(queue.subjectOf(inv), QStringLiteral("document"));
    QCOMPARE(queue.subjectOf(rec), QStringLiteral("receipt"));
    QVERIFY(queue.subjectOf(Store::newId()).isEmpty());
    QVERIFY(m_svc->approve(Subject::Document, inv));
    QCOMPARE(rows(queue.list({{m_invoiceType, m_receiptType}, {}, {}, {}})), 1);
    QVERIFY(m_svc->number(Subject::Receipt, rec));
    QCOMPARE(rows(queue.list({{}, {m_receiptType}, {}, {}})), 0);
}

void TestFinanceQueue::receiptKeepsWhoRejectedAndWhoNumbered()
{
    const QString rec = receipt(70000);
    QVERIFY(m_svc->number(Subject::Receipt, rec));
    auto r = ReceiptRepository(m_t->store()).get(rec);
    QCOMPARE(r->number, QStringLiteral("R-1")); // initial value 0 → the first number is 1
    QCOMPARE(r->sequence, qint64(1));
    QCOMPARE(r->approval.numberedBy, m_userId);
    QVERIFY(r->approval.numberedAt.isValid());
    QVERIFY(m_svc->reject(Subject::Receipt, rec, QStringLiteral("مبلغ اشتباه است")));
    r = ReceiptRepository(m_t->store()).get(rec);
    QCOMPARE(r->approval.rejectedBy, m_userId);
    QVERIFY(r->approval.rejectedAt.isValid());
    QVERIFY(r->approval.approvedBy.isEmpty());
    // an edit keeps the trail
    r->description = QStringLiteral("ویرایش");
    QVERIFY2(m_svc->editReceipt(*r), qPrintable(m_svc->lastError()));
    r = ReceiptRepository(m_t->store()).get(rec);
    QCOMPARE(r->approval.rejectedBy, m_userId);
    QCOMPARE(r->sequence, qint64(1));
}

void TestFinanceQueue::balanceReportSearch()
{
    QVERIFY(m_svc->approve(Subject::Document, invoice(100000)));
    Identity other;
    other.firstName = QStringLiteral("رضا");
    other.lastName = QStringLiteral("نوری");
    QVERIFY(IdentityRepository(m_t->store()).insert(other));
    Document d;
    d.itemTypeId = m_invoiceType;
    d.identityId = other.id;
    d.issueDate = QDate(2024, 11, 5);
    DocumentLine l;
    l.unitPrice = 5000;
    d.lines << l;
    QVERIFY(m_svc->createDocument(d));
    QVERIFY(m_svc->approve(Subject::Document, d.id));
    BalanceRepository balances(m_t->store());
    QCOMPARE(rows(balances.report({})), 2);
    BalanceFilter f;
    f.search = QStringLiteral("احمد");
    QCOMPARE(rows(balances.report(f)), 1);
}

QTEST_GUILESS_MAIN(TestFinanceQueue)
#include "tst_finance_queue.moc"
