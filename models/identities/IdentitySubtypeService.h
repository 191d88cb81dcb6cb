#pragma once
#include "models/core/Actor.h"
#include "models/core/Store.h"
#include "models/identities/Identity.h"

#include <QCoreApplication>

// Adds, changes and removes identity subtypes («زیرنوع‌ها») for whoever may customise the CRM:
// one audited transaction each. A subtype identities use cannot be removed; its kind cannot
// change under them either (a person's subtype must stay a person's).
class IdentitySubtypeService
{
    Q_DECLARE_TR_FUNCTIONS(IdentitySubtypeService)
public:
    explicit IdentitySubtypeService(Store &store) : m_store(store) {}

    bool create(const Actor &actor, IdentitySubtype &subtype); // sets id and code
    bool update(const Actor &actor, const IdentitySubtype &subtype);
    bool remove(const Actor &actor, const QString &id);
    QString error() const { return m_error; }

private:
    bool fail(const QString &message);
    // The action's transaction has begun and the actor may customise; else false with error().
    bool begin(Store::Transaction &tx, const Actor &actor);
    QString checkName(const IdentitySubtype &subtype);
    Store &m_store;
    QString m_error;
};
