#include "models/loyalty/PointRepository.h"

#include "models/identities/IdentityRepository.h"

PointTransaction PointRepository::fromRecord(const QSqlRecord &r)
{
    PointTransaction p;
    readRow(r, p);
    p.identityId = idOf(r, "identity_id");
    p.kind = PointKindCode::fromText(str(r, "kind"));
    p.points = int(i64(r, "points"));
    p.createdOn = date(r, "created_on");
    p.expiresOn = date(r, "expires_on");
    p.description = str(r, "description");
    p.relatedId = idOf(r, "related_id");
    p.manual = flag(r, "manual");
    return p;
}

bool PointRepository::insert(PointTransaction &p)
{
    if (p.points <= 0)
        return fail(QStringLiteral("point_transactions: points must be positive; the kind gives the direction"));
    if (!p.createdOn.isValid())
        p.createdOn = Store::now().date();
    return insertRow("point_transactions", p,
                     {{"identity_id", Sql::id(p.identityId)},
                      {"kind", PointKindCode::text(p.kind)},
                      {"points", p.points},
                      {"created_on", Sql::date(p.createdOn)},
                      {"expires_on", Sql::date(p.expiresOn)},
                      {"description", p.description},
                      {"related_id", Sql::id(p.relatedId)},
                      {"manual", p.manual}});
}

std::optional<PointTransaction> PointRepository::get(const QString &id)
{
    const auto r = fetchById("point_transactions", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool PointRepository::tombstone(const QString &id)
{
    return tombstoneRow("point_transactions", id);
}

PointTotals PointRepository::totals(const QString &identityId)
{
    PointTotals t;
    const auto r = fetchOne(QLatin1String("SELECT coalesce(sum(CASE WHEN kind = 'earned' THEN points END), 0), "
                                          "coalesce(sum(CASE WHEN kind = 'consumed' THEN points END), 0), "
                                          "coalesce(sum(CASE WHEN kind = 'expired' THEN points END), 0) "
                                          "FROM point_transactions WHERE identity_id = ? AND ")
                                + live(QString()),
                            {identityId});
    if (r) {
        t.earned = r->value(0).toLongLong();
        t.consumed = r->value(1).toLongLong();
        t.expired = r->value(2).toLongLong();
    }
    return t;
}

ListSpec PointRepository::list(const QString &identityId) const
{
    ListSpec s;
    s.from = QStringLiteral("point_transactions p");
    // what a statement shows: spent and expired points as negatives, and the balance after each
    const QString signedPoints = QStringLiteral("(CASE WHEN p.kind = 'earned' THEN p.points ELSE -p.points END)");
    s.columns = QStringList{QStringLiteral("p.id"), QStringLiteral("p.created_on"), QStringLiteral("p.kind"), signedPoints,
                            QLatin1String("sum") + signedPoints
                                + QLatin1String(" OVER (PARTITION BY p.identity_id ORDER BY p.created_on, p.id)"),
                            QStringLiteral("p.expires_on"), QStringLiteral("p.description")};
    s.where = QLatin1String("p.identity_id = ? AND ") + live(QStringLiteral("p"));
    s.binds << identityId;
    s.orderBy = QStringLiteral("p.created_on DESC, p.id DESC");
    s.orderByDesc = QStringLiteral("p.created_on, p.id");
    return s;
}

bool PointRepository::insertRule(PointRule &rule)
{
    return insertRow("point_rules", rule,
                     {{"kind", rule.kind},
                      {"profile_type", rule.profileType},
                      {"item_type_id", Sql::id(rule.itemTypeId)},
                      {"product_id", Sql::id(rule.productId)},
                      {"points", rule.points},
                      {"rial_step", rule.rialStep > 0 ? QVariant(rule.rialStep) : QVariant(QMetaType(QMetaType::LongLong))},
                      {"active", rule.active}});
}

QList<PointRule> PointRepository::rules(bool activeOnly)
{
    QString sql = QLatin1String("SELECT * FROM point_rules WHERE ") + live(QString());
    if (activeOnly)
        sql += QLatin1String(" AND active = ") + boolLit(true);
    sql += QLatin1String(" ORDER BY kind, id");
    QList<PointRule> out;
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows) {
        PointRule p;
        readRow(r, p);
        p.kind = str(r, "kind");
        p.profileType = str(r, "profile_type");
        p.itemTypeId = idOf(r, "item_type_id");
        p.productId = idOf(r, "product_id");
        p.points = int(i64(r, "points"));
        p.rialStep = i64(r, "rial_step");
        p.active = flag(r, "active");
        out << p;
    }
    return out;
}

namespace PointKindCode {

QString text(PointKind kind)
{
    switch (kind) {
    case PointKind::Earned: return QStringLiteral("earned");
    case PointKind::Consumed: return QStringLiteral("consumed");
    case PointKind::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("earned");
}

PointKind fromText(const QString &text)
{
    if (text == QLatin1String("consumed"))
        return PointKind::Consumed;
    if (text == QLatin1String("expired"))
        return PointKind::Expired;
    return PointKind::Earned;
}

} // namespace PointKindCode
