#pragma once
// Persian, Arabic-Indic and Latin digits.
//
// People type any of the three digit sets (a Persian keyboard gives ۰-۹ U+06F0.., an Arabic one
// ٠-٩ U+0660.., a phone or a pasted bank SMS often 0-9), so every parser here accepts all three.
// Machine values (national id, IBAN, amounts) are kept with Latin digits; screen and paper show
// Persian digits.
#include <QString>
#include <QStringView>
#include <optional>

namespace Persian {

// The digit value 0-9 of a Latin, Arabic-Indic or Persian digit, or -1.
inline int digitValue(QChar c) noexcept
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0x06F0 && u <= 0x06F9)
        return u - 0x06F0;
    if (u >= 0x0660 && u <= 0x0669)
        return u - 0x0660;
    return -1;
}

inline constexpr char16_t PersianZero = 0x06F0;       // ۰
inline constexpr char16_t GroupSeparator = 0x066C;    // ٬ ARABIC THOUSANDS SEPARATOR
inline constexpr char16_t DecimalSeparator = 0x066B;  // ٫ ARABIC DECIMAL SEPARATOR

// Latin and Arabic-Indic digits become Persian; everything else is kept as is.
QString toPersianDigits(QStringView text);

// The digits the reader of the current language expects (the default QLocale's): Persian when
// it writes ۰, otherwise the text as it is. For numbers that must not be grouped the way %L1
// groups them: document numbers, years, versions, phone numbers inside text.
QString toReadersDigits(const QString &text);

// Persian and Arabic-Indic digits become Latin; everything else is kept as is.
QString toLatinDigits(QStringView text);

// Digits 0-9 of any of the three sets, without any separator: the caller's "machine" form.
// Returns an empty string if the text holds anything but digits, the separators that
// isDigitSeparator() accepts and '-' (card and phone numbers are often typed "6037-9911-…").
QString digitsOnly(QStringView text);

// Group separators people paste or type between digits: ٬ (U+066C), ',' , Arabic comma ،
// (U+060C), ordinary, no-break, thin and narrow no-break spaces, and the invisible bidi marks
// that QLocale and copy-paste leave around numbers (Persian::isBidiControl).
bool isDigitSeparator(QChar c) noexcept;

// A whole integer: optional leading sign ('+', '-', U+2212 minus), digits of any set,
// separators anywhere between digits (the grouping is not checked: "1,2,3" is 123), white space
// around. Returns nullopt for empty input, any other character, or overflow of qint64.
std::optional<qint64> parseInteger(QStringView text);

// Persian digits grouped by three with «٬»: 1234567 → «۱٬۲۳۴٬۵۶۷». A negative number starts
// with an ASCII '-' in logical order; a view that needs the minus on the visual left wraps the
// text with Persian::leftToRight (toolchain gotcha G5).
QString formatNumber(qint64 value);

} // namespace Persian
