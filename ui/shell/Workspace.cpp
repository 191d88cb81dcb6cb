#include "ui/shell/Workspace.h"

#include "models/club/ClubLists.h"
#include "models/auth/User.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/workflow/WorkflowRepository.h"
#include "ui/shell/Labels.h"
#include "ui/shell/StaffActions.h"
#include "ui/finance/FinancePages.h"
#include "ui/members/MemberPages.h"
#include "ui/settings/SettingsPages.h"
#include "ui/club/ClubDashboardPage.h"
#include "ui/widgets/ListPage.h"
#include "ui/shell/SectionKit.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace SectionKit;

namespace {

QVector<ListColumn> identityColumns()
{
    return {text(Workspace::tr("Name")), text(Workspace::tr("Customer number")),
            label(Workspace::tr("Profile"), Labels::profileTypes()),
            label(Workspace::tr("Kind"), Labels::identityKinds()), text(Workspace::tr("National ID")),
            text(Workspace::tr("Mobile")), text(Workspace::tr("City")), of(Workspace::tr("Created"), ColumnKind::DateTime)};
}

}

QVector<ListColumn> Workspace::documentColumns()
{
    return {label(Workspace::tr("Type"), Labels::documentKinds()), text(Workspace::tr("Number")),
            of(Workspace::tr("Date"), ColumnKind::Date), text(Workspace::tr("Customer")),
            label(Workspace::tr("Status"), Labels::approvalStatuses()),
            of(Workspace::tr("Amount (rials)"), ColumnKind::Money), text(Workspace::tr("Title"))};
}

QVector<ListColumn> Workspace::receiptColumns()
{
    return {text(Workspace::tr("Number")), of(Workspace::tr("Date"), ColumnKind::Date), text(Workspace::tr("Payer")),
            of(Workspace::tr("Amount (rials)"), ColumnKind::Money), label(Workspace::tr("Type"), Labels::receiptMethods()),
            label(Workspace::tr("Method"), Labels::cashMethods()), label(Workspace::tr("Status"), Labels::approvalStatuses())};
}

namespace {

QVector<ListColumn> ticketColumns()
{
    return {text(Workspace::tr("Number")), text(Workspace::tr("Subject")), text(Workspace::tr("Customer")),
            label(Workspace::tr("Status"), Labels::ticketStatuses()), label(Workspace::tr("Priority"), Labels::ticketPriorities()),
            of(Workspace::tr("Opened"), ColumnKind::DateTime)};
}

QVector<ListColumn> cartableColumns()
{
    return {of(Workspace::tr("Arrived"), ColumnKind::DateTime), text(Workspace::tr("Process")), text(Workspace::tr("Step")),
            text(Workspace::tr("Customer")), of(Workspace::tr("Deadline"), ColumnKind::DateTime),
            of(Workspace::tr("Seen"), ColumnKind::DateTime)};
}

QVector<ListColumn> pointColumns()
{
    return {of(Workspace::tr("Date"), ColumnKind::Date), label(Workspace::tr("Kind"), Labels::pointKinds()),
            of(Workspace::tr("Points"), ColumnKind::Number), of(Workspace::tr("Balance"), ColumnKind::Number),
            of(Workspace::tr("Expires"), ColumnKind::Date),
            text(Workspace::tr("Description"))};
}

}

QVector<ListPage::Filter> Workspace::documentFilters()
{
    return filtersFrom(Workspace::tr("All documents"), Labels::documentKinds(),
                       {QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("return_invoice"),
                        QStringLiteral("contract")});
}

