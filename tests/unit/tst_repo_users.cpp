// Club members and staff as the member-management pages show them: found by username in any
// case, filtered by kind and status, with groups, permissions and a sign-in history.
#include "models/identities/IdentityRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoUsers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void usernamesAreUniqueAndFolded();
    void securityStateChanges();
    void failedAttemptsLockAtTheLimit();
    void listFiltersByKindStatusAndSearch();
    void permissionsComeFromUserAndGroups();
    void signInHistoryNewestFirst();
    void tombstonedUserCannotBeFound();

private:
    User user(const QString &name, const QString &kind = QStringLiteral("customer"));
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<UserRepository> m_users;
};

void TestRepoUsers::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_users = std::make_unique<UserRepository>(m_t->store());
}

void TestRepoUsers::cleanup()
{
    m_users.reset();
    m_t.reset();
}

User TestRepoUsers::user(const QString &name, const QString &kind)
{
    User u;
    u.username = name;
    u.kind = UserKindCode::fromText(kind);
    return u;
}

void TestRepoUsers::usernamesAreUniqueAndFolded()
{
    User a = user(QStringLiteral(" Reza.K "));
    QVERIFY(m_users->insert(a));
    QCOMPARE(a.username, QStringLiteral("reza.k"));
    QVERIFY(m_users->findByUsername(QStringLiteral("REZA.K")));
    User dup = user(QStringLiteral("reza.k"));
    QVERIFY(!m_users->insert(dup));
    User empty = user(QStringLiteral("  "));
    QVERIFY(!m_users->insert(empty));
}

void TestRepoUsers::securityStateChanges()
{
    User a = user(QStringLiteral("a"));
    a.registrationStatus = RegistrationStatus::Pending;
    QVERIFY(m_users->insert(a));
    QVERIFY(m_users->setRegistrationStatus(a.id, RegistrationStatus::Approved));
    QVERIFY(m_users->setActive(a.id, false));
    QVERIFY(m_users->setSuspended(a.id, true));
    QVERIFY(m_users->setPasswordHash(a.id, QStringLiteral("$argon2id$x"), true));
    const User back = *m_users->get(a.id);
    QCOMPARE(back.registrationStatus, RegistrationStatus::Approved);
    QVERIFY(!back.active);
    QVERIFY(back.suspended);
    QVERIFY(back.mustChangePassword);
    QVERIFY(back.passwordChangedAt.isValid());
    QVERIFY(back.updatedAt >= a.updatedAt);
}

void TestRepoUsers::failedAttemptsLockAtTheLimit()
{
    User a = user(QStringLiteral("a"));
    QVERIFY(m_users->insert(a));
    bool locked = true;
    QCOMPARE(m_users->recordFailedAttempt(a.id, 3, &locked), 1);
    QVERIFY(!locked);
    QCOMPARE(m_users->recordFailedAttempt(a.id, 3, &locked), 2);
    QCOMPARE(m_users->recordFailedAttempt(a.id, 3, &locked), 3);
    QVERIFY(locked);
    QVERIFY(m_users->get(a.id)->locked);
    QVERIFY(m_users->unlock(a.id));
    QCOMPARE(m_users->get(a.id)->failedAttempts, 0);
    QCOMPARE(m_users->recordFailedAttempt(Store::newId(), 3), -1);
}

