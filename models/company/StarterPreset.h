#pragma once
// What a new company starts with («پیش‌فرض استاندارد»): the numbering patterns, the item types
// with the club flags a real company sets (reference §1.12, §1.17) and the identity subtypes.
// CompanySetup writes them into a new company; the demo company builds on the same lists.
#include "models/club/ItemType.h"
#include "models/identities/Identity.h"

#include <QList>
#include <QString>

namespace StarterPreset {

struct Pattern
{
    QString key; // what item types name it by
    QString title;
    QString pattern; // the language of NumberPattern
    qint64 initialValue = 0;
    bool yearlyReset = false;
};
QList<Pattern> patterns();

struct Type
{
    ItemType type;      // without id and numbering pattern id
    QString patternKey; // a Pattern::key, or empty
};
QList<Type> itemTypes();

// Without ids; customer subtypes number their identities by the "customer" pattern.
QList<IdentitySubtype> subtypes();

} // namespace StarterPreset
