#pragma once
// A bank account or cash box the company receives money into (حساب مالی, reference §1.14).
#include "models/core/Row.h"

#include <QList>
#include <QString>

#include <optional>

// «نوع حساب», stored as bank|cash. A cash box («صندوق») is a name only: it holds no bank
// details and is never paid into online or by card.
enum class AccountKind { Bank, Cash };

// The online gateway an account takes payments through, stored as ''|zarinpal. ZarinPal's web
// API (payment.zarinpal.com/pg/v4) is the first one Vafa implements: it needs only the
// 36-character merchant code the gateway issues, so no secret has to be kept. A gateway that
// needs one (a terminal password, an API secret) keeps it in the keychain, never in this table.
enum class PaymentGateway { None, ZarinPal };

namespace AccountKindCode {
QString text(AccountKind kind);
// Unknown text reads as a bank account: the kind that may carry every detail, so none is lost.
AccountKind fromText(const QString &text);
} // namespace AccountKindCode

namespace PaymentGatewayCode {
QString text(PaymentGateway gateway); // "" for None
// Nothing for text that names no gateway this Vafa knows.
std::optional<PaymentGateway> parse(const QString &text);
QList<PaymentGateway> all(); // the gateways an account may choose, in the order offered
} // namespace PaymentGatewayCode

struct FinancialAccount : Row
{
    QString name;
    AccountKind kind = AccountKind::Bank;
    QString bankName;
    QString holder;
    QString accountNumber;
    QString cardNumber; // 16 digits when set
    QString iban;       // "IR" + 24 digits when set
    bool allowsCardToCard = false;  // «پرداخت کارت به کارت»
    bool allowsCashDeposit = false; // «پرداخت نقدی» (واریز نقدی به حساب)
    bool allowsOnline = false;      // «پرداخت آنلاین»
    PaymentGateway gateway = PaymentGateway::None;
    QString gatewayMerchant; // the merchant code the gateway issued
    bool active = true;

    bool isCash() const { return kind == AccountKind::Cash; }
};
