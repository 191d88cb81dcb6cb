#include "ui/settings/StaffUsersPage.h"

#include "models/auth/StaffUserService.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "ui/members/MemberLabels.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/settings/StaffPermissionsPage.h"
#include "ui/settings/StaffUserEditor.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QAction>
#include <QTableView>
#include <QToolBar>

using namespace SectionKit;

namespace {

// The filter list: every staff user, or those in one state.
QVector<ListPage::Filter> staffFilters()
{
    QVector<ListPage::Filter> f{{QString(), StaffUsersPage::tr("All staff users")}};
    f.append({QStringLiteral("active:1"), StaffUsersPage::tr("Active")});
    f.append({QStringLiteral("active:0"), StaffUsersPage::tr("Inactive")});
    f.append({QStringLiteral("locked:1"), StaffUsersPage::tr("Locked")});
    return f;
}

UserFilter filterFor(const QString &search, const QString &key)
{
    UserFilter f;
    f.kind = UserKind::Staff;
    f.search = search;
    if (key == QLatin1String("active:1"))
        f.active = true;
    else if (key == QLatin1String("active:0"))
        f.active = false;
    else if (key == QLatin1String("locked:1"))
        f.locked = true;
    return f;
}

QString verdict(StaffUserService &service, bool ok)
{
    return ok ? QString() : service.error();
}

} // namespace

void StaffUsersPage::openPermissions(QWidget *from, const QString &userId)
{
    auto *window = qobject_cast<MainWindow *>(from->window());
    if (!window)
        return;
    if (auto *page = qobject_cast<StaffPermissionsPage *>(window->openSection(QStringLiteral("staff-permissions"))))
        page->selectPrincipal(userId);
}

void StaffUsersPage::openEditor(ListPage *page, const Session &session, const QString &userId)
{
    StaffUserEditor editor(session, userId, page);
    const int result = Ask::exec(&editor);
    if (result == QDialog::Accepted || !userId.isEmpty())
        page->model()->refresh(); // reset password and unlock act at once, even when the dialog is cancelled
    if (editor.wantsPermissions())
        openPermissions(page, editor.userId());
}

Section StaffUsersPage::section(const Session &session)
{
    Store *store = session.store;
    return listSection(
        session, QStringLiteral("staff-users"), tr("Staff users"),
        {of(tr("Username"), ColumnKind::Code), label(tr("Kind"), {}), text(tr("Name")),
         label(tr("State"), MemberLabels::states()), of(tr("Last sign-in"), ColumnKind::DateTime),
         label(tr("Created by"), MemberLabels::accountOrigins())},
        [store](const QString &search, const QString &key) { return UserRepository(*store).list(filterFor(search, key)); },
        staffFilters(), true, [session](ListPage *page) {
            // every staff user is staff: the kind column says nothing here
            page->table()->setColumnHidden(UserRepository::Kind - 1, true);
            page->table()->setItemDelegateForColumn(UserRepository::State - 1,
                                                    new BadgeDelegate(MemberLabels::stateColours(), page));
            QObject::connect(page, &ListPage::activated, page,
                             [page, session](const QString &id) { openEditor(page, session, id); });
            // each action loads its actor afresh: a permission withdrawn meanwhile stops it
            auto service = [session] { return StaffUserService(*session.store, session.actor()); };
            page->addRowAction(tr("Edit…"), [page, session](const QString &id) {
                openEditor(page, session, id);
                return QString();
            }, QKeySequence(Qt::Key_F2))->setObjectName(QStringLiteral("editStaffUserAction"));
            page->addRowAction(tr("Deactivate"), [service, page](const QString &id) {
                if (!Ask::confirm(page, tr("Deactivate staff user"),
                                  tr("Deactivate this staff user? They can no longer sign in until reactivated.")))
                    return QString();
                StaffUserService s = service();
                return verdict(s, s.setActive(id, false));
            })->setObjectName(QStringLiteral("deactivateStaffUserAction"));
            page->addRowAction(tr("Reactivate"), [service](const QString &id) {
                StaffUserService s = service();
                return verdict(s, s.setActive(id, true));
            })->setObjectName(QStringLiteral("reactivateStaffUserAction"));
            page->addRowAction(tr("Reset password…"), [service, session, page](const QString &id) {
                NewPasswordDialog dialog(ClubSettings(*session.store).passwordPolicy(),
                                         tr("The user will be asked to change it at the next sign-in."), page);
                if (Ask::exec(&dialog) != QDialog::Accepted)
                    return QString();
                StaffUserService s = service();
                return verdict(s, s.resetPassword(id, dialog.password()));
            })->setObjectName(QStringLiteral("resetPasswordStaffUserAction"));
            page->addRowAction(tr("Unlock"), [service](const QString &id) {
                StaffUserService s = service();
                return verdict(s, s.unlock(id));
            })->setObjectName(QStringLiteral("unlockStaffUserAction"));
            page->addRowAction(tr("Permissions…"), [page](const QString &id) {
                openPermissions(page, id);
                return QString();
            })->setObjectName(QStringLiteral("permissionsStaffUserAction"));
            auto *create = new QAction(tr("New staff user…"), page);
            create->setObjectName(QStringLiteral("newStaffUserAction"));
            create->setShortcut(QKeySequence::New);
            create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            page->addAction(create);
            if (auto *toolbar = page->findChild<QToolBar *>()) {
                toolbar->insertAction(toolbar->actions().value(0), create);
                toolbar->show();
            }
            QObject::connect(create, &QAction::triggered, page, [page, session] { openEditor(page, session, {}); });
        });
}
