#pragma once
#include "models/domain/Row.h"

#include <QDate>

struct FinancialAccount : Row
{
    QString name;
    QString kind = QStringLiteral("bank"); // bank|cash
    QString bankName;
    QString holder;
    QString accountNumber;
    QString cardNumber;
    QString iban;
    bool allowsCardToCard = false;
    bool allowsCashDeposit = false;
    bool allowsOnline = false;
    bool active = true;
};

// دریافت / پرداخت
struct Receipt : Row
{
    QString itemTypeId;
    QString direction = QStringLiteral("in"); // in|out
    QString identityId;
    QString documentId;
    QString number;
    qint64 amount = 0; // rials
    QString accountId;
    QString method = QStringLiteral("cash"); // cash|cheque|credit
    QString cashMethod; // card_to_card|deposit|online|in_person|payment_link|pos|''
    QString trackingNumber;
    QString cardNumber;
    QString bank;
    QString chequeNumber;
    QDate chequeDueDate;
    QDate receivedOn;
    QString approvalStatus = QStringLiteral("pending"); // pending|approved|rejected
    QString approvedBy;
    QDateTime approvedAt;
    QString rejectedBy;
    QDateTime rejectedAt;
    QString rejectReason;
    QString numberedBy;
    QDateTime numberedAt;
    qint64 sequence = 0; // the pattern's value behind `number`
    QString enteredBy;
    bool enteredInClub = false;
    QString description;
    QDateTime createdAt;
};

struct PointTransaction : Row
{
    QString identityId;
    QString kind = QStringLiteral("earned"); // earned|consumed|expired
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
