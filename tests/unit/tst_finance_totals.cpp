// Totals of proformas, invoices and returns: the line arithmetic of Document::computeTotals
// pinned as a table, the VAT in force on the issue date, tax only on taxable products,
// surcharges, rounding half away from zero in rials, and the stored document agreeing.
#include "models/finance/Totals.h"
#include "models/persian/Jalali.h"
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestFinanceTotals : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lineArithmetic_data();
    void lineArithmetic();
    void documentSumsLinesAndSurcharge();
    void vatRateByIssueDate_data();
    void vatRateByIssueDate();
    void vat1403StartsOnFarvardinFirst();
    void taxOnlyOnTaxableProducts_data();
    void taxOnlyOnTaxableProducts();
    void surcharges_data();
    void surcharges();
    void percentOfFinalSurchargeCannotBeTaxed();
    void discountFromPercentRounds();
    void contractAmountSurvivesComputeTotals();
    void storedDocumentKeepsTotals();

private:
    std::unique_ptr<TempStore> m_t;
};

void TestFinanceTotals::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestFinanceTotals::cleanup()
{
    m_t.reset();
}

void TestFinanceTotals::lineArithmetic_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<int>("levyBp");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("levy");
    QTest::addColumn<qint64>("final");

    QTest::newRow("no tax") << 1000LL << 100000LL << 0LL << 0 << 0 << 100000LL << 0LL << 0LL << 100000LL;
    QTest::newRow("10% on 2 units") << 2000LL << 150000LL << 0LL << 1000 << 0 << 300000LL << 30000LL << 0LL << 330000LL;
    QTest::newRow("tax after discount") << 1000LL << 1000000LL << 100000LL << 1000 << 0 << 1000000LL << 90000LL << 0LL
                                        << 990000LL;
    QTest::newRow("9% before 1403") << 1000LL << 123457LL << 0LL << 900 << 0 << 123457LL << 11111LL << 0LL << 134568LL;
    QTest::newRow("total half rounds up") << 1500LL << 333LL << 0LL << 1000 << 0 << 500LL << 50LL << 0LL << 550LL;
    QTest::newRow("tax half rounds up") << 1000LL << 105LL << 0LL << 1000 << 0 << 105LL << 11LL << 0LL << 116LL;
    QTest::newRow("tax below half rounds down") << 1000LL << 104LL << 0LL << 1000 << 0 << 104LL << 10LL << 0LL << 114LL;
    QTest::newRow("tax and levy each rounded") << 1000LL << 2500050LL << 0LL << 900 << 100 << 2500050LL << 225005LL
                                               << 25001LL << 2750056LL;
    QTest::newRow("fractional quantity") << 2500LL << 1999LL << 0LL << 1000 << 0 << 4998LL << 500LL << 0LL << 5498LL;
    QTest::newRow("negative half away from zero") << -1500LL << 333LL << 0LL << 1000 << 0 << -500LL << -50LL << 0LL
                                                  << -550LL;
    QTest::newRow("untaxed with discount") << 3000LL << 50000LL << 15000LL << 0 << 0 << 150000LL << 0LL << 0LL << 135000LL;
    QTest::newRow("large amount no overflow") << 1000LL << 9000000000000LL << 0LL << 1000 << 0 << 9000000000000LL
                                              << 900000000000LL << 0LL << 9900000000000LL;
    QTest::newRow("milli quantity large price") << 1LL << 7000000000LL << 0LL << 1000 << 0 << 7000000LL << 700000LL
                                                << 0LL << 7700000LL;
}

void TestFinanceTotals::lineArithmetic()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, discount);
    QFETCH(int, taxBp);
    QFETCH(int, levyBp);
    DocumentLine l;
    l.quantityMilli = quantityMilli;
    l.unitPrice = unitPrice;
    l.discount = discount;
    l.taxBp = taxBp;
    l.levyBp = levyBp;
    l.compute();
    QTEST(l.total, "total");
    QTEST(l.tax, "tax");
    QTEST(l.levy, "levy");
    QTEST(l.final, "final");
}

