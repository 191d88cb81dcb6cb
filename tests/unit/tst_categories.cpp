// The category tree («بانک اطلاعاتی»): CategoryRepository is the only SQL for categories and
// counts members and sub-categories; CategoryService creates, renames, moves, deletes and makes
// private or public in one audited transaction, and each refusal leaves the store unchanged.
#include "models/auth/UserRepository.h"
#include "models/club/ClubPermissions.h"
#include "models/identities/CategoryService.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <algorithm>

#include <memory>

using TestSupport::TempStore;

class TestCategories : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildTreeWithCounts();
    void refusalsChangeNothing();
    void moveNeverIntoOwnBranch();
    void deleteOnlyWhenEmpty();
    void privacyOnlyForCreatorAdminOrDatabaseManager();
    void permissionGate();

private:
    Store &store() { return m_t->store(); }
    QString fingerprint();
    qint64 auditCount(const QString &action);
    QString addStaff(const QString &username, const QStringList &grants);
    CategoryService as(const QString &userId) { return CategoryService(store(), TestSupport::actorOf(store(), userId)); }
    QString create(CategoryService &s, const QString &name, const QString &parent = {})
    {
        const auto id = s.create(name, parent);
        return id ? *id : QString();
    }

    std::unique_ptr<TempStore> m_t;
    QString m_shaper;   // identities.categories.manage
    QString m_shaper2;  // identities.categories.manage
    QString m_dbManager; // identities.database.manage
    QString m_clerk;    // nothing
};

void TestCategories::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_shaper = addStaff(QStringLiteral("shaper"), {ClubPermission::manageCategories()});
    m_shaper2 = addStaff(QStringLiteral("shaper2"), {ClubPermission::manageCategories()});
    m_dbManager = addStaff(QStringLiteral("dbmanager"), {ClubPermission::databaseManager()});
    m_clerk = addStaff(QStringLiteral("clerk"), {});
}

void TestCategories::cleanup()
{
    m_t.reset();
}

QString TestCategories::addStaff(const QString &username, const QStringList &grants)
{
    UserRepository users(store());
    User u;
    u.kind = UserKind::Staff;
    u.username = username;
    if (!users.insert(u))
        return {};
    for (const QString &g : grants)
        users.grantToUser(u.id, g);
    return u.id;
}

QString TestCategories::fingerprint()
{
    return TestSupport::tablesSnapshot(store(), {"categories", "identity_categories", "audit_log"});
}

