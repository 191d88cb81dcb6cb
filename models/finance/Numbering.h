#pragma once
// Issues numbers from numbering patterns («الگوی شماره‌گذاری», reference §1.17 and rule 46).
//
// - The first number is initial value + 1; the sequence never goes back (a deleted item's
//   number is reused only when someone types it by hand).
// - Yearly restart follows the year of the date passed (the document's issue date): the Jalali
//   year, or the Gregorian one when the pattern shows only that. A date in a year before the
//   pattern's current one continues that year's own numbers (found from the issued numbers)
//   and leaves the current counter alone.
// - A fixed-width sequence refuses to issue past its range (999 for {___(AN)}).
// - A manual number must follow the pattern, be unique among the live items that number by
//   the pattern, and have a year from 1357 (1978) to next year; the sequence continues from it
//   when it is above the current last value of its year.
// - next() and useManual() run in a savepoint of the caller's transaction and lock the
//   pattern's row, so two documents can never get the same number; the number is kept only
//   if the caller commits.
#include "models/finance/NumberingPattern.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/NumberPattern.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Numbering
{
    Q_DECLARE_TR_FUNCTIONS(Finance)
public:
    struct Issued
    {
        QString number;
        qint64 sequence = 0;
    };

    explicit Numbering(Store &store);

    // Checks a definition before it is saved: the pattern parses; the initial and current
    // values fit the sequence width.
    static bool validateDefinition(const NumberingPattern &pattern, QString *error);
    // Saves a new pattern after validateDefinition().
    bool createPattern(NumberingPattern &pattern);
    // Saves an edited definition (title, initial value, yearly restart, current last value)
    // after checkEdit().
    bool updatePattern(NumberingPattern &pattern);
    // Empty when `edited` may replace the stored definition `stored`: it is valid, and the
    // pattern text itself does not change once items carry its numbers (§1.17); else why not.
    QString checkEdit(const NumberingPattern &stored, const NumberingPattern &edited);

    std::optional<Issued> next(const QString &patternId, QDate date = {});

    // The number next() would give a definition on `date` (today when invalid), as the pattern
    // editor shows it while the person types: the same choice of sequence value, the same skip
    // over numbers typed by hand, the same formatting. Nothing is written. `error` is set
    // (translated) instead of `number` when the definition is invalid or its range is used up.
    struct Preview
    {
        QString number;
        QString error;
    };
    Preview preview(const NumberingPattern &definition, QDate date = {});
    // The highest sequence value among the live numbers of a stored pattern that count for its
    // counter: those of the counter's year when it restarts yearly and shows the year, else all.
    // 0 when none has been issued.
    qint64 highestIssued(const NumberingPattern &pattern);
    // `excludeId` = the item being (re)numbered, whose own current number does not collide.
    std::optional<Issued> useManual(const QString &patternId, const QString &number, const QString &excludeId = {},
                                    QDate today = {});
    bool isTaken(const QString &patternId, const QString &number, const QString &excludeId = {});

    QString lastError() const { return m_error; } // translated for the user

private:
    bool fail(const QString &message);
    // The sequence value the next number takes on a date of `year`, from the counter alone; nothing
    // for a year before the counter's (a back-dated number continues that year's own numbers).
    static std::optional<qint64> counterNext(const NumberingPattern &pattern, int year);
    // From `value` up, the first value whose number on `date` no live item of the pattern carries
    // (numbers typed by hand are skipped); nothing, with m_error set, past the pattern's range.
    std::optional<Issued> firstFree(const NumberingPattern &pattern, const NumberPattern &parsed, qint64 value,
                                    QDate date);
    Store &m_store;
    FinanceStateRepository m_repo;
    QString m_error;
};
