#pragma once
// The one way numbering patterns («الگوی شماره‌گذاری», reference §1.17) change: create, edit
// and delete. Each call is one action (DESIGN §3): it begins the transaction, checks inside it
// that the actor may manage the finance settings (FinanceGate::mayManageSettings), locks and
// re-reads the pattern, checks the change, writes, audits and commits. A refusal writes nothing
// and says why in Persian. Issuing numbers stays with Numbering.
//
// Rules (the reference's, and ours where it is silent):
// - The definition must parse and its values fit the sequence width (Numbering::validateDefinition);
//   the pattern text cannot change once items carry its numbers (Numbering::updatePattern).
// - A title is required and unique among live patterns (the item-type and subtype pickers list
//   patterns by title).
// - Numbers already issued bind the counter: neither the initial value nor the current last
//   value may be set below the highest number issued in the counter's year, so the sequence
//   never goes back over numbers people already hold. Only a changed value is checked.
// - An edit made from a stale read is refused: a number issued while the editor was open moved
//   the counter, and saving the old last value over it would go back (DESIGN §7: a write based
//   on a stale version is a conflict, never silently overwritten).
// - A pattern an item type or identity subtype numbers by cannot be deleted; one no longer in
//   use can (its items keep their numbers as text).
#include "models/core/Actor.h"
#include "models/core/Store.h"
#include "models/finance/NumberingPattern.h"

#include <QCoreApplication>

class NumberingPatternService
{
    Q_DECLARE_TR_FUNCTIONS(NumberingPatternService)
public:
    NumberingPatternService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    // A new pattern; its last value and year start from the definition (normally 0).
    bool create(NumberingPattern &pattern);
    // The edit of a stored pattern, read at `pattern.updatedAt`.
    bool update(NumberingPattern &pattern);
    bool remove(const QString &patternId);
    QString error() const { return m_error; }

private:
    bool begin(Store::Transaction &tx);
    bool fail(const QString &message);
    bool storeFailed(const QString &detail);
    // Title present and unique among live patterns other than `selfId`.
    bool checkTitle(const QString &title, const QString &selfId);
    Store &m_store;
    Actor m_actor;
    QString m_error;
};
