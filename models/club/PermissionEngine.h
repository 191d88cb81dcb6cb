#pragma once
#include "models/finance/ApprovalTrail.h"
#include "models/club/ClubSettings.h"
#include "models/club/ItemType.h"
#include "models/auth/User.h"

#include <QHash>
#include <QList>
#include <QString>

// What a club user (customer or agent) may see and create, as a pure function of rows: the
// engine holds copies of the item types and of the identities' ownership columns, and every
// answer depends only on them and on its arguments. The same rules are written as SQL in
// ClubVisibilityRepository (and later as PostgreSQL policies, DESIGN §6); tests run both over
// a generated dataset and require them to agree on every (user, record) pair.
//
// Rules (reference §3): 3 (only an approved, active, unsuspended, unlocked user of an enabled
// module sees anything), 21 (cartable entries assigned to the user regardless of type flags),
// 22 (documents in the club lists only when approved; pending and rejected ones only in the
// "under review" list), 23 (the payments list shows receipts in every status), 26 (custom
// fields only with the view-fields flag), 27 (preview modes only when viewing), 28 (agents see
// identities they created or are responsible for, whatever the flags), 29 (agents list items
// they created even without the view flag, but need it to open them and to see others' items
// for their customers).
// Suppliers are club users too (§1.3); they follow the customer flags.
// Fail closed: a club user whose identity is missing, unknown or tombstoned sees nothing at all,
// not even items they created (an account no longer tied to a person acts for nobody).
// Points (§1.21) have no item type: each user sees the transactions of their own identity.

struct ClubUser
{
    QString userId;
    ClubKind kind = ClubKind::Customer;
    QString identityId;
    bool canWork = true; // approved && active && !suspended && !locked

    static ClubUser fromUser(const User &u);
    bool isAgent() const { return kind == ClubKind::Agent; }
};

// The ownership columns of an identity that visibility needs.
struct IdentityLinks
{
    QString id;
    QString createdByAgentId; // users.id of the agent that created it
    QString salesResponsibleId;
    QString supportResponsibleId;
    QString miscResponsibleId;
    bool isLinkedTo(const QString &userId) const;
};

// One row a club user might see, with the columns the rules read.
struct RecordRef
{
    enum class Table { Document, Receipt, Ticket, Item, Identity, CartableEntry, PointTransaction };
    Table table = Table::Item;
    QString id;
    QString itemTypeId;     // documents, receipts, tickets, items
    QString identityId;     // the identity the record belongs to (for Identity: its own id)
    QString createdBy;      // users.id of the creator (receipts: entered_by)
    ApprovalStatus approvalStatus = ApprovalStatus::Pending; // documents, receipts
    QString assigneeUserId;     // cartable entries
    QString assigneeIdentityId; // cartable entries
    bool ended = false;         // cartable entries: ended_at is set
};

// The lists of the club panel. Each reads one table.
enum class ClubList {
    Documents,            // proformas, invoices, return invoices, contracts: approved only (rule 22)
    DocumentsUnderReview, // «اسناد در دست بررسی»: pending and rejected (rule 22)
    Payments,             // receipts in every status (rule 23)
    Tickets,
    Items,                // requests, tasks, forms… (the generic items table)
    OwnProfile,           // the user's own identity
    MyCustomers,          // agents: «مشتریان من» (rule 28); empty for customers
    Cartable,             // «پیشخوان»: open entries assigned to the user (rule 21)
    Points,               // «امتیازات»: point transactions of the user's own identity
};
RecordRef::Table tableOf(ClubList list);
QList<ClubList> allClubLists();

class PermissionEngine
{
public:
    struct Context
    {
        QHash<QString, ItemType> itemTypes;      // live types by id
        QHash<QString, IdentityLinks> identities; // live identities by id
        bool customerClubEnabled = true;
        bool agentClubEnabled = true;
    };
    enum class Purpose { View, Create, Cartable };

    PermissionEngine() = default;
    explicit PermissionEngine(Context context) : m_c(std::move(context)) {}
    const Context &context() const { return m_c; }

    // The user may use the club at all (rule 3 and the module switch, rule 1) and acts for a
    // live identity.
    bool isActive(const ClubUser &user) const;
    // The record is one of the identities the user acts for: own, or (agents) their customers.
    bool inScope(const ClubUser &user, const QString &identityId) const;

    bool inList(const ClubUser &user, const RecordRef &record, ClubList list) const;
    // The record appears in at least one club list.
    bool canView(const ClubUser &user, const RecordRef &record) const;
    // The record may be opened (rule 29: an agent's own item in the list is not enough).
    bool canOpen(const ClubUser &user, const RecordRef &record) const;
    // The user may create an item of this type for that identity (empty = own identity).
    bool canCreate(const ClubUser &user, const ItemType &type, const QString &forIdentityId = {}) const;
    bool canCreateIdentity(const ClubUser &user) const; // agents only
    bool typeViewable(const ClubUser &user, const QString &itemTypeId) const;
    bool showsCustomFields(const ClubUser &user, const ItemType &type) const;  // rule 26
    QString displayMode(const ClubUser &user, const ItemType &type, Purpose purpose) const; // rule 27

private:
    bool flagView(const ClubUser &user, const ItemType &t) const;
    Context m_c;
};
