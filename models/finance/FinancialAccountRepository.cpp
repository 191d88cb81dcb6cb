#include "models/finance/FinancialAccountRepository.h"

#include "models/identities/IdentityRepository.h"

Repository::Cols FinancialAccountRepository::columns(const FinancialAccount &a) const
{
    return {{"name", a.name},
            {"kind", a.kind},
            {"bank_name", a.bankName},
            {"holder", a.holder},
            {"account_number", a.accountNumber},
            {"card_number", a.cardNumber},
            {"iban", a.iban},
            {"allows_card_to_card", a.allowsCardToCard},
            {"allows_cash_deposit", a.allowsCashDeposit},
            // a cash box is never paid into online
            {"allows_online", a.kind == QLatin1String("cash") ? false : a.allowsOnline},
            {"active", a.active}};
}

FinancialAccount FinancialAccountRepository::fromRecord(const QSqlRecord &r)
{
    FinancialAccount a;
    readRow(r, a);
    a.name = str(r, "name");
    a.kind = str(r, "kind");
    a.bankName = str(r, "bank_name");
    a.holder = str(r, "holder");
    a.accountNumber = str(r, "account_number");
    a.cardNumber = str(r, "card_number");
    a.iban = str(r, "iban");
    a.allowsCardToCard = flag(r, "allows_card_to_card");
    a.allowsCashDeposit = flag(r, "allows_cash_deposit");
    a.allowsOnline = flag(r, "allows_online");
    a.active = flag(r, "active");
    return a;
}

bool FinancialAccountRepository::insert(FinancialAccount &a)
{
    if (a.kind == QLatin1String("cash"))
        a.allowsOnline = false;
    return insertRow("financial_accounts", a, columns(a));
}

bool FinancialAccountRepository::update(FinancialAccount &a)
{
    if (a.kind == QLatin1String("cash"))
        a.allowsOnline = false;
    return updateRow("financial_accounts", a, columns(a));
}

std::optional<FinancialAccount> FinancialAccountRepository::get(const QString &id)
{
    const auto r = fetchById("financial_accounts", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool FinancialAccountRepository::tombstone(const QString &id)
{
    return tombstoneRow("financial_accounts", id);
}

QList<FinancialAccount> FinancialAccountRepository::where(const QString &cond)
{
    QList<FinancialAccount> out;
    QString sql = QLatin1String("SELECT * FROM financial_accounts WHERE ") + live(QString());
    if (!cond.isEmpty())
        sql += QLatin1String(" AND ") + cond;
    sql += QLatin1String(" ORDER BY name, id");
    const auto rows = fetchAll(sql);
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

QList<FinancialAccount> FinancialAccountRepository::all(bool activeOnly)
{
    return where(activeOnly ? QLatin1String("active = ") + boolLit(true) : QString());
}

QList<FinancialAccount> FinancialAccountRepository::forClubMethod(const QString &cashMethod)
{
    QString column;
    if (cashMethod == QLatin1String("card_to_card"))
        column = QStringLiteral("allows_card_to_card");
    else if (cashMethod == QLatin1String("deposit"))
        column = QStringLiteral("allows_cash_deposit");
    else if (cashMethod == QLatin1String("online"))
        column = QStringLiteral("allows_online");
    else
        return {};
    return where(QLatin1String("active = ") + boolLit(true) + QLatin1String(" AND ") + column + QLatin1String(" = ")
                 + boolLit(true));
}

