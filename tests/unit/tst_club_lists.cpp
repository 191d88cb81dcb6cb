// The club panel's own lists (ClubLists, what every club screen and tile reads) under the
// visibility rules of reference §3, for a customer, an agent and the users who must see
// nothing: view flags (rules 22, 23, 29), the cartable's exemption (21), the agent's customers
// in every way rule 28 names them, approved-only documents, balance hiding (20), and fail-closed
// cases (no identity, a tombstoned identity, a module switched off, an inactive account).
#include "models/club/ClubLists.h"
#include "models/club/ClubSettings.h"
#include "models/loyalty/Points.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using TestSupport::TempStore;

class TestClubLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsShowWhatTheRulesAllow_data();
    void listsShowWhatTheRulesAllow();
    void countsMatchTheLists();
    void agentOpensOnlyViewableTypes();
    void customerCannotOpenOthersRecords();
    void balanceAndPointsAreTheUsersOwn();
    void aSwitchedOffModuleShowsNothing();

private:
    QString addType(const QString &entity, bool view);
    QString addIdentity(const QString &name, const QString &createdBy = {}, const QString &sales = {},
                        const QString &support = {}, const QString &misc = {});
    QString addUser(const QString &username, const QString &kind, const QString &identityId, bool active = true);
    void raw(const QString &table, QVariantMap cols);
    QString document(const QString &name, const QString &type, const QString &identity, const QString &status,
                     const QString &createdBy = {});
    QString receipt(const QString &name, const QString &type, const QString &identity, const QString &status,
                    const QString &enteredBy = {});
    QString names(const QStringList &ids) const;
    QStringList listed(ClubList list, const QString &userId);

    TempStore m_t;
    QHash<QString, QString> m_id;   // fixture name -> id
    QHash<QString, QString> m_name; // id -> fixture name
    QHash<QString, QString> m_user; // username -> user id
};

QString TestClubLists::addType(const QString &entity, bool view)
{
    ItemType t;
    t.entity = entity;
    t.code = entity + (view ? QStringLiteral("-v") : QStringLiteral("-h"));
    t.name = t.code;
    t.customerCanView = t.agentCanView = view;
    ItemTypeRepository types(m_t.store());
    if (!types.insert(t))
        qFatal("type: %s", qPrintable(types.lastError()));
    return t.id;
}

QString TestClubLists::addIdentity(const QString &name, const QString &createdBy, const QString &sales,
                                   const QString &support, const QString &misc)
{
    Identity i;
    i.firstName = name;
    i.lastName = QStringLiteral("آزمون");
    i.createdByAgentId = createdBy;
    i.salesResponsibleId = sales;
    i.supportResponsibleId = support;
    i.miscResponsibleId = misc;
    IdentityRepository ids(m_t.store());
    if (!ids.insert(i))
        qFatal("identity: %s", qPrintable(ids.lastError()));
    m_id.insert(name, i.id);
    m_name.insert(i.id, name);
    return i.id;
}

QString TestClubLists::addUser(const QString &username, const QString &kind, const QString &identityId, bool active)
{
    User u;
    u.username = username;
    u.kind = UserKindCode::fromText(kind);
    u.identityId = identityId;
    u.active = active;
    UserRepository users(m_t.store());
    if (!users.insert(u))
        qFatal("user: %s", qPrintable(users.lastError()));
    m_user.insert(username, u.id);
    return u.id;
}

// Fixture rows of tables whose repositories want whole documents; test-only SQL.
void TestClubLists::raw(const QString &table, QVariantMap cols)
{
    cols.insert(QStringLiteral("updated_at"), Store::nowUtc());
    QStringList names, marks;
    for (auto it = cols.cbegin(); it != cols.cend(); ++it) {
        names << it.key();
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_t.store().db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &v : std::as_const(cols))
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
}

QString TestClubLists::document(const QString &name, const QString &type, const QString &identity, const QString &status,
                                const QString &createdBy)
{
    const QString id = Store::newId();
    raw(QStringLiteral("documents"),
        {{QStringLiteral("id"), id}, {QStringLiteral("item_type_id"), type}, {QStringLiteral("kind"), QStringLiteral("invoice")},
         {QStringLiteral("identity_id"), identity}, {QStringLiteral("issue_date"), QStringLiteral("2026-01-01")},
         {QStringLiteral("approval_status"), status}, {QStringLiteral("created_by"), createdBy.isEmpty() ? QVariant() : createdBy},
         {QStringLiteral("created_at"), Store::nowUtc()}});
    m_id.insert(name, id);
    m_name.insert(id, name);
    return id;
}

