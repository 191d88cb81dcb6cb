#include "ui/members/MemberLabels.h"

QHash<QString, QString> MemberLabels::accountOrigins()
{
    return {{QStringLiteral("staff"), tr("Created by staff")},
            {QStringLiteral("self"), tr("Self-registered")},
            {QStringLiteral("identity"), tr("Defined on the identity")},
            {QStringLiteral("bulk"), tr("Bulk creation")},
            {QStringLiteral("import"), tr("Imported from a file")}};
}

QHash<QString, QString> MemberLabels::planActions()
{
    return {{QStringLiteral("create"), tr("Create")},
            {QStringLiteral("update"), tr("Update")},
            {QStringLiteral("skip"), tr("Skip")},
            {QStringLiteral("error"), tr("Error")}};
}
