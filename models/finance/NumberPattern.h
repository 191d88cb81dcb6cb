#pragma once
// The numbering-pattern language of «الگوی شماره‌گذاری» (reference §1.17), parsed and checked.
//
//   {*(AN)}       the sequence, any width            {___(AN)}   the sequence, exactly 3 digits
//   {____(SHYY)}  the Jalali year (4 digits)          {*(SHYY)}   the same
//   {____(MIYY)}  the Gregorian year (4 digits)       {*(MIYY)}   the same
//   anything else literal text; literal text may not contain '.' or '+'.
//
// A pattern has exactly one sequence token; each system token appears at most once; two tokens
// must be separated by literal text; a year token has four underscores or '*'.
// For the demo data written before this engine, the older forms {n}, {n:5} and {y} (Jalali
// year) are read as {*(AN)}, {_____(AN)} and {*(SHYY)}.
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class NumberPattern
{
    Q_DECLARE_TR_FUNCTIONS(Finance)
public:
    struct Token
    {
        enum Kind { Literal, Sequence, JalaliYear, GregorianYear };
        Kind kind = Literal;
        QString text; // Literal
        int width = 0; // Sequence: 0 = open width
    };

    // What a formatted number holds.
    struct Parts
    {
        qint64 sequence = 0;
        int jalaliYear = 0;    // 0 when the pattern has no Jalali year
        int gregorianYear = 0; // 0 when the pattern has no Gregorian year
    };

    NumberPattern() = default;
    static NumberPattern parse(const QString &pattern);

    bool isValid() const { return m_error.isEmpty() && !m_tokens.isEmpty(); }
    QString error() const { return m_error; } // translated
    const QList<Token> &tokens() const { return m_tokens; }
    QString source() const { return m_source; }

    int sequenceWidth() const;     // 0 = open
    qint64 maxSequence() const;    // 10^width − 1, or the qint64 maximum for open width
    bool hasJalaliYear() const;
    bool hasGregorianYear() const;
    // The year a yearly restart follows for a date: the Gregorian year when the pattern shows
    // only that one, otherwise the Jalali year (an Iranian company's fiscal year).
    int restartYear(QDate date) const;

    // The number for a sequence value on a date; empty when the value does not fit the width.
    QString format(qint64 sequence, QDate date) const;
    QString format(qint64 sequence, int jalaliYear, int gregorianYear) const;
    // Reads a number back (any digits: Persian, Arabic or Latin); nullopt when it does not fit
    // the pattern.
    std::optional<Parts> match(const QString &number) const;

private:
    QString m_source;
    QList<Token> m_tokens;
    QString m_error;
};