QString TestClubLists::receipt(const QString &name, const QString &type, const QString &identity, const QString &status,
                               const QString &enteredBy)
{
    const QString id = Store::newId();
    raw(QStringLiteral("receipts"),
        {{QStringLiteral("id"), id}, {QStringLiteral("item_type_id"), type}, {QStringLiteral("identity_id"), identity},
         {QStringLiteral("amount"), 1000}, {QStringLiteral("received_on"), QStringLiteral("2026-01-02")},
         {QStringLiteral("approval_status"), status}, {QStringLiteral("entered_by"), enteredBy.isEmpty() ? QVariant() : enteredBy},
         {QStringLiteral("created_at"), Store::nowUtc()}});
    m_id.insert(name, id);
    m_name.insert(id, name);
    return id;
}

void TestClubLists::initTestCase()
{
    QVERIFY2(m_t.isOpen(), qPrintable(m_t.errorText()));
    ClubSettings settings(m_t.store());
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
    QVERIFY(settings.setModuleEnabled(ClubKind::Agent, true));
    const QString invoiceSeen = addType(QStringLiteral("invoice"), true);
    const QString invoiceHidden = addType(QStringLiteral("invoice"), false);
    const QString receiptSeen = addType(QStringLiteral("receipt"), true);
    const QString receiptHidden = addType(QStringLiteral("receipt"), false);
    const QString ticketSeen = addType(QStringLiteral("ticket"), true);

    const QString a = addIdentity(QStringLiteral("A"));
    const QString b = addIdentity(QStringLiteral("B"));
    const QString agentSelf = addIdentity(QStringLiteral("agent"));
    addUser(QStringLiteral("customerA"), QStringLiteral("customer"), a);
    addUser(QStringLiteral("supplierB"), QStringLiteral("supplier"), b);
    const QString agent = addUser(QStringLiteral("agent"), QStringLiteral("agent"), agentSelf);
    addUser(QStringLiteral("orphan"), QStringLiteral("customer"), QString());
    addUser(QStringLiteral("inactiveA"), QStringLiteral("customer"), a, false);
    const QString gone = addIdentity(QStringLiteral("gone"));
    addUser(QStringLiteral("ghost"), QStringLiteral("customer"), gone);
    // rule 28: created by the agent, or the agent is its sales, support or misc responsible
    const QString created = addIdentity(QStringLiteral("created"), agent);
    const QString sold = addIdentity(QStringLiteral("sold"), {}, agent);
    const QString supported = addIdentity(QStringLiteral("supported"), {}, {}, agent);
    const QString misc = addIdentity(QStringLiteral("misc"), {}, {}, {}, agent);
    const QString stranger = addIdentity(QStringLiteral("stranger"));

    document(QStringLiteral("D-A-approved"), invoiceSeen, a, QStringLiteral("approved"));
    document(QStringLiteral("D-A-hidden"), invoiceHidden, a, QStringLiteral("approved")); // view flag off
    document(QStringLiteral("D-A-pending"), invoiceSeen, a, QStringLiteral("pending"));
    document(QStringLiteral("D-A-rejected"), invoiceSeen, a, QStringLiteral("rejected"));
    document(QStringLiteral("D-B"), invoiceSeen, b, QStringLiteral("approved"));
    document(QStringLiteral("D-gone"), invoiceSeen, gone, QStringLiteral("approved"));
    document(QStringLiteral("D-created"), invoiceSeen, created, QStringLiteral("approved"));
    document(QStringLiteral("D-sold"), invoiceSeen, sold, QStringLiteral("approved"));
    document(QStringLiteral("D-supported"), invoiceSeen, supported, QStringLiteral("pending"));
    document(QStringLiteral("D-misc-own"), invoiceHidden, misc, QStringLiteral("approved"), agent); // rule 29
    document(QStringLiteral("D-misc-staff"), invoiceHidden, misc, QStringLiteral("approved"));
    document(QStringLiteral("D-stranger"), invoiceSeen, stranger, QStringLiteral("approved"));
    QVERIFY(IdentityRepository(m_t.store()).tombstone(gone)); // the ghost's identity, after its records

    receipt(QStringLiteral("R-A-pending"), receiptSeen, a, QStringLiteral("pending"));
    receipt(QStringLiteral("R-A-rejected"), receiptSeen, a, QStringLiteral("rejected"));
    receipt(QStringLiteral("R-A-hidden"), receiptHidden, a, QStringLiteral("approved"));
    receipt(QStringLiteral("R-B"), receiptSeen, b, QStringLiteral("approved"));
    receipt(QStringLiteral("R-misc"), receiptSeen, misc, QStringLiteral("rejected"));
    receipt(QStringLiteral("R-stranger"), receiptSeen, stranger, QStringLiteral("approved"));

    for (const auto &[name, identity] : {std::pair{QStringLiteral("T-A"), a}, {QStringLiteral("T-B"), b},
                                         {QStringLiteral("T-created"), created}}) {
        const QString id = Store::newId();
        raw(QStringLiteral("tickets"), {{QStringLiteral("id"), id}, {QStringLiteral("item_type_id"), ticketSeen},
                                        {QStringLiteral("identity_id"), identity}, {QStringLiteral("subject"), name},
                                        {QStringLiteral("created_at"), Store::nowUtc()}});
        m_id.insert(name, id);
        m_name.insert(id, name);
    }

    PointRepository points(m_t.store());
    for (const auto &[name, identity] : {std::pair{QStringLiteral("P-A"), a}, {QStringLiteral("P-B"), b},
                                         {QStringLiteral("P-created"), created}}) {
        PointTransaction p;
        p.identityId = identity;
        p.points = 40;
        p.createdOn = QDate(2026, 1, 3);
        QVERIFY(points.insert(p));
        m_id.insert(name, p.id);
        m_name.insert(p.id, name);
    }

    const QString instance = Store::newId();
    raw(QStringLiteral("workflow_instances"), {{QStringLiteral("id"), instance}, {QStringLiteral("workflow_id"), Store::newId()},
                                               {QStringLiteral("started_at"), Store::nowUtc()}});
    const auto entry = [&](const QString &name, const QVariant &user, const QVariant &identity, bool ended) {
        const QString id = Store::newId();
        raw(QStringLiteral("cartable_entries"),
            {{QStringLiteral("id"), id}, {QStringLiteral("instance_id"), instance}, {QStringLiteral("state_id"), Store::newId()},
             {QStringLiteral("entered_at"), Store::nowUtc()}, {QStringLiteral("assignee_user_id"), user},
             {QStringLiteral("assignee_identity_id"), identity}, {QStringLiteral("ended_at"), ended ? QVariant(Store::nowUtc()) : QVariant()}});
        m_id.insert(name, id);
        m_name.insert(id, name);
    };
    entry(QStringLiteral("C-A"), {}, a, false); // the cartable ignores view flags (rule 21)
    entry(QStringLiteral("C-A-ended"), {}, a, true);
    entry(QStringLiteral("C-B"), {}, b, false);
    entry(QStringLiteral("C-agent"), agent, {}, false);
    entry(QStringLiteral("C-created"), {}, created, false); // the agent's customer's step is not the agent's
}

