#include "models/persian/Jalali.h"

#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"

#include <array>

namespace Persian {

namespace {

// The 33-year "breaks" method, written from Borkowski's description.
//
// The official calendar starts each year at the Tehran noon nearest the March equinox. Over
// long stretches that gives a 33-year cycle with 8 leap years (years 1, 5, 9, … 29 of the cycle
// counted as in the code below); at the listed "break" years the cycle restarts so that the
// arithmetic keeps up with the real equinox. Between breaks everything is counting.
constexpr int Breaks[] = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                          1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178};

struct YearStart
{
    int marchDay; // the day of March (Gregorian year jy + 621) that is 1 Farvardin
    bool leap;    // whether jy has 366 days
};

YearStart computeYearStart(int jy)
{
    // leapsBefore counts the Jalali leap days from the epoch of the table, found by summing
    // whole break intervals (8 leaps per 33 years, one per 4 years in the remainder) and then
    // the partial interval that holds jy.
    int leapsBefore = -14;
    int intervalStart = Breaks[0];
    int intervalLength = 0;
    for (std::size_t i = 1; i < std::size(Breaks); ++i) {
        intervalLength = Breaks[i] - intervalStart;
        if (jy < Breaks[i])
            break;
        leapsBefore += intervalLength / 33 * 8 + intervalLength % 33 / 4;
        intervalStart = Breaks[i];
    }
    int yearInInterval = jy - intervalStart;
    leapsBefore += yearInInterval / 33 * 8 + (yearInInterval % 33 + 3) / 4;
    // An interval whose length leaves a remainder of 4 over the 33-year cycles has one more
    // leap at its end than the "every fourth year" count gives.
    if (intervalLength % 33 == 4 && intervalLength - yearInInterval == 4)
        ++leapsBefore;

    // The Gregorian leap days up to the same year, offset so that both counts meet at March 20.
    const int gy = jy + 621;
    const int gregorianLeaps = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;

    YearStart start;
    start.marchDay = 20 + leapsBefore - gregorianLeaps;

    // Position in the 33-year cycle; the last few years of an interval belong to the cycle of
    // the next interval, which is what moves the leap year at a break.
    if (intervalLength - yearInInterval < 6)
        yearInInterval = yearInInterval - intervalLength + (intervalLength + 4) / 33 * 33;
    int phase = ((yearInInterval + 1) % 33 - 1) % 4;
    if (phase == -1)
        phase = 4;
    start.leap = phase == 0;
    return start;
}

// The Julian day of 1 Farvardin and the leap flag for every supported year, computed once.
// 3177 entries; building it takes well under a millisecond.
struct YearTable
{
    std::array<qint64, JalaliDate::MaxYear + 2> firstDay{};
    std::array<bool, JalaliDate::MaxYear + 1> leap{};

    YearTable()
    {
        for (int y = JalaliDate::MinYear; y <= JalaliDate::MaxYear; ++y) {
            const YearStart s = computeYearStart(y);
            firstDay[y] = QDate(y + 621, 3, s.marchDay).toJulianDay();
            leap[y] = s.leap;
        }
        firstDay[JalaliDate::MaxYear + 1] =
                firstDay[JalaliDate::MaxYear] + 365 + (leap[JalaliDate::MaxYear] ? 1 : 0);
    }
};

const YearTable &table()
{
    static const YearTable t; // thread-safe initialisation (C++11 magic statics)
    return t;
}

bool yearInRange(int year)
{
    return year >= JalaliDate::MinYear && year <= JalaliDate::MaxYear;
}

// Days before the first of `month` within a year: six 31-day months, then 30-day ones.
int daysBeforeMonth(int month)
{
    return month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
}

void appendPadded(QString &out, int value, int width)
{
    char16_t buffer[8];
    int pos = 8;
    do {
        buffer[--pos] = char16_t(PersianZero + value % 10);
        value /= 10;
    } while (value && pos > 0);
    while (8 - pos < width && pos > 0)
        buffer[--pos] = PersianZero;
    out.append(reinterpret_cast<const QChar *>(buffer + pos), 8 - pos);
}

} // namespace

bool JalaliDate::isLeapYear(int year)
{
    return yearInRange(year) && table().leap[year];
}

int JalaliDate::daysInMonth(int year, int month)
{
    if (!yearInRange(year) || month < 1 || month > 12)
        return 0;
    if (month <= 6)
        return 31;
    if (month <= 11)
        return 30;
    return isLeapYear(year) ? 30 : 29;
}

bool JalaliDate::isValid() const
{
    return day >= 1 && day <= daysInMonth(year, month);
}

int JalaliDate::dayOfYear() const
{
    return isValid() ? daysBeforeMonth(month) + day : 0;
}