void TestRepoUsers::listFiltersByKindStatusAndSearch()
{
    IdentityRepository ids(m_t->store());
    Identity person;
    person.firstName = QStringLiteral("مینا");
    person.lastName = QStringLiteral("کیانی");
    QVERIFY(ids.insert(person));
    User a = user(QStringLiteral("c100001"));
    a.identityId = person.id;
    User b = user(QStringLiteral("c100002"));
    b.registrationStatus = RegistrationStatus::Pending;
    User agent = user(QStringLiteral("agent01"), QStringLiteral("agent"));
    User staff = user(QStringLiteral("admin"), QStringLiteral("staff"));
    QVERIFY(m_users->insert(a) && m_users->insert(b) && m_users->insert(agent) && m_users->insert(staff));
    UserFilter f;
    f.kind = UserKind::Customer;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_users->list(f)), (QStringList{a.id, b.id}));
    f.registrationStatus = RegistrationStatus::Pending;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_users->list(f)), QStringList{b.id});
    UserFilter byName;
    byName.search = QStringLiteral("کیانی");
    const auto rows = TestSupport::runList(m_t->store(), m_users->list(byName));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(UserRepository::DisplayName).toString(), QStringLiteral("مینا کیانی"));
    QCOMPARE(m_users->findByIdentity(person.id)->id, a.id);
    // what a person types is text: % and _ are not wildcards
    User underscore = user(QStringLiteral("sara_k"));
    User lookalike = user(QStringLiteral("saraxk"));
    QVERIFY(m_users->insert(underscore) && m_users->insert(lookalike));
    UserFilter typed;
    typed.search = QStringLiteral("sara_");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_users->list(typed)), QStringList{underscore.id});
    typed.search = QStringLiteral("%");
    QVERIFY(TestSupport::listIds(m_t->store(), m_users->list(typed)).isEmpty());
}

void TestRepoUsers::permissionsComeFromUserAndGroups()
{
    User a = user(QStringLiteral("finance"), QStringLiteral("staff"));
    User b = user(QStringLiteral("other"), QStringLiteral("staff"));
    QVERIFY(m_users->insert(a) && m_users->insert(b));
    UserGroup g;
    g.name = QStringLiteral("مالی");
    QVERIFY(m_users->insertGroup(g));
    QVERIFY(m_users->addToGroup(a.id, g.id));
    QVERIFY(m_users->grantToGroup(g.id, QStringLiteral("finance.receipts.approve")));
    QVERIFY(m_users->grantToGroup(g.id, QStringLiteral("reports.view")));
    QVERIFY(m_users->grantToUser(a.id, QStringLiteral("reports.view")));
    QVERIFY(m_users->grantToUser(a.id, QStringLiteral("club.settings")));
    QCOMPARE(m_users->permissionsOf(a.id),
             (QStringList{QStringLiteral("club.settings"), QStringLiteral("finance.receipts.approve"), QStringLiteral("reports.view")}));
    QVERIFY(m_users->permissionsOf(b.id).isEmpty());
    QCOMPARE(m_users->groupIdsOf(a.id), QStringList{g.id});
    QCOMPARE(m_users->findGroup(QStringLiteral("مالی"))->id, g.id);
}

void TestRepoUsers::signInHistoryNewestFirst()
{
    User a = user(QStringLiteral("a"));
    QVERIFY(m_users->insert(a));
    for (int i = 0; i < 3; ++i) {
        SignInRecord r;
        r.userId = a.id;
        r.at = QDateTime(QDate(2024, 1, 1 + i), QTime(9, 0), Qt::UTC);
        r.success = i != 1;
        r.reason = i == 1 ? QStringLiteral("wrong_password") : QString();
        QVERIFY(m_users->addSignIn(r));
    }
    const auto h = m_users->signInHistory(a.id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.first().at, QDateTime(QDate(2024, 1, 3), QTime(9, 0), Qt::UTC));
    QCOMPARE(h.at(1).reason, QStringLiteral("wrong_password"));
    QCOMPARE(TestSupport::listIds(m_t->store(), m_users->signInHistoryList(a.id)).size(), 3);
}

void TestRepoUsers::tombstonedUserCannotBeFound()
{
    User a = user(QStringLiteral("gone"));
    QVERIFY(m_users->insert(a));
    QVERIFY(m_users->tombstone(a.id));
    QVERIFY(!m_users->findByUsername(QStringLiteral("gone")));
    QVERIFY(!m_users->get(a.id));
    QVERIFY(TestSupport::listIds(m_t->store(), m_users->list({})).isEmpty());
}

QTEST_GUILESS_MAIN(TestRepoUsers)
#include "tst_repo_users.moc"
