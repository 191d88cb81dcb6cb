#pragma once
#include "models/loyalty/Points.h"
#include "models/core/ListSpec.h"
#include "models/core/Repository.h"

#include <optional>

// Point transactions (earned/consumed/expired) per identity.
class PointRepository : public Repository
{
public:
    using Repository::Repository;

    // Points are signed (spent and expired ones negative); Balance runs in date order.
    enum ListColumn { Id, CreatedOn, Kind, Points, Balance, ExpiresOn, Description };

    bool insert(PointTransaction &transaction);
    std::optional<PointTransaction> get(const QString &id);
    bool tombstone(const QString &id);
    PointTotals totals(const QString &identityId);
    bool insertRule(PointRule &rule);
    QList<PointRule> rules(bool activeOnly = true);
    ListSpec list(const QString &identityId) const; // newest first

private:
    static PointTransaction fromRecord(const QSqlRecord &r);
};
