#pragma once
// SQL of the finance services: numbering-pattern counters and the checks that span tables (a number used within a pattern, what
// has been returned against an invoice). The services in this folder write through it only.
#include "models/finance/NumberingPattern.h"
#include "models/core/ListSpec.h"
#include "models/core/Repository.h"

#include <optional>

class FinanceStateRepository : public Repository
{
public:
    using Repository::Repository;

    // Reads a pattern after locking its row for the rest of the caller's transaction (PostgreSQL
    // row lock by a no-op update; SQLite's BEGIN IMMEDIATE already holds the write lock).
    std::optional<NumberingPattern> lockPattern(const QString &patternId);
    std::optional<NumberingPattern> pattern(const QString &patternId);
    QList<NumberingPattern> patterns(); // live patterns by title
    bool insertPattern(NumberingPattern &pattern);
    bool updatePatternDefinition(NumberingPattern &pattern); // title, pattern, initial, yearly, last value
    bool setPatternLast(const QString &patternId, qint64 lastValue, int lastYear);
    bool tombstonePattern(const QString &patternId);
    // The patterns page: by title; `search` matches the title or the pattern text.
    enum PatternColumn { PatternId, PatternTitle, PatternText, PatternInitial, PatternYearly, PatternLast };
    ListSpec patternList(const QString &search) const;
    // The names of the live item types and identity subtypes that number by the pattern.
    QStringList patternUsers(const QString &patternId);
    // Whether a live document, receipt or identity that numbers by this pattern already has
    // `number` (deleted items do not count: their numbers may be reused by hand).
    bool numberTaken(const QString &patternId, const QString &number, const QString &excludeId);
    // Every live number issued by the pattern (for a back-dated number in a closed year).
    QStringList numbersOf(const QString &patternId);
    // How many items and identities (live or deleted) carry a number of this pattern.
    qint64 numberedCount(const QString &patternId);

    // Σ final_amount of live, not rejected return invoices against an invoice (excluding one).
    qint64 returnedAgainst(const QString &invoiceId, const QString &excludeId = {});
    qint64 approvedReturnsAgainst(const QString &invoiceId);
    // The numbering pattern of an identity's subtype (its customer numbers); empty when none.
    QString customerNumberPatternOf(const QString &identityId);

private:
};
