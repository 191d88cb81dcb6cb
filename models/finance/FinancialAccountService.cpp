#include "models/finance/FinancialAccountService.h"

#include "models/core/AuditLog.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/Permissions.h"
#include "models/finance/ReceiptRepository.h"
#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "models/persian/SearchText.h"
#include "models/persian/Validators.h"

#include <QRegularExpression>

using namespace Persian::Validate;

namespace {

const QString Subject = QStringLiteral("financial_account");

// What an edit changed, for the audit row: the names of the columns, never their values (an
// IBAN or a card number has no place in a log that many may read).
QStringList changedFields(const FinancialAccount &before, const FinancialAccount &after)
{
    QStringList out;
    auto note = [&out](bool changed, const char *name) {
        if (changed)
            out << QLatin1String(name);
    };
    note(before.name != after.name, "name");
    note(before.kind != after.kind, "kind");
    note(before.bankName != after.bankName, "bank_name");
    note(before.holder != after.holder, "holder");
    note(before.accountNumber != after.accountNumber, "account_number");
    note(before.cardNumber != after.cardNumber, "card_number");
    note(before.iban != after.iban, "iban");
    note(before.allowsCardToCard != after.allowsCardToCard, "allows_card_to_card");
    note(before.allowsCashDeposit != after.allowsCashDeposit, "allows_cash_deposit");
    note(before.allowsOnline != after.allowsOnline, "allows_online");
    note(before.gateway != after.gateway, "gateway");
    note(before.gatewayMerchant != after.gatewayMerchant, "gateway_merchant");
    note(before.active != after.active, "active");
    return out;
}

// Digits and the separators banks print inside account numbers («۰۱۲۳-۴۵۶۷۸۹-۱», «1234.567.8»).
bool isAccountNumber(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (Persian::digitValue(c) >= 0)
            digit = true;
        else if (c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/') && c != QLatin1Char(' '))
            return false;
    }
    return digit;
}

} // namespace

FinancialAccount FinancialAccountService::normalized(FinancialAccount a)
{
    auto clean = [](const QString &text) { return Persian::withoutBidiControls(text).trimmed(); };
    a.name = clean(a.name);
    a.holder = clean(a.holder);
    a.gatewayMerchant = Persian::toLatinDigits(clean(a.gatewayMerchant));
    if (a.isCash()) {
        a.bankName.clear();
        a.accountNumber.clear();
        a.cardNumber.clear();
        a.iban.clear();
        a.allowsCardToCard = a.allowsCashDeposit = a.allowsOnline = false;
        a.gateway = PaymentGateway::None;
        a.gatewayMerchant.clear();
        return a;
    }
    a.bankName = clean(a.bankName);
    a.accountNumber = Persian::toLatinDigits(clean(a.accountNumber)).simplified();
    a.iban = clean(a.iban);
    if (const QString iban = normalize(Field::Iban, a.iban); !iban.isEmpty())
        a.iban = iban;
    a.cardNumber = clean(a.cardNumber);
    if (const QString card = normalize(Field::CardNumber, a.cardNumber); !card.isEmpty())
        a.cardNumber = card;
    return a;
}

QString FinancialAccountService::gatewayTitle(PaymentGateway gateway)
{
    switch (gateway) {
    case PaymentGateway::None: return tr("None");
    case PaymentGateway::ZarinPal: return tr("ZarinPal");
    }
    return QString();
}

