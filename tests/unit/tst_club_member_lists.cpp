// What the members pages and the bulk user wizard list: club users narrowed by state, by how
// the account was made and by the last sign-in; a user's activity; identities without an account.
#include "models/club/ClubMemberRepository.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestClubMemberLists : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filtersNarrowTheMemberList();
    void activityHoldsWhatTheUserDidAndWhatWasDoneToThem();
    void identitiesWithoutAccountLeaveOutAccountHolders();

private:
    QString identity(const QString &first, const QString &profile = QStringLiteral("customer"));
    User user(const QString &name, const QString &kind, const QString &identityId = {});
    QStringList usernames(const UserFilter &f);
    std::unique_ptr<TempStore> m_t;
};

void TestClubMemberLists::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestClubMemberLists::cleanup()
{
    Store::setClockForTesting(nullptr);
    m_t.reset();
}

QString TestClubMemberLists::identity(const QString &first, const QString &profile)
{
    Identity i;
    i.firstName = first;
    i.lastName = QStringLiteral("آزمون");
    i.profileType = IdentityCode::profileType(profile).value();
    IdentityRepository repo(m_t->store());
    if (!repo.insert(i))
        qWarning("%s", qPrintable(repo.lastError()));
    return i.id;
}

User TestClubMemberLists::user(const QString &name, const QString &kind, const QString &identityId)
{
    User u;
    u.username = name;
    u.kind = UserKindCode::fromText(kind);
    u.identityId = identityId;
    u.passwordHash = QStringLiteral("x");
    UserRepository repo(m_t->store());
    if (!repo.insert(u))
        qWarning("%s", qPrintable(repo.lastError()));
    return u;
}

QStringList TestClubMemberLists::usernames(const UserFilter &f)
{
    QStringList out;
    for (const QVariantList &row : TestSupport::runList(m_t->store(), UserRepository(m_t->store()).list(f)))
        out << row.value(UserRepository::Username).toString();
    return out;
}

void TestClubMemberLists::filtersNarrowTheMemberList()
{
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    Store::setClockForTesting([now] { return now; });
    UserRepository repo(m_t->store());
    user(QStringLiteral("staff1"), QStringLiteral("staff"));
    User fresh = user(QStringLiteral("cust-fresh"), QStringLiteral("customer"));
    User idle = user(QStringLiteral("cust-idle"), QStringLiteral("customer"));
    User never = user(QStringLiteral("cust-never"), QStringLiteral("customer"));
    User supplier = user(QStringLiteral("supp-1"), QStringLiteral("supplier"));
    User agent = user(QStringLiteral("agent-1"), QStringLiteral("agent"));
    QVERIFY(repo.recordSuccessfulSignIn(fresh.id, now.addDays(-2)));
    QVERIFY(repo.recordSuccessfulSignIn(idle.id, now.addDays(-120)));
    QVERIFY(repo.recordSuccessfulSignIn(supplier.id, now.addDays(-1)));
    QVERIFY(repo.setActive(idle.id, false));
    never.createdVia = QStringLiteral("import");
    QVERIFY(repo.update(never));
    QVERIFY(repo.setSuspended(never.id, true));
    QVERIFY(repo.recordFailedAttempt(agent.id, 1));

    UserFilter f;
    f.kinds = {UserKind::Customer, UserKind::Supplier};
    QCOMPARE(usernames(f), (QStringList{QStringLiteral("cust-fresh"), QStringLiteral("cust-idle"),
                                        QStringLiteral("cust-never"), QStringLiteral("supp-1")}));
    UserFilter inactive = f;
    inactive.active = false;
    QCOMPARE(usernames(inactive), QStringList{QStringLiteral("cust-idle")});
    UserFilter suspended = f;
    suspended.suspended = true;
    QCOMPARE(usernames(suspended), QStringList{QStringLiteral("cust-never")});
    UserFilter locked;
    locked.kind = UserKind::Agent; // `kind` wins over `kinds`
    locked.kinds = f.kinds;
    locked.locked = true;
    QCOMPARE(usernames(locked), QStringList{QStringLiteral("agent-1")});
    UserFilter imported = f;
    imported.createdVia = QStringLiteral("import");
    QCOMPARE(usernames(imported), QStringList{QStringLiteral("cust-never")});
    UserFilter neverIn = f;
    neverIn.neverSignedIn = true;
    QCOMPARE(usernames(neverIn), QStringList{QStringLiteral("cust-never")});
    UserFilter recent = f;
    recent.signedInSince = now.addDays(-30);
    QCOMPARE(usernames(recent), (QStringList{QStringLiteral("cust-fresh"), QStringLiteral("supp-1")}));
    UserFilter dormant = f;
    dormant.notSignedInSince = now.addDays(-90);
    QCOMPARE(usernames(dormant), (QStringList{QStringLiteral("cust-idle"), QStringLiteral("cust-never")}));

    // the list shows how each account was made
    const auto rows = TestSupport::runList(m_t->store(), repo.list(imported));
    QCOMPARE(rows.value(0).value(UserRepository::CreatedVia).toString(), QStringLiteral("import"));
}

