#include "ui/settings/OpenSessionsPage.h"

#include "models/server/ServerSignIn.h"
#include "ui/shell/Labels.h"
#include "ui/widgets/Ask.h"

using namespace SectionKit;

Section OpenSessionsPage::section(const Session &session)
{
    Store *store = session.store;
    return listSection(
        session, QStringLiteral("open-sessions"), tr("Signed in now"),
        {of(tr("Username"), ColumnKind::Code), label(tr("Kind"), Labels::userKinds()), of(tr("Computer"), ColumnKind::Code),
         of(tr("Signed in at"), ColumnKind::DateTime), of(tr("Last seen"), ColumnKind::DateTime)},
        [](const QString &search, const QString &) { return ServerSignIn::openSessionsList(search); }, {}, true,
        [store](ListPage *page) {
            page->addRowAction(tr("End session"), [store, page](const QString &id) {
                if (!Ask::confirm(page, tr("End session"),
                                  tr("End this session? The person is signed out at their next action and must sign "
                                     "in again.")))
                    return QString();
                return ServerSignIn(*store).endSession(id) ? QString() : tr("The session could not be ended; it may "
                                                                            "have ended already.");
            })->setObjectName(QStringLiteral("endSessionAction"));
        });
}
