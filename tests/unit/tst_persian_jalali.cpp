// The official Jalali calendar: known dates, every day 1300-1500 both ways, the leap years of the
// 33-year rule, and where Qt's own Jalali calendar (2820-year rule) differs.
#include "models/persian/Jalali.h"

#include <QCalendar>
#include <QElapsedTimer>
#include <QTest>

using namespace Persian;

class TestPersianJalali : public QObject
{
    Q_OBJECT
private slots:
    void knownPairs_data();
    void knownPairs();
    void validity_data();
    void validity();
    void everyDayRoundTrips();
    void leapYearsFollowThe33YearCycle();
    void agreesWithQtBefore1436();
    void differsFromQtAt1436And1437();
    void outOfRange();
    void names();
    void formatting();
    void parse_data();
    void parse();
    void addMonths_data();
    void addMonths();
    void conversionSpeed();
};

void TestPersianJalali::knownPairs_data()
{
    QTest::addColumn<QDate>("gregorian");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::newRow("15 Aban 1403") << QDate(2024, 11, 5) << 1403 << 8 << 15;
    QTest::newRow("30 Esfand 1403") << QDate(2025, 3, 20) << 1403 << 12 << 30;
    QTest::newRow("Nowruz 1404") << QDate(2025, 3, 21) << 1404 << 1 << 1;
    QTest::newRow("30 Esfand 1399") << QDate(2021, 3, 20) << 1399 << 12 << 30;
    QTest::newRow("Nowruz 1400") << QDate(2021, 3, 21) << 1400 << 1 << 1;
    QTest::newRow("29 Esfand 1402") << QDate(2024, 3, 19) << 1402 << 12 << 29;
    QTest::newRow("Nowruz 1403") << QDate(2024, 3, 20) << 1403 << 1 << 1;
    QTest::newRow("Nowruz 1300") << QDate(1921, 3, 21) << 1300 << 1 << 1;
    QTest::newRow("22 Bahman 1357") << QDate(1979, 2, 11) << 1357 << 11 << 22;
    QTest::newRow("1 Mehr 1402") << QDate(2023, 9, 23) << 1402 << 7 << 1;
    QTest::newRow("31 Shahrivar 1402") << QDate(2023, 9, 22) << 1402 << 6 << 31;
    QTest::newRow("30 Esfand 1436 (official)") << QDate(2058, 3, 20) << 1436 << 12 << 30;
    QTest::newRow("Nowruz 1437") << QDate(2058, 3, 21) << 1437 << 1 << 1;
}

void TestPersianJalali::knownPairs()
{
    QFETCH(QDate, gregorian);
    QFETCH(int, y);
    QFETCH(int, m);
    QFETCH(int, d);
    const JalaliDate j = JalaliDate::fromGregorian(gregorian);
    QCOMPARE(j.year, y);
    QCOMPARE(j.month, m);
    QCOMPARE(j.day, d);
    QVERIFY(j.isValid());
    QCOMPARE((JalaliDate{y, m, d}.toGregorian()), gregorian);
}

void TestPersianJalali::validity_data()
{
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1399/12/30") << 1399 << 12 << 30 << true;
    QTest::newRow("1403/12/30") << 1403 << 12 << 30 << true;
    QTest::newRow("1402/12/30") << 1402 << 12 << 30 << false;
    QTest::newRow("1407/12/30 (1408 is the leap year)") << 1407 << 12 << 30 << false;
    QTest::newRow("1408/12/30") << 1408 << 12 << 30 << true;
    QTest::newRow("1403/06/31") << 1403 << 6 << 31 << true;
    QTest::newRow("1403/07/31") << 1403 << 7 << 31 << false;
    QTest::newRow("1403/11/30") << 1403 << 11 << 30 << true;
    QTest::newRow("1403/13/01") << 1403 << 13 << 1 << false;
    QTest::newRow("1403/00/01") << 1403 << 0 << 1 << false;
    QTest::newRow("1403/01/00") << 1403 << 1 << 0 << false;
    QTest::newRow("default") << 0 << 0 << 0 << false;
    QTest::newRow("year 3178") << 3178 << 1 << 1 << false;
}

void TestPersianJalali::validity()
{
    QFETCH(int, y);
    QFETCH(int, m);
    QFETCH(int, d);
    QFETCH(bool, valid);
    const JalaliDate j{y, m, d};
    QCOMPARE(j.isValid(), valid);
    QCOMPARE(j.toGregorian().isValid(), valid);
}