void TestClubMemberLists::activityHoldsWhatTheUserDidAndWhatWasDoneToThem()
{
    const User admin = user(QStringLiteral("admin1"), QStringLiteral("staff"));
    const User member = user(QStringLiteral("member1"), QStringLiteral("customer"));
    const User other = user(QStringLiteral("member2"), QStringLiteral("customer"));
    AuditLog audit(m_t->store());
    QVERIFY(audit.append(admin.id, QStringLiteral("club.suspend"), QStringLiteral("user"), member.id));
    QVERIFY(audit.append(member.id, QStringLiteral("ticket.create"), QStringLiteral("ticket"), Store::newId()));
    QVERIFY(audit.append(admin.id, QStringLiteral("club.suspend"), QStringLiteral("user"), other.id));
    const auto rows = TestSupport::runList(m_t->store(), UserRepository(m_t->store()).activityList(member.id));
    QCOMPARE(rows.size(), 2);
    QSet<QString> actions;
    QSet<QString> actors;
    for (const QVariantList &r : rows) {
        actions << r.value(2).toString();
        actors << r.value(3).toString();
    }
    QCOMPARE(actions, (QSet<QString>{QStringLiteral("club.suspend"), QStringLiteral("ticket.create")}));
    QCOMPARE(actors, (QSet<QString>{QStringLiteral("admin1"), QStringLiteral("member1")}));
}

void TestClubMemberLists::identitiesWithoutAccountLeaveOutAccountHolders()
{
    const QString withAccount = identity(QStringLiteral("دارا"));
    const QString without = identity(QStringLiteral("سارا"));
    const QString agentWithout = identity(QStringLiteral("نیما"), QStringLiteral("agent"));
    const QString deletedAccount = identity(QStringLiteral("کاوه"));
    user(QStringLiteral("dara1"), QStringLiteral("customer"), withAccount);
    const User gone = user(QStringLiteral("kaveh1"), QStringLiteral("customer"), deletedAccount);
    QVERIFY(UserRepository(m_t->store()).tombstone(gone.id));

    ClubMemberRepository repo(m_t->store());
    QStringList ids = TestSupport::listIds(m_t->store(), repo.identitiesWithoutAccount(QString(), QString()));
    ids.sort();
    QStringList expected{without, agentWithout, deletedAccount};
    expected.sort();
    QCOMPARE(ids, expected);
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.identitiesWithoutAccount(QString(), QStringLiteral("agent"))),
             QStringList{agentWithout});
    QCOMPARE(TestSupport::listIds(m_t->store(), repo.identitiesWithoutAccount(QStringLiteral("سارا"), QString())),
             QStringList{without});
}

QTEST_GUILESS_MAIN(TestClubMemberLists)
#include "tst_club_member_lists.moc"
