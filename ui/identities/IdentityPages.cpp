#include "ui/identities/IdentityPages.h"

#include "models/identities/IdentityRepository.h"
#include "ui/members/MemberPages.h"
#include "ui/shell/Labels.h"

using namespace SectionKit;

QVector<ListColumn> IdentityPages::columns()
{
    return {text(tr("Name")), text(tr("Customer number")), label(tr("Profile"), Labels::profileTypes()),
            label(tr("Kind"), Labels::identityKinds()), text(tr("National ID")), text(tr("Mobile")), text(tr("City")),
            of(tr("Created"), ColumnKind::DateTime)};
}

Section IdentityPages::staffSection(const Session &session)
{
    Store *store = session.store;
    return listSection(session, QStringLiteral("identities"), tr("Identities"), columns(),
                       [store](const QString &search, const QString &profile) {
                           IdentityFilter f;
                           f.search = search;
                           f.profileType = IdentityCode::profileType(profile);
                           return IdentityRepository(*store).list(f);
                       },
                       filtersFrom(tr("All identities"), Labels::profileTypes(),
                                   {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier")}),
                       true, [session](ListPage *page) { MemberPages::decorateIdentities(page, session); });
}
