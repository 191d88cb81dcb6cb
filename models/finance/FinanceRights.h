#pragma once
// What a staff user's finance pages offer: which item types wait for the user's approval or
// number, and which pages open. The answers come from FinanceGate, the rules DocumentApproval
// itself checks, so a page never offers what the service would refuse.
#include <QStringList>

struct Actor;
class Store;

namespace FinanceRights {

// Item types of `entities` on which the user may approve/reject, or number.
struct Rights
{
    QStringList approvable;         // pending items of these types wait for this user
    QStringList numberable;         // unnumbered items of these types (numbered on create)
    QStringList numberableApproved; // … of types that number only once approved
    bool any() const { return !approvable.isEmpty() || !numberable.isEmpty() || !numberableApproved.isEmpty(); }
};
Rights of(Store &store, const Actor &actor, const QStringList &entities);
QStringList documentEntities(); // proforma, invoice, return_invoice, contract
QStringList receiptEntities();  // receipt, payment

bool mayApproveOrNumber(Store &store, const Actor &actor);
bool mayEditTemplates(const Actor &actor);  // finance manager or admin
bool mayManageProducts(const Actor &actor); // finance or sales manager, or admin
bool maySeeBalances(const Actor &actor);
bool mayManageSettings(const Actor &actor); // financial accounts and numbering patterns (FinanceGate)

} // namespace FinanceRights
