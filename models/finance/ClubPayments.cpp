#include "models/finance/ClubPayments.h"

#include "models/finance/FinancialAccountRepository.h"

QString ClubPayments::cashMethodOf(Method method)
{
    switch (method) {
    case Method::CardToCard: return QStringLiteral("card_to_card");
    case Method::CashDeposit: return QStringLiteral("deposit");
    case Method::Online: return QStringLiteral("online");
    }
    return {};
}

bool ClubPayments::methodFromCashMethod(const QString &cashMethod, Method *method)
{
    for (Method m : {Method::CardToCard, Method::CashDeposit, Method::Online})
        if (cashMethodOf(m) == cashMethod) {
            *method = m;
            return true;
        }
    return false;
}

bool ClubPayments::offers(const FinancialAccount &a, Method method)
{
    if (!a.active || a.deleted)
        return false;
    switch (method) {
    case Method::CardToCard: return a.allowsCardToCard;
    case Method::CashDeposit: return a.allowsCashDeposit;
    case Method::Online: return a.allowsOnline && !a.isCash();
    }
    return false;
}

QList<FinancialAccount> ClubPayments::accountsFor(Method method)
{
    FinancialAccountRepository accounts(m_store);
    QList<FinancialAccount> out;
    for (const FinancialAccount &a : accounts.forClubMethod(cashMethodOf(method)))
        if (offers(a, method))
            out << a;
    return out;
}

QList<ClubPayments::Method> ClubPayments::availableMethods()
{
    QList<Method> out;
    for (Method m : {Method::CardToCard, Method::CashDeposit, Method::Online})
        if (!accountsFor(m).isEmpty())
            out << m;
    return out;
}

bool ClubPayments::accountOffers(const QString &accountId, const QString &cashMethod)
{
    Method m;
    if (!methodFromCashMethod(cashMethod, &m))
        return false;
    FinancialAccountRepository accounts(m_store);
    const auto a = accounts.get(accountId);
    return a && offers(*a, m);
}
