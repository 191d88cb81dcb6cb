#pragma once
#include "models/core/Row.h"

#include <QByteArray>

struct Company : Row
{
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
};
