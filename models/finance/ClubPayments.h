#pragma once
// The three ways a club user pays (§1.14, rule 25) and the financial accounts each offers:
// card to card («انتقال از طریق کارت خودپرداز») → accounts with «پرداخت کارت به کارت»,
// cash deposit («واریز نقدی به حساب») → «پرداخت نقدی», online («پرداخت اینترنتی») →
// «پرداخت آنلاین». Only active accounts; a cash box («صندوق») is never offered online even if
// its flag was set. What the club user enters becomes a pending receipt (DocumentApproval).
#include "models/finance/Receipt.h"

#include <QList>
#include <QString>

class Store;

class ClubPayments
{
public:
    enum class Method { CardToCard, CashDeposit, Online };

    explicit ClubPayments(Store &store) : m_store(store) {}

    static QString cashMethodOf(Method method); // card_to_card|deposit|online (receipts.cash_method)
    static bool methodFromCashMethod(const QString &cashMethod, Method *method);
    static bool offers(const FinancialAccount &account, Method method);

    QList<FinancialAccount> accountsFor(Method method);
    // The methods that have at least one account, in the club's order.
    QList<Method> availableMethods();
    // Whether the account `accountId` is one the club offers for `cashMethod`.
    bool accountOffers(const QString &accountId, const QString &cashMethod);

private:
    Store &m_store;
};
