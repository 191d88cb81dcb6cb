#include "ui/StaffActions.h"

#include "models/finance/DocumentApproval.h"
#include "models/repositories/UserRepository.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "ui/views/ListPage.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

void addApprovalActions(ListPage *page, const Session &session, DocumentApproval::Subject subject)
{
    Store *store = session.store;
    const QString userId = session.userId;
    auto run = [store, userId](const std::function<bool(DocumentApproval &)> &act) {
        DocumentApproval approval(*store, userId, Permissions::of(UserRepository(*store).permissionsOf(userId)));
        return act(approval) ? QString() : approval.lastError();
    };
    page->addRowAction(StaffActions::tr("&Approve"), [run, subject](const QString &id) {
            return run([&](DocumentApproval &a) { return a.approve(subject, id); });
        })->setObjectName(QStringLiteral("approveAction"));
    page->addRowAction(StaffActions::tr("&Reject…"), [run, subject, page](const QString &id) {
        bool ok = false;
        const QString reason = QInputDialog::getText(page, StaffActions::tr("Reject"),
                                                     StaffActions::tr("Reason (the customer sees it):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return QString();
        return run([&](DocumentApproval &a) { return a.reject(subject, id, reason); });
    });
    page->addRowAction(StaffActions::tr("&Number"), [run, subject](const QString &id) {
        return run([&](DocumentApproval &a) { return a.number(subject, id); });
    });
    page->addRowAction(StaffActions::tr("Back to &pending"), [run, subject](const QString &id) {
        return run([&](DocumentApproval &a) { return a.backToPending(subject, id); });
    });
}

}

void StaffActions::addDocumentActions(ListPage *page, const Session &session)
{
    addApprovalActions(page, session, DocumentApproval::Subject::Document);
}

void StaffActions::addReceiptActions(ListPage *page, const Session &session)
{
    addApprovalActions(page, session, DocumentApproval::Subject::Receipt);
}

QPrintPreviewDialog *StaffActions::makePreview(const Session &session, const QString &id, bool receipt,
                                               QWidget *parent, QString *error)
{
    const auto variant = session.isStaff() ? TemplateRenderer::Variant::Main : TemplateRenderer::Variant::Public;
    TemplateRenderer renderer(*session.store);
    const auto rendered = receipt ? renderer.renderReceipt(id, variant, error) : renderer.renderDocument(id, variant, error);
    if (!rendered)
        return nullptr;
    auto *preview = new QPrintPreviewDialog(parent);
    PrintService::preparePrinter(preview->printer());
    preview->printer()->setDocName(rendered->title);
    preview->setWindowTitle(rendered->title);
    preview->resize(900, 1000);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [html = rendered->html](QPrinter *p) { PrintService::print(html, p); });
    return preview;
}

void StaffActions::addPrintActions(ListPage *page, const Session &session, bool receipts)
{
    page->addRowAction(tr("Print pre&view…"), [session, receipts, page](const QString &id) {
            QString error;
            std::unique_ptr<QPrintPreviewDialog> preview(makePreview(session, id, receipts, page, &error));
            if (!preview)
                return error;
            preview->exec();
            return QString();
        }, QKeySequence::Print)
        ->setObjectName(QStringLiteral("printPreviewAction"));
}