QString TestClubLists::names(const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids)
        out << m_name.value(id, id);
    out.sort();
    return out.join(QLatin1Char(' '));
}

QStringList TestClubLists::listed(ClubList list, const QString &userId)
{
    const ClubLists club(m_t.store(), userId);
    ListSpec spec;
    switch (list) {
    case ClubList::Documents: spec = club.documents(); break;
    case ClubList::DocumentsUnderReview: spec = club.documentsUnderReview(); break;
    case ClubList::Payments: spec = club.payments(); break;
    case ClubList::Tickets: spec = club.tickets(); break;
    case ClubList::Points: spec = club.points(); break;
    case ClubList::Cartable: spec = club.cartable(); break;
    case ClubList::MyCustomers: spec = club.myCustomers(); break;
    default: qFatal("not a club screen");
    }
    return TestSupport::listIds(m_t.store(), spec);
}

void TestClubLists::listsShowWhatTheRulesAllow_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *user, ClubList list, const char *expected) {
        QTest::addRow("%s/%d", user, int(list)) << QString::fromLatin1(user) << int(list) << QString::fromLatin1(expected);
    };
    // a customer: own records of viewable types; documents only approved (22), the rest under
    // review; payments in every status (23); own points; the cartable whatever the flags (21)
    row("customerA", ClubList::Documents, "D-A-approved");
    row("customerA", ClubList::DocumentsUnderReview, "D-A-pending D-A-rejected");
    row("customerA", ClubList::Payments, "R-A-pending R-A-rejected");
    row("customerA", ClubList::Tickets, "T-A");
    row("customerA", ClubList::Points, "P-A");
    row("customerA", ClubList::Cartable, "C-A");
    row("customerA", ClubList::MyCustomers, "");
    // a supplier uses the customer club and its flags (§1.3)
    row("supplierB", ClubList::Documents, "D-B");
    row("supplierB", ClubList::Payments, "R-B");
    // an agent: own and customers' records of viewable types, plus what the agent created (29);
    // customers linked in each of rule 28's four ways; own points only; own cartable only
    row("agent", ClubList::Documents, "D-created D-misc-own D-sold");
    row("agent", ClubList::DocumentsUnderReview, "D-supported");
    row("agent", ClubList::Payments, "R-misc");
    row("agent", ClubList::Tickets, "T-created");
    row("agent", ClubList::Points, "");
    row("agent", ClubList::Cartable, "C-agent");
    row("agent", ClubList::MyCustomers, "created misc sold supported");
    // fail closed: no identity, a tombstoned identity, an inactive account
    for (const char *nobody : {"orphan", "ghost", "inactiveA"})
        for (ClubList list : {ClubList::Documents, ClubList::DocumentsUnderReview, ClubList::Payments, ClubList::Tickets,
                              ClubList::Points, ClubList::Cartable, ClubList::MyCustomers})
            row(nobody, list, "");
}

