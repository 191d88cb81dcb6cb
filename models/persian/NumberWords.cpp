#include "models/persian/NumberWords.h"

#include <limits>

namespace Persian {

namespace {

const QString &joiner()
{
    static const QString and_ = QStringLiteral(" و ");
    return and_;
}

QString belowThousand(int n)
{
    // Fixed words, not translatable: they are Persian whatever the UI language.
    static const char16_t *const ones[] = {
        u"",      u"یک",    u"دو",     u"سه",     u"چهار",  u"پنج",   u"شش",
        u"هفت",   u"هشت",   u"نه",     u"ده",     u"یازده", u"دوازده", u"سیزده",
        u"چهارده", u"پانزده", u"شانزده", u"هفده",   u"هجده",  u"نوزده",
    };
    static const char16_t *const tens[] = {
        u"", u"", u"بیست", u"سی", u"چهل", u"پنجاه", u"شصت", u"هفتاد", u"هشتاد", u"نود",
    };
    static const char16_t *const hundreds[] = {
        u"",     u"یکصد",  u"دویست", u"سیصد",  u"چهارصد",
        u"پانصد", u"ششصد", u"هفتصد", u"هشتصد", u"نهصد",
    };
    QString out;
    auto add = [&out](const char16_t *word) {
        if (!out.isEmpty())
            out += joiner();
        out += QString::fromUtf16(word);
    };
    if (n >= 100)
        add(hundreds[n / 100]);
    const int rest = n % 100;
    if (rest >= 20) {
        add(tens[rest / 10]);
        if (rest % 10)
            add(ones[rest % 10]);
    } else if (rest > 0) {
        add(ones[rest]);
    }
    return out;
}

} // namespace

QString numberToWords(qint64 value)
{
    if (value < -MaxNumberInWords || value > MaxNumberInWords)
        return {};
    if (value == 0)
        return QStringLiteral("صفر");
    if (value < 0)
        return QStringLiteral("منفی ") % numberToWords(-value);

    static const char16_t *const scales[] = {u"", u"هزار", u"میلیون", u"میلیارد", u"هزار میلیارد"};
    int groups[5];
    for (int &g : groups) {
        g = int(value % 1000);
        value /= 1000;
    }
    QString out;
    for (int i = 4; i >= 0; --i) {
        if (groups[i] == 0)
            continue;
        if (!out.isEmpty())
            out += joiner();
        out += belowThousand(groups[i]);
        if (i > 0)
            out += QLatin1Char(' ') % QString::fromUtf16(scales[i]);
    }
    return out;
}

QString amountInWords(qint64 rials, MoneyUnit unit)
{
    if (rials < 0) {
        if (rials == std::numeric_limits<qint64>::min()) // its negation overflows
            return {};
        const QString magnitude = amountInWords(-rials, unit);
        return magnitude.isEmpty() ? QString() : QStringLiteral("منفی ") % magnitude;
    }
    const QString rialName = moneyUnitName(MoneyUnit::Rial);
    if (unit == MoneyUnit::Rial) {
        const QString words = numberToWords(rials);
        return words.isEmpty() ? QString() : words % QLatin1Char(' ') % rialName;
    }
    const qint64 tomans = rials / 10;
    const int rest = int(rials % 10);
    if (tomans == 0 && rest != 0)
        return numberToWords(rest) % QLatin1Char(' ') % rialName;
    const QString words = numberToWords(tomans);
    if (words.isEmpty())
        return {};
    QString out = words % QLatin1Char(' ') % moneyUnitName(MoneyUnit::Toman);
    if (rest != 0)
        out += joiner() % numberToWords(rest) % QLatin1Char(' ') % rialName;
    return out;
}

} // namespace Persian
