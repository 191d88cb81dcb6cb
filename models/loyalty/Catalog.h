#pragma once
#include "models/core/Row.h"

struct Product : Row
{
    QString code;
    QString name;
    QString unit;
    qint64 unitPrice = 0; // rials
    bool taxable = true;
    bool clubVisible = true;
    QString category;
    bool active = true;
};

struct CustomerClass : Row
{
    QString title;
    QString period = QStringLiteral("permanent"); // weekly|monthly|yearly|permanent
    qint64 floorRials = 0;
    qint64 ceilingRials = -1; // -1 = no ceiling (NULL)
    QString priceListId;
    int priority = 0;
};
