#pragma once
#include "models/core/Row.h"
#include "models/finance/ApprovalTrail.h"
#include "models/finance/FinancialAccount.h"

#include <QDate>

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
    ApprovalTrail approval; // status, who approved, rejected and numbered it, and when
    qint64 sequence = 0; // the pattern's value behind `number`
    QString enteredBy;
    bool enteredInClub = false;
    QString description;
    QDateTime createdAt;
};
