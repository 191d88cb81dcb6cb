#include "ui/finance/FinancePages.h"

#include "models/core/Store.h"
#include "models/finance/ApprovalQueue.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinanceRights.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/persian/Money.h"
#include "ui/finance/BalancesPage.h"
#include "ui/finance/BatchPrint.h"
#include "ui/finance/DocumentEditor.h"
#include "ui/finance/ProductEditor.h"
#include "ui/finance/ReceiptEditor.h"
#include "ui/finance/TemplateEditorPage.h"
#include "ui/shell/Labels.h"
#include "ui/shell/StaffActions.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QCoreApplication>
#include <QTableWidget>

using namespace SectionKit;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(FinancePages)
};

// New (Ctrl+N) and Edit (Enter, double click) on a list whose rows an editor dialog opens.
template<typename Editor>
void addEditing(ListPage *page, const Session &session, const QString &newText)
{
    auto open = [page, session](const QString &id) {
        Editor editor(session, id, page);
        if (Ask::exec(&editor) == QDialog::Accepted)
            page->reload();
    };
    StaffActions::addPageAction(page, newText, [open] { open(QString()); }, QKeySequence::New)
        ->setObjectName(QStringLiteral("newAction"));
    page->addRowAction(Text::tr("&Edit…"), [open](const QString &id) {
            open(id);
            return QString();
        })->setObjectName(QStringLiteral("editAction"));
    QObject::connect(page, &ListPage::activated, page, open);
}

QVector<ListColumn> approvalColumns()
{
    QHash<QString, QString> kinds = Labels::documentKinds();
    kinds.insert(QStringLiteral("receipt"), Text::tr("Receipt"));
    kinds.insert(QStringLiteral("payment"), Text::tr("Payment"));
    return {label(Text::tr("Item"), kinds), text(Text::tr("Number")), of(Text::tr("Date"), ColumnKind::Date),
            text(Text::tr("Customer")), of(Text::tr("Amount (%1)").arg(Persian::shownUnitName()), ColumnKind::Money),
            label(Text::tr("Status"), Labels::approvalStatuses()), text(Text::tr("Type"))};
}

Section approvalsSection(const Session &session)
{
    Store *store = session.store;
    return listSection(session, QStringLiteral("approvals"), Text::tr("Approvals"), approvalColumns(),
                       [store, session](const QString &, const QString &subject) {
                           // the item types are read again on each reload: a type that starts needing approval shows at once
                           const auto rights = FinanceRights::of(*session.store, session.signedIn(), FinanceRights::documentEntities()
                                                                                  + FinanceRights::receiptEntities());
                           ApprovalQueueFilter f;
                           f.approvable = rights.approvable;
                           f.numberable = rights.numberable;
                           f.numberableApproved = rights.numberableApproved;
                           f.subject = subject;
                           ListSpec s = ApprovalQueueRepository(*store).list(f);
                           s.columns.removeAt(ApprovalQueueRepository::Subject); // the kind says it
                           return s;
                       },
                       {{QString(), Text::tr("Everything waiting")},
                        {QStringLiteral("document"), Text::tr("Documents")},
                        {QStringLiteral("receipt"), Text::tr("Receipts")}},
                       false, [session](ListPage *page) { StaffActions::addCartableActions(page, session); });
}

QVector<ListColumn> productColumns()
{
    return {text(Text::tr("Code")), text(Text::tr("Name")), text(Text::tr("Unit")),
            of(Text::tr("Price (%1)").arg(Persian::shownUnitName()), ColumnKind::Money), label(Text::tr("Taxed"), Labels::yesNo()),
            label(Text::tr("Active"), Labels::yesNo())};
}

} // namespace

