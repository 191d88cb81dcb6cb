#include "ui/shell/StaffActions.h"

#include "models/club/ClubLists.h"

#include "models/finance/ApprovalQueue.h"
#include "models/finance/DocumentApproval.h"
#include "models/persian/Digits.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/FinanceRights.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/PrintPreviewDigits.h"
#include "ui/widgets/WindowGeometry.h"

#include <QAction>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>

namespace {

using Subject = DocumentApproval::Subject;
using SubjectOf = std::function<Subject(const QString &id)>;

void addApprovalActions(ListPage *page, const Session &session, const QStringList &entities, const SubjectOf &subjectOf)
{
    const FinanceRights::Rights rights = FinanceRights::of(*session.store, session.signedIn(), entities);
    auto run = [session, subjectOf](const QString &id, const std::function<bool(DocumentApproval &, Subject)> &act) {
        auto approval = std::make_unique<DocumentApproval>(*session.store, session.actor());
        return act(*approval, subjectOf(id)) ? QString() : approval->lastError();
    };
    if (!rights.approvable.isEmpty()) {
        page->addRowAction(StaffActions::tr("&Approve"), [run](const QString &id) {
                return run(id, [&](DocumentApproval &a, Subject s) { return a.approve(s, id); });
            })->setObjectName(QStringLiteral("approveAction"));
        page->addRowAction(StaffActions::tr("&Reject…"), [run, page](const QString &id) {
                const std::optional<QString> reason =
                    Ask::text(page, StaffActions::tr("Reject"), StaffActions::tr("Reason (the customer sees it):"));
                if (!reason)
                    return QString();
                return run(id, [&](DocumentApproval &a, Subject s) { return a.reject(s, id, *reason); });
            })->setObjectName(QStringLiteral("rejectAction"));
    }
    if (!rights.numberable.isEmpty() || !rights.numberableApproved.isEmpty())
        page->addRowAction(StaffActions::tr("&Number"), [run](const QString &id) {
                return run(id, [&](DocumentApproval &a, Subject s) { return a.number(s, id); });
            })->setObjectName(QStringLiteral("numberAction"));
    const bool receipts = !entities.contains(QStringLiteral("invoice"));
    const Actor &actor = session.signedIn();
    if (FinanceGate::may(actor, FinancePermission::BackToPending, receipts))
        page->addRowAction(StaffActions::tr("Back to &pending"), [run](const QString &id) {
                return run(id, [&](DocumentApproval &a, Subject s) { return a.backToPending(s, id); });
            })->setObjectName(QStringLiteral("backToPendingAction"));
    if (FinanceGate::may(actor, FinancePermission::Renumber, receipts))
        page->addRowAction(StaffActions::tr("&Change number…"), [run, page](const QString &id) {
                const std::optional<QString> typed =
                    Ask::text(page, StaffActions::tr("Change number"),
                              StaffActions::tr("New number (leave empty for the next number of the pattern):"));
                if (!typed)
                    return QString();
                const QString number = Persian::toLatinDigits(typed->trimmed());
                return run(id, [&](DocumentApproval &a, Subject s) { return a.renumber(s, id, number); });
            })->setObjectName(QStringLiteral("renumberAction"));
}

// Deleting asks first; the service decides whether this user may delete this item now (after
// approval or numbering only with the right to), and a refusal says why.
void addDeleteAction(ListPage *page, const Session &session, Subject subject)
{
    page->addRowAction(StaffActions::tr("&Delete…"), [session, subject, page](const QString &id) {
            const QString question = subject == Subject::Receipt
                ? StaffActions::tr("Delete this receipt? It leaves the balance and cannot be brought back.")
                : StaffActions::tr("Delete this document? It leaves the balance and cannot be brought back.");
            if (!Ask::confirm(page, StaffActions::tr("Delete"), question))
                return QString();
            auto approval = std::make_unique<DocumentApproval>(*session.store, session.actor());
            const bool deleted = subject == Subject::Receipt ? approval->deleteReceipt(id) : approval->deleteDocument(id);
            return deleted ? QString() : approval->lastError();
        }, QKeySequence::Delete)->setObjectName(QStringLiteral("deleteAction"));
}

}

void StaffActions::addDocumentActions(ListPage *page, const Session &session)
{
    addApprovalActions(page, session, FinanceRights::documentEntities(), [](const QString &) { return Subject::Document; });
    addDeleteAction(page, session, Subject::Document);
}

void StaffActions::addReceiptActions(ListPage *page, const Session &session)
{
    addApprovalActions(page, session, FinanceRights::receiptEntities(), [](const QString &) { return Subject::Receipt; });
    addDeleteAction(page, session, Subject::Receipt);
}

void StaffActions::addCartableActions(ListPage *page, const Session &session)
{
    Store *store = session.store;
    addApprovalActions(page, session, FinanceRights::documentEntities() + FinanceRights::receiptEntities(),
                       [store](const QString &id) {
                           return ApprovalQueueRepository(*store).subjectOf(id) == QLatin1String("receipt")
                               ? Subject::Receipt
                               : Subject::Document;
                       });
}

QPrintPreviewDialog *StaffActions::makePreview(const Session &session, const QString &id, bool receipt,
                                               QWidget *parent, QString *error)
{
    // A club user opens only what the visibility rules let them open (rule 29), whatever the list showed.
    if (session.isClubUser()
        && !ClubLists(*session.store, session.userId).mayOpen(receipt ? ClubList::Payments : ClubList::Documents, id)) {
        if (error)
            *error = tr("You may not open this record.");
        return nullptr;
    }
    const auto variant = session.isStaff() ? TemplateRenderer::Variant::Main : TemplateRenderer::Variant::Public;
    TemplateRenderer renderer(*session.store);
    const auto rendered = receipt ? renderer.renderReceipt(id, variant, error) : renderer.renderDocument(id, variant, error);
    if (!rendered)
        return nullptr;
    auto *preview = new QPrintPreviewDialog(parent);
    PrintService::preparePrinter(preview->printer());
    preview->printer()->setDocName(rendered->title);
    preview->setWindowTitle(rendered->title);
    preview->resize(QSize(900, 1000).boundedTo(WindowGeometry::kLaptop)); // a page's width; never taller than a laptop
    WindowGeometry::keep(preview, QStringLiteral("printPreview"));
    PrintPreviewDigits::apply(preview);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [item = rendered->item()](QPrinter *p) { PrintService::print(item, p); });
    return preview;
}

void StaffActions::addPrintActions(ListPage *page, const Session &session, bool receipts)
{
    page->addRowAction(tr("Print pre&view…"), [session, receipts, page](const QString &id) {
            QString error;
            std::unique_ptr<QPrintPreviewDialog> preview(makePreview(session, id, receipts, page, &error));
            if (!preview)
                return error;
            Ask::exec(preview.get());
            return QString();
        }, QKeySequence::Print)
        ->setObjectName(QStringLiteral("printPreviewAction"));
}

QAction *StaffActions::addPageAction(ListPage *page, const QString &text, const std::function<void()> &handler,
                                     const QKeySequence &shortcut)
{
    auto *action = new QAction(text, page);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, page, handler);
    page->addAction(action);
    if (auto *bar = page->findChild<QToolBar *>(QStringLiteral("actionsToolBar"))) {
        bar->addAction(action);
        bar->show();
    }
    return action;
}
