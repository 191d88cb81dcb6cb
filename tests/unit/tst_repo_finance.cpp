// Money a customer sees: receipts in their states, accounts offered for each club payment
// method, and point balances that add up.
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoFinance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void receiptRoundTripAndStates();
    void receiptNeedsPositiveAmount();
    void receiptListsByStatusAndCustomer();
    void approvedTotalCountsOnlyApproved();
    void cashBoxIsNeverOnline();
    void accountsForClubMethods_data();
    void accountsForClubMethods();
    void pointTotalsAddUp();
    void tombstonedPointsDoNotCount();

private:
    Receipt receipt(qint64 amount, const QString &identity);
    std::unique_ptr<TempStore> m_t;
    QString m_customer = QStringLiteral("00000000-0000-7000-8000-0000000000c1");
};

void TestRepoFinance::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestRepoFinance::cleanup()
{
    m_t.reset();
}

Receipt TestRepoFinance::receipt(qint64 amount, const QString &identity)
{
    Receipt r;
    r.itemTypeId = QStringLiteral("00000000-0000-7000-8000-0000000000f1");
    r.identityId = identity;
    r.amount = amount;
    r.method = QStringLiteral("cash");
    r.cashMethod = QStringLiteral("card_to_card");
    r.receivedOn = QDate(2024, 6, 1);
    r.enteredInClub = true;
    return r;
}

void TestRepoFinance::receiptRoundTripAndStates()
{
    ReceiptRepository repo(m_t->store());
    Receipt r = receipt(12500000, m_customer);
    r.trackingNumber = QStringLiteral("123456789012");
    QVERIFY2(repo.insert(r), qPrintable(repo.lastError()));
    auto back = repo.get(r.id);
    QVERIFY(back);
    QCOMPARE(back->amount, 12500000);
    QCOMPARE(back->approval.status, ApprovalStatus::Pending);
    QVERIFY(back->enteredInClub);
    QCOMPARE(back->receivedOn, QDate(2024, 6, 1));
    QVERIFY(repo.setApproval(r.id, ApprovalStatus::Pending, ApprovalStatus::Rejected, Store::newId(), QStringLiteral("شماره پیگیری نامعتبر است")));
    back = repo.get(r.id);
    QCOMPARE(back->approval.status, ApprovalStatus::Rejected);
    QCOMPARE(back->approval.rejectReason, QStringLiteral("شماره پیگیری نامعتبر است"));
}

void TestRepoFinance::receiptNeedsPositiveAmount()
{
    ReceiptRepository repo(m_t->store());
    Receipt r = receipt(0, m_customer);
    QVERIFY(!repo.insert(r));
    QVERIFY(!repo.lastError().isEmpty());
}

void TestRepoFinance::receiptListsByStatusAndCustomer()
{
    ReceiptRepository repo(m_t->store());
    Receipt a = receipt(100, m_customer);
    Receipt b = receipt(200, m_customer);
    b.receivedOn = QDate(2024, 6, 2);
    Receipt c = receipt(300, Store::newId());
    QVERIFY(repo.insert(a) && repo.insert(b) && repo.insert(c));
    QVERIFY(repo.setApproval(a.id, ApprovalStatus::Pending, ApprovalStatus::Approved, Store::newId()));
    ReceiptFilter mine;
    mine.identityId = m_customer;
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.list(mine)), (QStringList{b.id, a.id}));
    ReceiptFilter pending;
    pending.approvalStatus = ApprovalStatus::Pending;
    QCOMPARE(repo.count(pending), 2);
    QVERIFY(repo.tombstone(b.id));
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.list(mine)), QStringList{a.id});
}

void TestRepoFinance::approvedTotalCountsOnlyApproved()
{
    ReceiptRepository repo(m_t->store());
    Receipt in1 = receipt(5000000, m_customer);
    Receipt in2 = receipt(3000000, m_customer);
    Receipt out = receipt(1000000, m_customer);
    out.direction = QStringLiteral("out");
    Receipt pending = receipt(9000000, m_customer);
    QVERIFY(repo.insert(in1) && repo.insert(in2) && repo.insert(out) && repo.insert(pending));
    for (const QString &id : {in1.id, in2.id, out.id})
        QVERIFY(repo.setApproval(id, ApprovalStatus::Pending, ApprovalStatus::Approved, {}));
    QCOMPARE(repo.approvedTotal(m_customer), 7000000);
}