namespace FinancePages {

QVector<Section> staffSections(const Session &session)
{
    Store *store = session.store;
    QVector<Section> sections;
    sections << listSection(session, QStringLiteral("documents"), Workspace::tr("Sales documents"), Workspace::documentColumns(),
                            [store](const QString &search, const QString &kind) {
                                DocumentFilter f;
                                f.search = search;
                                f.kind = kind;
                                return DocumentRepository(*store).list(f);
                            },
                            Workspace::documentFilters(), true,
                            [session](ListPage *page) {
                                addEditing<DocumentEditor>(page, session, Text::tr("&New document…"));
                                StaffActions::addDocumentActions(page, session);
                                StaffActions::addPrintActions(page, session, false);
                                auto *batch = new BatchPrint(session, page, false);
                                StaffActions::addPageAction(page, Text::tr("Print &all in this list…"), [batch] { batch->run(); })
                                    ->setObjectName(QStringLiteral("printAllAction"));
                            });
    sections << listSection(session, QStringLiteral("receipts"), Workspace::tr("Receipts"), Workspace::receiptColumns(),
                            [store](const QString &, const QString &status) {
                                ReceiptFilter f;
                                f.approvalStatus = ApprovalStatusCode::parse(status);
                                return ReceiptRepository(*store).list(f);
                            },
                            Workspace::statusFilters(Workspace::tr("All receipts")), false,
                            [session](ListPage *page) {
                                addEditing<ReceiptEditor>(page, session, Text::tr("&New receipt…"));
                                StaffActions::addReceiptActions(page, session);
                                StaffActions::addPrintActions(page, session, true);
                            });
    if (FinanceRights::mayApproveOrNumber(*session.store, session.signedIn()))
        sections << approvalsSection(session);
    if (FinanceRights::maySeeBalances(session.signedIn()))
        sections << Section{QStringLiteral("balances"), Text::tr("Balances"),
                            [session](QWidget *parent) -> QWidget * { return new BalancesPage(session, parent); }};
    if (FinanceRights::mayManageProducts(session.signedIn()))
        sections << listSection(session, QStringLiteral("products"), Text::tr("Products"), productColumns(),
                                [store](const QString &search, const QString &) {
                                    ProductFilter f;
                                    f.search = search;
                                    return ProductRepository(*store).list(f);
                                },
                                {}, true,
                                [session](ListPage *page) { addEditing<ProductEditor>(page, session, Text::tr("&New product…")); });
    if (FinanceRights::mayEditTemplates(session.signedIn()))
        sections << Section{QStringLiteral("templates"), Text::tr("Print templates"),
                            [session](QWidget *parent) -> QWidget * { return new TemplateEditorPage(session, parent); }};
    return sections;
}

bool tour(const Session &session, MainWindow &window, const TourShot &shoot)
{
    bool ok = true;
    auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
    if (documents) {
        documents->reload();
        // the richest document in sight: the one with the most lines
        QString richest;
        int most = -1;
        for (int r = 0; r < qMin(40, documents->model()->rowCount()); ++r) {
            const QString id = documents->model()->idAt(r);
            const int lines = int(DocumentRepository(*session.store).lines(id).size());
            if (lines > most) {
                most = lines;
                richest = id;
            }
        }
        DocumentEditor editor(session, richest, &window);
        editor.show();
        ok &= shoot(&editor, QStringLiteral("document-editor"));
        DocumentEditor blank(session, QString(), &window);
        blank.show();
        ok &= shoot(&blank, QStringLiteral("document-editor-new"));
    }
    if (auto *receipts = qobject_cast<ListPage *>(window.openSection(QStringLiteral("receipts")))) {
        receipts->reload();
        ReceiptEditor editor(session, receipts->model()->idAt(0), &window);
        editor.show();
        ok &= shoot(&editor, QStringLiteral("receipt-editor"));
    }
    for (const QString &key : {QStringLiteral("approvals"), QStringLiteral("balances")}) {
        if (!window.sectionKeys().contains(key))
            continue;
        QWidget *page = window.openSection(key);
        if (auto *balances = qobject_cast<BalancesPage *>(page)) {
            balances->report()->reload();
            balances->report()->selectRow(0);
        }
        ok &= shoot(&window, key + QStringLiteral("-page"));
    }
    if (window.sectionKeys().contains(QStringLiteral("templates"))) {
        auto *templates = qobject_cast<TemplateEditorPage *>(window.openSection(QStringLiteral("templates")));
        if (templates)
            templates->refreshPreview();
        ok &= shoot(&window, QStringLiteral("templates-editor"));
    }
    window.openSection(QStringLiteral("documents"));
    return ok;
}

} // namespace FinancePages
