#include "ui/workflow/CartablePages.h"

#include "models/workflow/WorkflowRepository.h"

using namespace SectionKit;

QVector<ListColumn> CartablePages::columns()
{
    return {of(tr("Arrived"), ColumnKind::DateTime), text(tr("Process")), text(tr("Step")), text(tr("Customer")),
            of(tr("Deadline"), ColumnKind::DateTime), of(tr("Seen"), ColumnKind::DateTime)};
}

Section CartablePages::staffSection(const Session &session)
{
    Store *store = session.store;
    const QString userId = session.userId;
    return listSection(session, QStringLiteral("cartable"), tr("Cartable"), columns(),
                       [store, userId](const QString &, const QString &) {
                           return WorkflowRepository(*store).cartableForUser(userId);
                       },
                       {}, false);
}
