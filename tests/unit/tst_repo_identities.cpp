// Identities as a user of the customer list sees them: saved and found again, searchable in
// any spelling of Persian, filtered, and gone from every list once deleted.
#include "models/core/PagedListModel.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <memory>

using TestSupport::TempStore;

class TestRepoIdentities : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertThenGetRoundTrips();
    void displayNameIsComposedFromNames();
    void tombstonedIdentityVanishes();
    void directionalMarksAreNotStored();
    void searchFoldsPersianSpellings_data();
    void searchFoldsPersianSpellings();
    void searchNeedsEveryWord();
    void updateRefreshesSearch();
    void phonesAreSearchableAndReplaceable();
    void filterByProfileType();
    void categoryFilter();
    void ordersAreTotalAndReversible();
    void countsMatchWhatTheListShows();
    void broadSearchListsNewestFirst();

private:
    Identity person(const QString &first, const QString &last, const QString &profile = QStringLiteral("customer"));
    std::unique_ptr<TempStore> m_t;
    std::unique_ptr<IdentityRepository> m_repo;
};

void TestRepoIdentities::init()
{
    m_t = std::make_unique<TempStore>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
    m_repo = std::make_unique<IdentityRepository>(m_t->store());
}

void TestRepoIdentities::cleanup()
{
    m_repo.reset();
    m_t.reset();
}

Identity TestRepoIdentities::person(const QString &first, const QString &last, const QString &profile)
{
    Identity i;
    i.firstName = first;
    i.lastName = last;
    i.profileType = IdentityCode::profileType(profile).value();
    return i;
}

void TestRepoIdentities::insertThenGetRoundTrips()
{
    Identity i = person(QStringLiteral("مریم"), QStringLiteral("احمدی"));
    i.nationalId = QStringLiteral("0012345679");
    i.birthDate = QDate(1990, 5, 17);
    i.customerNumber = QStringLiteral("C-1001");
    i.gender = QStringLiteral("female");
    QVERIFY2(m_repo->insert(i), qPrintable(m_repo->lastError()));
    QVERIFY(!i.id.isEmpty());
    const auto back = m_repo->get(i.id);
    QVERIFY(back);
    QCOMPARE(back->displayName, QStringLiteral("مریم احمدی"));
    QCOMPARE(back->nationalId, i.nationalId);
    QCOMPARE(back->birthDate, QDate(1990, 5, 17));
    QCOMPARE(back->customerNumber, QStringLiteral("C-1001"));
    QVERIFY(back->updatedAt.isValid());
    QVERIFY(back->createdAt.isValid());
    QVERIFY(!back->deleted);
}

void TestRepoIdentities::displayNameIsComposedFromNames()
{
    Identity org;
    org.kind = IdentityKind::Organisation;
    org.orgName = QStringLiteral("  شرکت فولاد البرز ");
    QVERIFY(m_repo->insert(org));
    QCOMPARE(m_repo->get(org.id)->displayName, QStringLiteral("شرکت فولاد البرز"));
    Identity nameless;
    QVERIFY(!m_repo->insert(nameless));
}

void TestRepoIdentities::tombstonedIdentityVanishes()
{
    Identity a = person(QStringLiteral("رضا"), QStringLiteral("کریمی"));
    Identity b = person(QStringLiteral("سارا"), QStringLiteral("کریمی"));
    QVERIFY(m_repo->insert(a, {Phone{{}, {}, QStringLiteral("mobile"), QStringLiteral("09121112233"), {}, true, {}}}));
    QVERIFY(m_repo->insert(b));
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list({})).size(), 2);
    QVERIFY(m_repo->tombstone(a.id));
    QVERIFY(!m_repo->get(a.id));
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list({})), QStringList{b.id});
    IdentityFilter f;
    f.search = QStringLiteral("کریمی");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{b.id});
    QVERIFY(m_repo->phones(a.id).isEmpty());
    QVERIFY(!m_repo->tombstone(a.id)); // already gone
    // the row is still there, as a tombstone, for sync
    QSqlQuery q(m_t->store().db());
    QVERIFY(q.exec(QStringLiteral("SELECT deleted FROM identities WHERE id = '%1'").arg(a.id)) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRepoIdentities::searchFoldsPersianSpellings_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::newRow("Persian yeh stored, Arabic typed") << "علی" << "علي";
    QTest::newRow("Arabic yeh stored, Persian typed") << "علي" << "علی";
    QTest::newRow("Arabic kaf stored") << "كاظم" << "کاظم";
    QTest::newRow("Persian kaf stored, Arabic typed") << "کاظم" << "كاظم";
    QTest::newRow("prefix") << "رضاییان" << "رضا";
    QTest::newRow("zwnj vs space") << "عبد‌الله" << "عبد الله";
    QTest::newRow("Latin case") << "Sadegh" << "sad";
}

