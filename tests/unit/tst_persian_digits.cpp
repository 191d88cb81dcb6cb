// Persian/Arabic/Latin digits, integer parsing and number formatting.
#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"

#include <QTest>

#include <limits>

using namespace Persian;

class TestPersianDigits : public QObject
{
    Q_OBJECT
private slots:
    void toPersian_data();
    void toPersian();
    void toLatin_data();
    void toLatin();
    void parseInteger_data();
    void parseInteger();
    void formatNumber_data();
    void formatNumber();
    void formatParseRoundTrip();
    void directionMarks_data();
    void directionMarks();
    void pastedMarksAreIgnored();
};

void TestPersianDigits::toPersian_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin") << QStringLiteral("0123456789") << QStringLiteral("۰۱۲۳۴۵۶۷۸۹");
    QTest::newRow("arabic-indic") << QStringLiteral("٠١٢٣٤٥٦٧٨٩") << QStringLiteral("۰۱۲۳۴۵۶۷۸۹");
    QTest::newRow("persian unchanged") << QStringLiteral("۱۴۰۳") << QStringLiteral("۱۴۰۳");
    QTest::newRow("mixed text") << QStringLiteral("کد 12-٣٤ ok") << QStringLiteral("کد ۱۲-۳۴ ok");
    QTest::newRow("empty") << QString() << QString();
}

void TestPersianDigits::toPersian()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toPersianDigits(input), expected);
}

void TestPersianDigits::toLatin_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("persian") << QStringLiteral("۰۱۲۳۴۵۶۷۸۹") << QStringLiteral("0123456789");
    QTest::newRow("arabic-indic") << QStringLiteral("٠١٢٣٤٥٦٧٨٩") << QStringLiteral("0123456789");
    QTest::newRow("latin unchanged") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("mixed") << QStringLiteral("۱2٣ ریال") << QStringLiteral("123 ریال");
}

void TestPersianDigits::toLatin()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toLatinDigits(input), expected);
}

void TestPersianDigits::parseInteger_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("latin") << QStringLiteral("1234567") << true << qint64(1234567);
    QTest::newRow("persian grouped") << QStringLiteral("۱٬۲۳۴٬۵۶۷") << true << qint64(1234567);
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣") << true << qint64(123);
    QTest::newRow("mixed digits") << QStringLiteral("۱2٣") << true << qint64(123);
    QTest::newRow("comma groups") << QStringLiteral("1,250,000") << true << qint64(1250000);
    QTest::newRow("arabic comma") << QStringLiteral("۱،۲۵۰") << true << qint64(1250);
    QTest::newRow("spaces") << QStringLiteral(" 1 250 000 ") << true << qint64(1250000);
    QTest::newRow("thin space") << QStringLiteral("1\u2009250") << true << qint64(1250);
    QTest::newRow("narrow nbsp") << QStringLiteral("1\u202F250") << true << qint64(1250);
    QTest::newRow("minus") << QStringLiteral("-۱۲") << true << qint64(-12);
    QTest::newRow("unicode minus") << QStringLiteral("\u2212۱۲") << true << qint64(-12);
    QTest::newRow("lrm minus (QLocale fa)") << QStringLiteral("\u200E-۱۲") << true << qint64(-12);
    QTest::newRow("plus") << QStringLiteral("+7") << true << qint64(7);
    QTest::newRow("zero") << QStringLiteral("۰") << true << qint64(0);
    QTest::newRow("max") << QStringLiteral("9223372036854775807") << true
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << QStringLiteral("-9223372036854775808") << true
                         << std::numeric_limits<qint64>::min();
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << qint64(0);
    QTest::newRow("huge") << QStringLiteral("99999999999999999999") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("sign only") << QStringLiteral("-") << false << qint64(0);
    QTest::newRow("separator only") << QStringLiteral("٬") << false << qint64(0);
    QTest::newRow("leading separator") << QStringLiteral(",12") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("decimal") << QStringLiteral("1.5") << false << qint64(0);
    QTest::newRow("persian decimal") << QStringLiteral("۱٫۵") << false << qint64(0);
    QTest::newRow("sign after digits") << QStringLiteral("12-") << false << qint64(0);
    QTest::newRow("double sign") << QStringLiteral("--1") << false << qint64(0);
}

