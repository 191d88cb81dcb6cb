#pragma once
#include "models/workflow/Workflow.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <optional>

// Processes (فرآیند): workflows, their states (cartables) and actions, running instances, and
// the cartable entries that wait for a staff user or for a club identity (customer/agent).
class WorkflowRepository : public Repository
{
public:
    using Repository::Repository;

    // Columns of the cartable lists.
    enum CartableColumn { Id, EnteredAt, InstanceTitle, StateName, IdentityName, Deadline, SeenAt, InstanceId, StateId };

    bool insertWorkflow(Workflow &workflow);
    QList<Workflow> workflows(bool activeOnly = false);
    bool insertState(WorkflowState &state);
    QList<WorkflowState> states(const QString &workflowId); // by sort order
    bool insertAction(WorkflowAction &action);
    QList<WorkflowAction> actions(const QString &stateId);

    bool insertInstance(WorkflowInstance &instance);
    bool updateInstance(WorkflowInstance &instance);
    std::optional<WorkflowInstance> instance(const QString &id);

    bool insertEntry(CartableEntry &entry);
    bool updateEntry(CartableEntry &entry);
    std::optional<CartableEntry> entry(const QString &id);
    bool markSeen(const QString &entryId);
    // Ends an entry with the action taken (and an optional note).
    bool endEntry(const QString &entryId, const QString &actionId, const QString &note = {});

    // Open (not ended) entries, newest first: every one (the club narrows them through its
    // visibility rules, ClubLists), or those waiting for a staff user.
    ListSpec openEntries() const;
    // A staff user's cartable.
    ListSpec cartableForUser(const QString &userId) const;
    qint64 openCountForUser(const QString &userId);

private:
    static CartableEntry entryFromRecord(const QSqlRecord &r);
    static WorkflowInstance instanceFromRecord(const QSqlRecord &r);
    Cols instanceColumns(const WorkflowInstance &i) const;
    Cols entryColumns(const CartableEntry &e) const;
};
