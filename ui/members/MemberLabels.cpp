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

QHash<QString, QString> MemberLabels::states()
{
    return {{QStringLiteral("active"), tr("Active")},
            {QStringLiteral("pending"), tr("Awaiting approval")},
            {QStringLiteral("rejected"), tr("Rejected")},
            {QStringLiteral("inactive"), tr("Inactive")},
            {QStringLiteral("suspended"), tr("Suspended")},
            {QStringLiteral("locked"), tr("Locked")}};
}

QHash<QString, BadgeDelegate::Colours> MemberLabels::stateColours()
{
    return {{QStringLiteral("active"), {QColor(0x1b, 0x6e, 0x32), QColor(0xdc, 0xf1, 0xe1)}},
            {QStringLiteral("pending"), {QColor(0x7a, 0x4f, 0x00), QColor(0xfc, 0xee, 0xc8)}},
            {QStringLiteral("suspended"), {QColor(0x9c, 0x3d, 0x00), QColor(0xfd, 0xe3, 0xcf)}},
            {QStringLiteral("locked"), {QColor(0xa3, 0x12, 0x2a), QColor(0xfa, 0xdb, 0xdf)}},
            {QStringLiteral("inactive"), {QColor(0x4a, 0x4f, 0x55), QColor(0xe8, 0xea, 0xed)}},
            {QStringLiteral("rejected"), {QColor(0x5c, 0x2b, 0x2b), QColor(0xec, 0xdf, 0xdf)}}};
}
