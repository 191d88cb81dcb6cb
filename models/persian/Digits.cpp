#include "models/persian/Digits.h"

#include "models/persian/Bidi.h"

#include <QLocale>

#include <limits>

namespace Persian {

QString toPersianDigits(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text) {
        const int d = digitValue(c);
        *o++ = d < 0 ? c : QChar(char16_t(PersianZero + d));
    }
    return out;
}

QString toReadersDigits(const QString &text)
{
    return QLocale().zeroDigit() == QString(QChar(PersianZero)) ? toPersianDigits(text) : text;
}

QString toLatinDigits(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text) {
        const int d = digitValue(c);
        *o++ = d < 0 ? c : QChar(char16_t(u'0' + d));
    }
    return out;
}

bool isDigitSeparator(QChar c) noexcept
{
    switch (c.unicode()) {
    case GroupSeparator:
    case u',':
    case 0x060C: // ، ARABIC COMMA
    case u' ':
    case 0x00A0: // NO-BREAK SPACE
    case 0x2009: // THIN SPACE
    case 0x202F: // NARROW NO-BREAK SPACE
    case 0x200A: // HAIR SPACE
    case 0x2006: // SIX-PER-EM SPACE
        return true;
    default:
        return isBidiControl(c);
    }
}

QString digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0)
            out.append(QChar(char16_t(u'0' + d)));
        else if (!isDigitSeparator(c) && c != u'-')
            return {};
    }
    return out;
}

std::optional<qint64> parseInteger(QStringView text)
{
    text = text.trimmed();
    // Invisible bidi marks may precede the sign ("\u200E-۱۲" from QLocale); skip them, but not
    // visible separators: ",12" is a typo, not 12.
    while (!text.isEmpty() && isBidiControl(text.front()))
        text = text.mid(1);
    bool negative = false;
    if (!text.isEmpty()) {
        const char16_t s = text.front().unicode();
        if (s == u'-' || s == 0x2212 || s == u'+') {
            negative = s != u'+';
            text = text.mid(1);
        }
    }
    // Accumulate as a negative number so that the minimum of qint64 parses too.
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    qint64 acc = 0;
    bool anyDigit = false;
    for (const QChar c : text) {
        const int d = digitValue(c);
        if (d < 0) {
            if (isDigitSeparator(c) && anyDigit)
                continue;
            return std::nullopt;
        }
        if (acc < (min + d) / 10)
            return std::nullopt;
        acc = acc * 10 - d;
        anyDigit = true;
    }
    if (!anyDigit)
        return std::nullopt;
    if (negative)
        return acc;
    if (acc == min)
        return std::nullopt;
    return -acc;
}

QString formatNumber(qint64 value)
{
    // Digits are produced from the right, so work on the unsigned magnitude (safe for min()).
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    char16_t buffer[32];
    int pos = 32;
    int count = 0;
    do {
        if (count && count % 3 == 0)
            buffer[--pos] = GroupSeparator;
        buffer[--pos] = char16_t(PersianZero + magnitude % 10);
        magnitude /= 10;
        ++count;
    } while (magnitude);
    if (value < 0)
        buffer[--pos] = u'-';
    return QString(reinterpret_cast<const QChar *>(buffer + pos), 32 - pos);
}

} // namespace Persian
