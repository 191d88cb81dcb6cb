// Numbers and amounts in Persian words: pins the invoice conventions documented in
// models/persian/NumberWords.h («یکصد», «یک هزار», «هزار میلیارد»).
#include "models/persian/NumberWords.h"

#include <QSet>
#include <QTest>

using namespace Persian;

Q_DECLARE_METATYPE(Persian::MoneyUnit)

class TestPersianNumberWords : public QObject
{
    Q_OBJECT
private slots:
    void words_data();
    void words();
    void outOfRange();
    void amount_data();
    void amount();
    void everyNumberBelowTenThousandIsDistinct();
};

void TestPersianNumberWords::words_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    const char16_t *const small[] = {
        u"صفر",    u"یک",    u"دو",     u"سه",    u"چهار",  u"پنج",  u"شش",
        u"هفت",    u"هشت",   u"نه",     u"ده",    u"یازده", u"دوازده", u"سیزده",
        u"چهارده", u"پانزده", u"شانزده", u"هفده", u"هجده",  u"نوزده", u"بیست",
    };
    for (int i = 0; i <= 20; ++i)
        QTest::addRow("%d", i) << qint64(i) << QString::fromUtf16(small[i]);
    QTest::newRow("21") << qint64(21) << QStringLiteral("بیست و یک");
    QTest::newRow("30") << qint64(30) << QStringLiteral("سی");
    QTest::newRow("99") << qint64(99) << QStringLiteral("نود و نه");
    QTest::newRow("100") << qint64(100) << QStringLiteral("یکصد");
    QTest::newRow("101") << qint64(101) << QStringLiteral("یکصد و یک");
    QTest::newRow("110") << qint64(110) << QStringLiteral("یکصد و ده");
    QTest::newRow("115") << qint64(115) << QStringLiteral("یکصد و پانزده");
    QTest::newRow("200") << qint64(200) << QStringLiteral("دویست");
    QTest::newRow("300") << qint64(300) << QStringLiteral("سیصد");
    QTest::newRow("400") << qint64(400) << QStringLiteral("چهارصد");
    QTest::newRow("500") << qint64(500) << QStringLiteral("پانصد");
    QTest::newRow("600") << qint64(600) << QStringLiteral("ششصد");
    QTest::newRow("700") << qint64(700) << QStringLiteral("هفتصد");
    QTest::newRow("800") << qint64(800) << QStringLiteral("هشتصد");
    QTest::newRow("900") << qint64(900) << QStringLiteral("نهصد");
    QTest::newRow("999") << qint64(999) << QStringLiteral("نهصد و نود و نه");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("یک هزار");
    QTest::newRow("1001") << qint64(1001) << QStringLiteral("یک هزار و یک");
    QTest::newRow("1100") << qint64(1100) << QStringLiteral("یک هزار و یکصد");
    QTest::newRow("2000") << qint64(2000) << QStringLiteral("دو هزار");
    QTest::newRow("12000") << qint64(12000) << QStringLiteral("دوازده هزار");
    QTest::newRow("500443") << qint64(500443) << QStringLiteral("پانصد هزار و چهارصد و چهل و سه");
    QTest::newRow("10^6") << qint64(1000000) << QStringLiteral("یک میلیون");
    QTest::newRow("1250000") << qint64(1250000) << QStringLiteral("یک میلیون و دویست و پنجاه هزار");
    QTest::newRow("1000001") << qint64(1000001) << QStringLiteral("یک میلیون و یک");
    QTest::newRow("10^9") << qint64(1000000000) << QStringLiteral("یک میلیارد");
    QTest::newRow("30 * 10^9") << qint64(30000000000) << QStringLiteral("سی میلیارد");
    QTest::newRow("10^12") << qint64(1000000000000) << QStringLiteral("یک هزار میلیارد");
    QTest::newRow("10^12 + 5") << qint64(1000000000005) << QStringLiteral("یک هزار میلیارد و پنج");
    QTest::newRow("25 * 10^12") << qint64(25000000000000) << QStringLiteral("بیست و پنج هزار میلیارد");
    QTest::newRow("999 trillion")
            << qint64(999999999999999)
            << QStringLiteral("نهصد و نود و نه هزار میلیارد و نهصد و نود و نه میلیارد و "
                              "نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه");
    QTest::newRow("-1") << qint64(-1) << QStringLiteral("منفی یک");
    QTest::newRow("-1100") << qint64(-1100) << QStringLiteral("منفی یک هزار و یکصد");
    QTest::newRow("-999 trillion") << qint64(-999000000000000)
                                   << QStringLiteral("منفی نهصد و نود و نه هزار میلیارد");
}

void TestPersianNumberWords::words()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(numberToWords(value), expected);
}

void TestPersianNumberWords::outOfRange()
{
    QVERIFY(numberToWords(MaxNumberInWords + 1).isEmpty());
    QVERIFY(numberToWords(-MaxNumberInWords - 1).isEmpty());
    QVERIFY(numberToWords(std::numeric_limits<qint64>::min()).isEmpty());
    QVERIFY(amountInWords(std::numeric_limits<qint64>::min(), MoneyUnit::Rial).isEmpty());
    QVERIFY(amountInWords(MaxNumberInWords + 1, MoneyUnit::Rial).isEmpty());
}

void TestPersianNumberWords::amount_data()
{
    QTest::addColumn<qint64>("rials");
    QTest::addColumn<MoneyUnit>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rial") << qint64(1250000) << MoneyUnit::Rial
                          << QStringLiteral("یک میلیون و دویست و پنجاه هزار ریال");
    QTest::newRow("toman") << qint64(1250000) << MoneyUnit::Toman
                           << QStringLiteral("یکصد و بیست و پنج هزار تومان");
    QTest::newRow("toman with rials") << qint64(12345) << MoneyUnit::Toman
                                      << QStringLiteral("یک هزار و دویست و سی و چهار تومان و پنج ریال");
    QTest::newRow("rials below a toman") << qint64(5) << MoneyUnit::Toman << QStringLiteral("پنج ریال");
    QTest::newRow("zero") << qint64(0) << MoneyUnit::Rial << QStringLiteral("صفر ریال");
    QTest::newRow("zero toman") << qint64(0) << MoneyUnit::Toman << QStringLiteral("صفر تومان");
    QTest::newRow("negative") << qint64(-1000000) << MoneyUnit::Rial << QStringLiteral("منفی یک میلیون ریال");
}

void TestPersianNumberWords::amount()
{
    QFETCH(qint64, rials);
    QFETCH(MoneyUnit, unit);
    QFETCH(QString, expected);
    QCOMPARE(amountInWords(rials, unit), expected);
}

// A cheap guard against a wrong table entry: no two numbers may read the same.
void TestPersianNumberWords::everyNumberBelowTenThousandIsDistinct()
{
    QSet<QString> seen;
    for (qint64 n = 0; n < 10000; ++n) {
        const QString w = numberToWords(n);
        QVERIFY2(!w.isEmpty(), qPrintable(QString::number(n)));
        QVERIFY2(!seen.contains(w), qPrintable(QString::number(n)));
        QVERIFY(!w.contains(QStringLiteral("  ")));
        seen.insert(w);
    }
}

QTEST_GUILESS_MAIN(TestPersianNumberWords)
#include "tst_persian_numberwords.moc"
