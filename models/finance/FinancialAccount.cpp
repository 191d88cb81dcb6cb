#include "models/finance/FinancialAccount.h"

#include <QList>

namespace AccountKindCode {

QString text(AccountKind kind)
{
    return kind == AccountKind::Cash ? QStringLiteral("cash") : QStringLiteral("bank");
}

AccountKind fromText(const QString &text)
{
    return text == QLatin1String("cash") ? AccountKind::Cash : AccountKind::Bank;
}

} // namespace AccountKindCode

namespace PaymentGatewayCode {

QString text(PaymentGateway gateway)
{
    switch (gateway) {
    case PaymentGateway::None: return QString();
    case PaymentGateway::ZarinPal: return QStringLiteral("zarinpal");
    }
    return QString();
}

std::optional<PaymentGateway> parse(const QString &text)
{
    for (PaymentGateway g : {PaymentGateway::None, PaymentGateway::ZarinPal})
        if (PaymentGatewayCode::text(g) == text)
            return g;
    return std::nullopt;
}

QList<PaymentGateway> all()
{
    return {PaymentGateway::ZarinPal};
}

} // namespace PaymentGatewayCode
