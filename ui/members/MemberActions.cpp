#include "ui/members/MemberActions.h"

#include "models/club/ClubMemberService.h"
#include "models/repositories/UserRepository.h"
#include "models/store/Store.h"
#include "ui/Labels.h"
#include "ui/views/ListPage.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
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
    const QString first = QInputDialog::getText(parent, MemberActions::tr("Set password"), MemberActions::tr("New password:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return {};
    const QString again = QInputDialog::getText(parent, MemberActions::tr("Set password"), MemberActions::tr("Repeat the new password:"),
                                                QLineEdit::Password, {}, &ok);
    if (!ok)
        return {};
    if (first != again) {
        *error = MemberActions::tr("The two passwords differ.");
        return {};
    }
    return first;
}

void showSignInHistory(QWidget *parent, Store *store, const QString &userId)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(MemberActions::tr("Sign-in history"));
    dialog.resize(720, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new ListPage(store->db(),
                              {{MemberActions::tr("When"), ColumnKind::DateTime, {}, {}},
                               {MemberActions::tr("Succeeded"), ColumnKind::Label, Labels::yesNo(), {}},
                               {MemberActions::tr("Reason"), ColumnKind::Code, {}, {}},
                               {MemberActions::tr("Computer"), ColumnKind::Code, {}, {}}},
                              [store, userId](const QString &, const QString &) {
                                  return UserRepository(*store).signInHistoryList(userId);
                              },
                              {}, &dialog);
    list->searchEdit()->hide();
    list->setTitle(MemberActions::tr("Sign-in history"));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

}

void MemberActions::addTo(ListPage *page, const Session &session)
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

