#pragma once
// The permission keys of the finance services and how a service asks about them. The club's
// permission engine plugs in through Permissions::check; until then, Permissions::of() takes
// the signed-in user's keys as UserRepository::permissionsOf returns them.
#include <QStringList>

#include <functional>

class Store;

namespace FinancePermission {
// approve or reject (rule 36 calls the holder of these the approver)
inline const QString ApproveDocuments = QStringLiteral("finance.documents.approve");
inline const QString ApproveReceipts = QStringLiteral("finance.receipts.approve");
// number an item, or type its number by hand («شماره‌گذاری»)
inline const QString Number = QStringLiteral("finance.number");
// after approval, rejection or numbering
inline const QString EditAfterApproval = QStringLiteral("finance.edit_after_approval");     // «ویرایش پس از شماره‌گذاری، تایید یا رد»
inline const QString DeleteAfterApproval = QStringLiteral("finance.delete_after_approval"); // «حذف پس از شماره گذاری، تایید یا رد»
inline const QString Renumber = QStringLiteral("finance.renumber");                          // «ویرایش شماره پس از شماره‌گذاری»
inline const QString BackToPending = QStringLiteral("finance.back_to_pending");              // «بازگشت به وضعیت در انتظار تایید»
// per item type («تایید/ رد», «شماره گذاری» of one subtype): the key plus ':' and the type's id
inline QString approveType(const QString &itemTypeId) { return QLatin1String("finance.approve:") + itemTypeId; }
inline QString rejectType(const QString &itemTypeId) { return QLatin1String("finance.reject:") + itemTypeId; }
inline QString numberType(const QString &itemTypeId) { return QLatin1String("finance.number:") + itemTypeId; }
// «مدیر مالی»: every finance gate
inline const QString Manager = QStringLiteral("finance.manager");
// «مدیر فروش»: the after-approval gates of proformas, invoices, returns and contracts (rule 36)
inline const QString SalesManager = QStringLiteral("sales.manager");
} // namespace FinancePermission

struct Permissions
{
    std::function<bool(const QString &permission)> check;

    bool has(const QString &permission) const { return check && check(permission); }
    static Permissions of(const QStringList &keys)
    {
        return Permissions{[keys](const QString &p) { return keys.contains(p); }};
    }
    static Permissions none() { return Permissions{}; }
    // The keys of a signed-in user (own and groups'), read once from UserRepository::permissionsOf.
    static Permissions ofUser(Store &store, const QString &userId);
};
