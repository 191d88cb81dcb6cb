#include "ui/shell/Session.h"

#include "models/auth/UserRepository.h"

Actor Session::actor() const
{
    return store ? UserRepository(*store).actor(userId) : Actor();
}

const Actor &Session::signedIn() const
{
    if (!m_signedIn)
        m_signedIn = std::make_shared<const Actor>(actor());
    return *m_signedIn;
}

const StaffPermissions &Session::permissions() const
{
    if (!m_permissions)
        m_permissions = std::make_shared<const StaffPermissions>(signedIn());
    return *m_permissions;
}