void TestRepoIdentities::searchFoldsPersianSpellings()
{
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    Identity hit = person(stored, QStringLiteral("نمونه"));
    Identity other = person(QStringLiteral("بهرام"), QStringLiteral("تهرانی"));
    QVERIFY(m_repo->insert(hit));
    QVERIFY(m_repo->insert(other));
    IdentityFilter f;
    f.search = typed;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{hit.id});
    QCOMPARE(m_repo->count(f), 1);
}

void TestRepoIdentities::searchNeedsEveryWord()
{
    Identity a = person(QStringLiteral("محمد"), QStringLiteral("رضایی"));
    Identity b = person(QStringLiteral("محمد"), QStringLiteral("حسینی"));
    QVERIFY(m_repo->insert(a));
    QVERIFY(m_repo->insert(b));
    IdentityFilter f;
    f.search = QStringLiteral("محم");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)).size(), 2);
    f.search = QStringLiteral("محمد حسی");
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{b.id});
    f.search = QStringLiteral("\"");
    QVERIFY(m_repo->count(f) >= 0); // quotes cannot break the query
}

void TestRepoIdentities::updateRefreshesSearch()
{
    Identity a = person(QStringLiteral("نرگس"), QStringLiteral("صالحی"));
    QVERIFY(m_repo->insert(a));
    a.lastName = QStringLiteral("موسوی");
    a.displayName.clear();
    QVERIFY2(m_repo->update(a), qPrintable(m_repo->lastError()));
    IdentityFilter f;
    f.search = QStringLiteral("صالحی");
    QCOMPARE(m_repo->count(f), 0);
    f.search = QStringLiteral("موسوی");
    QCOMPARE(m_repo->count(f), 1);
    QCOMPARE(m_repo->get(a.id)->displayName, QStringLiteral("نرگس موسوی"));
}

void TestRepoIdentities::phonesAreSearchableAndReplaceable()
{
    Identity a = person(QStringLiteral("امید"), QStringLiteral("نوری"));
    Phone p;
    p.number = QStringLiteral("09351234567");
    p.isDefault = true;
    QVERIFY(m_repo->insert(a, {p}));
    IdentityFilter f;
    f.search = QStringLiteral("۰۹۳۵۱۲");
    QCOMPARE(m_repo->count(f), 1);
    const auto rows = TestSupport::runList(m_t->store(), m_repo->list({}));
    QCOMPARE(rows.value(0).value(IdentityRepository::Mobile).toString(), QStringLiteral("09351234567"));
    Phone q;
    q.number = QStringLiteral("09127654321");
    QVERIFY(m_repo->setPhones(a.id, {q}));
    QCOMPARE(m_repo->phones(a.id).size(), 1);
    QCOMPARE(m_repo->count(f), 0);
    f.search = QStringLiteral("0912765");
    QCOMPARE(m_repo->count(f), 1);
}

void TestRepoIdentities::filterByProfileType()
{
    Identity c = person(QStringLiteral("الف"), QStringLiteral("مشتری"));
    Identity g = person(QStringLiteral("ب"), QStringLiteral("نماینده"), QStringLiteral("agent"));
    Identity s = person(QStringLiteral("پ"), QStringLiteral("تامین"), QStringLiteral("supplier"));
    QVERIFY(m_repo->insert(c) && m_repo->insert(g) && m_repo->insert(s));
    IdentityFilter f;
    f.profileType = ProfileType::Agent;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{g.id});
    f.profileType = ProfileType::Customer;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{c.id});
}

void TestRepoIdentities::categoryFilter()
{
    Category vip;
    vip.name = QStringLiteral("مشتریان ویژه");
    QVERIFY(CategoryRepository(m_t->store()).insert(vip));
    Identity a = person(QStringLiteral("الف"), QStringLiteral("ویژه"));
    Identity b = person(QStringLiteral("ب"), QStringLiteral("عادی"));
    QVERIFY(m_repo->insert(a) && m_repo->insert(b));
    QVERIFY(m_repo->setCategories(a.id, {vip.id}));
    IdentityFilter f;
    f.categoryId = vip.id;
    QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(f)), QStringList{a.id});
    QCOMPARE(m_repo->categoryIds(a.id), QStringList{vip.id});
    QVERIFY(m_repo->setCategories(a.id, {}));
    QCOMPARE(m_repo->count(f), 0);
}

