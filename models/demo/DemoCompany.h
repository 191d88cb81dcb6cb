#pragma once
#include <QDate>
#include <QMap>
#include <QString>

#include <functional>

class Store;

struct DemoOptions
{
    quint32 seed = 1403;        // same seed (and same `today`) ⇒ the same data
    int identities = 2000;      // customers, people and organisations; agents, staff and suppliers come on top
    int agents = 15;
    QDate today;                // the last day of the 18 months of history; invalid = the current date
    int maxDocuments = 200000;  // documents grow with identities up to this cap
    int maxClubUsers = 100000;  // club accounts for customers, capped likewise
    QString password;           // the demo password of every account; empty = defaultPassword()
};

struct DemoAccount
{
    QString username;
    QString password;
    QString kind;  // staff|customer|agent
    QString label; // Persian, for the login dialog
};

struct DemoResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 elapsedMs = 0;
    QMap<QString, qint64> counts; // rows written per table
    QMap<QString, qint64> stepMs; // time of each step (customers, documents, indexes…), for benchmarks
};

// A realistic Persian company for `vafa --demo`, screenshots and benchmarks: customers and
// agents with valid national codes and IDs, staff in groups with permissions, club accounts in
// every security state, item types with the club flags a real company sets, products, bank
// accounts, proformas, invoices (10 % VAT on taxable lines), returns, contracts, receipts in
// every state, points, classes, tickets and processes waiting in cartables. Dates cover the 18
// months up to options.today, skipping Fridays and the Nowruz holidays.
//
// Everything is written in one transaction: when `progress` (0–100) returns false the
// transaction is rolled back and nothing is left behind. The store should be empty.
//
// Determinism: ids, names, numbers, amounts and dates come from QRandomGenerator(seed) and
// options.today; only updated_at (the time of writing) and the password hash (salted) differ
// between runs.
//
// The sample accounts (sampleAccounts()) are recorded in settings key "demo.accounts" as a
// JSON array of {username, password, kind, label} for the login dialog.
class DemoCompany
{
public:
    static DemoResult generate(Store &store, const DemoOptions &options = DemoOptions(),
                               std::function<bool(int percent)> progress = {});
    static QString defaultPassword();
    static QList<DemoAccount> sampleAccounts(const QString &password = defaultPassword());
};
