// Balances (§1.15–1.16, rules 34 and 42): only approved items count. The effect of every state
// change on the balance (approve, reject, back to pending, delete, edit after approval with
// and without back-to-pending), returns, receipts and payments, proformas and legal contracts
// that never count, financial contracts that do; the running statement and the customer
// balance report as lists; the dashboard reads the same BalanceRepository.
#include "models/finance/Balances.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/Totals.h"
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;
using Subject = DocumentApproval::Subject;

class TestFinanceBalances : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void stateChanges_data();
    void stateChanges();
    void statementRunsInDateOrder();
    void statementFromDateCarriesOpeningBalance();
    void balanceOnADate();
    void customerBalanceReport();
    void reportDateRange();

private:
    QString type(const QString &entity, bool pendingAfterEdit = false, const QString &contractKind = {});
    QString newIdentity(const QString &first, const QString &last);
    QString invoice(const QString &identityId, const QString &typeId, qint64 amount, QDate date,
                    const QString &source = {});
    QString money(const QString &identityId, const QString &entity, qint64 amount, QDate date);
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<DocumentApproval> m_svc;
    std::map<QString, QString> m_types;
    QString m_identityId;
};

void TestFinanceBalances::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_svc = std::make_unique<DocumentApproval>(m_t->store(), Actor::staff(Store::newId(), {FinancePermission::Manager}));
    m_types.clear();
    m_identityId = newIdentity(QStringLiteral("مریم"), QStringLiteral("احمدی"));
}

void TestFinanceBalances::cleanup()
{
    m_svc.reset();
    m_t.reset();
}

QString TestFinanceBalances::newIdentity(const QString &first, const QString &last)
{
    IdentityRepository identities(m_t->store());
    Identity who;
    who.firstName = first;
    who.lastName = last;
    if (!identities.insert(who))
        qWarning() << identities.lastError();
    return who.id;
}

QString TestFinanceBalances::type(const QString &entity, bool pendingAfterEdit, const QString &contractKind)
{
    const QString key = entity + QString::number(pendingAfterEdit) + contractKind;
    auto it = m_types.find(key);
    if (it != m_types.end())
        return it->second;
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = entity;
    t.code = key;
    t.name = key;
    t.needsApproval = true;
    t.pendingAfterEdit = pendingAfterEdit;
    t.contractKind = contractKind;
    if (!types.insert(t))
        qWarning() << types.lastError();
    m_types[key] = t.id;
    return t.id;
}

QString TestFinanceBalances::invoice(const QString &identityId, const QString &typeId, qint64 amount, QDate date,
                                     const QString &source)
{
    Document d;
    d.itemTypeId = typeId;
    d.identityId = identityId;
    d.issueDate = date;
    d.sourceDocumentId = source;
    Totals::setContractAmount(d, amount);
    if (!m_svc->createDocument(d))
        qWarning() << m_svc->lastError();
    return d.id;
}

QString TestFinanceBalances::money(const QString &identityId, const QString &entity, qint64 amount, QDate date)
{
    Receipt r;
    r.itemTypeId = type(entity);
    r.identityId = identityId;
    r.amount = amount;
    r.receivedOn = date;
    if (!m_svc->createReceipt(r))
        qWarning() << m_svc->lastError();
    return r.id;
}

void TestFinanceBalances::stateChanges_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<qint64>("balance");

    QTest::newRow("invoice pending") << "inv:1000" << 0LL;
    QTest::newRow("invoice approved") << "inv:1000 approve" << 1000LL;
    QTest::newRow("invoice rejected") << "inv:1000 reject" << 0LL;
    QTest::newRow("approved, back to pending") << "inv:1000 approve pending" << 0LL;
    QTest::newRow("rejected, pending, approved") << "inv:1000 reject pending approve" << 1000LL;
    QTest::newRow("approved, deleted") << "inv:1000 approve delete" << 0LL;
    QTest::newRow("edit after approval, stays approved") << "inv:1000 approve edit:1500" << 1500LL;
    QTest::newRow("edit after approval, back to pending") << "invp:1000 approve edit:1500" << 0LL;
    QTest::newRow("edit, back to pending, approved again") << "invp:1000 approve edit:1500 approve" << 1500LL;
    QTest::newRow("receipt pending") << "rec:400" << 0LL;
    QTest::newRow("receipt approved") << "rec:400 approve" << -400LL;
    QTest::newRow("receipt rejected") << "rec:400 reject" << 0LL;
    QTest::newRow("receipt approved, back to pending") << "rec:400 approve pending" << 0LL;
    QTest::newRow("payment approved") << "pay:300 approve" << 300LL;
    QTest::newRow("invoice less receipt") << "inv:1000 approve rec:400 approve" << 600LL;
    QTest::newRow("return pending") << "inv:1000 approve ret:200" << 1000LL;
    QTest::newRow("return approved") << "inv:1000 approve ret:200 approve" << 800LL;
    QTest::newRow("return rejected") << "inv:1000 approve ret:200 reject" << 1000LL;
    QTest::newRow("proforma approved") << "pro:700 approve" << 0LL;
    QTest::newRow("legal contract approved") << "lcon:5000 approve" << 0LL;
    QTest::newRow("financial contract pending") << "fcon:5000" << 0LL;
    QTest::newRow("financial contract approved") << "fcon:5000 approve" << 5000LL;
}

