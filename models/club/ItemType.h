#pragma once
#include "models/core/Row.h"

#include <QByteArray>
#include <QStringList>

// Settings of one item subtype (نوع آیتم), including what club users may do with it.
struct ItemType : Row
{
    // Every entity an item type can belong to, in the order the settings list them; the first
    // six are financial (they carry amounts, approval and numbering).
    static QStringList entities();
    static bool isFinancial(const QString &entity);

    QString entity; // proforma|invoice|return_invoice|contract|receipt|payment|ticket|request|task|note|call|appointment|form|file
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
