#include "models/finance/ApprovalQueue.h"

namespace {

QString placeholders(const QStringList &ids, QVariantList *binds)
{
    QStringList marks;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        *binds << Sql::id(id);
    }
    return marks.join(QLatin1String(", "));
}

}

QString ApprovalQueueRepository::waiting(const QString &a, const ApprovalQueueFilter &f, QVariantList *binds) const
{
    QStringList any;
    if (!f.approvable.isEmpty())
        any << a + QLatin1String(".approval_status = 'pending' AND ") + a + QLatin1String(".item_type_id IN (")
                + placeholders(f.approvable, binds) + QLatin1Char(')');
    if (!f.numberable.isEmpty())
        any << a + QLatin1String(".number IS NULL AND ") + a + QLatin1String(".approval_status <> 'rejected' AND ") + a
                + QLatin1String(".item_type_id IN (") + placeholders(f.numberable, binds) + QLatin1Char(')');
    if (!f.numberableApproved.isEmpty())
        any << a + QLatin1String(".number IS NULL AND ") + a + QLatin1String(".approval_status = 'approved' AND ") + a
                + QLatin1String(".item_type_id IN (") + placeholders(f.numberableApproved, binds) + QLatin1Char(')');
    if (any.isEmpty())
        return QStringLiteral("1 = 0"); // no rights: nothing waits for this user
    return live(a) + QLatin1String(" AND ((") + any.join(QLatin1String(") OR (")) + QLatin1String("))");
}

ListSpec ApprovalQueueRepository::list(const ApprovalQueueFilter &f) const
{
    ListSpec s;
    QStringList parts;
    if (f.subject.isEmpty() || f.subject == QLatin1String("document"))
        parts << QLatin1String("SELECT d.id AS id, 'document' AS subject, d.kind AS kind, d.number AS number, "
                               "d.issue_date AS on_date, d.created_at AS at, d.identity_id AS identity_id, "
                               "d.final_amount AS amount, d.approval_status AS approval_status, "
                               "d.item_type_id AS item_type_id FROM documents d WHERE ")
                + waiting(QStringLiteral("d"), f, &s.binds);
    if (f.subject.isEmpty() || f.subject == QLatin1String("receipt"))
        parts << QLatin1String("SELECT r.id, 'receipt', CASE WHEN r.direction = 'out' THEN 'payment' ELSE 'receipt' END, "
                               "r.number, r.received_on, r.created_at, r.identity_id, r.amount, r.approval_status, "
                               "r.item_type_id FROM receipts r WHERE ")
                + waiting(QStringLiteral("r"), f, &s.binds);
    s.from = QLatin1Char('(') + parts.join(QLatin1String(" UNION ALL "))
        + QLatin1String(") q LEFT JOIN identities i ON i.id = q.identity_id LEFT JOIN item_types t ON t.id = q.item_type_id");
    s.columns = QStringList{QStringLiteral("q.id"),     QStringLiteral("q.subject"),        QStringLiteral("q.kind"),
                            QStringLiteral("q.number"), QStringLiteral("q.on_date"),        QStringLiteral("i.display_name"),
                            QStringLiteral("q.amount"), QStringLiteral("q.approval_status"), QStringLiteral("t.name")};
    s.orderBy = QStringLiteral("q.on_date, q.at, q.id");
    s.orderByDesc = QStringLiteral("q.on_date DESC, q.at DESC, q.id DESC");
    return s;
}

QString ApprovalQueueRepository::subjectOf(const QString &id)
{
    if (scalar(QLatin1String("SELECT count(*) FROM documents WHERE id = ? AND ") + live(QString()), {Sql::id(id)}).toLongLong() > 0)
        return QStringLiteral("document");
    if (scalar(QLatin1String("SELECT count(*) FROM receipts WHERE id = ? AND ") + live(QString()), {Sql::id(id)}).toLongLong() > 0)
        return QStringLiteral("receipt");
    return {};
}
