#pragma once
#include <QCoreApplication>
#include <QList>

struct Actor;
class Store;

// «شروع کار»: what a new company still has to do before its club runs, read from what is
// stored (not ticked by hand), until an administrator dismisses the list.
class GettingStarted
{
    Q_DECLARE_TR_FUNCTIONS(GettingStarted)
public:
    enum class Step { CompanyProfile, LogoAndSeal, Accounts, ClubSettings, FirstClubUsers, FirstInvoice };
    struct Item
    {
        Step step;
        bool done = false;
    };

    // Empty for the demo company and once dismissed.
    static QList<Item> items(Store &store);
    // A system administrator puts the list away for good (audited, one transaction).
    static bool dismiss(Store &store, const Actor &actor, QString *error);
};
