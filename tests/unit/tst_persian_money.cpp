// Money display in rial/toman and parsing typed amounts back to rials.
#include "models/persian/Money.h"

#include <QTest>

using namespace Persian;

Q_DECLARE_METATYPE(Persian::MoneyUnit)

class TestPersianMoney : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void roundTrip();
};

void TestPersianMoney::format_data()
{
    QTest::addColumn<qint64>("rials");
    QTest::addColumn<MoneyUnit>("unit");
    QTest::addColumn<bool>("withUnit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rial") << qint64(1250000) << MoneyUnit::Rial << true << QStringLiteral("۱٬۲۵۰٬۰۰۰ ریال");
    QTest::newRow("toman") << qint64(1250000) << MoneyUnit::Toman << true << QStringLiteral("۱۲۵٬۰۰۰ تومان");
    QTest::newRow("rial bare") << qint64(1250000) << MoneyUnit::Rial << false << QStringLiteral("۱٬۲۵۰٬۰۰۰");
    QTest::newRow("toman decimal") << qint64(12345) << MoneyUnit::Toman << true << QStringLiteral("۱٬۲۳۴٫۵ تومان");
    QTest::newRow("toman half") << qint64(5) << MoneyUnit::Toman << false << QStringLiteral("۰٫۵");
    QTest::newRow("zero") << qint64(0) << MoneyUnit::Toman << true << QStringLiteral("۰ تومان");
    QTest::newRow("negative rial") << qint64(-1000) << MoneyUnit::Rial << true << QStringLiteral("-۱٬۰۰۰ ریال");
    QTest::newRow("negative toman decimal") << qint64(-12345) << MoneyUnit::Toman << false << QStringLiteral("-۱٬۲۳۴٫۵");
    QTest::newRow("negative half toman") << qint64(-5) << MoneyUnit::Toman << false << QStringLiteral("-۰٫۵");
}

void TestPersianMoney::format()
{
    QFETCH(qint64, rials);
    QFETCH(MoneyUnit, unit);
    QFETCH(bool, withUnit);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(rials, unit, withUnit), expected);
}

void TestPersianMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MoneyUnit>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("rials");
    QTest::newRow("rial persian") << QStringLiteral("۱٬۲۵۰٬۰۰۰") << MoneyUnit::Rial << true << qint64(1250000);
    QTest::newRow("toman latin") << QStringLiteral("125,000") << MoneyUnit::Toman << true << qint64(1250000);
    QTest::newRow("with rial word") << QStringLiteral("۱٬۲۵۰٬۰۰۰ ریال") << MoneyUnit::Rial << true << qint64(1250000);
    QTest::newRow("word overrides unit") << QStringLiteral("۱۲۵٬۰۰۰ تومان") << MoneyUnit::Rial << true << qint64(1250000);
    QTest::newRow("rial word in toman field") << QStringLiteral("5000 ريال") << MoneyUnit::Toman << true << qint64(5000);
    QTest::newRow("latin word") << QStringLiteral("250 Toman") << MoneyUnit::Rial << true << qint64(2500);
    QTest::newRow("IRR prefix") << QStringLiteral("IRR 700") << MoneyUnit::Toman << true << qint64(700);
    QTest::newRow("toman decimal persian") << QStringLiteral("۱٬۲۳۴٫۵") << MoneyUnit::Toman << true << qint64(12345);
    QTest::newRow("toman decimal dot") << QStringLiteral("1234.5") << MoneyUnit::Toman << true << qint64(12345);
    QTest::newRow("toman trailing zero") << QStringLiteral("12.50") << MoneyUnit::Toman << true << qint64(125);
    QTest::newRow("toman half") << QStringLiteral(".5") << MoneyUnit::Toman << true << qint64(5);
    QTest::newRow("negative toman decimal") << QStringLiteral("-12.5") << MoneyUnit::Toman << true << qint64(-125);
    QTest::newRow("negative half") << QStringLiteral("-0.5") << MoneyUnit::Toman << true << qint64(-5);
    QTest::newRow("two decimals") << QStringLiteral("12.55") << MoneyUnit::Toman << false << qint64(0);
    QTest::newRow("rial decimal") << QStringLiteral("12.5") << MoneyUnit::Rial << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << MoneyUnit::Toman << false << qint64(0);
    QTest::newRow("empty") << QString() << MoneyUnit::Rial << false << qint64(0);
    QTest::newRow("word only") << QStringLiteral("ریال") << MoneyUnit::Rial << false << qint64(0);
    QTest::newRow("largest toman") << QStringLiteral("922337203685477580") << MoneyUnit::Toman << true << qint64(9223372036854775800);
    QTest::newRow("garbage") << QStringLiteral("abc") << MoneyUnit::Rial << false << qint64(0);
    QTest::newRow("toman overflow") << QStringLiteral("922337203685477581") << MoneyUnit::Toman << false << qint64(0);
}

void TestPersianMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(MoneyUnit, unit);
    QFETCH(bool, ok);
    QFETCH(qint64, rials);
    const auto value = parseMoney(text, unit);
    QCOMPARE(value.has_value(), ok);
    if (ok)
        QCOMPARE(*value, rials);
}

void TestPersianMoney::roundTrip()
{
    for (const MoneyUnit unit : {MoneyUnit::Rial, MoneyUnit::Toman}) {
        for (qint64 v : {qint64(0), qint64(5), qint64(-5), qint64(10), qint64(12345), qint64(-98765),
                         qint64(999'999'999'999'999)}) {
            QCOMPARE(*parseMoney(formatMoney(v, unit), unit), v);
            QCOMPARE(*parseMoney(formatMoney(v, unit, false), unit), v);
        }
    }
}

QTEST_GUILESS_MAIN(TestPersianMoney)
#include "tst_persian_money.moc"
