#pragma once
#include "models/core/Row.h"

#include <QDate>

// Which way a point transaction goes, as a typed code; stored as earned|consumed|expired and
// converted in PointRepository only.
enum class PointKind { Earned, Consumed, Expired };

namespace PointKindCode {
QString text(PointKind kind);
PointKind fromText(const QString &text); // anything else reads as Earned
}

struct PointTransaction : Row
{
    QString identityId;
    PointKind kind = PointKind::Earned;
    int points = 0; // always positive; kind says which way
    QDate createdOn;
    QDate expiresOn;
    QString description;
    QString relatedId;
    bool manual = false;
};

// A scoring rule («قانون امتیازدهی»).
struct PointRule : Row
{
    QString kind = QStringLiteral("purchase_amount"); // purchase|purchase_amount|item_creation|sign_up|serial
    QString profileType = QStringLiteral("customer");
    QString itemTypeId;
    QString productId;
    int points = 0;
    qint64 rialStep = 0; // purchase_amount: points per this many rials
    bool active = true;
};

struct PointTotals
{
    qint64 earned = 0;
    qint64 consumed = 0;
    qint64 expired = 0;
    qint64 remaining() const { return earned - consumed - expired; }
};