JalaliDate JalaliDate::fromGregorian(QDate date)
{
    if (!date.isValid())
        return {};
    const qint64 jd = date.toJulianDay();
    int year = date.year() - 621;
    if (!yearInRange(year) && year != MaxYear + 1)
        return {};
    const YearTable &t = table();
    if (year == MaxYear + 1 || jd < t.firstDay[year])
        --year; // before Nowruz the Jalali year is the previous one
    if (!yearInRange(year) || jd < t.firstDay[year] || jd >= t.firstDay[year + 1])
        return {};
    const int offset = int(jd - t.firstDay[year]); // 0-based day of the year
    if (offset < 186)
        return {year, offset / 31 + 1, offset % 31 + 1};
    return {year, (offset - 186) / 30 + 7, (offset - 186) % 30 + 1};
}

QDate JalaliDate::toGregorian() const
{
    if (!isValid())
        return {};
    return QDate::fromJulianDay(table().firstDay[year] + dayOfYear() - 1);
}

JalaliDate JalaliDate::addMonths(int months) const
{
    if (!isValid())
        return {};
    const int index = year * 12 + (month - 1) + months; // months since year 0
    JalaliDate result{index / 12, index % 12 + 1, day};
    if (!yearInRange(result.year))
        return {};
    result.day = qMin(day, daysInMonth(result.year, result.month));
    return result;
}

QString JalaliDate::monthName(int month)
{
    static const char16_t *const names[] = {
        u"فروردین", u"اردیبهشت", u"خرداد", u"تیر",  u"مرداد", u"شهریور",
        u"مهر",     u"آبان",     u"آذر",   u"دی",   u"بهمن",  u"اسفند",
    };
    if (month < 1 || month > 12)
        return {};
    return QString::fromUtf16(names[month - 1]);
}

QString JalaliDate::weekdayName(Qt::DayOfWeek day)
{
    switch (day) {
    case Qt::Saturday: return QStringLiteral("شنبه");
    case Qt::Sunday: return QStringLiteral("یکشنبه");
    case Qt::Monday: return QStringLiteral("دوشنبه");
    case Qt::Tuesday: return QStringLiteral("سه‌شنبه");
    case Qt::Wednesday: return QStringLiteral("چهارشنبه");
    case Qt::Thursday: return QStringLiteral("پنجشنبه");
    case Qt::Friday: return QStringLiteral("جمعه");
    }
    return {};
}

QString JalaliDate::toString() const
{
    if (!isValid())
        return {};
    QString out;
    out.reserve(10);
    appendPadded(out, year, 4);
    out.append(u'/');
    appendPadded(out, month, 2);
    out.append(u'/');
    appendPadded(out, day, 2);
    return out;
}

QString JalaliDate::toLongString() const
{
    if (!isValid())
        return {};
    QString out;
    appendPadded(out, day, 1);
    out += QLatin1Char(' ') % monthName(month) % QLatin1Char(' ');
    appendPadded(out, year, 1);
    return out;
}

std::optional<JalaliDate> JalaliDate::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 8) {
        // The compact form "14030815": exactly eight digits and nothing else.
        int value[8];
        bool allDigits = true;
        for (int i = 0; i < 8 && allDigits; ++i)
            allDigits = (value[i] = digitValue(text[i])) >= 0;
        if (allDigits) {
            const JalaliDate date{value[0] * 1000 + value[1] * 100 + value[2] * 10 + value[3],
                                  value[4] * 10 + value[5], value[6] * 10 + value[7]};
            if (!date.isValid())
                return std::nullopt;
            return date;
        }
    }
    int parts[3] = {0, 0, 0};
    int widths[3] = {0, 0, 0};
    int part = 0;
    for (const QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            if (++widths[part] > 4)
                return std::nullopt;
            parts[part] = parts[part] * 10 + d;
            continue;
        }
        const char16_t u = c.unicode();
        const bool separator = u == u'/' || u == u'-' || u == u'.' || u == DecimalSeparator
                || u == 0x2215 /* DIVISION SLASH */;
        // Bidi marks appear when a date is copied out of RTL text; they are not separators.
        if (isBidiControl(c))
            continue;
        if (!separator || widths[part] == 0 || part == 2)
            return std::nullopt;
        ++part;
    }
    if (part != 2 || widths[0] != 4 || widths[1] > 2 || widths[2] == 0 || widths[2] > 2)
        return std::nullopt;
    const JalaliDate date{parts[0], parts[1], parts[2]};
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString formatDate(QDate date)
{
    return JalaliDate::fromGregorian(date).toString();
}

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    const QString date = formatDate(local.date());
    if (date.isEmpty())
        return {};
    const QTime time = local.time();
    QString out = date % QLatin1Char(' ');
    appendPadded(out, time.hour(), 2);
    out.append(u':');
    appendPadded(out, time.minute(), 2);
    return out;
}

} // namespace Persian
