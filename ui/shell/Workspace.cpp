#include "ui/shell/Workspace.h"

#include "models/auth/User.h"
#include "models/club/ClubLists.h"
#include "models/company/GettingStarted.h"
#include "models/core/SettingsRepository.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/persian/Money.h"
#include "ui/club/ClubDashboardPage.h"
#include "ui/company/GettingStartedPage.h"
#include "ui/finance/FinancePages.h"
#include "ui/identities/IdentityPages.h"
#include "ui/identities/CategoryTreePage.h"
#include "ui/loyalty/PointPages.h"
#include "ui/members/MemberPages.h"
#include "ui/settings/SettingsPages.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "ui/shell/StaffActions.h"
#include "ui/tickets/TicketPages.h"
#include "ui/widgets/ListPage.h"
#include "ui/workflow/CartablePages.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace SectionKit;

QVector<ListColumn> Workspace::documentColumns()
{
    return {label(Workspace::tr("Type"), Labels::documentKinds()), text(Workspace::tr("Number")),
            of(Workspace::tr("Date"), ColumnKind::Date), text(Workspace::tr("Customer")),
            label(Workspace::tr("Status"), Labels::approvalStatuses()),
            of(Workspace::tr("Amount (%1)").arg(Persian::shownUnitName()), ColumnKind::Money), text(Workspace::tr("Title"))};
}

QVector<ListColumn> Workspace::receiptColumns()
{
    return {text(Workspace::tr("Number")), of(Workspace::tr("Date"), ColumnKind::Date), text(Workspace::tr("Payer")),
            of(Workspace::tr("Amount (%1)").arg(Persian::shownUnitName()), ColumnKind::Money), label(Workspace::tr("Type"), Labels::receiptMethods()),
            label(Workspace::tr("Method"), Labels::cashMethods()), label(Workspace::tr("Status"), Labels::approvalStatuses())};
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
    // amounts on every screen of this session in the company's unit (the official prints keep rials)
    Persian::setShownUnit(SettingsRepository(store).company().value_or(Company()).moneyUnit);
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
    QVector<Section> sections;
    // a new company's administrator starts on what is still to do, until the list is put away
    if (session.signedIn().may(Grant::SystemAdmin) && !GettingStarted::items(*session.store).isEmpty())
        sections << Section{QStringLiteral("getting-started"), GettingStartedPage::tr("Getting started"),
                            [session](QWidget *parent) -> QWidget * { return new GettingStartedPage(session, parent); }};
    sections << IdentityPages::staffSection(session);
    sections << CategoryTreePage::sections(session);
    sections << MemberPages::staffSections(session);
    sections << FinancePages::staffSections(session);
    sections << TicketPages::staffSection(session);
    sections << CartablePages::staffSection(session);
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
        sections << listSection(session, QStringLiteral("customers"), tr("My customers"), IdentityPages::columns(),
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
    sections << listSection(session, QStringLiteral("points"), tr("Points"), PointPages::columns(),
                            [club](const QString &, const QString &) { return club().points(); }, {}, false);
    sections << listSection(session, QStringLiteral("tickets"), tr("Requests"), TicketPages::columns(),
                            [club](const QString &search, const QString &) { return club().tickets(search); });
    sections << listSection(session, QStringLiteral("cartable"), tr("Waiting for me"), CartablePages::columns(),
                            [club](const QString &, const QString &) { return club().cartable(); }, {}, false);
    return sections;
}
