// The club permission engine: staff permissions from groups and users, what a customer and an
// agent may see and create under the item types' club flags (rules 21-23, 26-29), and the
// pure engine agreeing with the SQL list conditions on every (user, record) pair of a
// generated dataset.
#include "models/club/ClubLists.h"
#include "models/club/ClubPermissions.h"
#include "models/finance/Permissions.h"
#include "models/club/ClubSettings.h"
#include "models/club/ClubVisibilityRepository.h"
#include "models/club/PermissionEngine.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestClubPermissions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void staffPermissions();
    void adminGroupHasAll();
    void clubUsersHoldNoStaffPermissions();
    void matrix_data();
    void matrix();
    void documentsOnlyWhenApproved_data();
    void documentsOnlyWhenApproved();
    void receiptsInEveryStatus();
    void cartableExemptFromViewFlag();
    void agentsCreatedItemsListedButNotOpened();
    void agentSeesLinkedIdentities();
    void fieldsAndDisplayMode();
    void inactiveUsersSeeNothing_data();
    void inactiveUsersSeeNothing();
    void engineAgreesWithSql();

private:
    // Raw fixture rows for tables whose repositories need whole documents; test-only SQL.
    void rawInsert(const QString &table, const QVariantMap &cols);
    QString addType(const QString &entity, bool cView, bool cCreate, bool aView, bool aCreate);
    QString addIdentity(const QString &createdByAgent = {}, const QString &sales = {});
    std::unique_ptr<TempStore> m_t;
};

void TestClubPermissions::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
}

void TestClubPermissions::cleanup() { m_t.reset(); }

