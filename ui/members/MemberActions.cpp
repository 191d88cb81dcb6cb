#include "ui/members/MemberActions.h"

#include "models/club/ClubMemberService.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/Labels.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/members/BulkUserWizard.h"
#include "ui/members/MemberDialogs.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WindowGeometry.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

QString verdict(const ClubActionResult &result)
{
    return result.ok ? QString() : result.error;
}

// A read-only list in a dialog of its own (sign-in history, activity).
void showList(QWidget *parent, Store *store, const QString &title, const QVector<ListColumn> &columns,
              const ListPage::SpecFactory &factory)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(720, 480);
    WindowGeometry::keep(&dialog, QStringLiteral("listDialog"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new ListPage(store->db(), columns, factory, {}, &dialog);
    list->searchEdit()->hide();
    list->setTitle(title);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    list->reload();
    Ask::exec(&dialog);
}

void showSignInHistory(QWidget *parent, Store *store, const QString &userId)
{
    showList(parent, store, MemberActions::tr("Sign-in history"),
             {{MemberActions::tr("When"), ColumnKind::DateTime, {}, {}},
              {MemberActions::tr("Succeeded"), ColumnKind::Label, Labels::yesNo(), {}},
              {MemberActions::tr("Reason"), ColumnKind::Code, {}, {}},
              {MemberActions::tr("Computer"), ColumnKind::Code, {}, {}}},
             [store, userId](const QString &, const QString &) { return UserRepository(*store).signInHistoryList(userId); });
}

void showActivity(QWidget *parent, Store *store, const QString &userId)
{
    showList(parent, store, MemberActions::tr("Activity"),
             {{MemberActions::tr("When"), ColumnKind::DateTime, {}, {}},
              {MemberActions::tr("Action"), ColumnKind::Code, {}, {}},
              {MemberActions::tr("By"), ColumnKind::Code, {}, {}},
              {MemberActions::tr("Detail"), ColumnKind::Text, {}, {}}},
             [store, userId](const QString &, const QString &) { return UserRepository(*store).activityList(userId); });
}

// Runs a dialog on the page and returns no error: the dialog showed its own.
template<typename Dialog, typename... Args>
QString runDialog(ListPage *page, Args &&...args)
{
    Dialog dialog(std::forward<Args>(args)..., page);
    Ask::exec(&dialog);
    return {};
}

}

void MemberActions::addTo(ListPage *page, const Session &session)
{
    Store *store = session.store;
    // each action loads its actor afresh: a permission withdrawn meanwhile stops it
    auto service = [session] { return ClubMemberService(*session.store, session.actor()); };
    page->addRowAction(tr("&Approve"), [service](const QString &id) { return verdict(service().approve(id)); })
        ->setObjectName(QStringLiteral("approveMemberAction"));
    page->addRowAction(tr("&Reject…"), [service, page](const QString &id) {
        const std::optional<QString> reason = Ask::text(page, tr("Reject registration"), tr("Reason:"));
        return reason ? verdict(service().reject(id, *reason)) : QString();
    })->setObjectName(QStringLiteral("rejectMemberAction"));
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
    page->addRowAction(tr("Set &password…"), [service, store, page](const QString &id) {
        NewPasswordDialog dialog(ClubSettings(*store).passwordPolicy(),
                                 tr("The member will be asked to change it at the next sign-in."), page);
        if (Ask::exec(&dialog) != QDialog::Accepted)
            return QString();
        return verdict(service().setPassword(id, dialog.password(), true));
    })->setObjectName(QStringLiteral("setPasswordMemberAction"));
    page->addRowAction(tr("&Force password change"), [service](const QString &id) { return verdict(service().forcePasswordChange(id)); })
        ->setObjectName(QStringLiteral("forcePasswordMemberAction"));
    page->addRowAction(tr("Sign-in &history"), [store, page](const QString &id) {
        showSignInHistory(page, store, id);
        return QString();
    })->setObjectName(QStringLiteral("signInHistoryMemberAction"));
    page->addRowAction(tr("&Edit…"), [session, page](const QString &id) {
        return runDialog<MemberEditDialog>(page, session, id);
    }, QKeySequence(Qt::Key_F2))->setObjectName(QStringLiteral("editMemberAction"));
    page->addRowAction(tr("Acti&vity"), [store, page](const QString &id) {
        showActivity(page, store, id);
        return QString();
    })->setObjectName(QStringLiteral("memberActivityAction"));
    page->addRowAction(tr("Sign &in as this user"), [session](const QString &id) { return signInAs(session, id); })
        ->setObjectName(QStringLiteral("signInAsMemberAction"));
    page->addRowAction(tr("De&lete"), [service, page](const QString &id) {
        if (!Ask::confirm(page, tr("Delete club member"), tr("Delete this club member? A member with records is deactivated instead.")))
            return QString();
        const ClubActionResult result = service().remove(id);
        if (result.ok && result.deactivatedInstead)
            Ask::inform(page, tr("Delete club member"), tr("The member has records, so the account was deactivated instead."));
        return verdict(result);
    })->setObjectName(QStringLiteral("deleteMemberAction"));
}

