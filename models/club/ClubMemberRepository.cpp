#include "models/club/ClubMemberRepository.h"

#include "models/identities/IdentityRepository.h"

qint64 ClubMemberRepository::activeCount(const QString &kind)
{
    // Suppliers use the customer club (§1.3), so they take customer seats.
    const bool customerSeats = kind == QLatin1String("customer");
    const QVariant v = scalar(QLatin1String("SELECT COUNT(*) FROM users WHERE ")
                                  + (customerSeats ? QLatin1String("kind IN ('customer', 'supplier')") : QLatin1String("kind = ?"))
                                  + QLatin1String(" AND active = ") + boolLit(true)
                                  + QLatin1String(" AND registration_status = 'approved' AND ") + live(QString()),
                              customerSeats ? QVariantList() : QVariantList{kind});
    return v.isValid() ? v.toLongLong() : -1;
}

qint64 ClubMemberRepository::recordCount(const QString &userId, const QString &identityId)
{
    struct Probe
    {
        const char *table;
        const char *column;
        bool byIdentity;
    };
    static const Probe probes[] = {
        {"documents", "created_by", false},        {"documents", "identity_id", true},
        {"receipts", "entered_by", false},         {"receipts", "identity_id", true},
        {"tickets", "created_by", false},          {"tickets", "identity_id", true},
        {"ticket_messages", "author_user_id", false}, {"items", "created_by", false},
        {"items", "identity_id", true},            {"activities", "created_by", false},
        {"activities", "identity_id", true},       {"comments", "author_user_id", false},
        {"point_transactions", "identity_id", true}, {"identities", "created_by_agent_id", false},
        {"cartable_entries", "assignee_user_id", false},
    };
    qint64 total = 0;
    for (const Probe &p : probes) {
        const QString key = p.byIdentity ? identityId : userId;
        if (key.isEmpty())
            continue;
        const QVariant v = scalar(QLatin1String("SELECT COUNT(*) FROM ") + QLatin1String(p.table) + QLatin1String(" WHERE ")
                                      + QLatin1String(p.column) + QLatin1String(" = ? AND ") + live(QString()),
                                  {key});
        if (!v.isValid())
            return -1;
        total += v.toLongLong();
    }
    return total;
}

QSet<QString> ClubMemberRepository::allUsernames()
{
    QSet<QString> out;
    const auto rows = fetchAll(QStringLiteral("SELECT username FROM users"));
    for (const QSqlRecord &r : rows)
        out.insert(r.value(0).toString());
    return out;
}

QSet<QString> ClubMemberRepository::identitiesWithAccounts()
{
    QSet<QString> out;
    const auto rows = fetchAll(QLatin1String("SELECT identity_id FROM users WHERE identity_id IS NOT NULL AND ") + live(QString()));
    for (const QSqlRecord &r : rows)
        out.insert(Sql::toId(r.value(0)));
    return out;
}

bool ClubMemberRepository::usernameTaken(const QString &folded)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"), {folded}).toLongLong() > 0;
}

ListSpec ClubMemberRepository::identitiesWithoutAccount(const QString &search, const QString &profileType)
{
    IdentityFilter f;
    f.search = search;
    f.profileType = IdentityCode::profileType(profileType);
    const ListSpec all = IdentityRepository(m_store).list(f);
    // Rebuilt from the parts that select rows, so any count the identities list keeps for its
    // own filter (which would ignore the condition below) is not carried over.
    ListSpec s;
    s.from = all.from;
    s.columns = all.columns;
    s.binds = all.binds;
    s.orderBy = all.orderBy;
    s.orderByDesc = all.orderByDesc;
    s.where = (all.where.isEmpty() ? QString() : QLatin1Char('(') + all.where + QLatin1String(") AND "))
        + QLatin1String("NOT EXISTS (SELECT 1 FROM users u WHERE u.identity_id = i.id AND ") + live(QStringLiteral("u"))
        + QLatin1Char(')');
    return s;
}
