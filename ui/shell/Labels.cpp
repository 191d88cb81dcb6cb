#include "ui/shell/Labels.h"

#include <QCoreApplication>

namespace {
QString s(const char *code)
{
    return QString::fromLatin1(code);
}
}

QHash<QString, QString> Labels::profileTypes()
{
    return {{s("customer"), tr("Customer")}, {s("agent"), tr("Agent")}, {s("supplier"), tr("Supplier")},
            {s("operator"), tr("Operator")}, {s("competitor"), tr("Competitor")}};
}

QHash<QString, QString> Labels::identityKinds()
{
    return {{s("person"), tr("Person")}, {s("organisation"), tr("Organisation")}};
}

QHash<QString, QString> Labels::userKinds()
{
    return {{s("staff"), tr("Staff")}, {s("customer"), tr("Customer")}, {s("agent"), tr("Agent")},
            {s("supplier"), tr("Supplier")}};
}

QHash<QString, QString> Labels::approvalStatuses()
{
    return {{s("pending"), tr("Pending")}, {s("approved"), tr("Approved")}, {s("rejected"), tr("Rejected")}};
}

QHash<QString, QString> Labels::documentKinds()
{
    return {{s("proforma"), tr("Proforma")}, {s("invoice"), tr("Invoice")},
            {s("return_invoice"), tr("Return invoice")}, {s("contract"), tr("Contract")}};
}

QHash<QString, QString> Labels::receiptMethods()
{
    return {{s("cash"), tr("Cash")}, {s("cheque"), tr("Cheque")}, {s("credit"), tr("Credit")}};
}

QHash<QString, QString> Labels::cashMethods()
{
    return {{s("card_to_card"), tr("Card to card")}, {s("deposit"), tr("Deposit to account")},
            {s("online"), tr("Online payment")}, {s("in_person"), tr("In person")},
            {s("payment_link"), tr("Payment link")}, {s("pos"), tr("Card reader")}};
}

QHash<QString, QString> Labels::pointKinds()
{
    return {{s("earned"), tr("Earned")}, {s("consumed"), tr("Spent")}, {s("expired"), tr("Expired")}};
}

QHash<QString, QString> Labels::ticketStatuses()
{
    return {{s("open"), tr("Open")}, {s("answered"), tr("Answered")}, {s("waiting"), tr("Waiting for customer")},
            {s("closed"), tr("Closed")}};
}

QHash<QString, QString> Labels::ticketPriorities()
{
    return {{s("low"), tr("Low")}, {s("normal"), tr("Normal")}, {s("high"), tr("High")}, {s("urgent"), tr("Urgent")}};
}

QHash<QString, QString> Labels::yesNo()
{
    return {{s("1"), tr("Yes")}, {s("0"), tr("No")}, {s("true"), tr("Yes")}, {s("false"), tr("No")}};
}
