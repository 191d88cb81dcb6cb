#include "ui/finance/FinancePages.h"

#include "models/core/Store.h"
#include "models/finance/ApprovalQueue.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinanceRights.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/finance/NumberingPatternService.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "models/persian/Money.h"
#include "ui/finance/BalancesPage.h"
#include "ui/finance/BatchPrint.h"
#include "ui/finance/DocumentEditor.h"
#include "ui/finance/FinancialAccountEditor.h"
#include "ui/finance/NumberingPatternEditor.h"
#include "ui/finance/ProductEditor.h"
#include "ui/finance/ReceiptEditor.h"
#include "ui/finance/TemplateEditorPage.h"
#include "ui/shell/Labels.h"
#include "ui/shell/StaffActions.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"

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

QVector<ListColumn> accountColumns()
{
    const QHash<QString, QString> kinds{{AccountKindCode::text(AccountKind::Bank), Text::tr("Bank account")},
                                        {AccountKindCode::text(AccountKind::Cash), Text::tr("Cash box")}};
    return {text(Text::tr("Name")),
            label(Text::tr("Kind"), kinds),
            text(Text::tr("Bank")),
            text(Text::tr("Account number")),
            label(Text::tr("Card to card"), Labels::yesNo()),
            label(Text::tr("Cash deposit"), Labels::yesNo()),
            label(Text::tr("Online"), Labels::yesNo()),
            label(Text::tr("Active"), Labels::yesNo())};
}

// «حساب‌های مالی»: cash boxes and bank accounts; new, edit, activate or deactivate, delete.
Section accountsSection(const Session &session)
{
    Store *store = session.store;
    const QVector<ListPage::Filter> filters{{QString(), Text::tr("All accounts")},
                                            {AccountKindCode::text(AccountKind::Bank), Text::tr("Bank accounts")},
                                            {AccountKindCode::text(AccountKind::Cash), Text::tr("Cash boxes")}};
    return listSection(session, QStringLiteral("financial-accounts"), Text::tr("Financial accounts"), accountColumns(),
                       [store](const QString &search, const QString &kind) {
                           FinancialAccountFilter f;
                           f.search = search;
                           if (!kind.isEmpty())
                               f.kind = AccountKindCode::fromText(kind);
                           return FinancialAccountRepository(*store).list(f);
                       },
                       filters, true, [session](ListPage *page) {
                           addEditing<FinancialAccountEditor>(page, session, Text::tr("&New account…"));
                           page->addRowAction(Text::tr("Ac&tivate or deactivate"), [session](const QString &id) {
                                   const auto account = FinancialAccountRepository(*session.store).get(id);
                                   if (!account)
                                       return QString();
                                   FinancialAccountService service(*session.store, session.actor());
                                   return service.setActive(id, !account->active) ? QString() : service.error();
                               })->setObjectName(QStringLiteral("toggleActiveAction"));
                           page->addRowAction(Text::tr("&Delete…"), [session, page](const QString &id) {
                                   if (!Ask::confirm(page, Text::tr("Delete"),
                                                     Text::tr("Delete this account? It disappears from new receipts and "
                                                              "from the club.")))
                                       return QString();
                                   FinancialAccountService service(*session.store, session.actor());
                                   return service.remove(id) ? QString() : service.error();
                               }, QKeySequence::Delete)->setObjectName(QStringLiteral("deleteAction"));
                       });
}

QVector<ListColumn> patternColumns()
{
    return {text(Text::tr("Title")), of(Text::tr("Pattern"), ColumnKind::Code), of(Text::tr("Initial value"), ColumnKind::Number),
            label(Text::tr("Yearly restart"), Labels::yesNo()), of(Text::tr("Current last value"), ColumnKind::Number)};
}

// «الگوهای شماره‌گذاری»: the patterns item types and identity subtypes number by.
Section patternsSection(const Session &session)
{
    Store *store = session.store;
    return listSection(session, QStringLiteral("numbering-patterns"), Text::tr("Numbering patterns"), patternColumns(),
                       [store](const QString &search, const QString &) {
                           return FinanceStateRepository(*store).patternList(search);
                       },
                       {}, true, [session](ListPage *page) {
                           TableLook::setLeftToRight(page->table(), FinanceStateRepository::PatternText - 1);
                           addEditing<NumberingPatternEditor>(page, session, Text::tr("&New numbering pattern…"));
                           page->addRowAction(Text::tr("&Delete…"), [session, page](const QString &id) {
                                   if (!Ask::confirm(page, Text::tr("Delete"), Text::tr("Delete this numbering pattern?")))
                                       return QString();
                                   NumberingPatternService service(*session.store, session.actor());
                                   return service.remove(id) ? QString() : service.error();
                               }, QKeySequence::Delete)->setObjectName(QStringLiteral("deleteAction"));
                       });
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
    if (FinanceRights::mayManageSettings(session.signedIn()))
        sections << accountsSection(session) << patternsSection(session);
    if (FinanceRights::mayEditTemplates(session.signedIn()))
        sections << Section{QStringLiteral("templates"), Text::tr("Print templates"),
                            [session](QWidget *parent) -> QWidget * { return new TemplateEditorPage(session, parent); }};
    return sections;
}

// The finance settings (their lists are shot with every section): an account with online
// payment open in its editor, a pattern's editor with its next number, and a new pattern.
static bool tourSettings(const Session &session, MainWindow &window, const TourShot &shoot)
{
    bool ok = true;
    if (window.sectionKeys().contains(QStringLiteral("financial-accounts"))) {
        QString online;
        for (const FinancialAccount &a : FinancialAccountRepository(*session.store).all())
            if (a.allowsOnline && online.isEmpty())
                online = a.id;
        FinancialAccountEditor editor(session, online, &window);
        editor.show();
        ok &= shoot(&editor, QStringLiteral("financial-account-editor"));
    }
    if (auto *patterns = qobject_cast<ListPage *>(window.openSection(QStringLiteral("numbering-patterns")))) {
        patterns->reload();
        // the invoices' pattern: a year, a fixed-width sequence and a yearly restart
        QString richest = patterns->model()->idAt(0);
        for (const NumberingPattern &p : FinanceStateRepository(*session.store).patterns())
            if (p.yearlyReset && !FinanceStateRepository(*session.store).patternUsers(p.id).isEmpty()
                && p.pattern.contains(QLatin1String("SHYY")) && p.lastValue > 0)
                richest = p.id;
        NumberingPatternEditor editor(session, richest, &window);
        editor.show();
        ok &= shoot(&editor, QStringLiteral("numbering-pattern-editor"));
        NumberingPatternEditor blank(session, QString(), &window);
        blank.show();
        ok &= shoot(&blank, QStringLiteral("numbering-pattern-editor-new"));
    }
    return ok;
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
    ok &= tourSettings(session, window, shoot);
    window.openSection(QStringLiteral("documents"));
    return ok;
}

} // namespace FinancePages
