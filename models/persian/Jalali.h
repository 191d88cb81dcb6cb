#pragma once
// The Jalali (Solar Hijri) calendar as Iran officially keeps it.
//
// Why not QCalendar(QCalendar::System::Jalali)? Qt uses the arithmetic 2820-year cycle, which
// drifts from the official calendar: the leap years first differ at 1436/1437 (2057-2058), so
// Qt shows 2058-03-20 as 1437/01/01 where Iran has 1436/12/30. This file implements the
// 33-year "breaks" method (K. Borkowski, "The Persian calendar for 3000 years", 1996): the
// years where the 33-year leap pattern shifts are listed and everything else is arithmetic.
// It matches the published calendar for 1300-1500 and is defined for Jalali years 1-3177.
// Conversions are a table look-up plus QDate's Julian day arithmetic: O(1).
//
// Display follows invoices: Persian digits, year/month/day, zero padded («۱۴۰۳/۰۸/۱۵»).
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace Persian {

struct JalaliDate
{
    int year = 0;
    int month = 0; // 1 = Farvardin … 12 = Esfand
    int day = 0;

    static constexpr int MinYear = 1;
    static constexpr int MaxYear = 3177; // the last year the published breaks table covers

    // An invalid QDate, or one outside the supported years, gives an invalid JalaliDate.
    static JalaliDate fromGregorian(QDate date);
    static JalaliDate today() { return fromGregorian(QDate::currentDate()); }
    // An invalid JalaliDate gives an invalid QDate.
    QDate toGregorian() const;
    bool isValid() const;

    // 1-based day within the year (1 Farvardin = 1); 0 when invalid.
    int dayOfYear() const;
    // Adds calendar months, keeping the day where the target month has it and otherwise
    // clamping to the month's last day (31 Shahrivar + 1 month = 30 Mehr).
    JalaliDate addMonths(int months) const;
    JalaliDate addDays(qint64 days) const { return fromGregorian(toGregorian().addDays(days)); }

    // Official leap years (30 Esfand); false outside MinYear..MaxYear.
    static bool isLeapYear(int year);
    // 31 for months 1-6, 30 for 7-11, 29 or 30 for Esfand; 0 for an invalid month or year.
    static int daysInMonth(int year, int month);
    // فروردین … اسفند; empty for a month outside 1-12. Fixed data, not translated.
    static QString monthName(int month);
    // شنبه … جمعه (CLDR spellings: «سه‌شنبه» with ZWNJ, «یکشنبه» and «پنجشنبه» joined).
    static QString weekdayName(Qt::DayOfWeek day);

    // «۱۴۰۳/۰۸/۱۵»; empty when invalid.
    QString toString() const;
    // «۱۵ آبان ۱۴۰۳»; empty when invalid.
    QString toLongString() const;

    // Year, month and day in that order, with any digits and any of the separators / - . ٫
    // (mixed separators are fine: "1403/8/15", "۱۴۰۳-۰۸-۱۵", "١٤٠٣.٨.١٥"), or the compact
    // eight-digit form "14030815". The year must have four digits, so that "03/8/15" is
    // refused rather than read as the year 3. White space around is ignored.
    static std::optional<JalaliDate> parse(QStringView text);

    friend bool operator==(const JalaliDate &a, const JalaliDate &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const JalaliDate &a, const JalaliDate &b) { return !(a == b); }
    friend bool operator<(const JalaliDate &a, const JalaliDate &b)
    {
        if (a.year != b.year)
            return a.year < b.year;
        return a.month != b.month ? a.month < b.month : a.day < b.day;
    }
};

// The Jalali date of `date` as «۱۴۰۳/۰۸/۱۵»; empty for an invalid date.
QString formatDate(QDate date);
// The Jalali date and the local time of `dateTime`: «۱۴۰۳/۰۸/۱۵ ۱۴:۳۰»; empty when invalid.
QString formatDateTime(const QDateTime &dateTime);

} // namespace Persian
