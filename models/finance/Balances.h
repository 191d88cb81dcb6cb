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

    enum StatementColumn { StId, StDate, StKind, StNumber, StDebit, StCredit, StBalance };
    enum ReportColumn { RpIdentityId, RpName, RpCustomerNumber, RpDebit, RpCredit, RpBalance };

    // The balance of an identity, on a date (inclusive) or now.
    qint64 balanceOf(const QString &identityId, QDate upTo = {});
    // The statement of one identity in date order with its running balance; lines before
    // `from` are not listed but carried in the running balance.
    ListSpec statement(const QString &identityId, QDate from = {}, QDate to = {}) const;
    QList<StatementLine> statementLines(const QString &identityId, QDate from = {}, QDate to = {});
    // The customer balance report: one row per identity with approved items.
    ListSpec report(const BalanceFilter &filter) const;

private:
    // The approved entries, for one identity when `identityBind` is set (adds two binds).
    QString entries(bool oneIdentity) const;
};