void TestRepoIdentities::ordersAreTotalAndReversible()
{
    // same display name three times: the id breaks the tie, in both directions
    for (int n = 0; n < 3; ++n) {
        Identity i = person(QStringLiteral("همنام"), QStringLiteral("یکسان"));
        i.customerNumber = QString::number(100 + n);
        QVERIFY(m_repo->insert(i));
    }
    for (auto sort : {IdentityFilter::Sort::DisplayName, IdentityFilter::Sort::CustomerNumber, IdentityFilter::Sort::Newest}) {
        IdentityFilter f;
        f.sort = sort;
        const ListSpec s = m_repo->list(f);
        QVERIFY(s.orderBy.endsWith(QLatin1String("i.id")) || s.orderBy.endsWith(QLatin1String("i.id DESC")));
        QCOMPARE(s.columns.value(0), QStringLiteral("i.id"));
        QStringList fwd = TestSupport::listIds(m_t->store(), s);
        QStringList back = TestSupport::listIds(m_t->store(), s, true);
        std::reverse(back.begin(), back.end());
        QCOMPARE(fwd, back);
        QCOMPARE(fwd.size(), 3);
    }
}

// The counts the lists take from the search index and the tombstone index agree with the rows
// they show, after tombstones, restores of the search index and a compaction.
void TestRepoIdentities::countsMatchWhatTheListShows()
{
    QStringList ids;
    for (const char *last : {"کریمی", "کریمیان", "رضایی", "کرمانی"}) {
        Identity i = person(QStringLiteral("علی"), QString::fromUtf8(last));
        QVERIFY(m_repo->insert(i));
        ids << i.id;
    }
    QVERIFY(m_repo->tombstone(ids.at(1)));
    auto rowsOf = [this](const IdentityFilter &f) {
        PagedListModel model(m_t->store().db(), {});
        model.setSpec(m_repo->list(f));
        const int shown = model.rowCount();
        model.refresh(); // counts again, through the list's own count statement
        return model.rowCount() == shown ? shown : -1;
    };
    IdentityFilter kar;
    kar.search = QStringLiteral("کری");
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(rowsOf({}), 3);
        QCOMPARE(rowsOf(kar), 1);
        QCOMPARE(TestSupport::listIds(m_t->store(), m_repo->list(kar)), QStringList{ids.at(0)});
        QCOMPARE(rowsOf(kar), int(TestSupport::listIds(m_t->store(), m_repo->list(kar)).size()));
        QVERIFY(m_t->store().compact()); // rebuilds the search index from live rows only
    }
}

void TestRepoIdentities::broadSearchListsNewestFirst()
{
    Store::Transaction tx(m_t->store());
    QStringList ids;
    for (int n = 0; n <= IdentityRepository::SortedSearchLimit + 1; ++n) {
        Identity i = person(QStringLiteral("سارا"), QStringLiteral("نام%1").arg(n % 50));
        QVERIFY(m_repo->insert(i));
        ids << i.id;
    }
    QVERIFY(tx.commit());
    QVERIFY(m_repo->tombstone(ids.last()));
    IdentityFilter f;
    f.search = QStringLiteral("سار");
    const ListSpec broad = m_repo->list(f);
    QVERIFY(broad.newestFirst);
    QCOMPARE(broad.knownCount, qint64(IdentityRepository::SortedSearchLimit + 1));
    const QStringList shown = TestSupport::listIds(m_t->store(), broad);
    QCOMPARE(shown.size(), IdentityRepository::SortedSearchLimit + 1);
    QCOMPARE(shown.first(), ids.at(ids.size() - 2)); // the newest live one
    QStringList back = TestSupport::listIds(m_t->store(), broad, true);
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, shown);
    // a narrower search is sorted by name as usual
    f.search = QStringLiteral("سارا نام49");
    const ListSpec narrow = m_repo->list(f);
    QVERIFY(!narrow.newestFirst);
    QCOMPARE(TestSupport::listIds(m_t->store(), narrow).size(), int(narrow.knownCount));
}

// A right-to-left override pasted into a name would turn every list, export and printout of it
// around; marks are dropped on the way in, and the ZWNJ of Persian spelling stays.
void TestRepoIdentities::directionalMarksAreNotStored()
{
    Identity i = person(QStringLiteral("\u202Eمی\u200Cخواهم\u200F"), QStringLiteral("\u2066رضایی\u2069"));
    i.nationalId = QStringLiteral("\u200E0012345679");
    QVERIFY(m_repo->insert(i));
    const auto back = m_repo->get(i.id);
    QCOMPARE(back->firstName, QStringLiteral("می\u200Cخواهم"));
    QCOMPARE(back->lastName, QStringLiteral("رضایی"));
    QCOMPARE(back->nationalId, QStringLiteral("0012345679"));
    QVERIFY(!back->displayName.contains(QChar(0x202E)));
    Identity edited = *back;
    edited.lastName = QStringLiteral("کاظمی\u202B");
    QVERIFY(m_repo->update(edited));
    QCOMPARE(m_repo->get(i.id)->lastName, QStringLiteral("کاظمی"));
}

QTEST_GUILESS_MAIN(TestRepoIdentities)
#include "tst_repo_identities.moc"
