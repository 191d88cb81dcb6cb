#pragma once
#include "models/core/Row.h"
#include "models/persian/Money.h"

#include <QByteArray>

// «نوع شخص»: the seller on an official invoice is a person (a sole trader, known by a 10-digit
// کد ملی) or an organisation (an 11-digit شناسه ملی).
enum class SellerKind { Organisation, Person };

struct Company : Row
{
    SellerKind kind = SellerKind::Organisation;
    QString name;
    QString economicCode;
    QString nationalId;
    QString registrationNumber;
    QString postalCode;
    QString province;
    QString city;
    QString address;
    QString phone;
    QByteArray logo;
    QByteArray seal; // مهر و امضا: printed on approved documents whose type has no signature of its own
    Persian::MoneyUnit moneyUnit = Persian::MoneyUnit::Rial; // how screens show amounts (stored in rials)
    int defaultVatBp = 1000; // VAT new financial item types start with, in basis points

    static constexpr int MaxImageBytes = 512 * 1024; // a logo or seal beyond this bloats every PDF
};
