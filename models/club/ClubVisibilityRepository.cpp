#include "models/club/ClubVisibilityRepository.h"

#include "models/club/ItemTypeRepository.h"

namespace {
struct TableSql
{
    const char *from;
    const char *alias;
    const char *createdBy;
};

TableSql tableSql(RecordRef::Table t)
{
    switch (t) {
    case RecordRef::Table::Document: return {"documents", "d", "created_by"};
    case RecordRef::Table::Receipt: return {"receipts", "r", "entered_by"};
    case RecordRef::Table::Ticket: return {"tickets", "t", "created_by"};
    case RecordRef::Table::Item: return {"items", "it", "created_by"};
    case RecordRef::Table::Identity: return {"identities", "i", "created_by"};
    case RecordRef::Table::CartableEntry: return {"cartable_entries", "c", ""};
    case RecordRef::Table::PointTransaction: return {"point_transactions", "p", ""};
    }
    return {"items", "it", "created_by"};
}
} // namespace

QString ClubVisibilityRepository::scope(const QString &col, const ClubUser &user, QVariantList *binds) const
{
    // own identity, or (agents) an identity the agent created or is responsible for (rule 28)
    QString s = col + QLatin1String(" = ?");
    *binds << user.identityId;
    if (user.isAgent()) {
        s = QLatin1String("(") + s + QLatin1String(" OR ") + col
            + QLatin1String(" IN (SELECT li.id FROM identities li WHERE ") + live(QStringLiteral("li"))
            + QLatin1String(" AND (li.created_by_agent_id = ? OR li.sales_responsible_id = ?"
                            " OR li.support_responsible_id = ? OR li.misc_responsible_id = ?)))");
        *binds << user.userId << user.userId << user.userId << user.userId;
    }
    return s;
}

ClubVisibilityRepository::Condition ClubVisibilityRepository::condition(const ClubUser &user, ClubList list,
                                                                         bool customerOn, bool agentOn,
                                                                         Purpose purpose) const
{
    const TableSql ts = tableSql(tableOf(list));
    const QString a = QLatin1String(ts.alias);
    Condition c;
    c.from = QLatin1String(ts.from) + QLatin1Char(' ') + a;
    const bool on = user.isAgent() ? agentOn : customerOn;
    if (!on || !user.canWork || user.userId.isEmpty() || user.identityId.isEmpty()) {
        c.where = QStringLiteral("1 = 0");
        return c;
    }
    // fail closed: the user acts for a live identity, or sees nothing
    QStringList conds{QLatin1String("EXISTS (SELECT 1 FROM identities oi WHERE oi.id = ? AND ") + live(QStringLiteral("oi"))
                          + QLatin1Char(')'),
                      live(a)};
    c.binds << user.identityId;
    const QString viewFlag = user.isAgent() ? QStringLiteral("agent_can_view") : QStringLiteral("customer_can_view");
    const auto typed = [&] {
        const QString liveType = a + QLatin1String(".item_type_id IN (SELECT lt.id FROM item_types lt WHERE ")
            + live(QStringLiteral("lt")) + QLatin1Char(')');
        const QString viewable = a + QLatin1String(".item_type_id IN (SELECT vt.id FROM item_types vt WHERE ")
            + live(QStringLiteral("vt")) + QLatin1String(" AND vt.") + viewFlag + QLatin1String(" = ") + boolLit(true)
            + QLatin1Char(')');
        QVariantList scopeBinds;
        QString s = QLatin1String("(") + viewable + QLatin1String(" AND ")
            + scope(a + QLatin1String(".identity_id"), user, &scopeBinds) + QLatin1Char(')');
        if (user.isAgent() && purpose == Purpose::List) {
            // rule 29: an agent lists what they created, whatever the flag (opening it needs the flag)
            s = QLatin1String("(") + liveType + QLatin1String(" AND (") + a + QLatin1Char('.')
                + QLatin1String(ts.createdBy) + QLatin1String(" = ? OR ") + s + QLatin1String("))");
            c.binds << user.userId;
        }
        c.binds += scopeBinds;
        return s;
    };
    switch (list) {
    case ClubList::Documents:
        conds << a + QLatin1String(".approval_status = 'approved'") << typed();
        break;
    case ClubList::DocumentsUnderReview:
        conds << a + QLatin1String(".approval_status IN ('pending', 'rejected')") << typed();
        break;
    case ClubList::Payments:
    case ClubList::Tickets:
    case ClubList::Items:
        conds << typed();
        break;
    case ClubList::OwnProfile:
        conds << a + QLatin1String(".id = ?");
        c.binds << user.identityId;
        break;
    case ClubList::MyCustomers:
        if (!user.isAgent()) {
            c.where = QStringLiteral("1 = 0");
            c.binds.clear(); // the identity check above is dropped with its value
            return c;
        }
        conds << QLatin1String("(") + a + QLatin1String(".created_by_agent_id = ? OR ") + a
                + QLatin1String(".sales_responsible_id = ? OR ") + a + QLatin1String(".support_responsible_id = ? OR ")
                + a + QLatin1String(".misc_responsible_id = ?)");
        c.binds << user.userId << user.userId << user.userId << user.userId;
        break;
    case ClubList::Points:
        conds << a + QLatin1String(".identity_id = ?");
        c.binds << user.identityId;
        break;
    case ClubList::Cartable:
        conds << a + QLatin1String(".ended_at IS NULL") << QLatin1String("(") + a
                + QLatin1String(".assignee_user_id = ? OR ") + a + QLatin1String(".assignee_identity_id = ?)");
        c.binds << user.userId << (user.identityId.isEmpty() ? QVariant() : QVariant(user.identityId));
        break;
    }
    c.where = conds.join(QLatin1String(" AND "));
    return c;
}

