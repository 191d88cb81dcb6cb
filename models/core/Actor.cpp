#include "models/core/Actor.h"

namespace UserKindCode {

QString text(UserKind kind)
{
    switch (kind) {
    case UserKind::Staff: return QStringLiteral("staff");
    case UserKind::Customer: return QStringLiteral("customer");
    case UserKind::Agent: return QStringLiteral("agent");
    case UserKind::Supplier: return QStringLiteral("supplier");
    }
    return QStringLiteral("customer");
}

UserKind fromText(const QString &text)
{
    if (text == QLatin1String("staff"))
        return UserKind::Staff;
    if (text == QLatin1String("agent"))
        return UserKind::Agent;
    if (text == QLatin1String("supplier"))
        return UserKind::Supplier;
    return UserKind::Customer;
}

} // namespace UserKindCode