QString MemberActions::signInAs(const Session &session, const QString &userId)
{
    const ClubActionResult result = ClubMemberService(*session.store, session.actor()).signInAs(userId);
    if (!result.ok)
        return result.error;
    Session as = Workspace::sessionFor(*session.store, result.user);
    as.central = session.central;
    auto *window = new MainWindow(as, Workspace::sections(as));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("signedInAsWindow"));
    window->setWindowTitle(tr("%1, signed in as %2 by %3").arg(window->windowTitle(), as.username, session.username));
    window->show();
    return {};
}

void MemberActions::addPageActions(ListPage *page, const Session &session, ClubKind kind)
{
    QObject::connect(page->addPageAction(tr("&New member…"), QKeySequence::New, QStringLiteral("createMemberAction")),
                     &QAction::triggered, page, [page, session, kind] {
                         MemberCreateDialog dialog(session, kind, page);
                         if (Ask::exec(&dialog) == QDialog::Accepted)
                             page->model()->refresh();
                     });
    QObject::connect(page->addPageAction(tr("&Bulk accounts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                   QStringLiteral("bulkUsersAction")),
                     &QAction::triggered, page, [page, session, kind] {
                         BulkUserWizard wizard(session, kind, page);
                         Ask::exec(&wizard);
                         page->model()->refresh();
                     });
}

void MemberActions::arrange(ListPage *page)
{
    auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
    if (!toolbar)
        return;
    // What a clerk does many times a day; the rest is a click further away.
    static const char *const primary[] = {"createMemberAction", "editMemberAction", "approveMemberAction",
                                          "setPasswordMemberAction"};
    const QList<QAction *> all = toolbar->actions();
    QList<QAction *> first;
    for (const char *name : primary)
        for (QAction *a : all)
            if (a->objectName() == QLatin1String(name))
                first << a;
    auto *more = new QMenu(page);
    more->setObjectName(QStringLiteral("moreMemberActionsMenu"));
    for (QAction *a : all)
        if (!first.contains(a))
            more->addAction(a);
    toolbar->clear();
    toolbar->addActions(first);
    auto *button = new QToolButton(toolbar);
    button->setObjectName(QStringLiteral("moreMemberActionsButton"));
    button->setText(tr("More"));
    button->setToolTip(tr("The other actions on club members"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(more);
    toolbar->addWidget(button);

    // The context menu (the table's actions) already has the row actions; the page's own go
    // after them, so a right click offers everything the toolbar does.
    QTableView *table = page->table();
    auto *separator = new QAction(page);
    separator->setSeparator(true);
    table->addAction(separator);
    for (QAction *a : all)
        if (!table->actions().contains(a))
            table->addAction(a);
}

void MemberActions::addDefineOnIdentity(ListPage *page, const Session &session)
{
    page->addRowAction(tr("&Define club user…"), [session, page](const QString &identityId) {
        return runDialog<DefineUserDialog>(page, session, identityId);
    })->setObjectName(QStringLiteral("defineUserAction"));
}