QString FinancialAccountService::checkMerchant(PaymentGateway gateway, const QString &merchant)
{
    switch (gateway) {
    case PaymentGateway::None: return tr("Choose the online payment gateway of this account.");
    case PaymentGateway::ZarinPal: {
        // ZarinPal's «مرچنت کد»: 36 characters, a UUID (payment.zarinpal.com/pg/v4 merchant_id)
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
        if (merchant.isEmpty())
            return tr("Enter the merchant code ZarinPal gave the company.");
        if (!uuid.match(merchant).hasMatch())
            return tr("A ZarinPal merchant code has 36 characters, like %1.")
                .arg(Persian::leftToRight(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")));
        return {};
    }
    }
    return {};
}

QString FinancialAccountService::check(const FinancialAccount &a)
{
    if (a.name.isEmpty())
        return tr("Give the account a name.");
    if (a.isCash())
        return {};
    if (a.accountNumber.isEmpty() && a.iban.isEmpty())
        return tr("A bank account needs its account number or its IBAN (Sheba).");
    if (!a.accountNumber.isEmpty() && !isAccountNumber(a.accountNumber))
        return tr("The account number may hold digits and the separators - . / only.");
    if (!a.iban.isEmpty())
        if (const Problem p = checkIban(a.iban); p != Problem::None)
            return errorMessage(Field::Iban, p);
    if (!a.cardNumber.isEmpty())
        if (const Problem p = checkCardNumber(a.cardNumber); p != Problem::None)
            return errorMessage(Field::CardNumber, p);
    if (a.allowsCardToCard && a.cardNumber.isEmpty())
        return tr("Card-to-card payments need the account's card number.");
    if (a.allowsOnline || a.gateway != PaymentGateway::None || !a.gatewayMerchant.isEmpty())
        if (const QString bad = checkMerchant(a.gateway, a.gatewayMerchant); !bad.isEmpty())
            return bad;
    return {};
}

bool FinancialAccountService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool FinancialAccountService::storeFailed(const QString &detail)
{
    qWarning("financial account: %s", qPrintable(detail));
    return fail(tr("The account could not be saved. Nothing was changed."));
}

bool FinancialAccountService::begin(Store::Transaction &tx)
{
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!FinanceGate::mayManageSettings(m_actor))
        return fail(tr("Only the finance manager or an administrator may change the financial accounts."));
    return true;
}

bool FinancialAccountService::save(FinancialAccount &account)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    FinancialAccount a = normalized(account);
    if (const QString bad = check(a); !bad.isEmpty())
        return fail(bad);
    FinancialAccountRepository accounts(m_store);
    std::optional<FinancialAccount> before;
    if (!a.id.isEmpty()) {
        before = accounts.lock(a.id);
        if (!before)
            return fail(tr("This account no longer exists; it may have been deleted meanwhile."));
    }
    const QString key = Persian::normalizeForSearch(a.name);
    for (const FinancialAccount &other : accounts.all())
        if (other.id != a.id && Persian::normalizeForSearch(other.name) == key)
            return fail(tr("Another account is already called «%1».").arg(other.name));
    const bool created = a.id.isEmpty();
    if (!(created ? accounts.insert(a) : accounts.update(a)))
        return storeFailed(accounts.lastError());
    const QString detail = created ? AccountKindCode::text(a.kind) : changedFields(*before, a).join(QLatin1Char(','));
    if (!AuditLog(m_store).append(m_actor.userId,
                                  created ? QStringLiteral("financial_account.create") : QStringLiteral("financial_account.update"),
                                  Subject, a.id, detail))
        return storeFailed(QStringLiteral("audit"));
    if (!tx.commit())
        return fail(m_store.writeFailureMessage());
    account = a;
    return true;
}

bool FinancialAccountService::setActive(const QString &accountId, bool active)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    FinancialAccountRepository accounts(m_store);
    std::optional<FinancialAccount> a = accounts.lock(accountId);
    if (!a)
        return fail(tr("This account no longer exists; it may have been deleted meanwhile."));
    if (a->active == active)
        return true; // already so: nothing to write or audit
    a->active = active;
    if (!accounts.update(*a))
        return storeFailed(accounts.lastError());
    if (!AuditLog(m_store).append(m_actor.userId,
                                  active ? QStringLiteral("financial_account.activate")
                                         : QStringLiteral("financial_account.deactivate"),
                                  Subject, accountId, a->name))
        return storeFailed(QStringLiteral("audit"));
    return tx.commit() || fail(m_store.writeFailureMessage());
}

bool FinancialAccountService::remove(const QString &accountId)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    FinancialAccountRepository accounts(m_store);
    const std::optional<FinancialAccount> a = accounts.lock(accountId);
    if (!a)
        return fail(tr("This account no longer exists; it may have been deleted meanwhile."));
    ReceiptFilter paidInto;
    paidInto.accountId = accountId;
    const qint64 receipts = ReceiptRepository(m_store).count(paidInto);
    if (receipts < 0)
        return storeFailed(QStringLiteral("receipt count"));
    if (receipts > 0)
        return fail(tr("Receipts were paid into «%1», so it cannot be deleted. Deactivate it instead: it then "
                       "disappears from new receipts and from the club.")
                        .arg(a->name));
    if (!accounts.tombstone(accountId))
        return storeFailed(accounts.lastError());
    if (!AuditLog(m_store).append(m_actor.userId, QStringLiteral("financial_account.delete"), Subject, accountId, a->name))
        return storeFailed(QStringLiteral("audit"));
    return tx.commit() || fail(m_store.writeFailureMessage());
}
