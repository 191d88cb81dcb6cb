#pragma once
// The permission keys of the finance services. A service asks its Actor (models/core/Actor.h)
// whether it holds one; the finance manager's key opens every finance gate.
#include <QString>

struct Actor;

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

// The finance gates, written once: DocumentApproval checks them before it changes an item, and
// FinanceRights asks the same questions to decide what the pages offer and what waits for whom.
namespace FinanceGate {
bool isReceiptEntity(const QString &entity); // receipt|payment; everything else is a document
// Approve or reject an item of one type: the family's key (documents or receipts), the type's
// own key, or the finance manager.
bool mayApprove(const Actor &actor, bool receipt, const QString &itemTypeId);
bool mayReject(const Actor &actor, bool receipt, const QString &itemTypeId);
// Give an item of one type its number: the numbering key, the type's own key, or the finance manager.
bool mayNumber(const Actor &actor, const QString &itemTypeId);
// A gate of its own (edit, delete, renumber or return to pending after approval, or number by
// hand): its key or the finance manager; for documents the after-approval gates also open to
// the sales manager (rule 36).
bool may(const Actor &actor, const QString &permission, bool receipt);
// Change the company's financial accounts and numbering patterns (the settings every receipt
// and every number depends on): the finance manager, or an administrator. The reference gives
// these pages no permission of their own (§1.13 names «مدیر مالی» as the finance role; §1.14 and
// §1.17 describe the pages), and the starter «مالی» group already holds the finance manager's
// key; a new key would be one more thing a new company must grant before it can take money.
bool mayManageSettings(const Actor &actor);
} // namespace FinanceGate
