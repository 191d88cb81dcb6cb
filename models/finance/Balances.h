#pragma once
// Customer balances («مانده حساب»): only approved items count (rule 34).
//   debit (بدهکار, raises what the identity owes): approved sales invoices, approved financial
//       contracts («آیتم جنبه مالی دارد»), approved payments to the identity;
//   credit (بستانکار): approved return invoices, approved receipts from the identity.
// Proformas and legal contracts never count. Balance = debit − credit; positive = the identity
// owes the company. The club dashboard shows this same figure.
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

#include <QDate>

// Which side of the account a balance stands on, as the statement and the report say it:
// «بدهکار» (the identity owes the company, balance > 0), «بستانکار» (the company owes it,
// balance < 0) or «بی‌حساب» (settled). The amount is then shown without a sign.
enum class BalanceSide { Debtor, Creditor, Settled };
BalanceSide balanceSide(qint64 balance);
// The side as stored in the lists' side columns: debtor|creditor|settled.
QString balanceSideCode(BalanceSide side);

struct StatementLine
{
    QString id;     // document or receipt id
    QDate date;     // issue date / receipt date
    QString kind;   // invoice|return_invoice|contract|receipt|payment
    QString number;
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 balance = 0; // running, after this line
};

struct BalanceFilter
{
    QDate from, to;          // inclusive; invalid = open. Debit and credit are the range's; the
                             // balance is the closing one at `to`
    bool nonZeroOnly = false; // hide identities whose closing balance is zero
    QString search;           // as typed: name, customer number, mobile (the identities' search)
};

class BalanceRepository : public Repository
{
public:
    using Repository::Repository;

    // The lists show the balance as an amount without a sign and the side it stands on
    // (StAmount/RpAmount, StSide/RpSide: debtor|creditor|settled); the signed balance
    // (debit − credit) comes last, for totals and checks.
    enum StatementColumn { StId, StDate, StKind, StNumber, StDebit, StCredit, StAmount, StSide, StBalance };
    enum ReportColumn { RpIdentityId, RpName, RpCustomerNumber, RpDebit, RpCredit, RpAmount, RpSide, RpBalance };

    // The balance of an identity, on a date (inclusive) or now.
    qint64 balanceOf(const QString &identityId, QDate upTo = {});
    // The statement of one identity in date order with its running balance; lines before
    // `from` are not listed but carried in the running balance.
    ListSpec statement(const QString &identityId, QDate from = {}, QDate to = {}) const;
    QList<StatementLine> statementLines(const QString &identityId, QDate from = {}, QDate to = {});
    // The customer balance report: one row per identity with approved items.
    ListSpec report(const BalanceFilter &filter) const;

private:
    // The side column of a signed balance expression (see BalanceSide).
    static QString sideOf(const QString &balance);
    // The approved entries, for one identity when `identityBind` is set (adds two binds).
    QString entries(bool oneIdentity) const;
};