void ClubVisibilityRepository::restrict(ListSpec *spec, const ClubUser &user, ClubList list, bool customerOn,
                                        bool agentOn, Purpose purpose) const
{
    // The condition names the table by the alias every repository's list gives it ("documents d" …).
    const Condition c = condition(user, list, customerOn, agentOn, purpose);
    Q_ASSERT(spec->from.startsWith(c.from + QLatin1Char(' ')) || spec->from == c.from
             || spec->from.contains(QLatin1String(" JOIN ") + c.from + QLatin1Char(' ')));
    spec->narrow(c.where, c.binds);
}

ListSpec ClubVisibilityRepository::listSpec(const ClubUser &user, ClubList list, bool customerOn, bool agentOn) const
{
    const Condition c = condition(user, list, customerOn, agentOn);
    const QString a = QLatin1String(tableSql(tableOf(list)).alias);
    ListSpec s;
    s.from = c.from;
    s.columns = QStringList{a + QLatin1String(".id")};
    s.where = c.where;
    s.binds = c.binds;
    s.orderBy = a + QLatin1String(".id");
    s.orderByDesc = a + QLatin1String(".id DESC");
    return s;
}

PermissionEngine::Context ClubVisibilityRepository::loadContext(bool customerOn, bool agentOn)
{
    PermissionEngine::Context ctx;
    ctx.customerClubEnabled = customerOn;
    ctx.agentClubEnabled = agentOn;
    ItemTypeRepository types(m_store);
    const QList<ItemType> all = types.byEntity(QString());
    for (const ItemType &t : all)
        ctx.itemTypes.insert(t.id, t);
    const auto rows = fetchAll(QLatin1String("SELECT id, created_by_agent_id, sales_responsible_id, support_responsible_id,"
                                             " misc_responsible_id FROM identities WHERE ")
                               + live(QString()));
    for (const QSqlRecord &r : rows) {
        IdentityLinks l;
        l.id = idOf(r, "id");
        l.createdByAgentId = idOf(r, "created_by_agent_id");
        l.salesResponsibleId = idOf(r, "sales_responsible_id");
        l.supportResponsibleId = idOf(r, "support_responsible_id");
        l.miscResponsibleId = idOf(r, "misc_responsible_id");
        ctx.identities.insert(l.id, l);
    }
    return ctx;
}

QList<RecordRef> ClubVisibilityRepository::records(RecordRef::Table table)
{
    QList<RecordRef> out;
    QString sql;
    switch (table) {
    case RecordRef::Table::Document:
        sql = QStringLiteral("SELECT id, item_type_id, identity_id, created_by, approval_status FROM documents WHERE ");
        break;
    case RecordRef::Table::Receipt:
        sql = QStringLiteral("SELECT id, item_type_id, identity_id, entered_by AS created_by, approval_status FROM receipts WHERE ");
        break;
    case RecordRef::Table::Ticket:
        sql = QStringLiteral("SELECT id, item_type_id, identity_id, created_by, '' AS approval_status FROM tickets WHERE ");
        break;
    case RecordRef::Table::Item:
        sql = QStringLiteral("SELECT id, item_type_id, identity_id, created_by, '' AS approval_status FROM items WHERE ");
        break;
    case RecordRef::Table::Identity:
        sql = QStringLiteral("SELECT id, '' AS item_type_id, id AS identity_id, '' AS created_by, '' AS approval_status FROM identities WHERE ");
        break;
    case RecordRef::Table::CartableEntry:
        sql = QStringLiteral("SELECT id, assignee_user_id, assignee_identity_id, ended_at FROM cartable_entries WHERE ");
        break;
    case RecordRef::Table::PointTransaction:
        sql = QStringLiteral("SELECT id, '' AS item_type_id, identity_id, '' AS created_by, '' AS approval_status"
                             " FROM point_transactions WHERE ");
        break;
    }
    const auto rows = fetchAll(sql + live(QString()));
    for (const QSqlRecord &r : rows) {
        RecordRef x;
        x.table = table;
        x.id = idOf(r, "id");
        if (table == RecordRef::Table::CartableEntry) {
            x.assigneeUserId = idOf(r, "assignee_user_id");
            x.assigneeIdentityId = idOf(r, "assignee_identity_id");
            x.ended = !val(r, "ended_at").isNull() && !str(r, "ended_at").isEmpty();
        } else {
            x.itemTypeId = idOf(r, "item_type_id");
            x.identityId = idOf(r, "identity_id");
            x.createdBy = idOf(r, "created_by");
            x.approvalStatus = ApprovalStatusCode::parse(str(r, "approval_status")).value_or(ApprovalStatus::Pending);
        }
        out << x;
    }
    return out;
}
