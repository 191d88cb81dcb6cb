#include "models/club/ClubLists.h"

#include "models/club/ClubSettings.h"
#include "models/club/ClubVisibilityRepository.h"
#include "models/loyalty/Points.h"
#include "models/finance/Balances.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/auth/UserRepository.h"
#include "models/workflow/WorkflowRepository.h"
#include "models/core/Store.h"

ClubLists::ClubLists(Store &store, const QString &userId) : m_store(store)
{
    UserRepository users(store);
    const std::optional<User> user = userId.isEmpty() ? std::nullopt : users.get(userId);
    if (!user || !user->isClubUser())
        return; // m_user stays unable to work: every list is empty
    m_user = ClubUser::fromUser(*user);
    ClubSettings settings(store);
    m_customerClubOn = settings.moduleEnabled(ClubKind::Customer);
    m_agentClubOn = settings.moduleEnabled(ClubKind::Agent);
    const bool moduleOn = m_user.isAgent() ? m_agentClubOn : m_customerClubOn;
    const auto identity = m_user.identityId.isEmpty() ? std::nullopt : IdentityRepository(store).get(m_user.identityId);
    m_open = m_user.canWork && moduleOn && identity && !identity->deleted;
}

ListSpec ClubLists::narrowed(ListSpec spec, ClubList list) const
{
    ClubVisibilityRepository(m_store).restrict(&spec, m_user, list, m_customerClubOn, m_agentClubOn);
    return spec;
}

ListSpec ClubLists::documents(const QString &search, const QString &kind) const
{
    DocumentFilter f;
    f.search = search;
    f.kind = kind;
    return narrowed(DocumentRepository(m_store).list(f), ClubList::Documents);
}

ListSpec ClubLists::documentsUnderReview(const QString &search, const QString &status) const
{
    DocumentFilter f;
    f.search = search;
    f.approvalStatus = ApprovalStatusCode::parse(status);
    return narrowed(DocumentRepository(m_store).list(f), ClubList::DocumentsUnderReview);
}

ListSpec ClubLists::payments(const QString &status) const
{
    ReceiptFilter f;
    f.approvalStatus = ApprovalStatusCode::parse(status);
    return narrowed(ReceiptRepository(m_store).list(f), ClubList::Payments);
}

ListSpec ClubLists::tickets(const QString &search) const
{
    TicketFilter f;
    f.search = search;
    return narrowed(TicketRepository(m_store).list(f), ClubList::Tickets);
}

ListSpec ClubLists::points() const
{
    return narrowed(PointRepository(m_store).list(m_user.identityId), ClubList::Points);
}

ListSpec ClubLists::cartable() const
{
    return narrowed(WorkflowRepository(m_store).openEntries(), ClubList::Cartable);
}

ListSpec ClubLists::myCustomers(const QString &search) const
{
    IdentityFilter f;
    f.search = search;
    return narrowed(IdentityRepository(m_store).list(f), ClubList::MyCustomers);
}

ListSpec ClubLists::base(ClubList list) const
{
    switch (list) {
    case ClubList::Documents: return documents();
    case ClubList::DocumentsUnderReview: return documentsUnderReview();
    case ClubList::Payments: return payments();
    case ClubList::Tickets: return tickets();
    case ClubList::Points: return points();
    case ClubList::Cartable: return cartable();
    case ClubList::MyCustomers: return myCustomers();
    case ClubList::Items:
    case ClubList::OwnProfile: break;
    }
    return ClubVisibilityRepository(m_store).listSpec(m_user, list, m_customerClubOn, m_agentClubOn);
}

qint64 ClubLists::count(ClubList list) const
{
    if (!m_open)
        return 0;
    return qMax<qint64>(0, ClubVisibilityRepository(m_store).countRows(base(list)));
}

bool ClubLists::mayOpen(ClubList list, const QString &id) const
{
    if (!m_open || id.isEmpty())
        return false;
    ClubVisibilityRepository visibility(m_store);
    const ClubVisibilityRepository::Condition c = visibility.condition(m_user, list, m_customerClubOn, m_agentClubOn,
                                                                       ClubVisibilityRepository::Purpose::Open);
    ListSpec one;
    one.from = c.from;
    one.where = c.where;
    one.binds = c.binds;
    one.narrow(c.from.section(QLatin1Char(' '), -1) + QLatin1String(".id = ?"), {id});
    return visibility.countRows(one) == 1;
}

std::optional<qint64> ClubLists::balance() const
{
    if (!m_open || ClubSettings(m_store).hideBalance(m_user.kind))
        return std::nullopt;
    return BalanceRepository(m_store).balanceOf(m_user.identityId);
}

PointTotals ClubLists::pointTotals() const
{
    if (!m_open)
        return {};
    return PointRepository(m_store).totals(m_user.identityId);
}