qint64 TestCategories::auditCount(const QString &action)
{
    QSqlQuery q(store().db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subject_kind = 'category'"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestCategories::buildTreeWithCounts()
{
    CategoryService s = as(m_shaper);
    const QString customers = create(s, QStringLiteral("مشتریان"));
    const QString vip = create(s, QStringLiteral("ویژه"), customers);
    const QString retail = create(s, QStringLiteral("خرد"), customers);
    QVERIFY(!customers.isEmpty() && !vip.isEmpty() && !retail.isEmpty());
    const auto activity = s.create(QStringLiteral("آموزش"), {}, QStringLiteral("activity"));
    QVERIFY(activity);
    // a sub-category takes its parent's tree, whatever kind was asked for
    const auto sub = s.create(QStringLiteral("مدارس"), *activity, QStringLiteral("database"));
    QVERIFY(sub);
    CategoryRepository repo(store());
    QCOMPARE(repo.get(*sub)->kind, QStringLiteral("activity"));
    QCOMPARE(repo.get(vip)->createdBy, m_shaper);

    IdentityRepository identities(store());
    Identity a, b;
    a.firstName = QStringLiteral("الف");
    b.firstName = QStringLiteral("ب");
    QVERIFY(identities.insert(a) && identities.insert(b));
    QVERIFY(identities.setCategories(a.id, {vip}) && identities.setCategories(b.id, {vip, customers}));
    const QHash<QString, CategoryRepository::Counts> counts = repo.counts();
    QCOMPARE(counts.value(vip).members, 2);
    QCOMPARE(counts.value(customers).members, 1);
    QCOMPARE(counts.value(customers).children, 2);
    QCOMPARE(counts.value(retail).members, 0);
    // a deleted identity no longer counts
    QVERIFY(identities.tombstone(b.id));
    QCOMPARE(repo.countsOf(vip).members, 1);

    QVERIFY2(s.rename(retail, QStringLiteral("مشتریان خرد")), qPrintable(s.error()));
    QCOMPARE(repo.get(retail)->name, QStringLiteral("مشتریان خرد"));
    QVERIFY2(s.move(retail, {}), qPrintable(s.error())); // to the top
    QVERIFY(repo.get(retail)->parentId.isEmpty());
    QVERIFY2(s.move(retail, vip), qPrintable(s.error()));
    QCOMPARE(repo.get(retail)->parentId, vip);
    QCOMPARE(auditCount(QStringLiteral("category.create")), 5);
    QCOMPARE(auditCount(QStringLiteral("category.rename")), 1);
    QCOMPARE(auditCount(QStringLiteral("category.move")), 2);
}

void TestCategories::refusalsChangeNothing()
{
    CategoryService s = as(m_shaper);
    const QString customers = create(s, QStringLiteral("مشتریان"));
    const QString vip = create(s, QStringLiteral("ویژه"), customers);
    const QString other = create(s, QStringLiteral("دیگر"), customers);
    const auto activity = s.create(QStringLiteral("آموزش"), {}, QStringLiteral("activity"));
    const QString before = fingerprint();
    QVERIFY(!s.create(QStringLiteral("  "), {}));
    QVERIFY(!s.create(QStringLiteral(" ویژه "), customers)); // same name beside it
    QVERIFY2(s.error().contains(QLatin1String("already exists")), qPrintable(s.error()));
    QVERIFY(!s.rename(other, QStringLiteral("ویژه")));
    QVERIFY(!s.create(QStringLiteral("x"), QStringLiteral("no-such-parent")));
    QVERIFY(!s.move(vip, *activity)); // into the other tree
    QVERIFY(!s.remove(customers));    // has children
    QCOMPARE(fingerprint(), before);
    // the same name under another parent is fine
    QVERIFY2(s.create(QStringLiteral("ویژه"), other), qPrintable(s.error()));
}

void TestCategories::moveNeverIntoOwnBranch()
{
    CategoryService s = as(m_shaper);
    const QString a = create(s, QStringLiteral("الف"));
    const QString b = create(s, QStringLiteral("ب"), a);
    const QString c = create(s, QStringLiteral("ج"), b);
    const QString before = fingerprint();
    QVERIFY(!s.move(a, c));
    QVERIFY2(s.error().contains(QLatin1String("own sub-categories")), qPrintable(s.error()));
    QVERIFY(!s.move(a, a));
    QVERIFY(!s.move(b, c));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(s.move(c, a), qPrintable(s.error())); // up the branch is fine
}

void TestCategories::deleteOnlyWhenEmpty()
{
    CategoryService s = as(m_shaper);
    const QString parent = create(s, QStringLiteral("والد"));
    const QString child = create(s, QStringLiteral("فرزند"), parent);
    IdentityRepository identities(store());
    Identity a;
    a.firstName = QStringLiteral("الف");
    QVERIFY(identities.insert(a) && identities.setCategories(a.id, {child}));
    QString before = fingerprint();
    QVERIFY(!s.remove(parent));
    QVERIFY2(s.error().contains(QLatin1String("sub-categor")), qPrintable(s.error()));
    QVERIFY(!s.remove(child));
    QVERIFY2(s.error().contains(QLatin1String("identit")), qPrintable(s.error()));
    QCOMPARE(fingerprint(), before);
    QVERIFY(identities.setCategories(a.id, {}));
    QVERIFY2(s.remove(child), qPrintable(s.error()));
    QVERIFY2(s.remove(parent), qPrintable(s.error()));
    QVERIFY(CategoryRepository(store()).all().isEmpty());
    QCOMPARE(auditCount(QStringLiteral("category.delete")), 2);
}

void TestCategories::privacyOnlyForCreatorAdminOrDatabaseManager()
{
    CategoryService creator = as(m_shaper);
    const QString mine = create(creator, QStringLiteral("خصوصی من"));
    CategoryService other = as(m_shaper2);
    QString before = fingerprint();
    QVERIFY(!other.setPrivate(mine, true));
    QVERIFY2(other.error().contains(QLatin1String("creator")), qPrintable(other.error()));
    QCOMPARE(fingerprint(), before);
    QVERIFY2(creator.setPrivate(mine, true), qPrintable(creator.error()));
    QVERIFY(CategoryRepository(store()).get(mine)->isPrivate);
    QCOMPARE(auditCount(QStringLiteral("category.private")), 1);
    // a private category is hidden from, and cannot be shaped by, another shaper
    const auto seen = [](const QList<Category> &list, const QString &id) {
        return std::any_of(list.cbegin(), list.cend(), [&](const Category &c) { return c.id == id; });
    };
    QVERIFY(!seen(other.visible(), mine));
    QVERIFY(seen(creator.visible(), mine));
    QVERIFY(seen(as(m_dbManager).visible(), mine));
    before = fingerprint();
    QVERIFY(!other.rename(mine, QStringLiteral("دزدیده")));
    QVERIFY(!other.remove(mine));
    QVERIFY(!other.create(QStringLiteral("زیر"), mine));
    QCOMPARE(fingerprint(), before);
    // the database manager and the command line's administrator may change it back
    CategoryService manager = as(m_dbManager);
    QVERIFY2(manager.setPrivate(mine, false), qPrintable(manager.error()));
    CategoryService cli(store(), Actor::localAdministrator());
    QVERIFY2(cli.setPrivate(mine, true), qPrintable(cli.error()));
    QCOMPARE(auditCount(QStringLiteral("category.public")), 1);
    QCOMPARE(auditCount(QStringLiteral("category.private")), 2);
}

void TestCategories::permissionGate()
{
    CategoryService clerk = as(m_clerk);
    const QString before = fingerprint();
    QVERIFY(!clerk.create(QStringLiteral("الف"), {}));
    QVERIFY2(clerk.error().contains(QLatin1String("permission")), qPrintable(clerk.error()));
    QCOMPARE(fingerprint(), before);
    CategoryService manager = as(m_dbManager); // the database manager shapes the tree too
    QVERIFY(manager.create(QStringLiteral("الف"), {}));
}

QTEST_GUILESS_MAIN(TestCategories)
#include "tst_categories.moc"
