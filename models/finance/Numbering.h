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
    // Saves an edited definition (title, initial value, yearly restart, current last value).
    // The pattern text itself cannot change once items carry its numbers (§1.17).
    bool updatePattern(NumberingPattern &pattern);

    std::optional<Issued> next(const QString &patternId, QDate date = {});
    // `excludeId` = the item being (re)numbered, whose own current number does not collide.
    std::optional<Issued> useManual(const QString &patternId, const QString &number, const QString &excludeId = {},
                                    QDate today = {});
    bool isTaken(const QString &patternId, const QString &number, const QString &excludeId = {});

    QString lastError() const { return m_error; } // translated for the user

private:
    bool fail(const QString &message);
    Store &m_store;
    FinanceStateRepository m_repo;
    QString m_error;
};
