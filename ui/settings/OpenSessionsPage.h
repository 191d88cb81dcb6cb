#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// «نشست‌های باز»: on a company server, who is signed in now (username, kind, computer, since,
// last seen), searchable, sortable and exportable like every list; an administrator can end a
// session, and that person's next action finds them signed out (DESIGN §6). Offered only in
// central mode to holders of system.users.manage; the server lists nothing to anyone else.
class OpenSessionsPage
{
    Q_DECLARE_TR_FUNCTIONS(OpenSessionsPage)
public:
    static SectionKit::Section section(const Session &session); // key "open-sessions"
};
