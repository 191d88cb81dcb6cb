#include "models/workflow/WorkflowRepository.h"

bool WorkflowRepository::insertWorkflow(Workflow &w)
{
    return insertRow("workflows", w, {{"item_type_id", Sql::id(w.itemTypeId)}, {"name", w.name}, {"active", w.active}});
}

QList<Workflow> WorkflowRepository::workflows(bool activeOnly)
{
    QString sql = QLatin1String("SELECT * FROM workflows WHERE ") + live(QString());
    if (activeOnly)
        sql += QLatin1String(" AND active = ") + boolLit(true);
    sql += QLatin1String(" ORDER BY name, id");
    QList<Workflow> out;
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows) {
        Workflow w;
        readRow(r, w);
        w.itemTypeId = idOf(r, "item_type_id");
        w.name = str(r, "name");
        w.active = flag(r, "active");
        out << w;
    }
    return out;
}

bool WorkflowRepository::insertState(WorkflowState &s)
{
    return insertRow("workflow_states", s,
                     {{"workflow_id", Sql::id(s.workflowId)},
                      {"name", s.name},
                      {"kind", s.kind},
                      {"responsible_mode", s.responsibleMode},
                      {"responsible_user_id", Sql::id(s.responsibleUserId)},
                      {"responsible_group_id", Sql::id(s.responsibleGroupId)},
                      {"sort_order", s.sortOrder}});
}

QList<WorkflowState> WorkflowRepository::states(const QString &workflowId)
{
    QList<WorkflowState> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM workflow_states WHERE workflow_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY sort_order, id"),
                               {workflowId});
    for (const QSqlRecord &r : rows) {
        WorkflowState s;
        readRow(r, s);
        s.workflowId = idOf(r, "workflow_id");
        s.name = str(r, "name");
        s.kind = str(r, "kind");
        s.responsibleMode = str(r, "responsible_mode");
        s.responsibleUserId = idOf(r, "responsible_user_id");
        s.responsibleGroupId = idOf(r, "responsible_group_id");
        s.sortOrder = int(i64(r, "sort_order"));
        out << s;
    }
    return out;
}

bool WorkflowRepository::insertAction(WorkflowAction &a)
{
    return insertRow("workflow_actions", a,
                     {{"state_id", Sql::id(a.stateId)},
                      {"name", a.name},
                      {"next_state_id", Sql::id(a.nextStateId)},
                      {"closes", a.closes}});
}

QList<WorkflowAction> WorkflowRepository::actions(const QString &stateId)
{
    QList<WorkflowAction> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM workflow_actions WHERE state_id = ? AND ") + live(QString())
                                   + QLatin1String(" ORDER BY name, id"),
                               {stateId});
    for (const QSqlRecord &r : rows) {
        WorkflowAction a;
        readRow(r, a);
        a.stateId = idOf(r, "state_id");
        a.name = str(r, "name");
        a.nextStateId = idOf(r, "next_state_id");
        a.closes = flag(r, "closes");
        out << a;
    }
    return out;
}

Repository::Cols WorkflowRepository::instanceColumns(const WorkflowInstance &i) const
{
    return {{"workflow_id", Sql::id(i.workflowId)},
            {"subject_kind", i.subjectKind},
            {"subject_id", Sql::id(i.subjectId)},
            {"identity_id", Sql::id(i.identityId)},
            {"title", i.title},
            {"current_state_id", Sql::id(i.currentStateId)},
            {"status", i.status == WorkflowStatus::Ended ? QStringLiteral("ended") : QStringLiteral("running")},
            {"started_at", Sql::ts(i.startedAt)},
            {"ended_at", Sql::ts(i.endedAt)}};
}

WorkflowInstance WorkflowRepository::instanceFromRecord(const QSqlRecord &r)
{
    WorkflowInstance i;
    readRow(r, i);
    i.workflowId = idOf(r, "workflow_id");
    i.subjectKind = str(r, "subject_kind");
    i.subjectId = idOf(r, "subject_id");
    i.identityId = idOf(r, "identity_id");
    i.title = str(r, "title");
    i.currentStateId = idOf(r, "current_state_id");
    i.status = str(r, "status") == QLatin1String("ended") ? WorkflowStatus::Ended : WorkflowStatus::Running;
    i.startedAt = ts(r, "started_at");
    i.endedAt = ts(r, "ended_at");
    return i;
}

bool WorkflowRepository::insertInstance(WorkflowInstance &i)
{
    if (!i.startedAt.isValid())
        i.startedAt = Store::now();
    return insertRow("workflow_instances", i, instanceColumns(i));
}

