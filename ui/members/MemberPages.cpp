#include "ui/members/MemberPages.h"

#include "models/repositories/UserRepository.h"
#include "models/store/Store.h"
#include "ui/Labels.h"
#include "ui/members/MemberActions.h"
#include "ui/Workspace.h"

using namespace SectionKit;

namespace MemberPages {

QVector<Section> staffSections(const Session &session)
{
    Store *store = session.store;
    return {listSection(session, QStringLiteral("members"), Workspace::tr("Club members"),
                        {of(Workspace::tr("Username"), ColumnKind::Code), label(Workspace::tr("Kind"), Labels::userKinds()),
                         text(Workspace::tr("Name")), label(Workspace::tr("Registration"), Labels::approvalStatuses()),
                         label(Workspace::tr("Active"), Labels::yesNo()), label(Workspace::tr("Suspended"), Labels::yesNo()),
                         label(Workspace::tr("Locked"), Labels::yesNo()), of(Workspace::tr("Last sign-in"), ColumnKind::DateTime)},
                        [store](const QString &search, const QString &kind) {
                            UserFilter f;
                            f.search = search;
                            f.kind = kind;
                            return UserRepository(*store).list(f);
                        },
                        filtersFrom(Workspace::tr("All club members"), Labels::userKinds(),
                                    {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier"),
                                     QStringLiteral("staff")}),
                        true, [session](ListPage *page) { MemberActions::addTo(page, session); })};
}

bool tour(const Session &, MainWindow &, const TourShot &)
{
    return true;
}

}