// Walks 1300/01/01 … 1500/12/29(30) by the Jalali rules (month lengths, leap years) and checks
// that the Gregorian dates are consecutive and map back.
void TestPersianJalali::everyDayRoundTrips()
{
    QDate expected = JalaliDate{1300, 1, 1}.toGregorian();
    QCOMPARE(expected, QDate(1921, 3, 21));
    int days = 0;
    for (int y = 1300; y <= 1500; ++y) {
        int daysInYear = 0;
        for (int m = 1; m <= 12; ++m) {
            const int length = JalaliDate::daysInMonth(y, m);
            QCOMPARE(length, m <= 6 ? 31 : m <= 11 ? 30 : JalaliDate::isLeapYear(y) ? 30 : 29);
            for (int d = 1; d <= length; ++d) {
                const JalaliDate j{y, m, d};
                const QDate g = j.toGregorian();
                if (g != expected)
                    QFAIL(qPrintable(QStringLiteral("%1/%2/%3 → %4, expected %5")
                                             .arg(y).arg(m).arg(d)
                                             .arg(g.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
                if (JalaliDate::fromGregorian(g) != j)
                    QFAIL(qPrintable(QStringLiteral("%1 does not map back to %2/%3/%4")
                                             .arg(g.toString(Qt::ISODate)).arg(y).arg(m).arg(d)));
                QCOMPARE(j.dayOfYear(), ++daysInYear);
                expected = expected.addDays(1);
                ++days;
            }
        }
        QCOMPARE(daysInYear, JalaliDate::isLeapYear(y) ? 366 : 365);
    }
    QCOMPARE(expected, (JalaliDate{1501, 1, 1}.toGregorian()));
    QCOMPARE(days, 73414); // 201 years; 49 of them leap (see leapYearsFollowThe33YearCycle)
}

// Between the breaks at 1210 and 1635 the official calendar is a plain 33-year cycle: counting
// from 1210, the years at offsets 4, 8, … 28 and 33 of each cycle are leap (the gap of five years
// at the end of the cycle, e.g. 1403 → 1408, is what keeps it on the equinox).
void TestPersianJalali::leapYearsFollowThe33YearCycle()
{
    int leapCount = 0;
    for (int y = 1300; y <= 1500; ++y) {
        const int r = (y - 1210) % 33;
        const bool expected = r % 4 == 0 && r != 32;
        QVERIFY2(JalaliDate::isLeapYear(y) == expected, qPrintable(QString::number(y)));
        leapCount += expected;
    }
    QCOMPARE(leapCount, 49);
    const int recent[] = {1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412};
    for (int y : recent)
        QVERIFY2(JalaliDate::isLeapYear(y), qPrintable(QString::number(y)));
}

void TestPersianJalali::agreesWithQtBefore1436()
{
    const QCalendar qt(QCalendar::System::Jalali);
    QVERIFY(qt.isValid());
    const QDate end = JalaliDate{1436, 1, 1}.toGregorian();
    for (QDate g = JalaliDate{1300, 1, 1}.toGregorian(); g < end; g = g.addDays(1)) {
        const QCalendar::YearMonthDay p = qt.partsFromDate(g);
        const JalaliDate j = JalaliDate::fromGregorian(g);
        if (p.year != j.year || p.month != j.month || p.day != j.day)
            QFAIL(qPrintable(g.toString(Qt::ISODate)));
    }
}

// Pins the known disagreement: Qt's 2820-year rule makes 1437 leap where the official calendar
// (and this code) makes 1436 leap. If a future Qt changes its rule this test says so.
void TestPersianJalali::differsFromQtAt1436And1437()
{
    const QCalendar qt(QCalendar::System::Jalali);
    QVERIFY(JalaliDate::isLeapYear(1436));
    QVERIFY(!JalaliDate::isLeapYear(1437));
    QVERIFY(!qt.isLeapYear(1436));
    QVERIFY(qt.isLeapYear(1437));

    const QCalendar::YearMonthDay p = qt.partsFromDate(QDate(2058, 3, 20));
    QCOMPARE(p.year, 1437);
    QCOMPARE(p.month, 1);
    QCOMPARE(p.day, 1);
    QCOMPARE(JalaliDate::fromGregorian(QDate(2058, 3, 20)), (JalaliDate{1436, 12, 30}));

    QList<int> differences;
    for (int y = 1300; y <= 1500; ++y)
        if (qt.isLeapYear(y) != JalaliDate::isLeapYear(y))
            differences << y;
    QCOMPARE(differences, (QList<int>{1436, 1437, 1469, 1470}));
}

void TestPersianJalali::outOfRange()
{
    QVERIFY(!JalaliDate::fromGregorian(QDate()).isValid());
    QVERIFY(!JalaliDate::fromGregorian(QDate(600, 1, 1)).isValid());
    QVERIFY(!JalaliDate::fromGregorian(QDate(4000, 1, 1)).isValid());
    QVERIFY(JalaliDate::fromGregorian(QDate(623, 3, 30)).isValid()); // year 2
    QVERIFY(!JalaliDate{}.toGregorian().isValid());
    QVERIFY(!JalaliDate::isLeapYear(0));
    QCOMPARE(JalaliDate::daysInMonth(1403, 13), 0);
    QVERIFY(formatDate(QDate()).isEmpty());
    QVERIFY(formatDateTime(QDateTime()).isEmpty());
    // Both ends of the supported range convert.
    const JalaliDate first{JalaliDate::MinYear, 1, 1};
    QCOMPARE(JalaliDate::fromGregorian(first.toGregorian()), first);
    const JalaliDate last{JalaliDate::MaxYear, 12, JalaliDate::daysInMonth(JalaliDate::MaxYear, 12)};
    QCOMPARE(JalaliDate::fromGregorian(last.toGregorian()), last);
    QVERIFY(!JalaliDate::fromGregorian(last.toGregorian().addDays(1)).isValid());
    QVERIFY(!JalaliDate::fromGregorian(first.toGregorian().addDays(-1)).isValid());
}

void TestPersianJalali::names()
{
    const char16_t *const months[] = {u"فروردین", u"اردیبهشت", u"خرداد", u"تیر", u"مرداد", u"شهریور",
                                      u"مهر", u"آبان", u"آذر", u"دی", u"بهمن", u"اسفند"};
    for (int m = 1; m <= 12; ++m)
        QCOMPARE(JalaliDate::monthName(m), QString::fromUtf16(months[m - 1]));
    QVERIFY(JalaliDate::monthName(0).isEmpty());
    QVERIFY(JalaliDate::monthName(13).isEmpty());
    QCOMPARE(JalaliDate::weekdayName(Qt::Saturday), QStringLiteral("شنبه"));
    QCOMPARE(JalaliDate::weekdayName(Qt::Tuesday), QStringLiteral("سه\u200Cشنبه"));
    QCOMPARE(JalaliDate::weekdayName(Qt::Friday), QStringLiteral("جمعه"));
    QCOMPARE(JalaliDate::weekdayName(Qt::DayOfWeek(QDate(2024, 11, 5).dayOfWeek())),
             QStringLiteral("سه\u200Cشنبه")); // 15 Aban 1403 was a Tuesday
}

void TestPersianJalali::formatting()
{
    QCOMPARE((JalaliDate{1403, 8, 15}.toString()), QStringLiteral("۱۴۰۳/۰۸/۱۵"));
    QCOMPARE((JalaliDate{1404, 1, 1}.toString()), QStringLiteral("۱۴۰۴/۰۱/۰۱"));
    QCOMPARE((JalaliDate{1403, 8, 15}.toLongString()), QStringLiteral("۱۵ آبان ۱۴۰۳"));
    QCOMPARE((JalaliDate{1404, 1, 1}.toLongString()), QStringLiteral("۱ فروردین ۱۴۰۴"));
    QVERIFY((JalaliDate{1402, 12, 30}.toString().isEmpty()));
    QCOMPARE(formatDate(QDate(2024, 11, 5)), QStringLiteral("۱۴۰۳/۰۸/۱۵"));
    QCOMPARE(formatDateTime(QDateTime(QDate(2024, 11, 5), QTime(14, 30, 59))),
             QStringLiteral("۱۴۰۳/۰۸/۱۵ ۱۴:۳۰"));
    QCOMPARE(formatDateTime(QDateTime(QDate(2025, 3, 21), QTime(0, 5))),
             QStringLiteral("۱۴۰۴/۰۱/۰۱ ۰۰:۰۵"));
    // A UTC instant is shown in local time.
    const QDateTime utc(QDate(2024, 11, 5), QTime(11, 0), Qt::UTC);
    QCOMPARE(formatDateTime(utc), formatDateTime(utc.toLocalTime()));
}

void TestPersianJalali::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("d");
    QTest::newRow("latin slashes") << QStringLiteral("1403/8/15") << true << 1403 << 8 << 15;
    QTest::newRow("persian dashes") << QStringLiteral("۱۴۰۳-۰۸-۱۵") << true << 1403 << 8 << 15;
    QTest::newRow("arabic dots") << QStringLiteral("١٤٠٣.٨.١٥") << true << 1403 << 8 << 15;
    QTest::newRow("own output") << QStringLiteral("۱۴۰۳/۰۸/۱۵") << true << 1403 << 8 << 15;
    QTest::newRow("persian decimal sep") << QStringLiteral("۱۴۰۳٫۸٫۱۵") << true << 1403 << 8 << 15;
    QTest::newRow("mixed separators") << QStringLiteral("1403/08-15") << true << 1403 << 8 << 15;
    QTest::newRow("spaces around") << QStringLiteral("  1403/8/15 ") << true << 1403 << 8 << 15;
    QTest::newRow("bidi marks") << QStringLiteral("\u20661403/8/15\u2069") << true << 1403 << 8 << 15;
    QTest::newRow("compact") << QStringLiteral("14030815") << true << 1403 << 8 << 15;
    QTest::newRow("compact persian") << QStringLiteral("۱۴۰۳۰۸۱۵") << true << 1403 << 8 << 15;
    QTest::newRow("leap day") << QStringLiteral("1403/12/30") << true << 1403 << 12 << 30;
    QTest::newRow("not a leap day") << QStringLiteral("1402/12/30") << false << 0 << 0 << 0;
    QTest::newRow("two-digit year") << QStringLiteral("03/8/15") << false << 0 << 0 << 0;
    QTest::newRow("five-digit year") << QStringLiteral("14030/8/15") << false << 0 << 0 << 0;
    QTest::newRow("month 13") << QStringLiteral("1403/13/1") << false << 0 << 0 << 0;
    QTest::newRow("three-digit day") << QStringLiteral("1403/1/015") << false << 0 << 0 << 0;
    QTest::newRow("missing day") << QStringLiteral("1403/8") << false << 0 << 0 << 0;
    QTest::newRow("trailing separator") << QStringLiteral("1403/8/15/") << false << 0 << 0 << 0;
    QTest::newRow("double separator") << QStringLiteral("1403//8/15") << false << 0 << 0 << 0;
    QTest::newRow("letters") << QStringLiteral("1403/aban/15") << false << 0 << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0 << 0;
    QTest::newRow("seven digits") << QStringLiteral("1403081") << false << 0 << 0 << 0;
}

void TestPersianJalali::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto date = JalaliDate::parse(text);
    QCOMPARE(date.has_value(), ok);
    if (ok) {
        QFETCH(int, y);
        QFETCH(int, m);
        QFETCH(int, d);
        QCOMPARE(*date, (JalaliDate{y, m, d}));
    }
}

void TestPersianJalali::addMonths_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("to");
    QTest::newRow("clamp 31 → 30") << QStringLiteral("1403/06/31") << 1 << QStringLiteral("1403/07/30");
    QTest::newRow("into Esfand of a common year") << QStringLiteral("1402/11/30") << 1 << QStringLiteral("1402/12/29");
    QTest::newRow("year forward") << QStringLiteral("1403/12/30") << 12 << QStringLiteral("1404/12/29");
    QTest::newRow("back across a year") << QStringLiteral("1403/01/15") << -1 << QStringLiteral("1402/12/15");
    QTest::newRow("zero") << QStringLiteral("1403/08/15") << 0 << QStringLiteral("1403/08/15");
}

void TestPersianJalali::addMonths()
{
    QFETCH(QString, from);
    QFETCH(int, months);
    QFETCH(QString, to);
    QCOMPARE(JalaliDate::parse(from)->addMonths(months), *JalaliDate::parse(to));
}

// Conversions run for every painted row; prints the figure and guards against a slow path.
void TestPersianJalali::conversionSpeed()
{
    QElapsedTimer timer;
    timer.start();
    qint64 sink = 0;
    const QDate start(2000, 1, 1);
    const int n = 1000000;
    for (int i = 0; i < n; ++i)
        sink += JalaliDate::fromGregorian(start.addDays(i % 20000)).day;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QVERIFY(sink > 0);
    qInfo("fromGregorian: %.0f conversions/s", n / seconds);
    QVERIFY(seconds < 5.0);
}

QTEST_GUILESS_MAIN(TestPersianJalali)
#include "tst_persian_jalali.moc"