void TestPersianDigits::parseInteger()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const auto value = Persian::parseInteger(input);
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, expected);
}

void TestPersianDigits::formatNumber_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << QStringLiteral("۰");
    QTest::newRow("7") << qint64(7) << QStringLiteral("۷");
    QTest::newRow("999") << qint64(999) << QStringLiteral("۹۹۹");
    QTest::newRow("1000") << qint64(1000) << QStringLiteral("۱٬۰۰۰");
    QTest::newRow("1234567") << qint64(1234567) << QStringLiteral("۱٬۲۳۴٬۵۶۷");
    QTest::newRow("-1234567") << qint64(-1234567) << QStringLiteral("-۱٬۲۳۴٬۵۶۷");
    QTest::newRow("-5") << qint64(-5) << QStringLiteral("-۵");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۸");
}

void TestPersianDigits::formatNumber()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(Persian::formatNumber(value), expected);
}

void TestPersianDigits::formatParseRoundTrip()
{
    for (qint64 v : {qint64(0), qint64(1), qint64(-1), qint64(1000), qint64(987654321012),
                     std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()})
        QCOMPARE(*Persian::parseInteger(Persian::formatNumber(v)), v);
}

void TestPersianDigits::directionMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("leftToRight");
    QTest::addColumn<QString>("ownDirection");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("number") << QStringLiteral("۱۴۰۳-۰۰۱۲") << QStringLiteral("\u202A۱۴۰۳-۰۰۱۲\u202C")
                            << QStringLiteral("\u202A۱۴۰۳-۰۰۱۲\u202C");
    QTest::newRow("persian name") << QStringLiteral("نگین شرق") << QStringLiteral("\u202Aنگین شرق\u202C")
                                  << QStringLiteral("\u202Bنگین شرق\u202C");
    QTest::newRow("latin name first") << QStringLiteral("Aria شرق") << QStringLiteral("\u202AAria شرق\u202C")
                                      << QStringLiteral("\u202AAria شرق\u202C");
    QTest::newRow("digits then persian") << QStringLiteral("۱۲ فروردین") << QStringLiteral("\u202A۱۲ فروردین\u202C")
                                         << QStringLiteral("\u202B۱۲ فروردین\u202C");
}

void TestPersianDigits::directionMarks()
{
    QFETCH(QString, text);
    QFETCH(QString, leftToRight);
    QFETCH(QString, ownDirection);
    QCOMPARE(Persian::leftToRight(text), leftToRight);
    QCOMPARE(Persian::ownDirection(text), ownDirection);
}

void TestPersianDigits::pastedMarksAreIgnored()
{
    // what a printed number looks like when copied back out of a PDF or a report
    QCOMPARE(Persian::parseInteger(Persian::leftToRight(QStringLiteral("۱٬۲۵۰٬۰۰۰"))), 1250000);
    QCOMPARE(Persian::parseInteger(QStringLiteral("\u2066۱۲\u2069")), 12);
    for (const char16_t u : {u'\u200E', u'\u200F', u'\u061C', u'\u202A', u'\u202E', u'\u2066', u'\u2069'})
        QVERIFY(Persian::isBidiControl(QChar(u)));
    for (const char16_t u : {u'\u200C', u'\u200D', u' ', u'-'}) // ZWNJ and ZWJ shape Persian words
        QVERIFY(!Persian::isBidiControl(QChar(u)));
}

QTEST_GUILESS_MAIN(TestPersianDigits)
#include "tst_persian_digits.moc"