void TestClubPermissions::rawInsert(const QString &table, const QVariantMap &cols)
{
    QVariantMap c = cols;
    c.insert(QStringLiteral("updated_at"), Store::nowUtc());
    QStringList names, marks;
    QSqlQuery q(m_t->store().db());
    for (auto it = c.cbegin(); it != c.cend(); ++it) {
        names << it.key();
        marks << QStringLiteral("?");
    }
    QVERIFY2(q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))),
             qPrintable(q.lastError().text()));
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        q.addBindValue(it.value());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QString TestClubPermissions::addType(const QString &entity, bool cView, bool cCreate, bool aView, bool aCreate)
{
    ItemTypeRepository types(m_t->store());
    ItemType t;
    t.entity = entity;
    t.code = entity + QString::number(QRandomGenerator::global()->generate());
    t.name = t.code;
    t.customerCanView = cView;
    t.customerCanCreate = cCreate;
    t.agentCanView = aView;
    t.agentCanCreate = aCreate;
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

QString TestClubPermissions::addIdentity(const QString &createdByAgent, const QString &sales)
{
    IdentityRepository ids(m_t->store());
    Identity i;
    i.firstName = QStringLiteral("علی");
    i.lastName = QString::number(QRandomGenerator::global()->generate());
    i.createdByAgentId = createdByAgent;
    i.salesResponsibleId = sales;
    if (!ids.insert(i))
        qWarning() << ids.lastError();
    return i.id;
}

void TestClubPermissions::staffPermissions()
{
    UserRepository users(m_t->store());
    User u;
    u.username = QStringLiteral("clerk1");
    QVERIFY(users.insert(u));
    UserGroup g;
    g.name = QStringLiteral("club staff");
    QVERIFY(users.insertGroup(g));
    QVERIFY(users.addToGroup(u.id, g.id));
    QVERIFY(users.grantToGroup(g.id, ClubPermission::manageMembers(ClubKind::Customer)));
    QVERIFY(users.grantToUser(u.id, ClubPermission::approve(QStringLiteral("t1"))));
    const Actor a = users.actor(u.id);
    const StaffPermissions p(a);
    QVERIFY(!p.isAdmin());
    QVERIFY(p.canManageMembers(ClubKind::Customer));
    QVERIFY(p.canCreateUsers(ClubKind::Customer));
    QVERIFY(!p.canManageMembers(ClubKind::Agent));
    QVERIFY(!p.canCreateUsers(ClubKind::Agent));
    QVERIFY(FinanceGate::mayApprove(a, false, QStringLiteral("t1")));
    QVERIFY(!FinanceGate::mayReject(a, false, QStringLiteral("t1")));
    QVERIFY(!FinanceGate::mayApprove(a, false, QStringLiteral("t2")));
    QVERIFY(!p.canViewPoints());
    QVERIFY(users.grantToUser(u.id, ClubPermission::financeManager()));
    const Actor fa = users.actor(u.id);
    QVERIFY(FinanceGate::mayApprove(fa, true, QStringLiteral("t2")));
    QVERIFY(FinanceGate::mayNumber(fa, QStringLiteral("t9")));
    const Actor r = Actor::staff(QStringLiteral("r"), {ClubPermission::approveAllReceipts()});
    QVERIFY(FinanceGate::mayApprove(r, true, QStringLiteral("x")));
    QVERIFY(!FinanceGate::mayApprove(r, false, QStringLiteral("x")));
}

void TestClubPermissions::adminGroupHasAll()
{
    UserRepository users(m_t->store());
    User u;
    u.username = QStringLiteral("boss1");
    QVERIFY(users.insert(u));
    UserGroup g;
    g.name = QStringLiteral("admin");
    QVERIFY(users.insertGroup(g));
    QVERIFY(users.addToGroup(u.id, g.id));
    const Actor a = users.actor(u.id);
    const StaffPermissions p(a);
    QVERIFY(p.isAdmin());
    for (const QString &k : ClubPermission::all())
        QVERIFY2(p.has(k), qPrintable(k));
    QVERIFY(FinanceGate::mayApprove(a, false, QStringLiteral("any")));
}

void TestClubPermissions::clubUsersHoldNoStaffPermissions()
{
    UserRepository users(m_t->store());
    User u;
    u.kind = UserKind::Customer;
    u.username = QStringLiteral("cust1");
    QVERIFY(users.insert(u));
    QVERIFY(users.grantToUser(u.id, ClubPermission::systemAdmin()));
    QVERIFY(!StaffPermissions(users.actor(u.id)).isAdmin());
    QVERIFY(!users.actor(u.id).may(ClubPermission::systemAdmin()));
}

namespace {
ClubUser clubUser(const QString &id, ClubKind k, const QString &identity)
{
    ClubUser u;
    u.userId = id;
    u.kind = k;
    u.identityId = identity;
    return u;
}

ItemType type(const QString &id, bool cView, bool cCreate, bool aView, bool aCreate)
{
    ItemType t;
    t.id = id;
    t.entity = QStringLiteral("request");
    t.customerCanView = cView;
    t.customerCanCreate = cCreate;
    t.agentCanView = aView;
    t.agentCanCreate = aCreate;
    return t;
}
} // namespace

// The permission matrix: for each club flag combination, what the customer and the agent see
// of their own item, of an agent's customer's item, and what they may create.
void TestClubPermissions::matrix_data()
{
    QTest::addColumn<bool>("agent");
    QTest::addColumn<bool>("view");
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("seesOwn");
    QTest::addColumn<bool>("seesCustomers");
    QTest::addColumn<bool>("createsOwn");
    QTest::addColumn<bool>("createsForCustomer");
    QTest::addColumn<bool>("seesStranger");
    QTest::newRow("customer none") << false << false << false << false << false << false << false << false;
    QTest::newRow("customer view") << false << true << false << true << false << false << false << false;
    QTest::newRow("customer create") << false << false << true << false << false << true << false << false;
    QTest::newRow("customer both") << false << true << true << true << false << true << false << false;
    QTest::newRow("agent none") << true << false << false << false << false << false << false << false;
    QTest::newRow("agent view") << true << true << false << true << true << false << false << false;
    QTest::newRow("agent create") << true << false << true << false << false << true << true << false;
    QTest::newRow("agent both") << true << true << true << true << true << true << true << false;
}

void TestClubPermissions::matrix()
{
    QFETCH(bool, agent);
    QFETCH(bool, view);
    QFETCH(bool, create);
    QFETCH(bool, seesOwn);
    QFETCH(bool, seesCustomers);
    QFETCH(bool, createsOwn);
    QFETCH(bool, createsForCustomer);
    QFETCH(bool, seesStranger);
    PermissionEngine::Context c;
    const ItemType t = agent ? type(QStringLiteral("T"), false, false, view, create) : type(QStringLiteral("T"), view, create, false, false);
    c.itemTypes.insert(t.id, t);
    IdentityLinks own{QStringLiteral("me"), {}, {}, {}, {}};
    IdentityLinks cust{QStringLiteral("cust"), QStringLiteral("U"), {}, {}, {}};
    IdentityLinks stranger{QStringLiteral("other"), QStringLiteral("someone"), {}, {}, {}};
    c.identities.insert(own.id, own);
    c.identities.insert(cust.id, cust);
    c.identities.insert(stranger.id, stranger);
    const PermissionEngine e(c);
    const ClubUser u = clubUser(QStringLiteral("U"), agent ? ClubKind::Agent : ClubKind::Customer, QStringLiteral("me"));
    const auto item = [](const QString &identity, const QString &creator) {
        RecordRef r;
        r.table = RecordRef::Table::Item;
        r.id = identity + creator;
        r.itemTypeId = QStringLiteral("T");
        r.identityId = identity;
        r.createdBy = creator;
        return r;
    };
    QCOMPARE(e.canView(u, item(QStringLiteral("me"), QStringLiteral("staff"))), seesOwn);
    QCOMPARE(e.canView(u, item(QStringLiteral("cust"), QStringLiteral("staff"))), seesCustomers);
    QCOMPARE(e.canView(u, item(QStringLiteral("other"), QStringLiteral("staff"))), seesStranger);
    QCOMPARE(e.canCreate(u, t), createsOwn);
    QCOMPARE(e.canCreate(u, t, QStringLiteral("cust")), createsForCustomer);
    QVERIFY(!e.canCreate(u, t, QStringLiteral("other")));
    ItemType inactive = t;
    inactive.active = false;
    QVERIFY(!e.canCreate(u, inactive)); // an inactive type blocks new records
}

void TestClubPermissions::documentsOnlyWhenApproved_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("inDocuments");
    QTest::addColumn<bool>("inReview");
    QTest::newRow("approved") << QStringLiteral("approved") << true << false;
    QTest::newRow("pending") << QStringLiteral("pending") << false << true;
    QTest::newRow("rejected") << QStringLiteral("rejected") << false << true;
}