bool WorkflowRepository::updateInstance(WorkflowInstance &i)
{
    return updateRow("workflow_instances", i, instanceColumns(i));
}

std::optional<WorkflowInstance> WorkflowRepository::instance(const QString &id)
{
    const auto r = fetchById("workflow_instances", id);
    if (!r)
        return std::nullopt;
    return instanceFromRecord(*r);
}

Repository::Cols WorkflowRepository::entryColumns(const CartableEntry &e) const
{
    return {{"instance_id", Sql::id(e.instanceId)},
            {"state_id", Sql::id(e.stateId)},
            {"assignee_user_id", Sql::id(e.assigneeUserId)},
            {"assignee_identity_id", Sql::id(e.assigneeIdentityId)},
            {"entered_at", Sql::ts(e.enteredAt)},
            {"seen_at", Sql::ts(e.seenAt)},
            {"ended_at", Sql::ts(e.endedAt)},
            {"deadline", Sql::ts(e.deadline)},
            {"action_id", Sql::id(e.actionId)},
            {"note", e.note}};
}

CartableEntry WorkflowRepository::entryFromRecord(const QSqlRecord &r)
{
    CartableEntry e;
    readRow(r, e);
    e.instanceId = idOf(r, "instance_id");
    e.stateId = idOf(r, "state_id");
    e.assigneeUserId = idOf(r, "assignee_user_id");
    e.assigneeIdentityId = idOf(r, "assignee_identity_id");
    e.enteredAt = ts(r, "entered_at");
    e.seenAt = ts(r, "seen_at");
    e.endedAt = ts(r, "ended_at");
    e.deadline = ts(r, "deadline");
    e.actionId = idOf(r, "action_id");
    e.note = str(r, "note");
    return e;
}

bool WorkflowRepository::insertEntry(CartableEntry &e)
{
    if (e.assigneeUserId.isEmpty() == e.assigneeIdentityId.isEmpty())
        return fail(QStringLiteral("cartable_entries: exactly one of assignee user and assignee identity is set"));
    if (!e.enteredAt.isValid())
        e.enteredAt = Store::now();
    return insertRow("cartable_entries", e, entryColumns(e));
}

bool WorkflowRepository::updateEntry(CartableEntry &e)
{
    return updateRow("cartable_entries", e, entryColumns(e));
}

std::optional<CartableEntry> WorkflowRepository::entry(const QString &id)
{
    const auto r = fetchById("cartable_entries", id);
    if (!r)
        return std::nullopt;
    return entryFromRecord(*r);
}

bool WorkflowRepository::markSeen(const QString &entryId)
{
    return updateColumns("cartable_entries", entryId, {{"seen_at", Store::nowUtc()}});
}

bool WorkflowRepository::endEntry(const QString &entryId, const QString &actionId, const QString &note)
{
    return updateColumns("cartable_entries", entryId,
                         {{"ended_at", Store::nowUtc()}, {"action_id", Sql::id(actionId)}, {"note", note}});
}

ListSpec WorkflowRepository::openEntries() const
{
    ListSpec s;
    s.from = QStringLiteral("cartable_entries c JOIN workflow_instances w ON w.id = c.instance_id "
                            "LEFT JOIN workflow_states st ON st.id = c.state_id "
                            "LEFT JOIN identities i ON i.id = w.identity_id");
    s.columns = QStringList{QStringLiteral("c.id"),         QStringLiteral("c.entered_at"),
                            QStringLiteral("w.title"),      QStringLiteral("st.name"),
                            QStringLiteral("i.display_name"), QStringLiteral("c.deadline"),
                            QStringLiteral("c.seen_at"),    QStringLiteral("c.instance_id"),
                            QStringLiteral("c.state_id")};
    s.where = QLatin1String("c.ended_at IS NULL AND ") + live(QStringLiteral("c")) + QLatin1String(" AND ")
        + live(QStringLiteral("w"));
    s.orderBy = QStringLiteral("c.entered_at DESC, c.id DESC");
    s.orderByDesc = QStringLiteral("c.entered_at, c.id");
    return s;
}

ListSpec WorkflowRepository::cartableForUser(const QString &userId) const
{
    ListSpec s = openEntries();
    s.narrow(QStringLiteral("c.assignee_user_id = ?"), {userId});
    return s;
}

qint64 WorkflowRepository::openCountForUser(const QString &userId)
{
    return countRows(cartableForUser(userId));
}
