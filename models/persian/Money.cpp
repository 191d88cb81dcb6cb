#include "models/persian/Money.h"

#include "models/persian/Digits.h"

#include <QtNumeric>

#include <atomic>

namespace Persian {

QString moneyUnitName(MoneyUnit unit)
{
    return unit == MoneyUnit::Toman ? QStringLiteral("تومان") : QStringLiteral("ریال");
}

QString formatMoney(qint64 rials, MoneyUnit unit, bool withUnitName)
{
    QString number;
    if (unit == MoneyUnit::Toman) {
        const qint64 whole = rials / 10; // truncates toward zero, so the sign stays on `whole`
        const int tenth = int(rials % 10);
        if (tenth == 0) {
            number = formatNumber(whole);
        } else {
            // -5 rials is -0.5 toman: formatNumber(0) would lose the sign.
            number = (rials < 0 && whole == 0 ? QStringLiteral("-") : QString()) % formatNumber(whole)
                    % QChar(DecimalSeparator) % QChar(char16_t(PersianZero + (tenth < 0 ? -tenth : tenth)));
        }
    } else {
        number = formatNumber(rials);
    }
    if (!withUnitName)
        return number;
    return number % QLatin1Char(' ') % moneyUnitName(unit);
}

namespace {

// Removes one unit word from either end of `text`; tells which unit it named.
QStringView stripUnitWord(QStringView text, MoneyUnit &unit)
{
    struct Word { QStringView word; MoneyUnit unit; };
    static const Word words[] = {
        {u"ریال", MoneyUnit::Rial},   {u"ريال", MoneyUnit::Rial}, // Arabic yeh, as pasted
        {u"تومان", MoneyUnit::Toman}, {u"rials", MoneyUnit::Rial},
        {u"rial", MoneyUnit::Rial},   {u"IRR", MoneyUnit::Rial},
        {u"tomans", MoneyUnit::Toman}, {u"toman", MoneyUnit::Toman},
        {u"IRT", MoneyUnit::Toman},
    };
    text = text.trimmed();
    for (const Word &w : words) {
        if (text.endsWith(w.word, Qt::CaseInsensitive)) {
            unit = w.unit;
            return text.chopped(w.word.size()).trimmed();
        }
        if (text.startsWith(w.word, Qt::CaseInsensitive)) {
            unit = w.unit;
            return text.mid(w.word.size()).trimmed();
        }
    }
    return text;
}

} // namespace

std::optional<qint64> parseMoney(QStringView text, MoneyUnit unit)
{
    text = stripUnitWord(text, unit);
    qsizetype decimalAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QChar(DecimalSeparator) || text[i] == u'.') {
            if (decimalAt >= 0)
                return std::nullopt;
            decimalAt = i;
        }
    }
    if (decimalAt < 0) {
        const auto whole = parseInteger(text);
        if (!whole)
            return std::nullopt;
        if (unit == MoneyUnit::Rial)
            return whole;
        qint64 rials;
        if (qMulOverflow(*whole, qint64(10), &rials))
            return std::nullopt;
        return rials;
    }
    if (unit == MoneyUnit::Rial)
        return std::nullopt;

    // Toman with a fraction: one significant decimal digit at most ("12.50" is fine).
    const QStringView fraction = text.mid(decimalAt + 1).trimmed();
    int tenth = -1;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const int d = digitValue(fraction[i]);
        if (d < 0 || (i > 0 && d != 0))
            return std::nullopt;
        if (i == 0)
            tenth = d;
    }
    const QStringView wholeText = text.left(decimalAt).trimmed();
    const bool negative = wholeText.startsWith(u'-') || wholeText.startsWith(QChar(0x2212));
    std::optional<qint64> whole = (wholeText.isEmpty() || (wholeText.size() == 1 && negative))
            ? std::optional<qint64>(0) : parseInteger(wholeText);
    if (!whole)
        return std::nullopt;
    qint64 rials;
    if (qMulOverflow(*whole, qint64(10), &rials))
        return std::nullopt;
    if (tenth > 0 && qAddOverflow(rials, qint64(negative ? -tenth : tenth), &rials))
        return std::nullopt;
    return rials;
}

namespace {
std::atomic<MoneyUnit> shown{MoneyUnit::Rial}; // read by list models on worker threads too
}

MoneyUnit shownUnit()
{
    return shown.load(std::memory_order_relaxed);
}

void setShownUnit(MoneyUnit unit)
{
    shown.store(unit, std::memory_order_relaxed);
}

QString formatShownMoney(qint64 rials)
{
    return formatMoney(rials, shownUnit(), false);
}

double inShownUnit(qint64 rials)
{
    return shownUnit() == MoneyUnit::Toman ? double(rials) / 10.0 : double(rials);
}

QString shownUnitName()
{
    return moneyUnitName(shownUnit());
}

} // namespace Persian
