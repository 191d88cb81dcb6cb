#include "models/finance/FinancialAccountRepository.h"

#include "models/core/Dialect.h"
#include "models/persian/Digits.h"

Repository::Cols FinancialAccountRepository::columns(const FinancialAccount &a) const
{
    return {{"name", a.name},
            {"kind", AccountKindCode::text(a.kind)},
            {"bank_name", a.bankName},
            {"holder", a.holder},
            {"account_number", a.accountNumber},
            {"card_number", a.cardNumber},
            {"iban", a.iban},
            {"allows_card_to_card", a.allowsCardToCard},
            {"allows_cash_deposit", a.allowsCashDeposit},
            // a cash box is never paid into online
            {"allows_online", a.isCash() ? false : a.allowsOnline},
            {"gateway", PaymentGatewayCode::text(a.gateway)},
            {"gateway_merchant", a.gatewayMerchant},
            {"active", a.active}};
}

FinancialAccount FinancialAccountRepository::fromRecord(const QSqlRecord &r)
{
    FinancialAccount a;
    readRow(r, a);
    a.name = str(r, "name");
    a.kind = AccountKindCode::fromText(str(r, "kind"));
    a.bankName = str(r, "bank_name");
    a.holder = str(r, "holder");
    a.accountNumber = str(r, "account_number");
    a.cardNumber = str(r, "card_number");
    a.iban = str(r, "iban");
    a.allowsCardToCard = flag(r, "allows_card_to_card");
    a.allowsCashDeposit = flag(r, "allows_cash_deposit");
    a.allowsOnline = flag(r, "allows_online");
    // a gateway this Vafa does not know (written by a newer one) reads as none: not offered online
    a.gateway = PaymentGatewayCode::parse(str(r, "gateway")).value_or(PaymentGateway::None);
    a.gatewayMerchant = str(r, "gateway_merchant");
    a.active = flag(r, "active");
    return a;
}

bool FinancialAccountRepository::insert(FinancialAccount &a)
{
    if (a.isCash())
        a.allowsOnline = false;
    return insertRow("financial_accounts", a, columns(a));
}

bool FinancialAccountRepository::update(FinancialAccount &a)
{
    if (a.isCash())
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

std::optional<FinancialAccount> FinancialAccountRepository::lock(const QString &id)
{
    if (!exec(QLatin1String("UPDATE financial_accounts SET active = active WHERE id = ? AND ") + live(QString()), {id}))
        return std::nullopt;
    return get(id);
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


ListSpec FinancialAccountRepository::list(const FinancialAccountFilter &f) const
{
    ListSpec s;
    s.from = QStringLiteral("financial_accounts a");
    s.columns = QStringList{QStringLiteral("a.id"),
                            QStringLiteral("a.name"),
                            QStringLiteral("a.kind"),
                            QStringLiteral("a.bank_name"),
                            QStringLiteral("a.account_number"),
                            QStringLiteral("a.allows_card_to_card"),
                            QStringLiteral("a.allows_cash_deposit"),
                            QStringLiteral("a.allows_online"),
                            QStringLiteral("a.active")};
    QStringList conds{live(QStringLiteral("a"))};
    if (f.kind) {
        conds << QStringLiteral("a.kind = ?");
        s.binds << AccountKindCode::text(*f.kind);
    }
    if (const QString search = f.search.trimmed(); !search.isEmpty()) {
        QStringList any;
        for (const char *column : {"a.name", "a.bank_name", "a.holder"}) {
            any << Dialect::likeCondition(QLatin1String(column));
            s.binds << Dialect::containing(search);
        }
        // numbers are stored in Latin digits; people type them in either
        for (const char *column : {"a.account_number", "a.card_number", "a.iban"}) {
            any << Dialect::likeCondition(QLatin1String(column));
            s.binds << Dialect::containing(Persian::toLatinDigits(search).toUpper());
        }
        conds << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    s.where = conds.join(QLatin1String(" AND "));
    s.orderBy = QStringLiteral("a.name, a.id");
    s.orderByDesc = QStringLiteral("a.name DESC, a.id DESC");
    return s;
}