void TestFinanceTotals::documentSumsLinesAndSurcharge()
{
    Document d;
    DocumentLine taxed;
    taxed.quantityMilli = 1000;
    taxed.unitPrice = 100000;
    taxed.taxBp = 1000;
    DocumentLine untaxed;
    untaxed.quantityMilli = 1000;
    untaxed.unitPrice = 50000;
    untaxed.discount = 5000;
    d.lines = {taxed, untaxed};
    d.surcharge = 20000;
    d.computeTotals();
    QCOMPARE(d.totalAmount, 150000);
    QCOMPARE(d.totalDiscount, 5000);
    QCOMPARE(d.totalTax, 10000);
    QCOMPARE(d.totalLevy, 0);
    QCOMPARE(d.finalAmount, 175000);
    QCOMPARE(d.lines[0].lineNo, 1);
    QCOMPARE(d.lines[1].lineNo, 2);
}

void TestFinanceTotals::vatRateByIssueDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("rateBp");
    QTest::newRow("1401") << QDate(2022, 6, 1) << 900;
    QTest::newRow("last day of 1402") << QDate(2024, 3, 19) << 900;
    QTest::newRow("1403/01/01") << QDate(2024, 3, 20) << 1000;
    QTest::newRow("1404") << QDate(2025, 6, 1) << 1000;
}

void TestFinanceTotals::vatRateByIssueDate()
{
    QFETCH(QDate, date);
    QTEST(VatRates::defaults().rateBpOn(date), "rateBp");
}

void TestFinanceTotals::vat1403StartsOnFarvardinFirst()
{
    const Persian::JalaliDate j = Persian::JalaliDate::fromGregorian(VatRates::start1403());
    QCOMPARE(j.year, 1403);
    QCOMPARE(j.month, 1);
    QCOMPARE(j.day, 1);
    VatRates later;
    later.add(QDate(2026, 3, 21), 1200);
    QCOMPARE(later.rateBpOn(QDate(2026, 3, 20)), 1000);
    QCOMPARE(later.rateBpOn(QDate(2026, 3, 21)), 1200);
}

void TestFinanceTotals::taxOnlyOnTaxableProducts_data()
{
    QTest::addColumn<bool>("taxable");
    QTest::addColumn<int>("typeTaxBp");
    QTest::addColumn<int>("typeLevyBp");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<int>("levyBp");
    QTest::newRow("taxable, default VAT 1403") << true << 0 << 0 << QDate(2024, 5, 1) << 1000 << 0;
    QTest::newRow("taxable, default VAT 1402") << true << 0 << 0 << QDate(2023, 5, 1) << 900 << 0;
    QTest::newRow("taxable, type rate") << true << 800 << 200 << QDate(2024, 5, 1) << 800 << 200;
    QTest::newRow("not taxable") << false << 800 << 200 << QDate(2024, 5, 1) << 0 << 0;
    QTest::newRow("not taxable, default") << false << 0 << 0 << QDate(2024, 5, 1) << 0 << 0;
}

void TestFinanceTotals::taxOnlyOnTaxableProducts()
{
    QFETCH(bool, taxable);
    QFETCH(int, typeTaxBp);
    QFETCH(int, typeLevyBp);
    QFETCH(QDate, date);
    ItemType t;
    t.entity = QStringLiteral("invoice");
    t.taxBp = typeTaxBp;
    t.levyBp = typeLevyBp;
    DocumentLine l;
    l.unitPrice = 10000;
    Totals::applyRates(l, taxable, t, date);
    QTEST(l.taxBp, "taxBp");
    QTEST(l.levyBp, "levyBp");
}

void TestFinanceTotals::surcharges_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("percentBp");
    QTest::addColumn<bool>("taxable");
    QTest::addColumn<qint64>("surcharge"); // stored on the document, with its own tax
    QTest::addColumn<qint64>("final");
    // one line: 100 000 rials, 10 000 discount, 10 % tax → final 99 000
    QTest::newRow("fixed, untaxed") << int(Surcharge::Base::Fixed) << 20000LL << 0 << false << 20000LL << 119000LL;
    QTest::newRow("fixed, taxed") << int(Surcharge::Base::Fixed) << 20000LL << 0 << true << 22000LL << 121000LL;
    QTest::newRow("5% of pre-tax, taxed") << int(Surcharge::Base::PercentOfPreTax) << 0LL << 500 << true << 4950LL
                                          << 103950LL;
    QTest::newRow("5% of pre-discount") << int(Surcharge::Base::PercentOfPreDiscount) << 0LL << 500 << false << 5000LL
                                        << 104000LL;
    QTest::newRow("2.5% of final, rounded") << int(Surcharge::Base::PercentOfFinal) << 0LL << 250 << false << 2475LL
                                            << 101475LL;
}