void TestRepoFinance::cashBoxIsNeverOnline()
{
    FinancialAccountRepository repo(m_t->store());
    FinancialAccount cash;
    cash.name = QStringLiteral("صندوق");
    cash.kind = AccountKind::Cash;
    cash.allowsOnline = true;
    QVERIFY(repo.insert(cash));
    QVERIFY(!repo.get(cash.id)->allowsOnline);
    QVERIFY(repo.forClubMethod(QStringLiteral("online")).isEmpty());
}

void TestRepoFinance::accountsForClubMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("card to card") << "card_to_card" << QStringList{QStringLiteral("ملت")};
    QTest::newRow("deposit") << "deposit" << QStringList{QStringLiteral("ملت"), QStringLiteral("ملی")};
    QTest::newRow("online") << "online" << QStringList{QStringLiteral("ملت")};
    QTest::newRow("unknown") << "pos" << QStringList{};
}

void TestRepoFinance::accountsForClubMethods()
{
    QFETCH(QString, method);
    QFETCH(QStringList, names);
    FinancialAccountRepository repo(m_t->store());
    FinancialAccount mellat;
    mellat.name = QStringLiteral("ملت");
    mellat.allowsCardToCard = mellat.allowsCashDeposit = mellat.allowsOnline = true;
    FinancialAccount melli;
    melli.name = QStringLiteral("ملی");
    melli.allowsCashDeposit = true;
    FinancialAccount inactive;
    inactive.name = QStringLiteral("غیرفعال");
    inactive.allowsCardToCard = inactive.allowsCashDeposit = inactive.allowsOnline = true;
    inactive.active = false;
    QVERIFY(repo.insert(mellat) && repo.insert(melli) && repo.insert(inactive));
    QStringList got;
    for (const FinancialAccount &a : repo.forClubMethod(method))
        got << a.name;
    got.sort();
    names.sort();
    QCOMPARE(got, names);
}

void TestRepoFinance::pointTotalsAddUp()
{
    PointRepository repo(m_t->store());
    int day = 0;
    auto add = [&](const char *kind, int points) {
        PointTransaction p;
        p.identityId = m_customer;
        p.kind = PointKindCode::fromText(QLatin1String(kind));
        p.points = points;
        p.createdOn = QDate(2026, 1, ++day);
        return repo.insert(p);
    };
    QVERIFY(add("earned", 120) && add("earned", 30) && add("consumed", 40) && add("expired", 25));
    PointTransaction negative;
    negative.identityId = m_customer;
    negative.points = -5;
    QVERIFY(!repo.insert(negative));
    const PointTotals t = repo.totals(m_customer);
    QCOMPARE(t.earned, 150);
    QCOMPARE(t.consumed, 40);
    QCOMPARE(t.expired, 25);
    QCOMPARE(t.remaining(), 85);
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.list(m_customer)).size(), 4);
    QCOMPARE(repo.totals(Store::newId()).remaining(), 0);
    // the list reads as a statement: spent and expired points negative, the balance after each,
    // the last one equal to what remains (rows come newest first)
    const auto rows = TestSupport::runList(m_t->store(), repo.list(m_customer));
    QList<qint64> points, balances;
    for (const QVariantList &r : rows) {
        points.prepend(r.value(PointRepository::Points).toLongLong());
        balances.prepend(r.value(PointRepository::Balance).toLongLong());
    }
    QCOMPARE(points, (QList<qint64>{120, 30, -40, -25}));
    QCOMPARE(balances, (QList<qint64>{120, 150, 110, 85}));
}

void TestRepoFinance::tombstonedPointsDoNotCount()
{
    PointRepository repo(m_t->store());
    PointTransaction p;
    p.identityId = m_customer;
    p.points = 70;
    QVERIFY(repo.insert(p));
    QVERIFY(repo.tombstone(p.id));
    QCOMPARE(repo.totals(m_customer).earned, 0);
    QVERIFY(TestSupport::listIds(m_t->store(), repo.list(m_customer)).isEmpty());
}

QTEST_GUILESS_MAIN(TestRepoFinance)
#include "tst_repo_finance.moc"
