#include "models/persian/Bidi.h"

#include <QDir>
#include <QStringList>

#include <algorithm>

namespace Persian {

namespace {
constexpr QChar LRE(0x202A);
constexpr QChar RLE(0x202B);
constexpr QChar PDF(0x202C);

QString embed(QChar opening, const QString &text)
{
    return text.isEmpty() ? text : opening + text + PDF;
}
} // namespace

bool isBidiControl(QChar c) noexcept
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || u == 0x061C // LRM, RLM, ALM
            || (u >= 0x202A && u <= 0x202E)          // LRE, RLE, PDF, LRO, RLO
            || (u >= 0x2066 && u <= 0x2069);         // LRI, RLI, FSI, PDI
}

QString trimmedOfInvisibles(const QString &s)
{
    qsizetype from = 0, to = s.size();
    const auto invisible = [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; };
    while (from < to && invisible(s.at(from)))
        ++from;
    while (to > from && invisible(s.at(to - 1)))
        --to;
    return from == 0 && to == s.size() ? s : s.mid(from, to - from);
}

QString withoutBidiControls(const QString &text)
{
    const auto first = std::find_if(text.cbegin(), text.cend(), isBidiControl);
    if (first == text.cend())
        return text; // the common case: no copy
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!isBidiControl(c))
            out += c;
    return out;
}

QString leftToRight(const QString &text)
{
    return embed(LRE, text);
}

QString ownDirection(const QString &text)
{
    return embed(text.isRightToLeft() ? RLE : LRE, text);
}

QString filePath(const QString &path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

QString fileFilter(const QString &filters)
{
    QStringList parts = filters.split(QStringLiteral(";;"));
    for (QString &part : parts) {
        const qsizetype open = part.lastIndexOf(QLatin1Char('('));
        if (open < 0 || !part.endsWith(QLatin1Char(')')) || (open > 0 && part.at(open - 1) == LRE))
            continue;
        part.insert(open, LRE);
    }
    return parts.join(QStringLiteral(";;"));
}

} // namespace Persian
