#pragma once
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

// Append-only record of who did what («گزارش تغییرات»). Entries are never updated.
class AuditLog : public Repository
{
public:
    using Repository::Repository;

    enum ListColumn { Id, At, UserId, Action, SubjectKind, SubjectId, Detail };

    bool append(const QString &userId, const QString &action, const QString &subjectKind = {},
                const QString &subjectId = {}, const QString &detail = {});
    // Newest first; subjectId empty = everything.
    ListSpec list(const QString &subjectId = {}) const;
};