void TestFinanceBalances::stateChanges()
{
    QFETCH(QString, steps);
    QString current;
    Subject subject = Subject::Document;
    QString lastInvoice;
    const QDate day(2024, 6, 1);
    for (const QString &step : steps.split(QLatin1Char(' '))) {
        const QString op = step.section(QLatin1Char(':'), 0, 0);
        const qint64 amount = step.section(QLatin1Char(':'), 1).toLongLong();
        if (op == QLatin1String("inv") || op == QLatin1String("invp")) {
            current = lastInvoice = invoice(m_identityId, type(QStringLiteral("invoice"), op == QLatin1String("invp")),
                                            amount, day);
            subject = Subject::Document;
        } else if (op == QLatin1String("ret")) {
            current = invoice(m_identityId, type(QStringLiteral("return_invoice")), amount, day, lastInvoice);
            subject = Subject::Document;
        } else if (op == QLatin1String("pro")) {
            current = invoice(m_identityId, type(QStringLiteral("proforma")), amount, day);
            subject = Subject::Document;
        } else if (op == QLatin1String("fcon") || op == QLatin1String("lcon")) {
            current = invoice(m_identityId,
                              type(QStringLiteral("contract"), false,
                                   op == QLatin1String("fcon") ? QStringLiteral("financial") : QStringLiteral("legal")),
                              amount, day);
            subject = Subject::Document;
        } else if (op == QLatin1String("rec") || op == QLatin1String("pay")) {
            current = money(m_identityId, op == QLatin1String("rec") ? QStringLiteral("receipt") : QStringLiteral("payment"),
                            amount, day);
            subject = Subject::Receipt;
        } else if (op == QLatin1String("approve")) {
            QVERIFY2(m_svc->approve(subject, current), qPrintable(m_svc->lastError()));
        } else if (op == QLatin1String("reject")) {
            QVERIFY2(m_svc->reject(subject, current, QStringLiteral("دلیل")), qPrintable(m_svc->lastError()));
        } else if (op == QLatin1String("pending")) {
            QVERIFY2(m_svc->backToPending(subject, current), qPrintable(m_svc->lastError()));
        } else if (op == QLatin1String("delete")) {
            QVERIFY2(subject == Subject::Document ? m_svc->deleteDocument(current) : m_svc->deleteReceipt(current),
                     qPrintable(m_svc->lastError()));
        } else if (op == QLatin1String("edit")) {
            Document d = *DocumentRepository(m_t->store()).get(current);
            d.lines[0].unitPrice = amount;
            QVERIFY2(m_svc->editDocument(d), qPrintable(m_svc->lastError()));
        } else {
            QFAIL(qPrintable(step));
        }
        QVERIFY2(!current.isEmpty(), qPrintable(m_svc->lastError()));
    }
    BalanceRepository balances(m_t->store());
    QTEST(balances.balanceOf(m_identityId), "balance");
    // the statement ends on the same balance
    const auto lines = balances.statementLines(m_identityId);
    QTEST(lines.isEmpty() ? 0LL : lines.last().balance, "balance");
}

