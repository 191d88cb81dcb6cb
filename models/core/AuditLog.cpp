#include "models/core/AuditLog.h"

bool AuditLog::append(const QString &userId, const QString &action, const QString &subjectKind,
                      const QString &subjectId, const QString &detail)
{
    Row row;
    return insertRow("audit_log", row,
                     {{"at", Store::nowUtc()},
                      {"user_id", Sql::id(userId)},
                      {"action", action},
                      {"subject_kind", subjectKind},
                      {"subject_id", Sql::id(subjectId)},
                      {"detail", detail}});
}

ListSpec AuditLog::list(const QString &subjectId) const
{
    ListSpec s;
    s.from = QStringLiteral("audit_log a");
    s.columns = QStringList{QStringLiteral("a.id"),           QStringLiteral("a.at"),         QStringLiteral("a.user_id"),
                            QStringLiteral("a.action"),       QStringLiteral("a.subject_kind"),
                            QStringLiteral("a.subject_id"),   QStringLiteral("a.detail")};
    s.where = live(QStringLiteral("a"));
    if (!subjectId.isEmpty()) {
        s.where += QStringLiteral(" AND a.subject_id = ?");
        s.binds << subjectId;
    }
    s.orderBy = QStringLiteral("a.at DESC, a.id DESC");
    s.orderByDesc = QStringLiteral("a.at, a.id");
    return s;
}
