#include "ui/shell/Session.h"

#include "models/auth/UserRepository.h"

const StaffPermissions &Session::permissions() const
{
    if (!m_permissions) {
        if (store && isStaff()) {
            UserRepository users(*store);
            m_permissions = std::make_shared<const StaffPermissions>(StaffPermissions::load(users, userId));
        } else {
            m_permissions = std::make_shared<const StaffPermissions>();
        }
    }
    return *m_permissions;
}
