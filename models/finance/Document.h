#pragma once
#include "models/core/Row.h"
#include "models/finance/ApprovalTrail.h"

#include <QDate>
#include <QList>

// One line of a proforma, invoice, return invoice or contract. Money in rials, quantity in
// thousandths, rates in basis points (10 % = 1000).
struct DocumentLine : Row
{
    QString documentId;
    int lineNo = 0;
    QString productId;
    QString productCode;
    QString description;
    QString unit;
    qint64 quantityMilli = 1000;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    int taxBp = 0;
    int levyBp = 0;
    qint64 tax = 0;   // computed
    qint64 levy = 0;  // computed
    qint64 total = 0; // computed: quantity × unit price
    qint64 final = 0; // computed: total − discount + tax + levy

    // Fills total, tax, levy and final from quantity, price, discount and the rates.
    // Rial amounts are rounded half away from zero.
    void compute();
};

struct Document : Row
{
    QString itemTypeId;
    QString kind = QStringLiteral("invoice"); // proforma|invoice|return_invoice|contract
    QString identityId;
    QString number;
    qint64 sequence = 0;
    QDate issueDate;
    QDate dueDate;
    ApprovalTrail approval; // status, who approved, rejected and numbered it, and when
    QString sellerUserId;
    QString sourceDocumentId;
    QString priceListId;
    QString title;
    QDate startDate;
    QDate endDate;
    QString settlement = QStringLiteral("cash"); // cash|credit|mixed
    QString description;
    qint64 totalAmount = 0;
    qint64 totalDiscount = 0;
    qint64 totalTax = 0;
    qint64 totalLevy = 0;
    qint64 surcharge = 0;      // Σ surcharges («اضافات») including their own tax and levy
    qint64 surchargeTax = 0;   // the tax inside `surcharge`
    qint64 surchargeLevy = 0;  // the levy inside `surcharge`
    qint64 finalAmount = 0;
    QString createdBy;
    QDateTime createdAt;
    QString searchText; // kept by the repository

    QList<DocumentLine> lines;

    // Computes every line, then the totals: sums of the lines, final = Σ final + surcharge.
    void computeTotals();
};
