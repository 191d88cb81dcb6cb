#pragma once
#include "models/core/Row.h"

struct Workflow : Row
{
    QString itemTypeId;
    QString name;
    bool active = true;
};

// A cartable of a process («کارتابل»).
struct WorkflowState : Row
{
    QString workflowId;
    QString name;
    QString kind = QStringLiteral("normal"); // initial|normal|final
    QString responsibleMode = QStringLiteral("user"); // user|group|club_user
    QString responsibleUserId;
    QString responsibleGroupId;
    int sortOrder = 0;
};

struct WorkflowAction : Row
{
    QString stateId;
    QString name;
    QString nextStateId;
    bool closes = false;
};

// Whether a process instance still runs, as a typed code; stored as running|ended.
enum class WorkflowStatus { Running, Ended };

struct WorkflowInstance : Row
{
    QString workflowId;
    QString subjectKind;
    QString subjectId;
    QString identityId;
    QString title;
    QString currentStateId;
    WorkflowStatus status = WorkflowStatus::Running;
    QDateTime startedAt;
    QDateTime endedAt;
};

// One step waiting in someone's cartable: a staff user's, or a club identity's (customer/agent).
struct CartableEntry : Row
{
    QString instanceId;
    QString stateId;
    QString assigneeUserId;
    QString assigneeIdentityId;
    QDateTime enteredAt;
    QDateTime seenAt;
    QDateTime endedAt;
    QDateTime deadline;
    QString actionId;
    QString note;
};
