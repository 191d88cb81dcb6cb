#pragma once
#include "models/club/PermissionEngine.h"
#include "models/core/Repository.h"
#include "models/core/ListSpec.h"

// The SQL side of the club permission engine: the WHERE fragment (with binds) of each club
// list, for ListSpec-based views, and the rows the pure engine needs. listSpec() must select
// exactly the rows PermissionEngine::inList() accepts; tst_club_permissions checks that over a
// generated dataset.
class ClubVisibilityRepository : public Repository
{
public:
    using Repository::Repository;

    struct Condition
    {
        QString from;  // "documents d" …
        QString where; // without WHERE; "1 = 0" when the user sees nothing
        QVariantList binds;
    };
    // List: the rows the list shows. Open: only those the user may also open (rule 29: an
    // agent's own item without the view flag is listed, not opened).
    enum class Purpose { List, Open };

    // The condition of `list` for `user`, given whether each club module is on.
    Condition condition(const ClubUser &user, ClubList list, bool customerClubEnabled, bool agentClubEnabled,
                        Purpose purpose = Purpose::List) const;
    // Narrows a repository's list of the same table (with its usual alias) to what `list` shows.
    void restrict(ListSpec *spec, const ClubUser &user, ClubList list, bool customerClubEnabled,
                  bool agentClubEnabled, Purpose purpose = Purpose::List) const;
    // The same as a ListSpec with the id as column 0, ordered by id.
    ListSpec listSpec(const ClubUser &user, ClubList list, bool customerClubEnabled, bool agentClubEnabled) const;

    // Everything the pure engine reads: live item types and identities' ownership columns.
    PermissionEngine::Context loadContext(bool customerClubEnabled, bool agentClubEnabled);
    // Every live row of one table as a RecordRef (for checks over a dataset).
    QList<RecordRef> records(RecordRef::Table table);

private:
    QString scope(const QString &identityColumn, const ClubUser &user, QVariantList *binds) const;
};