void TestFinanceTotals::surcharges()
{
    QFETCH(int, base);
    QFETCH(qint64, amount);
    QFETCH(int, percentBp);
    QFETCH(bool, taxable);
    Document d;
    DocumentLine l;
    l.unitPrice = 100000;
    l.discount = 10000;
    l.taxBp = 1000;
    d.lines = {l};
    Surcharge s;
    s.base = Surcharge::Base(base);
    s.amount = amount;
    s.percentBp = percentBp;
    s.taxable = taxable;
    SurchargeResult r;
    QString error;
    QVERIFY2(Totals::applySurcharges(d, {s}, 1000, 0, &r, &error), qPrintable(error));
    QTEST(d.surcharge, "surcharge");
    QTEST(d.finalAmount, "final");
    QCOMPARE(r.total(), d.surcharge);
    d.computeTotals(); // stable: recomputing keeps the surcharge
    QTEST(d.finalAmount, "final");
}

void TestFinanceTotals::percentOfFinalSurchargeCannotBeTaxed()
{
    Surcharge s;
    s.base = Surcharge::Base::PercentOfFinal;
    s.percentBp = 100;
    s.taxable = true;
    QString error;
    QVERIFY(!Totals::validate(s, &error));
    QVERIFY(!error.isEmpty());
    Document d;
    QVERIFY(!Totals::applySurcharges(d, {s}, 1000, 0, nullptr, &error));
}

void TestFinanceTotals::discountFromPercentRounds()
{
    DocumentLine l;
    l.quantityMilli = 3000;
    l.unitPrice = 33335; // total 100 005
    QCOMPARE(Totals::discountFromPercent(l, 1000), 10001); // 10 000.5 → 10 001
    QCOMPARE(Totals::discountFromPercent(l, 0), 0);
}

void TestFinanceTotals::contractAmountSurvivesComputeTotals()
{
    Document c;
    c.kind = QStringLiteral("contract");
    c.title = QStringLiteral("پشتیبانی سالانه");
    Totals::setContractAmount(c, 48000000);
    c.computeTotals();
    QCOMPARE(c.finalAmount, 48000000);
    QCOMPARE(c.totalTax, 0);
}

void TestFinanceTotals::storedDocumentKeepsTotals()
{
    IdentityRepository identities(m_t->store());
    Identity who;
    who.firstName = QStringLiteral("سارا");
    who.lastName = QStringLiteral("کریمی");
    QVERIFY2(identities.insert(who), qPrintable(identities.lastError()));
    DocumentRepository docs(m_t->store());
    Document d;
    d.itemTypeId = Store::newId();
    d.identityId = who.id;
    d.issueDate = QDate(2024, 4, 1);
    DocumentLine a;
    a.quantityMilli = 2500;
    a.unitPrice = 1999;
    a.taxBp = 1000;
    DocumentLine b;
    b.quantityMilli = 1000;
    b.unitPrice = 105;
    b.taxBp = 1000;
    b.levyBp = 0;
    d.lines = {a, b};
    d.surcharge = 1000;
    QVERIFY2(docs.insert(d), qPrintable(docs.lastError()));
    const auto back = docs.get(d.id);
    QVERIFY(back);
    QCOMPARE(back->totalAmount, 4998 + 105);
    QCOMPARE(back->totalTax, 500 + 11);
    QCOMPARE(back->finalAmount, 5498 + 116 + 1000);
    QCOMPARE(back->lines.size(), 2);
    QCOMPARE(back->lines[1].final, 116);
}

QTEST_GUILESS_MAIN(TestFinanceTotals)
#include "tst_finance_totals.moc"
