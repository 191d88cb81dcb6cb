#include "ui/members/MemberPages.h"

#include "models/club/ClubPermissions.h"
#include "models/club/ClubUserImport.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/Labels.h"
#include "ui/shell/Workspace.h"
#include "ui/members/BulkUserWizard.h"
#include "ui/members/MemberActions.h"
#include "ui/members/MemberDialogs.h"
#include "ui/members/MemberLabels.h"

#include <QFile>
#include <QTableView>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace SectionKit;

namespace MemberPages {

namespace {

// The filter list's keys are "<what>:<value>", so one list holds every way of narrowing.
QVector<ListPage::Filter> memberFilters()
{
    const QHash<QString, QString> status = Labels::approvalStatuses();
    const QHash<QString, QString> origins = MemberLabels::accountOrigins();
    QVector<ListPage::Filter> f{{QString(), Workspace::tr("All members")}};
    for (const char *s : {"pending", "approved", "rejected"})
        f.append({QStringLiteral("status:") + QLatin1String(s), status.value(QLatin1String(s))});
    f.append({QStringLiteral("active:1"), Workspace::tr("Active")});
    f.append({QStringLiteral("active:0"), Workspace::tr("Inactive")});
    f.append({QStringLiteral("suspended:1"), Workspace::tr("Suspended")});
    f.append({QStringLiteral("locked:1"), Workspace::tr("Locked")});
    for (const char *o : {"staff", "self", "identity", "bulk", "import"})
        f.append({QStringLiteral("via:") + QLatin1String(o), origins.value(QLatin1String(o))});
    f.append({QStringLiteral("signin:never"), Workspace::tr("Never signed in")});
    f.append({QStringLiteral("signin:recent"), Workspace::tr("Signed in during the last 30 days")});
    f.append({QStringLiteral("signin:dormant"), Workspace::tr("Not signed in for 90 days")});
    return f;
}

UserFilter filterFor(ClubKind kind, const QString &search, const QString &key)
{
    UserFilter f;
    f.search = search;
    // supplier accounts belong to the customer club (ClubMemberService::kindOfUser)
    f.kinds = kind == ClubKind::Agent ? QList<UserKind>{UserKind::Agent}
                                      : QList<UserKind>{UserKind::Customer, UserKind::Supplier};
    const QString what = key.section(QLatin1Char(':'), 0, 0);
    const QString value = key.section(QLatin1Char(':'), 1);
    const bool on = value == QLatin1String("1");
    if (what == QLatin1String("status"))
        f.registrationStatus = RegistrationStatusCode::parse(value);
    else if (what == QLatin1String("active"))
        f.active = on;
    else if (what == QLatin1String("suspended"))
        f.suspended = on;
    else if (what == QLatin1String("locked"))
        f.locked = on;
    else if (what == QLatin1String("via"))
        f.createdVia = value;
    else if (key == QLatin1String("signin:never"))
        f.neverSignedIn = true;
    else if (key == QLatin1String("signin:recent"))
        f.signedInSince = Store::now().addDays(-30);
    else if (key == QLatin1String("signin:dormant"))
        f.notSignedInSince = Store::now().addDays(-90);
    return f;
}

Section membersSection(const Session &session, ClubKind kind)
{
    Store *store = session.store;
    const bool agents = kind == ClubKind::Agent;
    return listSection(session, agents ? QStringLiteral("agent-members") : QStringLiteral("customer-members"),
                       agents ? Workspace::tr("Agent club members") : Workspace::tr("Customer club members"),
                       // one state column (UserRepository::State), not a yes/no column per flag
                       {of(Workspace::tr("Username"), ColumnKind::Code), label(Workspace::tr("Kind"), Labels::userKinds()),
                        text(Workspace::tr("Name")), label(Workspace::tr("State"), MemberLabels::states()),
                        of(Workspace::tr("Last sign-in"), ColumnKind::DateTime),
                        label(Workspace::tr("Created by"), MemberLabels::accountOrigins())},
                       [store, kind](const QString &search, const QString &key) {
                           return UserRepository(*store).list(filterFor(kind, search, key));
                       },
                       memberFilters(), true, [session, kind](ListPage *page) {
                           MemberActions::addTo(page, session);
                           MemberActions::addPageActions(page, session, kind);
                           MemberActions::arrange(page);
                           page->table()->setItemDelegateForColumn(
                               UserRepository::State - 1, new BadgeDelegate(MemberLabels::stateColours(), page));
                       });
}

} // namespace

QVector<Section> staffSections(const Session &session)
{
    QVector<Section> sections;
    for (ClubKind kind : {ClubKind::Customer, ClubKind::Agent})
        if (session.permissions().canManageMembers(kind))
            sections << membersSection(session, kind);
    return sections;
}

void decorateIdentities(ListPage *page, const Session &session)
{
    MemberActions::addDefineOnIdentity(page, session);
}

bool tour(const Session &session, MainWindow &window, const TourShot &shoot)
{
    bool ok = true;
    {
        MemberCreateDialog create(session, ClubKind::Customer, &window);
        create.show();
        ok &= shoot(&create, QStringLiteral("member-create"));
    }
    // A small file with one broken row: the preview shows its reason, and since nothing is
    // written the tour leaves the demo company as it was.
    QTemporaryDir dir;
    const QString csv = SectionKit::tourFile(
        dir.path(), QStringLiteral("members.csv"),
        QStringLiteral("نام,نام خانوادگی,ایمیل,موبایل,کد ملی,نام کاربری,رمز عبور\n"
                       "سارا,محمدی,sara@example.com,09121234567,0499370899,sara.mohammadi,Sara-Club-2024\n"
                       "بهرام,کریمی,bahram@example.com,09351234567,1234567890,bahram.karimi,Bahram-Club-2024\n"
                       "نگار,توکلی,negar@example.com,09131234567,0013542419,negar.tavakoli,Negar-Club-2024\n"));
    if (csv.isEmpty())
        return false;
    BulkUserWizard wizard(session, ClubKind::Customer, &window);
    wizard.show();
    ok &= shoot(&wizard, QStringLiteral("bulk-source"));
    wizard.findChild<QRadioButton *>(QStringLiteral("fileRadio"))->setChecked(true);
    wizard.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(csv);
    wizard.next();
    ok &= wizard.currentId() == BulkUserWizard::MappingPage && shoot(&wizard, QStringLiteral("bulk-mapping"));
    wizard.next();
    ok &= wizard.currentId() == BulkUserWizard::PreviewPage && shoot(&wizard, QStringLiteral("bulk-preview"));
    wizard.next();
    ok &= wizard.currentId() == BulkUserWizard::SummaryPage && shoot(&wizard, QStringLiteral("bulk-summary"));
    return ok;
}

} // namespace MemberPages
