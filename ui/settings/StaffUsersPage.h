#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// «کاربران»: the staff users list (search, sort, export like every list) with its actions;
// a double-click opens StaffUserEditor. Offered to holders of system.users.manage, like the
// staff permissions page it links to.
class StaffUsersPage
{
    Q_DECLARE_TR_FUNCTIONS(StaffUsersPage)
public:
    static SectionKit::Section section(const Session &session); // key "staff-users"
    // Opens the editor for `userId` (empty: a new user) over `page`; refreshes the list after a
    // save and opens the permissions page when asked to.
    static void openEditor(ListPage *page, const Session &session, const QString &userId);
    // Opens the staff permissions section of the page's window with this user chosen.
    static void openPermissions(QWidget *from, const QString &userId);
};