QVector<ListPage::Filter> Workspace::statusFilters(const QString &allTitle)
{
    return filtersFrom(allTitle, Labels::approvalStatuses(),
                       {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")});
}

Session Workspace::sessionFor(Store &store, const User &user)
{
    Session s;
    s.store = &store;
    s.userId = user.id;
    s.username = user.username;
    s.kind = user.kind;
    s.identityId = user.identityId;
    s.displayName = user.username;
    if (!user.identityId.isEmpty()) {
        if (const auto identity = IdentityRepository(store).get(user.identityId))
            s.displayName = identity->displayName;
    }
    return s;
}

QVector<LoginDialog::SampleAccount> Workspace::sampleAccounts(Store &store)
{
    QVector<LoginDialog::SampleAccount> accounts;
    const QJsonArray list = SettingsRepository(store).value(QStringLiteral("demo.accounts")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        accounts.append({o.value(QLatin1String("username")).toString(), o.value(QLatin1String("password")).toString(),
                         o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("label")).toString()});
    }
    return accounts;
}

QVector<MainWindow::Section> Workspace::sections(const Session &session)
{
    return session.isStaff() ? staffSections(session) : clubSections(session);
}

QVector<MainWindow::Section> Workspace::staffSections(const Session &session)
{
    Store *store = session.store;
    QVector<Section> sections;
    sections << listSection(session, QStringLiteral("identities"), tr("Identities"), identityColumns(),
                            [store](const QString &search, const QString &profile) {
                                IdentityFilter f;
                                f.search = search;
                                f.profileType = profile;
                                return IdentityRepository(*store).list(f);
                            },
                            filtersFrom(tr("All identities"), Labels::profileTypes(),
                                        {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier")}),
                            true, [session](ListPage *page) { MemberPages::decorateIdentities(page, session); });
    sections << MemberPages::staffSections(session);
    sections << FinancePages::staffSections(session);
    sections << listSection(session, QStringLiteral("tickets"), tr("Tickets"), ticketColumns(),
                            [store](const QString &search, const QString &status) {
                                TicketFilter f;
                                f.search = search;
                                f.status = TicketCode::status(status);
                                return TicketRepository(*store).list(f);
                            },
                            filtersFrom(tr("All tickets"), Labels::ticketStatuses(),
                                        {QStringLiteral("open"), QStringLiteral("answered"), QStringLiteral("waiting"),
                                         QStringLiteral("closed")}));
    const QString userId = session.userId;
    sections << listSection(session, QStringLiteral("cartable"), tr("Cartable"), cartableColumns(),
                            [store, userId](const QString &, const QString &) {
                                return WorkflowRepository(*store).cartableForUser(userId);
                            },
                            {}, false);
    sections << SettingsPages::staffSections(session);
    return sections;
}

QVector<MainWindow::Section> Workspace::clubSections(const Session &session)
{
    // Every club list reads through ClubLists, the one path the visibility rules guard; each
    // refresh reads the user and the switches afresh, so a withdrawn right empties the next read.
    Store *store = session.store;
    const QString userId = session.userId;
    const auto club = [store, userId] { return ClubLists(*store, userId); };
    QVector<Section> sections;
    sections << Section{QStringLiteral("dashboard"), tr("Dashboard"), [session](QWidget *parent) -> QWidget * {
                            return new ClubDashboardPage(session, parent);
                        }};
    if (session.isAgent()) {
        sections << listSection(session, QStringLiteral("customers"), tr("My customers"), identityColumns(),
                                [club](const QString &search, const QString &) { return club().myCustomers(search); });
    }
    // The club lists documents only once they are approved; pending and rejected ones wait
    // under «اسناد در دست بررسی» (reference §3 rule 22).
    sections << listSection(session, QStringLiteral("documents"), tr("Invoices and contracts"), Workspace::documentColumns(),
                            [club](const QString &search, const QString &kind) { return club().documents(search, kind); },
                            documentFilters(), true,
                            [session](ListPage *page) { StaffActions::addPrintActions(page, session, false); });
    sections << listSection(session, QStringLiteral("review"), tr("Documents under review"), Workspace::documentColumns(),
                            [club](const QString &search, const QString &status) {
                                return club().documentsUnderReview(search, status);
                            },
                            {{QStringLiteral("pending"), Labels::approvalStatuses().value(QStringLiteral("pending"))},
                             {QStringLiteral("rejected"), Labels::approvalStatuses().value(QStringLiteral("rejected"))}});
    sections << listSection(session, QStringLiteral("receipts"), tr("Payments"), receiptColumns(),
                            [club](const QString &, const QString &status) { return club().payments(status); },
                            statusFilters(tr("All payments")), false);
    sections << listSection(session, QStringLiteral("points"), tr("Points"), pointColumns(),
                            [club](const QString &, const QString &) { return club().points(); }, {}, false);
    sections << listSection(session, QStringLiteral("tickets"), tr("Requests"), ticketColumns(),
                            [club](const QString &search, const QString &) { return club().tickets(search); });
    sections << listSection(session, QStringLiteral("cartable"), tr("Waiting for me"), cartableColumns(),
                            [club](const QString &, const QString &) { return club().cartable(); }, {}, false);
    return sections;
}
