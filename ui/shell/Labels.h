#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QString>

// The words a person reads for the short English codes the store keeps (SCHEMA.md): one
// place, so a status reads the same in every list, filter and dialog.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QHash<QString, QString> profileTypes();
    static QHash<QString, QString> identityKinds();
    static QHash<QString, QString> userKinds();
    static QHash<QString, QString> approvalStatuses(); // pending / approved / rejected
    static QHash<QString, QString> documentKinds();
    static QHash<QString, QString> receiptMethods();   // cash / cheque / credit
    static QHash<QString, QString> cashMethods();
    static QHash<QString, QString> pointKinds();
    static QHash<QString, QString> ticketStatuses();
    static QHash<QString, QString> ticketPriorities(); // low|normal|high|urgent
    static QHash<QString, QString> yesNo();            // stored booleans
};
