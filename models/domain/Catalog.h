#pragma once
#include "models/domain/Row.h"

#include <QByteArray>

struct NumberingPattern : Row
{
    QString title;
    QString pattern; // e.g. "INV-{yyyy}-{n:5}"; see NumberingPattern in the services
    qint64 initialValue = 0; // the first number issued is initialValue + 1 (§1.17)
    bool yearlyReset = false;
    qint64 lastValue = 0;
    int lastYear = 0;
};

// Settings of one item subtype (نوع آیتم), including what club users may do with it.
struct ItemType : Row
{
    QString entity; // proforma|invoice|return_invoice|contract|receipt|payment|ticket|request|task|appointment|form|file
    QString code;
    QString name;
    bool active = true;
    QString contractKind; // financial|legal|''
    bool customerCanCreate = false;
    bool customerCanView = false;
    bool customerCanViewFields = false;
    QString customerDisplayMode = QStringLiteral("default"); // default|preview|public_preview
    bool agentCanCreate = false;
    bool agentCanView = false;
    bool agentCanViewFields = false;
    QString agentDisplayMode = QStringLiteral("default");
    bool needsApproval = false;
    bool needsNumbering = false;
    QString numberOn = QStringLiteral("create"); // create|approval
    QString numberingPatternId;
    bool customerNumberOnApproval = false;
    bool pendingAfterEdit = false;
    QByteArray signatureImage;
    int taxBp = 0;
    int levyBp = 0;
    QString mainTemplate;
    QString publicTemplate;
};

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
