#include "ui/StaffActions.h"

#include "models/club/ClubMemberService.h"
#include "models/finance/DocumentApproval.h"
#include "models/repositories/UserRepository.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "ui/Labels.h"
#include "ui/views/ListPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QVBoxLayout>

namespace {

QString verdict(const ClubActionResult &result)
{
    return result.ok ? QString() : result.error;
}

// Asks for a new password twice; empty when the user cancels or the two differ.
QString askPassword(QWidget *parent, QString *error)
{
    bool ok = false;
    const QString first = QInputDialog::getText(parent, StaffActions::tr("Set password"), StaffActions::tr("New password:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return {};
    const QString again = QInputDialog::getText(parent, StaffActions::tr("Set password"), StaffActions::tr("Repeat the new password:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return {};
    if (first != again) {
        *error = StaffActions::tr("The two passwords differ.");
        return {};
    }
    return first;
}

void showSignInHistory(QWidget *parent, Store *store, const QString &userId)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(StaffActions::tr("Sign-in history"));
    dialog.resize(720, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new ListPage(store->db(),
                              {{StaffActions::tr("When"), ColumnKind::DateTime, {}, {}},
                               {StaffActions::tr("Succeeded"), ColumnKind::Label, Labels::yesNo(), {}},
                               {StaffActions::tr("Reason"), ColumnKind::Code, {}, {}},
                               {StaffActions::tr("Computer"), ColumnKind::Code, {}, {}}},
                              [store, userId](const QString &, const QString &) {
                                  return UserRepository(*store).signInHistoryList(userId);
                              },
                              {}, &dialog);
    list->searchEdit()->hide();
    list->setTitle(StaffActions::tr("Sign-in history"));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

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

void StaffActions::addMemberActions(ListPage *page, const Session &session)
{
    Store *store = session.store;
    const QString actor = session.userId;
    auto service = [store, actor] { return ClubMemberService(*store, actor); };
    page->addRowAction(tr("&Approve"), [service](const QString &id) { return verdict(service().approve(id)); })
        ->setObjectName(QStringLiteral("approveMemberAction"));
    page->addRowAction(tr("&Reject…"), [service, page](const QString &id) {
        bool ok = false;
        const QString reason = QInputDialog::getText(page, tr("Reject registration"), tr("Reason:"), QLineEdit::Normal, {}, &ok);
        return ok ? verdict(service().reject(id, reason)) : QString();
    });
    page->addRowAction(tr("Ac&tivate"), [service](const QString &id) { return verdict(service().setActive(id, true)); })
        ->setObjectName(QStringLiteral("activateMemberAction"));
    page->addRowAction(tr("&Deactivate"), [service](const QString &id) { return verdict(service().setActive(id, false)); })
        ->setObjectName(QStringLiteral("deactivateMemberAction"));
    page->addRowAction(tr("&Suspend"), [service](const QString &id) { return verdict(service().setSuspended(id, true)); })
        ->setObjectName(QStringLiteral("suspendMemberAction"));
    page->addRowAction(tr("&Lift suspension"), [service](const QString &id) { return verdict(service().setSuspended(id, false)); })
        ->setObjectName(QStringLiteral("liftSuspensionMemberAction"));
    page->addRowAction(tr("&Unlock"), [service](const QString &id) { return verdict(service().unlock(id)); })
        ->setObjectName(QStringLiteral("unlockMemberAction"));
    page->addRowAction(tr("Set &password…"), [service, page](const QString &id) {
        QString error;
        const QString password = askPassword(page, &error);
        if (password.isEmpty())
            return error;
        return verdict(service().setPassword(id, password, true));
    });
    page->addRowAction(tr("&Force password change"), [service](const QString &id) { return verdict(service().forcePasswordChange(id)); });
    page->addRowAction(tr("Sign-in &history"), [store, page](const QString &id) {
        showSignInHistory(page, store, id);
        return QString();
    });
    page->addRowAction(tr("De&lete"), [service, page](const QString &id) {
        if (QMessageBox::question(page, tr("Delete club member"),
                                  tr("Delete this club member? A member with records is deactivated instead."))
            != QMessageBox::Yes)
            return QString();
        const ClubActionResult result = service().remove(id);
        if (result.ok && result.deactivatedInstead)
            QMessageBox::information(page, tr("Delete club member"), tr("The member has records, so the account was deactivated instead."));
        return verdict(result);
    });
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
