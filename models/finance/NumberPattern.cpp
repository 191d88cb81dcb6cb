#include "models/finance/NumberPattern.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"

#include <QRegularExpression>

#include <limits>

namespace {
// {___(AN)}, {*(SHYY)} …; the older {n}, {n:5}, {y}
const QRegularExpression &tokenRe()
{
    static const QRegularExpression re(QStringLiteral("\\{\\s*(\\*|_+)\\s*\\(\\s*([A-Za-z]+)\\s*\\)\\s*\\}|\\{(n|y)(?::(\\d+))?\\}"));
    return re;
}
} // namespace

NumberPattern NumberPattern::parse(const QString &pattern)
{
    NumberPattern p;
    p.m_source = pattern;
    auto failWith = [&](const QString &message) {
        p.m_error = message;
        p.m_tokens.clear();
        return p;
    };
    if (pattern.trimmed().isEmpty())
        return failWith(tr("The numbering pattern is empty."));

    auto addLiteral = [&](const QString &text) -> bool {
        if (text.isEmpty())
            return true;
        if (text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('+'))) {
            p.m_error = tr("The separators '.' and '+' cannot be used in a numbering pattern.");
            return false;
        }
        if (text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('}'))) {
            p.m_error = tr("The numbering pattern has an unknown or incomplete token: %1").arg(text);
            return false;
        }
        p.m_tokens << Token{Token::Literal, text, 0};
        return true;
    };

    qsizetype pos = 0;
    auto it = tokenRe().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!addLiteral(pattern.mid(pos, m.capturedStart() - pos)))
            return failWith(p.m_error);
        Token t;
        if (!m.captured(3).isEmpty()) { // older form
            if (m.captured(3) == QLatin1String("n")) {
                t.kind = Token::Sequence;
                t.width = m.captured(4).toInt();
            } else {
                t.kind = Token::JalaliYear;
            }
        } else {
            const QString width = m.captured(1);
            const QString code = m.captured(2).toUpper();
            if (code == QLatin1String("AN")) {
                t.kind = Token::Sequence;
                t.width = width == QLatin1String("*") ? 0 : int(width.size());
            } else if (code == QLatin1String("SHYY") || code == QLatin1String("MIYY")) {
                t.kind = code == QLatin1String("SHYY") ? Token::JalaliYear : Token::GregorianYear;
                if (width != QLatin1String("*") && width.size() != 4)
                    return failWith(tr("A year in a numbering pattern needs four underscores or '*'."));
            } else {
                return failWith(tr("The numbering pattern has an unknown token: %1").arg(m.captured(0)));
            }
        }
        if (t.kind == Token::Sequence && t.width > 18)
            return failWith(tr("A sequence can have at most 18 digits."));
        for (const Token &o : std::as_const(p.m_tokens))
            if (o.kind == t.kind)
                return failWith(tr("Each token may appear only once in a numbering pattern."));
        if (!p.m_tokens.isEmpty() && p.m_tokens.last().kind != Token::Literal)
            return failWith(tr("Two tokens of a numbering pattern must be separated, for example by '-' or '/'."));
        p.m_tokens << t;
        pos = m.capturedEnd();
    }
    if (!addLiteral(pattern.mid(pos)))
        return failWith(p.m_error);
    bool hasSequence = false;
    for (const Token &t : std::as_const(p.m_tokens))
        hasSequence = hasSequence || t.kind == Token::Sequence;
    if (!hasSequence)
        return failWith(tr("A numbering pattern needs a sequence token, {*(AN)} or {___(AN)}."));
    return p;
}

int NumberPattern::sequenceWidth() const
{
    for (const Token &t : m_tokens)
        if (t.kind == Token::Sequence)
            return t.width;
    return 0;
}

qint64 NumberPattern::maxSequence() const
{
    const int w = sequenceWidth();
    if (w <= 0)
        return std::numeric_limits<qint64>::max();
    qint64 m = 1;
    for (int i = 0; i < w; ++i)
        m *= 10;
    return m - 1;
}

bool NumberPattern::hasJalaliYear() const
{
    for (const Token &t : m_tokens)
        if (t.kind == Token::JalaliYear)
            return true;
    return false;
}

bool NumberPattern::hasGregorianYear() const
{
    for (const Token &t : m_tokens)
        if (t.kind == Token::GregorianYear)
            return true;
    return false;
}

int NumberPattern::restartYear(QDate date) const
{
    if (hasGregorianYear() && !hasJalaliYear())
        return date.year();
    return Persian::JalaliDate::fromGregorian(date).year;
}

QString NumberPattern::format(qint64 sequence, QDate date) const
{
    return format(sequence, Persian::JalaliDate::fromGregorian(date).year, date.year());
}

QString NumberPattern::format(qint64 sequence, int jalaliYear, int gregorianYear) const
{
    if (!isValid() || sequence < 0 || sequence > maxSequence())
        return {};
    QString out;
    for (const Token &t : m_tokens) {
        switch (t.kind) {
        case Token::Literal: out += t.text; break;
        case Token::Sequence: out += QStringLiteral("%1").arg(sequence, t.width, 10, QLatin1Char('0')); break;
        case Token::JalaliYear: out += QStringLiteral("%1").arg(jalaliYear, 4, 10, QLatin1Char('0')); break;
        case Token::GregorianYear: out += QStringLiteral("%1").arg(gregorianYear, 4, 10, QLatin1Char('0')); break;
        }
    }
    return out;
}

std::optional<NumberPattern::Parts> NumberPattern::match(const QString &number) const
{
    if (!isValid())
        return std::nullopt;
    QString re = QStringLiteral("^");
    for (const Token &t : m_tokens) {
        switch (t.kind) {
        case Token::Literal: re += QRegularExpression::escape(t.text); break;
        case Token::Sequence:
            re += t.width > 0 ? QStringLiteral("(?<seq>\\d{%1})").arg(t.width) : QStringLiteral("(?<seq>\\d{1,18})");
            break;
        case Token::JalaliYear: re += QStringLiteral("(?<jy>\\d{4})"); break;
        case Token::GregorianYear: re += QStringLiteral("(?<gy>\\d{4})"); break;
        }
    }
    re += QLatin1Char('$');
    const QRegularExpression rx(re);
    const auto m = rx.match(Persian::toLatinDigits(number.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    Parts parts;
    parts.sequence = m.captured(u"seq").toLongLong();
    parts.jalaliYear = m.captured(u"jy").toInt();
    parts.gregorianYear = m.captured(u"gy").toInt();
    return parts;
}
