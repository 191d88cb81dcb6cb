#pragma once
// Approval and numbering of proformas, invoices, return invoices, contracts, receipts and
// payments (reference §1.15–1.16, rules 33–42), with the permission gates after approval.
//
// Per item type:
//   needs_approval off  → approved on save («تایید خودکار»)
//   needs_numbering off → numbered automatically: on save when number_on = create, on approval
//                         when number_on = approval
//   needs_numbering on  → a holder of finance.number numbers it («شماره‌گذاری»); with
//                         number_on = approval only once it is approved
//   no numbering pattern → the item never gets a number; approved means green.
// A receipt a club user enters always starts pending. Pending and rejected items have no
// validity (Balances counts approved ones only). Every state change writes the audit log.
//
// Rules decided where the reference is silent:
//   - approve and reject act on pending items; a rejected item returns through «انتظار»
//     (back to pending) first; a rejection needs a reason, which the customer sees;
//   - back to pending after edit applies to approved items of types that need approval; the
//     number is kept (a number is never taken back automatically);
//   - a return invoice needs an approved invoice of the same identity, and the returns not
//     rejected against it may not exceed its final amount; an invoice with approved returns
//     cannot go back to pending or be deleted;
//   - leads cannot have financial items (rule 48);
//   - finance.manager passes every gate; sales.manager the after-approval gates of documents.
#include "models/club/ItemType.h"
#include "models/finance/Document.h"
#include "models/finance/Receipt.h"
#include "models/core/Actor.h"
#include "models/finance/Permissions.h"
#include "models/core/Store.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

class Store;
class ApprovedItemRepository;
class DocumentRepository;
class ReceiptRepository;
class ItemTypeRepository;
class IdentityRepository;
class AuditLog;
class FinanceStateRepository;
class Numbering;

class DocumentApproval
{
    Q_DECLARE_TR_FUNCTIONS(Finance)
public:
    enum class Subject { Document, Receipt };
    // The banner the item view colours (§1.15).
    enum class Banner {
        Pending,                    // waiting for approval, not numbered
        NumberedAwaitingApproval,   // purple
        AutoApprovedAwaitingNumber, // blue
        ApprovedAndNumbered,        // green (also: approved, and the type has no pattern)
        Rejected,                   // red, with the reason
    };
    enum class Action { Edit, Delete, Approve, Reject, Number, Renumber, BackToPending };

    // `actor` is loaded once for the action (UserRepository::actor); its grants are the gates.
    DocumentApproval(Store &store, const Actor &actor);
    ~DocumentApproval();
    DocumentApproval(const DocumentApproval &) = delete;
    DocumentApproval &operator=(const DocumentApproval &) = delete;

    // Creates with the type's rules. A non-empty number is a manual number (finance.number).
    bool createDocument(Document &document);
    bool editDocument(Document &document); // the approval and numbering state are kept from the store
    bool deleteDocument(const QString &id);
    // enteredInClub: a club user's receipt; starts pending, the account must offer its method.
    bool createReceipt(Receipt &receipt);
    bool editReceipt(Receipt &receipt);
    bool deleteReceipt(const QString &id);

    bool approve(Subject subject, const QString &id);
    bool reject(Subject subject, const QString &id, const QString &reason);
    // Gives the item its number: the next of its pattern, or `manualNumber`.
    bool number(Subject subject, const QString &id, const QString &manualNumber = {});
    // Changes an existing number: a manual one, or (empty) the next of the pattern.
    bool renumber(Subject subject, const QString &id, const QString &newNumber = {});
    bool backToPending(Subject subject, const QString &id);

    // Whether the signed-in user may do `action` now; *why says why not (translated).
    bool can(Action action, Subject subject, const QString &id, QString *why = nullptr);
    std::optional<Banner> banner(Subject subject, const QString &id);
    static Banner bannerFor(const ItemType &type, ApprovalStatus status, bool numbered);

    QString lastError() const { return m_error; } // translated for the user

private:
    struct State;
    std::optional<State> load(Subject subject, const QString &id);
    bool gate(Action action, const State &s, QString *why);
    bool allowed(const QString &permission, Subject subject) const;
    ApprovedItemRepository &items(Subject subject); // the repository of documents or of receipts
    bool checkIdentity(const QString &identityId);
    bool checkReturn(const Document &d);
    bool checkClubReceipt(const Receipt &r);
    bool doApprove(State &s);
    bool assignNumber(State &s, const QString &manualNumber, bool renumbering);
    bool assignCustomerNumber(const State &s);
    bool audit(const QString &action, const State &s, const QString &detail = {});
    // The write of an edit, its audit row and (when the type asks) the return to pending, in one transaction.
    bool saveEdit(const State &s, bool backToPending, const std::function<bool()> &write);
    bool remove(Subject subject, const QString &id);
    bool fail(const QString &message);
    bool storeFailure(const QString &detail); // a repository failed: logged, told in Persian
    // Every public action opens its transaction before it reads what it decides on (DESIGN §3);
    // one that cannot begin or commit fails with the store's reason.
    bool begun(const Store::Transaction &tx);
    bool commit(Store::Transaction &tx);

    Store &m_store;
    Actor m_actor;
    std::unique_ptr<DocumentRepository> m_documents;
    std::unique_ptr<ReceiptRepository> m_receipts;
    std::unique_ptr<ItemTypeRepository> m_types;
    std::unique_ptr<IdentityRepository> m_identities;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<FinanceStateRepository> m_state;
    std::unique_ptr<Numbering> m_numbering;
    QString m_error;
};
