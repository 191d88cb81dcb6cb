#include "ui/tickets/TicketPages.h"

#include "models/tickets/TicketRepository.h"
#include "ui/shell/Labels.h"

using namespace SectionKit;

QVector<ListColumn> TicketPages::columns()
{
    return {text(tr("Number")), text(tr("Subject")), text(tr("Customer")), label(tr("Status"), Labels::ticketStatuses()),
            label(tr("Priority"), Labels::ticketPriorities()), of(tr("Opened"), ColumnKind::DateTime)};
}

Section TicketPages::staffSection(const Session &session)
{
    Store *store = session.store;
    return listSection(session, QStringLiteral("tickets"), tr("Tickets"), columns(),
                       [store](const QString &search, const QString &status) {
                           TicketFilter f;
                           f.search = search;
                           f.status = TicketCode::status(status);
                           return TicketRepository(*store).list(f);
                       },
                       filtersFrom(tr("All tickets"), Labels::ticketStatuses(),
                                   {QStringLiteral("open"), QStringLiteral("answered"), QStringLiteral("waiting"),
                                    QStringLiteral("closed")}));
}