void TestFinanceBalances::statementRunsInDateOrder()
{
    // entered out of date order
    const QString inv2 = invoice(m_identityId, type(QStringLiteral("invoice")), 300, QDate(2024, 6, 10));
    const QString inv1 = invoice(m_identityId, type(QStringLiteral("invoice")), 1000, QDate(2024, 6, 1));
    const QString rec = money(m_identityId, QStringLiteral("receipt"), 400, QDate(2024, 6, 5));
    QVERIFY(m_svc->approve(Subject::Document, inv1));
    const QString ret = invoice(m_identityId, type(QStringLiteral("return_invoice")), 100, QDate(2024, 6, 12), inv1);
    const QString pendingInv = invoice(m_identityId, type(QStringLiteral("invoice")), 999, QDate(2024, 6, 3));
    QVERIFY(m_svc->approve(Subject::Document, inv2));
    QVERIFY(m_svc->approve(Subject::Receipt, rec));
    QVERIFY2(m_svc->approve(Subject::Document, ret), qPrintable(m_svc->lastError()));
    Q_UNUSED(pendingInv)

    BalanceRepository balances(m_t->store());
    const auto lines = balances.statementLines(m_identityId);
    QCOMPARE(lines.size(), 4); // the pending invoice has no validity
    QCOMPARE(lines[0].id, inv1);
    QCOMPARE(lines[0].kind, QStringLiteral("invoice"));
    QCOMPARE(lines[0].debit, 1000);
    QCOMPARE(lines[0].balance, 1000);
    QCOMPARE(lines[1].id, rec);
    QCOMPARE(lines[1].kind, QStringLiteral("receipt"));
    QCOMPARE(lines[1].credit, 400);
    QCOMPARE(lines[1].balance, 600);
    QCOMPARE(lines[2].id, inv2);
    QCOMPARE(lines[2].balance, 900);
    QCOMPARE(lines[3].id, ret);
    QCOMPARE(lines[3].kind, QStringLiteral("return_invoice"));
    QCOMPARE(lines[3].credit, 100);
    QCOMPARE(lines[3].balance, 800);
    QCOMPARE(lines[0].date, QDate(2024, 6, 1));

    // the ListSpec the list views page through gives the same rows, in both directions
    const ListSpec spec = balances.statement(m_identityId);
    const auto rows = TestSupport::runList(m_t->store(), spec);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[3].value(BalanceRepository::StBalance).toLongLong(), 800);
    const QStringList reversed = TestSupport::listIds(m_t->store(), spec, true);
    QCOMPARE(reversed, (QStringList{ret, inv2, rec, inv1}));
}

void TestFinanceBalances::statementFromDateCarriesOpeningBalance()
{
    const QString a = invoice(m_identityId, type(QStringLiteral("invoice")), 1000, QDate(2024, 6, 1));
    const QString r = money(m_identityId, QStringLiteral("receipt"), 400, QDate(2024, 6, 5));
    const QString b = invoice(m_identityId, type(QStringLiteral("invoice")), 300, QDate(2024, 6, 10));
    QVERIFY(m_svc->approve(Subject::Document, a));
    QVERIFY(m_svc->approve(Subject::Receipt, r));
    QVERIFY(m_svc->approve(Subject::Document, b));
    BalanceRepository balances(m_t->store());
    const auto lines = balances.statementLines(m_identityId, QDate(2024, 6, 6), QDate(2024, 6, 30));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].id, b);
    QCOMPARE(lines[0].balance, 900); // 1000 − 400 carried in
    QCOMPARE(balances.statementLines(m_identityId, QDate(2024, 6, 1), QDate(2024, 6, 5)).size(), 2);
}

void TestFinanceBalances::balanceOnADate()
{
    const QString a = invoice(m_identityId, type(QStringLiteral("invoice")), 1000, QDate(2024, 6, 1));
    const QString r = money(m_identityId, QStringLiteral("receipt"), 400, QDate(2024, 6, 5));
    QVERIFY(m_svc->approve(Subject::Document, a));
    QVERIFY(m_svc->approve(Subject::Receipt, r));
    BalanceRepository balances(m_t->store());
    QCOMPARE(balances.balanceOf(m_identityId, QDate(2024, 5, 31)), 0);
    QCOMPARE(balances.balanceOf(m_identityId, QDate(2024, 6, 1)), 1000);
    QCOMPARE(balances.balanceOf(m_identityId, QDate(2024, 6, 5)), 600);
    QCOMPARE(balances.balanceOf(m_identityId), 600);
}