void TestClubLists::listsShowWhatTheRulesAllow()
{
    QFETCH(QString, user);
    QFETCH(int, list);
    QFETCH(QString, expected);
    QCOMPARE(names(listed(ClubList(list), m_user.value(user))), expected);
}

void TestClubLists::countsMatchTheLists()
{
    for (const QString &user : {QStringLiteral("customerA"), QStringLiteral("agent"), QStringLiteral("orphan")}) {
        const ClubLists club(m_t.store(), m_user.value(user));
        for (ClubList list : {ClubList::Documents, ClubList::Payments, ClubList::Cartable, ClubList::MyCustomers})
            QCOMPARE(club.count(list), listed(list, m_user.value(user)).size());
    }
}

void TestClubLists::agentOpensOnlyViewableTypes()
{
    const ClubLists club(m_t.store(), m_user.value(QStringLiteral("agent")));
    QVERIFY(club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-created"))));
    // listed because the agent made it, but its type may not be viewed by agents (rule 29)
    QVERIFY(listed(ClubList::Documents, club.user().userId).contains(m_id.value(QStringLiteral("D-misc-own"))));
    QVERIFY(!club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-misc-own"))));
    QVERIFY(!club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-stranger"))));
}

void TestClubLists::customerCannotOpenOthersRecords()
{
    const ClubLists club(m_t.store(), m_user.value(QStringLiteral("customerA")));
    QVERIFY(club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-A-approved"))));
    QVERIFY(!club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-A-hidden"))));
    QVERIFY(!club.mayOpen(ClubList::Documents, m_id.value(QStringLiteral("D-B"))));
    QVERIFY(!club.mayOpen(ClubList::Payments, m_id.value(QStringLiteral("R-B"))));
    QVERIFY(!ClubLists(m_t.store(), m_user.value(QStringLiteral("orphan"))).mayOpen(ClubList::Documents,
                                                                                     m_id.value(QStringLiteral("D-B"))));
}

void TestClubLists::balanceAndPointsAreTheUsersOwn()
{
    ClubSettings settings(m_t.store());
    const ClubLists customer(m_t.store(), m_user.value(QStringLiteral("customerA")));
    QVERIFY(customer.balance().has_value());
    QCOMPARE(customer.pointTotals().earned, 40);
    QCOMPARE(ClubLists(m_t.store(), m_user.value(QStringLiteral("agent"))).pointTotals().earned, 0);
    const ClubLists orphan(m_t.store(), m_user.value(QStringLiteral("orphan")));
    QVERIFY(!orphan.balance().has_value());
    QCOMPARE(orphan.pointTotals().earned, 0);
    QVERIFY(settings.setHideBalance(ClubKind::Customer, true)); // rule 20
    QVERIFY(!ClubLists(m_t.store(), m_user.value(QStringLiteral("customerA"))).balance().has_value());
    QVERIFY(ClubLists(m_t.store(), m_user.value(QStringLiteral("agent"))).balance().has_value());
    QVERIFY(settings.setHideBalance(ClubKind::Customer, false));
}

void TestClubLists::aSwitchedOffModuleShowsNothing()
{
    ClubSettings settings(m_t.store());
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, false));
    const ClubLists customer(m_t.store(), m_user.value(QStringLiteral("customerA")));
    QVERIFY(!customer.isOpen());
    QVERIFY(listed(ClubList::Documents, m_user.value(QStringLiteral("customerA"))).isEmpty());
    QVERIFY(listed(ClubList::Cartable, m_user.value(QStringLiteral("customerA"))).isEmpty());
    QCOMPARE(customer.count(ClubList::Payments), 0);
    QVERIFY(!listed(ClubList::Documents, m_user.value(QStringLiteral("agent"))).isEmpty()); // the other module is on
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
}

QTEST_GUILESS_MAIN(TestClubLists)
#include "tst_club_lists.moc"
