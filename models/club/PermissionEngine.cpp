#include "models/club/PermissionEngine.h"

ClubUser ClubUser::fromUser(const User &u)
{
    ClubUser c;
    c.userId = u.id;
    c.kind = u.kind == UserKind::Agent ? ClubKind::Agent : ClubKind::Customer;
    c.identityId = u.identityId;
    c.canWork = u.isClubUser() && u.registrationStatus == RegistrationStatus::Approved && u.active && !u.suspended
        && !u.locked && !u.deleted;
    return c;
}

bool IdentityLinks::isLinkedTo(const QString &userId) const
{
    return !userId.isEmpty()
        && (createdByAgentId == userId || salesResponsibleId == userId || supportResponsibleId == userId
            || miscResponsibleId == userId);
}

RecordRef::Table tableOf(ClubList list)
{
    switch (list) {
    case ClubList::Documents:
    case ClubList::DocumentsUnderReview: return RecordRef::Table::Document;
    case ClubList::Payments: return RecordRef::Table::Receipt;
    case ClubList::Tickets: return RecordRef::Table::Ticket;
    case ClubList::Items: return RecordRef::Table::Item;
    case ClubList::OwnProfile:
    case ClubList::MyCustomers: return RecordRef::Table::Identity;
    case ClubList::Cartable: return RecordRef::Table::CartableEntry;
    case ClubList::Points: return RecordRef::Table::PointTransaction;
    }
    return RecordRef::Table::Item;
}

QList<ClubList> allClubLists()
{
    return {ClubList::Documents, ClubList::DocumentsUnderReview, ClubList::Payments, ClubList::Tickets,
            ClubList::Items, ClubList::OwnProfile, ClubList::MyCustomers, ClubList::Cartable, ClubList::Points};
}

bool PermissionEngine::isActive(const ClubUser &user) const
{
    if (!user.canWork || user.userId.isEmpty() || !m_c.identities.contains(user.identityId))
        return false;
    return user.isAgent() ? m_c.agentClubEnabled : m_c.customerClubEnabled;
}

bool PermissionEngine::inScope(const ClubUser &user, const QString &identityId) const
{
    if (identityId.isEmpty())
        return false;
    if (identityId == user.identityId)
        return true;
    if (!user.isAgent())
        return false;
    const auto it = m_c.identities.constFind(identityId);
    return it != m_c.identities.constEnd() && it->isLinkedTo(user.userId);
}

bool PermissionEngine::flagView(const ClubUser &user, const ItemType &t) const
{
    return user.isAgent() ? t.agentCanView : t.customerCanView;
}

bool PermissionEngine::typeViewable(const ClubUser &user, const QString &itemTypeId) const
{
    const auto it = m_c.itemTypes.constFind(itemTypeId);
    return it != m_c.itemTypes.constEnd() && flagView(user, *it);
}

bool PermissionEngine::inList(const ClubUser &user, const RecordRef &r, ClubList list) const
{
    if (!isActive(user) || tableOf(list) != r.table)
        return false;
    // Typed records: the view flag and the scope, or (agents, rule 29) the agent created it.
    const auto typed = [&] {
        if (!m_c.itemTypes.contains(r.itemTypeId))
            return false;
        if (user.isAgent() && !r.createdBy.isEmpty() && r.createdBy == user.userId)
            return true;
        return typeViewable(user, r.itemTypeId) && inScope(user, r.identityId);
    };
    switch (list) {
    case ClubList::Documents:
        return r.approvalStatus == ApprovalStatus::Approved && typed();
    case ClubList::DocumentsUnderReview:
        return r.approvalStatus != ApprovalStatus::Approved && typed();
    case ClubList::Payments:
    case ClubList::Tickets:
    case ClubList::Items:
        return typed();
    case ClubList::OwnProfile:
        return !r.id.isEmpty() && r.id == user.identityId && m_c.identities.contains(r.id);
    case ClubList::MyCustomers: {
        if (!user.isAgent())
            return false;
        const auto it = m_c.identities.constFind(r.id);
        return it != m_c.identities.constEnd() && it->isLinkedTo(user.userId);
    }
    case ClubList::Points:
        return r.identityId == user.identityId;
    case ClubList::Cartable:
        return !r.ended
            && ((!r.assigneeUserId.isEmpty() && r.assigneeUserId == user.userId)
                || (!r.assigneeIdentityId.isEmpty() && r.assigneeIdentityId == user.identityId));
    }
    return false;
}

bool PermissionEngine::canView(const ClubUser &user, const RecordRef &record) const
{
    for (ClubList l : allClubLists())
        if (tableOf(l) == record.table && inList(user, record, l))
            return true;
    return false;
}

bool PermissionEngine::canOpen(const ClubUser &user, const RecordRef &r) const
{
    if (!canView(user, r))
        return false;
    switch (r.table) {
    case RecordRef::Table::Identity:
    case RecordRef::Table::CartableEntry:
    case RecordRef::Table::PointTransaction:
        return true;
    default:
        return typeViewable(user, r.itemTypeId) && inScope(user, r.identityId);
    }
}

bool PermissionEngine::canCreate(const ClubUser &user, const ItemType &type, const QString &forIdentityId) const
{
    if (!isActive(user) || !type.active || type.deleted)
        return false;
    const bool flag = user.isAgent() ? type.agentCanCreate : type.customerCanCreate;
    if (!flag)
        return false;
    return inScope(user, forIdentityId.isEmpty() ? user.identityId : forIdentityId);
}

bool PermissionEngine::canCreateIdentity(const ClubUser &user) const
{
    return isActive(user) && user.isAgent();
}

bool PermissionEngine::showsCustomFields(const ClubUser &user, const ItemType &t) const
{
    return user.isAgent() ? t.agentCanViewFields : t.customerCanViewFields;
}

QString PermissionEngine::displayMode(const ClubUser &user, const ItemType &t, Purpose purpose) const
{
    if (purpose != Purpose::View)
        return QStringLiteral("default");
    const QString m = user.isAgent() ? t.agentDisplayMode : t.customerDisplayMode;
    return m.isEmpty() ? QStringLiteral("default") : m;
}
