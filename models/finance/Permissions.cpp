#include "models/finance/Permissions.h"

#include "models/auth/UserRepository.h"

Permissions Permissions::ofUser(Store &store, const QString &userId)
{
    UserRepository users(store);
    return of(users.permissionsOf(userId));
}