void TestClubPermissions::documentsOnlyWhenApproved()
{
    QFETCH(QString, status);
    QFETCH(bool, inDocuments);
    QFETCH(bool, inReview);
    PermissionEngine::Context c;
    c.itemTypes.insert(QStringLiteral("T"), type(QStringLiteral("T"), true, false, true, false));
    c.identities.insert(QStringLiteral("me"), IdentityLinks{QStringLiteral("me"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    RecordRef d;
    d.table = RecordRef::Table::Document;
    d.id = QStringLiteral("d");
    d.itemTypeId = QStringLiteral("T");
    d.identityId = QStringLiteral("me");
    d.approvalStatus = ApprovalStatusCode::parse(status).value();
    const ClubUser u = clubUser(QStringLiteral("U"), ClubKind::Customer, QStringLiteral("me"));
    QCOMPARE(e.inList(u, d, ClubList::Documents), inDocuments);
    QCOMPARE(e.inList(u, d, ClubList::DocumentsUnderReview), inReview);
    QVERIFY(e.canView(u, d));
}

void TestClubPermissions::receiptsInEveryStatus()
{
    PermissionEngine::Context c;
    c.itemTypes.insert(QStringLiteral("R"), type(QStringLiteral("R"), true, true, false, false));
    c.identities.insert(QStringLiteral("me"), IdentityLinks{QStringLiteral("me"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    const ClubUser u = clubUser(QStringLiteral("U"), ClubKind::Customer, QStringLiteral("me"));
    for (const char *s : {"approved", "pending", "rejected"}) {
        RecordRef r;
        r.table = RecordRef::Table::Receipt;
        r.id = QLatin1String(s);
        r.itemTypeId = QStringLiteral("R");
        r.identityId = QStringLiteral("me");
        r.createdBy = QStringLiteral("staff");
        r.approvalStatus = ApprovalStatusCode::parse(QLatin1String(s)).value();
        QVERIFY2(e.inList(u, r, ClubList::Payments), s);
    }
}

void TestClubPermissions::cartableExemptFromViewFlag()
{
    PermissionEngine::Context c;
    c.itemTypes.insert(QStringLiteral("T"), type(QStringLiteral("T"), false, false, false, false));
    c.identities.insert(QStringLiteral("me"), IdentityLinks{QStringLiteral("me"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    const ClubUser u = clubUser(QStringLiteral("U"), ClubKind::Customer, QStringLiteral("me"));
    RecordRef entry;
    entry.table = RecordRef::Table::CartableEntry;
    entry.id = QStringLiteral("e");
    entry.assigneeIdentityId = QStringLiteral("me");
    QVERIFY(e.canView(u, entry));
    QVERIFY(e.canOpen(u, entry));
    entry.ended = true;
    QVERIFY(!e.canView(u, entry));
    entry.ended = false;
    entry.assigneeIdentityId = QStringLiteral("someone else");
    QVERIFY(!e.canView(u, entry));
    entry.assigneeUserId = QStringLiteral("U");
    QVERIFY(e.canView(u, entry));
}

void TestClubPermissions::agentsCreatedItemsListedButNotOpened()
{
    PermissionEngine::Context c;
    c.itemTypes.insert(QStringLiteral("T"), type(QStringLiteral("T"), false, false, false, true));
    c.identities.insert(QStringLiteral("cust"), IdentityLinks{QStringLiteral("cust"), QStringLiteral("A"), {}, {}, {}});
    c.identities.insert(QStringLiteral("agentId"), IdentityLinks{QStringLiteral("agentId"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    const ClubUser agent = clubUser(QStringLiteral("A"), ClubKind::Agent, QStringLiteral("agentId"));
    RecordRef mine;
    mine.table = RecordRef::Table::Ticket;
    mine.id = QStringLiteral("t");
    mine.itemTypeId = QStringLiteral("T");
    mine.identityId = QStringLiteral("cust");
    mine.createdBy = QStringLiteral("A");
    QVERIFY(e.canView(agent, mine));  // rule 29: listed
    QVERIFY(!e.canOpen(agent, mine)); // but opening needs the flag
    RecordRef others = mine;
    others.createdBy = QStringLiteral("staff");
    QVERIFY(!e.canView(agent, others));
}

void TestClubPermissions::agentSeesLinkedIdentities()
{
    PermissionEngine::Context c;
    c.identities.insert(QStringLiteral("a"), IdentityLinks{QStringLiteral("a"), QStringLiteral("A"), {}, {}, {}});
    c.identities.insert(QStringLiteral("b"), IdentityLinks{QStringLiteral("b"), {}, {}, QStringLiteral("A"), {}});
    c.identities.insert(QStringLiteral("c"), IdentityLinks{QStringLiteral("c"), {}, QStringLiteral("B"), {}, {}});
    c.identities.insert(QStringLiteral("x"), IdentityLinks{QStringLiteral("x"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    const ClubUser agent = clubUser(QStringLiteral("A"), ClubKind::Agent, QStringLiteral("x"));
    const auto ident = [](const QString &id) {
        RecordRef r;
        r.table = RecordRef::Table::Identity;
        r.id = id;
        r.identityId = id;
        return r;
    };
    QVERIFY(e.inList(agent, ident(QStringLiteral("a")), ClubList::MyCustomers));
    QVERIFY(e.inList(agent, ident(QStringLiteral("b")), ClubList::MyCustomers));
    QVERIFY(!e.canView(agent, ident(QStringLiteral("c"))));
    const ClubUser customer = clubUser(QStringLiteral("A"), ClubKind::Customer, QStringLiteral("c"));
    QVERIFY(!e.inList(customer, ident(QStringLiteral("a")), ClubList::MyCustomers));
    QVERIFY(e.inList(customer, ident(QStringLiteral("c")), ClubList::OwnProfile));
    QVERIFY(e.canCreateIdentity(agent));
    QVERIFY(!e.canCreateIdentity(customer));
}

void TestClubPermissions::fieldsAndDisplayMode()
{
    ItemType t = type(QStringLiteral("T"), true, true, true, true);
    t.customerCanViewFields = true;
    t.customerDisplayMode = QStringLiteral("public_preview");
    t.agentDisplayMode = QStringLiteral("preview");
    const PermissionEngine e;
    const ClubUser c = clubUser(QStringLiteral("U"), ClubKind::Customer, QStringLiteral("me"));
    const ClubUser a = clubUser(QStringLiteral("A"), ClubKind::Agent, QStringLiteral("me"));
    QVERIFY(e.showsCustomFields(c, t));
    QVERIFY(!e.showsCustomFields(a, t));
    QCOMPARE(e.displayMode(c, t, PermissionEngine::Purpose::View), QStringLiteral("public_preview"));
    QCOMPARE(e.displayMode(a, t, PermissionEngine::Purpose::View), QStringLiteral("preview"));
    QCOMPARE(e.displayMode(c, t, PermissionEngine::Purpose::Create), QStringLiteral("default"));
    QCOMPARE(e.displayMode(a, t, PermissionEngine::Purpose::Cartable), QStringLiteral("default"));
}

void TestClubPermissions::inactiveUsersSeeNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("suspended");
    QTest::addColumn<bool>("moduleOn");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("sees");
    const QString me = QStringLiteral("me");
    QTest::newRow("working") << QStringLiteral("approved") << true << false << true << me << true;
    QTest::newRow("pending") << QStringLiteral("pending") << true << false << true << me << false;
    QTest::newRow("rejected") << QStringLiteral("rejected") << true << false << true << me << false;
    QTest::newRow("inactive") << QStringLiteral("approved") << false << false << true << me << false;
    QTest::newRow("suspended") << QStringLiteral("approved") << true << true << true << me << false;
    QTest::newRow("module off") << QStringLiteral("approved") << true << false << false << me << false;
    // fail closed: an account tied to no identity, or to one that is gone, acts for nobody
    QTest::newRow("no identity") << QStringLiteral("approved") << true << false << true << QString() << false;
    QTest::newRow("unknown identity") << QStringLiteral("approved") << true << false << true << QStringLiteral("gone") << false;
}

void TestClubPermissions::inactiveUsersSeeNothing()
{
    QFETCH(QString, status);
    QFETCH(bool, active);
    QFETCH(bool, suspended);
    QFETCH(bool, moduleOn);
    QFETCH(QString, identity);
    QFETCH(bool, sees);
    User u;
    u.id = QStringLiteral("U");
    u.kind = UserKind::Customer;
    u.identityId = identity;
    u.registrationStatus = RegistrationStatusCode::parse(status).value();
    u.active = active;
    u.suspended = suspended;
    PermissionEngine::Context c;
    c.customerClubEnabled = moduleOn;
    c.itemTypes.insert(QStringLiteral("T"), type(QStringLiteral("T"), true, true, true, true));
    c.identities.insert(QStringLiteral("me"), IdentityLinks{QStringLiteral("me"), {}, {}, {}, {}});
    const PermissionEngine e(c);
    RecordRef r;
    r.table = RecordRef::Table::Item;
    r.id = QStringLiteral("i");
    r.itemTypeId = QStringLiteral("T");
    r.identityId = identity;
    QCOMPARE(e.canView(ClubUser::fromUser(u), r), sees);
    QCOMPARE(e.canCreate(ClubUser::fromUser(u), c.itemTypes.value(QStringLiteral("T"))), sees);
}

// A generated dataset: random club flags, identities linked to agents in every way, club users
// of both kinds in several states, and records of every table in every status. For every
// (user, list) the SQL condition must select exactly the records the engine accepts.
void TestClubPermissions::engineAgreesWithSql()
{
    QRandomGenerator rng(20261122);
    const auto coin = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
    Store &store = m_t->store();
    Store::Transaction tx(store);

    const QStringList docKinds{QStringLiteral("proforma"), QStringLiteral("invoice"), QStringLiteral("contract")};
    QStringList docTypes, otherTypes, receiptTypes, ticketTypes;
    for (int i = 0; i < 4; ++i) {
        docTypes << addType(docKinds[i % 3], coin(50), coin(50), coin(50), coin(50));
        receiptTypes << addType(QStringLiteral("receipt"), coin(50), coin(50), coin(50), coin(50));
        ticketTypes << addType(QStringLiteral("ticket"), coin(50), coin(50), coin(50), coin(50));
        otherTypes << addType(QStringLiteral("request"), coin(50), coin(50), coin(50), coin(50));
    }
    { // a tombstoned type: its records are visible to nobody, not even their agent creator
        ItemTypeRepository types(store);
        const QString dead = addType(QStringLiteral("request"), true, true, true, true);
        QVERIFY(types.tombstone(dead));
        otherTypes << dead;
    }

    UserRepository users(store);
    QList<User> clubUsers;
    QStringList agentIds;
    QString ghostIdentity;
    for (int i = 0; i < 14; ++i) {
        User u;
        u.kind = i % 2 ? UserKind::Agent : UserKind::Customer;
        u.username = QStringLiteral("user%1").arg(i);
        // users 10 and 11 are tied to no identity, 12 and 13 to one tombstoned below: fail closed
        u.identityId = i == 10 || i == 11 ? QString() : addIdentity();
        if (i == 12)
            ghostIdentity = u.identityId;
        else if (i == 13)
            u.identityId = ghostIdentity;
        u.active = i != 8;
        u.suspended = i == 9;
        QVERIFY2(users.insert(u), qPrintable(users.lastError()));
        clubUsers << u;
        if (u.kind == UserKind::Agent)
            agentIds << u.id;
    }
    const auto pick = [&](const QStringList &l) { return l.isEmpty() ? QString() : l[int(rng.bounded(qsizetype(l.size())))]; };
    QStringList identities;
    for (const User &u : clubUsers)
        if (!u.identityId.isEmpty())
            identities << u.identityId;
    for (int i = 0; i < 30; ++i) {
        const QString agent = coin(60) ? pick(agentIds) : QString();
        const QString sales = coin(30) ? pick(agentIds) : QString();
        identities << addIdentity(agent, sales);
        if (coin(15)) {
            IdentityRepository ids(store);
            auto x = ids.get(identities.last());
            x->supportResponsibleId = pick(agentIds);
            x->miscResponsibleId = coin(50) ? pick(agentIds) : QString();
            QVERIFY(ids.update(*x));
        }
    }
    QStringList creators = agentIds;
    creators << QStringLiteral("00000000-0000-7000-8000-000000000001");
    for (const User &u : clubUsers)
        creators << u.id;
    const QStringList statuses{QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")};
    const QString now = Store::nowUtc();
    for (int i = 0; i < 120; ++i) {
        const bool dead = coin(5);
        rawInsert(QStringLiteral("documents"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("item_type_id"), pick(docTypes)},
                   {QStringLiteral("kind"), QStringLiteral("invoice")}, {QStringLiteral("identity_id"), pick(identities)},
                   {QStringLiteral("issue_date"), QStringLiteral("2026-01-01")}, {QStringLiteral("approval_status"), pick(statuses)},
                   {QStringLiteral("created_by"), pick(creators)}, {QStringLiteral("created_at"), now},
                   {QStringLiteral("deleted"), dead ? 1 : 0}});
        rawInsert(QStringLiteral("receipts"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("item_type_id"), pick(receiptTypes)},
                   {QStringLiteral("identity_id"), pick(identities)}, {QStringLiteral("amount"), 1000},
                   {QStringLiteral("received_on"), QStringLiteral("2026-01-02")},
                   {QStringLiteral("approval_status"), pick(statuses)}, {QStringLiteral("entered_by"), pick(creators)},
                   {QStringLiteral("created_at"), now}});
        rawInsert(QStringLiteral("tickets"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("item_type_id"), pick(ticketTypes)},
                   {QStringLiteral("identity_id"), coin(10) ? QVariant() : QVariant(pick(identities))},
                   {QStringLiteral("subject"), QStringLiteral("s")}, {QStringLiteral("created_by"), pick(creators)},
                   {QStringLiteral("created_at"), now}});
        rawInsert(QStringLiteral("items"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("item_type_id"), pick(otherTypes)},
                   {QStringLiteral("identity_id"), pick(identities)}, {QStringLiteral("created_by"), coin(10) ? QVariant() : QVariant(pick(creators))},
                   {QStringLiteral("created_at"), now}});
    }
    for (int i = 0; i < 60; ++i)
        rawInsert(QStringLiteral("point_transactions"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("identity_id"), pick(identities)},
                   {QStringLiteral("kind"), QStringLiteral("earned")}, {QStringLiteral("points"), 10},
                   {QStringLiteral("created_on"), QStringLiteral("2026-01-03")}, {QStringLiteral("deleted"), coin(5) ? 1 : 0}});
    const QString instance = Store::newId();
    rawInsert(QStringLiteral("workflow_instances"),
              {{QStringLiteral("id"), instance}, {QStringLiteral("workflow_id"), Store::newId()}, {QStringLiteral("started_at"), now}});
    for (int i = 0; i < 40; ++i) {
        QStringList userIds;
        for (const User &u : clubUsers)
            userIds << u.id;
        rawInsert(QStringLiteral("cartable_entries"),
                  {{QStringLiteral("id"), Store::newId()}, {QStringLiteral("instance_id"), instance},
                   {QStringLiteral("state_id"), Store::newId()}, {QStringLiteral("entered_at"), now},
                   {QStringLiteral("assignee_user_id"), coin(50) ? QVariant(pick(userIds)) : QVariant()},
                   {QStringLiteral("assignee_identity_id"), coin(50) ? QVariant(pick(identities)) : QVariant()},
                   {QStringLiteral("ended_at"), coin(30) ? QVariant(now) : QVariant()}});
    }
    QVERIFY(IdentityRepository(store).tombstone(ghostIdentity));
    QVERIFY(tx.commit());

    // What the club screens list: ClubLists, for each list that has a screen.
    const auto screen = [&store](const User &u, ClubList list) -> std::optional<ListSpec> {
        const ClubLists club(store, u.id);
        switch (list) {
        case ClubList::Documents: return club.documents();
        case ClubList::DocumentsUnderReview: return club.documentsUnderReview();
        case ClubList::Payments: return club.payments();
        case ClubList::Tickets: return club.tickets();
        case ClubList::Points: return club.points();
        case ClubList::Cartable: return club.cartable();
        case ClubList::MyCustomers: return club.myCustomers();
        case ClubList::Items:
        case ClubList::OwnProfile: break;
        }
        return std::nullopt;
    };
    const auto ids = [&store](const ListSpec &spec) {
        const QStringList got = TestSupport::listIds(store, spec);
        return QSet<QString>(got.cbegin(), got.cend());
    };
    ClubVisibilityRepository repo(store);
    ClubSettings settings(store);
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
    int pairs = 0, visible = 0, screens = 0;
    for (const bool agentsOn : {true, false}) {
        QVERIFY(settings.setModuleEnabled(ClubKind::Agent, agentsOn));
        const PermissionEngine engine(repo.loadContext(true, agentsOn));
        for (const User &u : clubUsers) {
            const ClubUser cu = ClubUser::fromUser(u);
            for (ClubList list : allClubLists()) {
                const QList<RecordRef> rows = repo.records(tableOf(list));
                QSet<QString> expected, openable;
                for (const RecordRef &r : rows) {
                    if (engine.inList(cu, r, list)) {
                        expected.insert(r.id);
                        if (engine.canOpen(cu, r))
                            openable.insert(r.id);
                    }
                }
                const QStringList got = TestSupport::listIds(store, repo.listSpec(cu, list, true, agentsOn));
                const QSet<QString> gotSet(got.cbegin(), got.cend());
                QCOMPARE(got.size(), gotSet.size());
                if (gotSet != expected)
                    QFAIL(qPrintable(QStringLiteral("user %1 (%2) list %3: SQL %4 rows, engine %5")
                                         .arg(u.username, UserKindCode::text(u.kind)).arg(int(list)).arg(gotSet.size()).arg(expected.size())));
                const auto open = repo.condition(cu, list, true, agentsOn, ClubVisibilityRepository::Purpose::Open);
                ListSpec openSpec = repo.listSpec(cu, list, true, agentsOn);
                openSpec.where = open.where;
                openSpec.binds = open.binds;
                if (ids(openSpec) != openable)
                    QFAIL(qPrintable(QStringLiteral("user %1 (%2) list %3: SQL opens %4, engine %5")
                                         .arg(u.username, UserKindCode::text(u.kind)).arg(int(list)).arg(ids(openSpec).size()).arg(openable.size())));
                if (const auto spec = screen(u, list)) {
                    if (ids(*spec) != expected)
                        QFAIL(qPrintable(QStringLiteral("user %1 (%2) screen %3: %4 rows, engine %5")
                                             .arg(u.username, UserKindCode::text(u.kind)).arg(int(list)).arg(ids(*spec).size()).arg(expected.size())));
                    ++screens;
                }
                pairs += int(rows.size());
                visible += int(expected.size());
            }
        }
    }
    qInfo("%d club screens agree with the engine", screens);
    qInfo("%d (user, list, record) triples checked, %d visible", pairs, visible);
    QVERIFY(visible > 50);     // the dataset exercises the rules
    QVERIFY(visible < pairs / 2);
}

QTEST_GUILESS_MAIN(TestClubPermissions)
#include "tst_club_permissions.moc"
