#pragma once
// What the signed-in staff user may do in the financial pages. Two views of the same grants:
// StaffPermissions (per item type, admin = everything), as read at sign-in (Session::permissions),
// decides which pages and rows are shown; DocumentApproval gets a Permissions read afresh whose
// check also says yes to admins, so a system administrator is not refused by the service the
// page offers.
#include "models/club/ClubPermissions.h"
#include "models/finance/DocumentApproval.h"
#include "ui/shell/Session.h"

#include <memory>

namespace FinanceAccess {

const StaffPermissions &staff(const Session &session);
Permissions permissions(const Session &session);
std::unique_ptr<DocumentApproval> approval(const Session &session);

// Item types of `entities` on which the user may approve/reject, or number.
struct Rights
{
    QStringList approvable;        // pending items of these types wait for this user
    QStringList numberable;        // unnumbered items of these types (numbered on create)
    QStringList numberableApproved; // … of types that number only once approved
    bool any() const { return !approvable.isEmpty() || !numberable.isEmpty() || !numberableApproved.isEmpty(); }
};
Rights rights(const Session &session, const QStringList &entities);
QStringList documentEntities(); // proforma, invoice, return_invoice, contract
QStringList receiptEntities();  // receipt, payment

bool mayApproveOrNumber(const Session &session);
bool mayEditTemplates(const Session &session); // finance manager or admin
bool mayManageProducts(const Session &session); // finance or sales manager, or admin
bool maySeeBalances(const Session &session);

} // namespace FinanceAccess