void TestFinanceBalances::customerBalanceReport()
{
    const QString other = newIdentity(QStringLiteral("بهرام"), QStringLiteral("بهرامی"));
    const QString settled = newIdentity(QStringLiteral("پرویز"), QStringLiteral("پرویزی"));
    const QString nothing = newIdentity(QStringLiteral("ژاله"), QStringLiteral("ژالهای"));
    Q_UNUSED(nothing)
    QVERIFY(m_svc->approve(Subject::Document, invoice(m_identityId, type(QStringLiteral("invoice")), 1000, QDate(2024, 6, 1))));
    QVERIFY(m_svc->approve(Subject::Receipt, money(m_identityId, QStringLiteral("receipt"), 300, QDate(2024, 6, 2))));
    QVERIFY(m_svc->approve(Subject::Receipt, money(other, QStringLiteral("receipt"), 500, QDate(2024, 6, 3))));
    QVERIFY(m_svc->approve(Subject::Document, invoice(settled, type(QStringLiteral("invoice")), 200, QDate(2024, 6, 1))));
    QVERIFY(m_svc->approve(Subject::Receipt, money(settled, QStringLiteral("receipt"), 200, QDate(2024, 6, 4))));
    invoice(other, type(QStringLiteral("invoice")), 9999, QDate(2024, 6, 1)); // pending: not in the report

    BalanceRepository balances(m_t->store());
    const auto rows = TestSupport::runList(m_t->store(), balances.report(BalanceFilter{}));
    QCOMPARE(rows.size(), 3); // by name: احمدی's row is «مریم احمدی», then «بهرام…», «پرویز…»
    std::map<QString, QVariantList> byId;
    for (const QVariantList &row : rows)
        byId[row.value(BalanceRepository::RpIdentityId).toString()] = row;
    QCOMPARE(byId[m_identityId].value(BalanceRepository::RpDebit).toLongLong(), 1000);
    QCOMPARE(byId[m_identityId].value(BalanceRepository::RpCredit).toLongLong(), 300);
    QCOMPARE(byId[m_identityId].value(BalanceRepository::RpBalance).toLongLong(), 700);
    QCOMPARE(byId[other].value(BalanceRepository::RpBalance).toLongLong(), -500);
    QCOMPARE(byId[settled].value(BalanceRepository::RpBalance).toLongLong(), 0);
    for (const auto &[id, row] : byId) // the report and the dashboard's figure agree
        QCOMPARE(row.value(BalanceRepository::RpBalance).toLongLong(), balances.balanceOf(id));

    BalanceFilter nonZero;
    nonZero.nonZeroOnly = true;
    QCOMPARE(TestSupport::listIds(m_t->store(), balances.report(nonZero)).size(), 2);
    // ordered by name, and reversible for paging from the end
    const QStringList ids = TestSupport::listIds(m_t->store(), balances.report(BalanceFilter{}));
    QStringList reversed = TestSupport::listIds(m_t->store(), balances.report(BalanceFilter{}), true);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, ids);
}

void TestFinanceBalances::reportDateRange()
{
    QVERIFY(m_svc->approve(Subject::Document, invoice(m_identityId, type(QStringLiteral("invoice")), 1000, QDate(2024, 5, 1))));
    QVERIFY(m_svc->approve(Subject::Receipt, money(m_identityId, QStringLiteral("receipt"), 300, QDate(2024, 6, 2))));
    QVERIFY(m_svc->approve(Subject::Document, invoice(m_identityId, type(QStringLiteral("invoice")), 50, QDate(2024, 7, 9))));
    const QString quiet = newIdentity(QStringLiteral("کاوه"), QStringLiteral("کاوهای"));
    QVERIFY(m_svc->approve(Subject::Document, invoice(quiet, type(QStringLiteral("invoice")), 10, QDate(2024, 1, 1))));
    QVERIFY(m_svc->approve(Subject::Receipt, money(quiet, QStringLiteral("receipt"), 10, QDate(2024, 1, 2))));

    BalanceRepository balances(m_t->store());
    BalanceFilter june;
    june.from = QDate(2024, 6, 1);
    june.to = QDate(2024, 6, 30);
    const auto rows = TestSupport::runList(m_t->store(), balances.report(june));
    QCOMPARE(rows.size(), 1); // the quiet, settled identity drops out of June
    QCOMPARE(rows[0].value(BalanceRepository::RpIdentityId).toString(), m_identityId);
    QCOMPARE(rows[0].value(BalanceRepository::RpDebit).toLongLong(), 0);
    QCOMPARE(rows[0].value(BalanceRepository::RpCredit).toLongLong(), 300);
    QCOMPARE(rows[0].value(BalanceRepository::RpBalance).toLongLong(), 700); // closing at 30 June
}

QTEST_GUILESS_MAIN(TestFinanceBalances)
#include "tst_finance_balances.moc"
