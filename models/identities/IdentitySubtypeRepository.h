#pragma once
#include "models/core/Repository.h"
#include "models/identities/Identity.h"

// Identity subtypes («زیرنوع هویت»: retail customer, agency, supplier …): the only SQL for the
// identity_subtypes table.
class IdentitySubtypeRepository : public Repository
{
public:
    using Repository::Repository;

    bool insert(IdentitySubtype &subtype);
    bool update(const IdentitySubtype &subtype);
    bool tombstone(const QString &id);
    std::optional<IdentitySubtype> get(const QString &id);
    QList<IdentitySubtype> all(); // ordered by profile type, code
    // Live identities of the subtype; -1 when the store could not tell.
    qint64 usage(const QString &id);

private:
    static IdentitySubtype fromRecord(const QSqlRecord &r);
    Cols columns(const IdentitySubtype &s) const;
};
