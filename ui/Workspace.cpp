#include "ui/Workspace.h"

#include "models/domain/User.h"
#include "models/repositories/DocumentRepository.h"
#include "models/repositories/FinanceRepositories.h"
#include "models/repositories/IdentityRepository.h"
#include "models/repositories/SettingsRepository.h"
#include "models/repositories/TicketRepository.h"
#include "models/repositories/UserRepository.h"
#include "models/repositories/WorkflowRepository.h"
#include "ui/Labels.h"
#include "ui/StaffActions.h"
#include "ui/views/ClubDashboardPage.h"
#include "ui/views/ListPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>

namespace {

using Section = MainWindow::Section;
const Qt::Alignment Numeric = Qt::AlignTrailing | Qt::AlignVCenter;

ListColumn text(const QString &title)
{
    return {title, ColumnKind::Text, {}, {}};
}
ListColumn label(const QString &title, QHash<QString, QString> labels)
{
    return {title, ColumnKind::Label, std::move(labels), {}};
}
ListColumn of(const QString &title, ColumnKind kind)
{
    ListColumn c{title, kind, {}, {}};
    if (kind == ColumnKind::Money || kind == ColumnKind::Number)
        c.alignment = Numeric;
    return c;
}
// A filter list from labels, preceded by "all".
QVector<ListPage::Filter> filtersFrom(const QString &allTitle, const QHash<QString, QString> &labels,
                                      const QStringList &order)
{
    QVector<ListPage::Filter> filters{{QString(), allTitle}};
    for (const QString &key : order)
        filters.append({key, labels.value(key)});
    return filters;
}

Section listSection(const Session &session, const QString &key, const QString &title,
                    QVector<ListColumn> columns, ListPage::SpecFactory factory,
                    QVector<ListPage::Filter> filters = {}, bool searchable = true,
                    std::function<void(ListPage *)> decorate = {})
{
    Store *store = session.store;
    return {key, title, [=](QWidget *parent) -> QWidget * {
                auto *page = new ListPage(store->db(), columns, factory, filters, parent);
                page->searchEdit()->setVisible(searchable);
                page->setTitle(title);
                if (decorate)
                    decorate(page);
                return page;
            }};
}

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

namespace {

QVector<ListColumn> receiptColumns()
{
    return {text(Workspace::tr("Number")), of(Workspace::tr("Date"), ColumnKind::Date), text(Workspace::tr("Payer")),
            of(Workspace::tr("Amount (rials)"), ColumnKind::Money), label(Workspace::tr("Type"), Labels::receiptMethods()),
            label(Workspace::tr("Method"), Labels::cashMethods()), label(Workspace::tr("Status"), Labels::approvalStatuses())};
}

QVector<ListColumn> ticketColumns()
{
    return {text(Workspace::tr("Number")), text(Workspace::tr("Subject")), text(Workspace::tr("Customer")),
            label(Workspace::tr("Status"), Labels::ticketStatuses()), text(Workspace::tr("Priority")),
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
            of(Workspace::tr("Points"), ColumnKind::Number), of(Workspace::tr("Expires"), ColumnKind::Date),
            text(Workspace::tr("Description"))};
}

QVector<ListPage::Filter> documentFilters()
{
    return filtersFrom(Workspace::tr("All documents"), Labels::documentKinds(),
                       {QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("return_invoice"),
                        QStringLiteral("contract")});
}

QVector<ListPage::Filter> statusFilters(const QString &allTitle)
{
    return filtersFrom(allTitle, Labels::approvalStatuses(),
                       {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")});
}

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
                                        {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier")}));
    sections << listSection(session, QStringLiteral("members"), tr("Club members"),
                            {of(tr("Username"), ColumnKind::Code), label(tr("Kind"), Labels::userKinds()), text(tr("Name")),
                             label(tr("Registration"), Labels::approvalStatuses()), label(tr("Active"), Labels::yesNo()),
                             label(tr("Suspended"), Labels::yesNo()), label(tr("Locked"), Labels::yesNo()),
                             of(tr("Last sign-in"), ColumnKind::DateTime)},
                            [store](const QString &search, const QString &kind) {
                                UserFilter f;
                                f.search = search;
                                f.kind = kind;
                                return UserRepository(*store).list(f);
                            },
                            filtersFrom(tr("All club members"), Labels::userKinds(),
                                        {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("supplier"),
                                         QStringLiteral("staff")}),
                            true, [session](ListPage *page) { StaffActions::addMemberActions(page, session); });
    sections << listSection(session, QStringLiteral("documents"), tr("Sales documents"), Workspace::documentColumns(),
                            [store](const QString &search, const QString &kind) {
                                DocumentFilter f;
                                f.search = search;
                                f.kind = kind;
                                return DocumentRepository(*store).list(f);
                            },
                            documentFilters(), true,
                            [session](ListPage *page) {
                                StaffActions::addDocumentActions(page, session);
                                StaffActions::addPrintActions(page, session, false);
                            });
    sections << listSection(session, QStringLiteral("receipts"), tr("Receipts"), receiptColumns(),
                            [store](const QString &, const QString &status) {
                                ReceiptFilter f;
                                f.approvalStatus = status;
                                return ReceiptRepository(*store).list(f);
                            },
                            statusFilters(tr("All receipts")), false,
                            [session](ListPage *page) {
                                StaffActions::addReceiptActions(page, session);
                                StaffActions::addPrintActions(page, session, true);
                            });
    sections << listSection(session, QStringLiteral("tickets"), tr("Tickets"), ticketColumns(),
                            [store](const QString &search, const QString &status) {
                                TicketFilter f;
                                f.search = search;
                                f.status = status;
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
    return sections;
}

QVector<MainWindow::Section> Workspace::clubSections(const Session &session)
{
    Store *store = session.store;
    const QString identityId = session.identityId;
    QVector<Section> sections;
    sections << Section{QStringLiteral("dashboard"), tr("Dashboard"), [session](QWidget *parent) -> QWidget * {
                            return new ClubDashboardPage(session, parent);
                        }};
    if (session.isAgent()) {
        const QString userId = session.userId;
        sections << listSection(session, QStringLiteral("customers"), tr("My customers"), identityColumns(),
                                [store, userId](const QString &search, const QString &) {
                                    IdentityFilter f;
                                    f.search = search;
                                    f.agentUserId = userId;
                                    return IdentityRepository(*store).list(f);
                                });
    }
    // The club lists documents only once they are approved; pending and rejected ones wait
    // under «اسناد در دست بررسی» (reference §3 rule 22).
    sections << listSection(session, QStringLiteral("documents"), tr("Invoices and contracts"), Workspace::documentColumns(),
                            [store, identityId](const QString &search, const QString &kind) {
                                DocumentFilter f;
                                f.search = search;
                                f.kind = kind;
                                f.identityId = identityId;
                                f.approvalStatus = QStringLiteral("approved");
                                return DocumentRepository(*store).list(f);
                            },
                            documentFilters(), true,
                            [session](ListPage *page) { StaffActions::addPrintActions(page, session, false); });
    sections << listSection(session, QStringLiteral("review"), tr("Documents under review"), Workspace::documentColumns(),
                            [store, identityId](const QString &search, const QString &status) {
                                DocumentFilter f;
                                f.search = search;
                                f.approvalStatus = status;
                                f.identityId = identityId;
                                return DocumentRepository(*store).list(f);
                            },
                            {{QStringLiteral("pending"), Labels::approvalStatuses().value(QStringLiteral("pending"))},
                             {QStringLiteral("rejected"), Labels::approvalStatuses().value(QStringLiteral("rejected"))}});
    sections << listSection(session, QStringLiteral("receipts"), tr("Payments"), receiptColumns(),
                            [store, identityId](const QString &, const QString &status) {
                                ReceiptFilter f;
                                f.approvalStatus = status;
                                f.identityId = identityId;
                                return ReceiptRepository(*store).list(f);
                            },
                            statusFilters(tr("All payments")), false);
    sections << listSection(session, QStringLiteral("points"), tr("Points"), pointColumns(),
                            [store, identityId](const QString &, const QString &) {
                                return PointRepository(*store).list(identityId);
                            },
                            {}, false);
    sections << listSection(session, QStringLiteral("tickets"), tr("Requests"), ticketColumns(),
                            [store, identityId](const QString &search, const QString &) {
                                TicketFilter f;
                                f.search = search;
                                f.identityId = identityId;
                                return TicketRepository(*store).list(f);
                            });
    sections << listSection(session, QStringLiteral("cartable"), tr("Waiting for me"), cartableColumns(),
                            [store, identityId](const QString &, const QString &) {
                                return WorkflowRepository(*store).cartableForIdentity(identityId);
                            },
                            {}, false);
    return sections;
}
