#pragma once
// The one way the company's financial accounts change («حساب‌های مالی», reference §1.14):
// create and edit a cash box or a bank account, activate or deactivate it, delete it.
//
// Each call is one action (DESIGN §3): it begins the transaction, checks inside it that the
// actor may manage the finance settings (FinanceGate::mayManageSettings), re-reads and locks the
// account it changes, checks the account, writes, audits and commits. A refusal writes nothing
// and says why in Persian.
//
// Decisions where the reference is silent:
// - A cash box is a name (and who holds it) only: saving one clears every bank detail and every
//   club payment flag, which its editor does not show.
// - A bank account needs its account number or its IBAN: without either nobody can pay into it.
// - IBAN and card number are optional but, when given, must pass their checksums; they are
//   stored in their machine form (IR + 24 digits, 16 digits).
// - Card-to-card needs a card number; online needs a gateway and that gateway's merchant code.
//   The gateway settings are kept when online is switched off, so switching it back on later
//   does not lose them.
// - Names are unique among live accounts, compared as search compares them (ي/ی, spacing).
// - An account that receipts were paid into is never deleted, only deactivated; deleting is a
//   tombstone either way.
#include "models/core/Actor.h"
#include "models/core/Store.h"
#include "models/finance/FinancialAccount.h"

#include <QCoreApplication>

class FinancialAccountService
{
    Q_DECLARE_TR_FUNCTIONS(FinancialAccountService)
public:
    FinancialAccountService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    // The account in its stored form: text trimmed, Latin digits, a valid IBAN and card number in
    // their machine form (an invalid one stays as typed, for check() to name), a cash box without
    // bank details or payment flags.
    static FinancialAccount normalized(FinancialAccount account);
    // Empty when `account` (normalized) may be stored, as far as it can be told without the store;
    // else a Persian sentence naming the first problem. The editor asks it as the person types.
    static QString check(const FinancialAccount &account);
    // Empty when `merchant` is a merchant code `gateway` issues; else why not.
    static QString checkMerchant(PaymentGateway gateway, const QString &merchant);
    static QString gatewayTitle(PaymentGateway gateway); // «زرین‌پال»

    // Creates the account (when its id is empty) or saves the edit of a stored one.
    bool save(FinancialAccount &account);
    bool setActive(const QString &accountId, bool active);
    // Deletes an account no receipt was paid into.
    bool remove(const QString &accountId);
    QString error() const { return m_error; }

private:
    bool begin(Store::Transaction &tx);
    bool fail(const QString &message);
    bool storeFailed(const QString &detail);
    Store &m_store;
    Actor m_actor;
    QString m_error;
};
