#pragma once
#include "models/club/PermissionEngine.h"
#include "models/core/ListSpec.h"

#include <QString>

#include <optional>

class Store;
struct PointTotals;

// Everything the club panel lists, counts or shows on a tile, for one club user. Each list is
// its area repository's own list narrowed by ClubVisibilityRepository (the SQL twin of
// PermissionEngine), so a club screen cannot reach a row the visibility rules hide: this class
// is the only way the club workspace reads records.
//
// The user, the identity they act for and the module switches are read once, when it is made
// (one action, one actor). It fails closed: a user who may not work, whose module is off, or
// whose identity is missing or tombstoned gets empty lists, zero counts and no balance.
class ClubLists
{
public:
    ClubLists(Store &store, const QString &userId);

    const ClubUser &user() const { return m_user; }
    // The user may use the club now (approved, active, module on, live identity).
    bool isOpen() const { return m_open; }

    ListSpec documents(const QString &search = {}, const QString &kind = {}) const;  // approved (rule 22)
    ListSpec documentsUnderReview(const QString &search = {}, const QString &status = {}) const;
    ListSpec payments(const QString &status = {}) const;                             // rule 23
    ListSpec tickets(const QString &search = {}) const;
    ListSpec points() const;
    ListSpec cartable() const;                                                       // rule 21
    ListSpec myCustomers(const QString &search = {}) const;                          // agents, rule 28

    // The number of rows of a list as its tile shows it; 0 when the list is closed to the user.
    qint64 count(ClubList list) const;
    // Whether the record may be opened (previewed, printed): in the list and, for typed
    // records, of a type the user may view and for an identity in scope (rule 29).
    bool mayOpen(ClubList list, const QString &id) const;

    // The balance of the user's own identity; nothing when the club hides it (rule 20) or the
    // user may not see it.
    std::optional<qint64> balance() const;
    PointTotals pointTotals() const;

private:
    ListSpec narrowed(ListSpec spec, ClubList list) const;
    ListSpec base(ClubList list) const;

    Store &m_store;
    ClubUser m_user;
    bool m_customerClubOn = false;
    bool m_agentClubOn = false;
    bool m_open = false;
};
