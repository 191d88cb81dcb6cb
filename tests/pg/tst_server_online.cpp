// Vafa online against a company server, as the people who use it reach it: the demo company
// loaded into the server and, from the same seed, into a SQLite file; each sample account signs
// in through the server's sign-in function as the login role, and every club list its screens
// show lists exactly the rows the standalone app lists for the same person.
#include "models/auth/UserRepository.h"
#include "models/club/ClubLists.h"
#include "models/demo/DemoCompany.h"
#include "models/identities/IdentityRepository.h"
#include "models/loyalty/Points.h"
#include "models/server/ServerSignIn.h"
#include "tests/support/TempServer.h"

#include <QtTest>

using TestSupport::TempServer;
using TestSupport::TempStore;

class TestServerOnline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clubListsMatchTheStandaloneApp();
    void staffSeeTheBackOffice();

private:
    std::unique_ptr<TempServer> m_server;
    std::unique_ptr<TempStore> m_lite;
};

namespace {
DemoOptions demoOptions()
{
    DemoOptions o;
    o.identities = 300;
    o.today = QDate(2026, 11, 30);
    return o;
}
}

void TestServerOnline::initTestCase()
{
    m_server = std::make_unique<TempServer>();
    QVERIFY2(m_server->isReady(), qPrintable(m_server->errorText()));
    const DemoResult online = DemoCompany::generate(m_server->owner(), demoOptions());
    QVERIFY2(online.ok, qPrintable(online.error));
    m_lite = std::make_unique<TempStore>();
    QVERIFY(m_lite->isOpen());
    const DemoResult lite = DemoCompany::generate(m_lite->store(), demoOptions());
    QVERIFY2(lite.ok, qPrintable(lite.error));
}

void TestServerOnline::clubListsMatchTheStandaloneApp()
{
    int accounts = 0, rows = 0;
    for (const DemoAccount &a : DemoCompany::sampleAccounts()) {
        if (a.kind == QLatin1String("staff"))
            continue;
        QString error;
        auto ws = m_server->workstation(&error);
        QVERIFY2(ws, qPrintable(error));
        const SignInResult online = ServerSignIn(*ws).signIn(a.username, a.password, QStringLiteral("test"));
        const auto local = UserRepository(m_lite->store()).findByUsername(a.username);
        QVERIFY(local);
        if (!online.ok) {
            // an account the demo keeps locked, suspended or pending is refused by both
            const SignInResult standalone = SignInService(m_lite->store()).signIn(a.username, a.password);
            QCOMPARE(online.failure, standalone.failure);
            continue;
        }
        ++accounts;
        QCOMPARE(online.user.id, local->id);
        const ClubLists server(*ws, online.user.id);
        const ClubLists file(m_lite->store(), local->id);
        QVERIFY(server.isOpen());
        const QList<std::pair<const char *, std::pair<ListSpec, ListSpec>>> lists{
            {"documents", {server.documents(), file.documents()}},
            {"under review", {server.documentsUnderReview(), file.documentsUnderReview()}},
            {"payments", {server.payments(), file.payments()}},
            {"tickets", {server.tickets(), file.tickets()}},
            {"points", {server.points(), file.points()}},
            {"cartable", {server.cartable(), file.cartable()}},
            {"my customers", {server.myCustomers(), file.myCustomers()}},
        };
        for (const auto &[name, specs] : lists) {
            const QStringList got = TestSupport::listIds(*ws, specs.first);
            const QStringList want = TestSupport::listIds(m_lite->store(), specs.second);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1, %2: server %3 rows, file %4")
                                                 .arg(a.username, QLatin1String(name)).arg(got.size()).arg(want.size())));
            rows += int(got.size());
        }
        QCOMPARE(server.balance(), file.balance());
        QCOMPARE(server.pointTotals().remaining(), file.pointTotals().remaining());
    }
    qInfo("%d club accounts signed in on the server; %d list rows, each the same as standalone", accounts, rows);
    QVERIFY(accounts >= 2);
    QVERIFY(rows > 0);
}

void TestServerOnline::staffSeeTheBackOffice()
{
    for (const DemoAccount &a : DemoCompany::sampleAccounts()) {
        if (a.kind != QLatin1String("staff"))
            continue;
        QString error;
        auto ws = m_server->workstation(&error);
        QVERIFY2(ws, qPrintable(error));
        const SignInResult r = ServerSignIn(*ws).signIn(a.username, a.password);
        QVERIFY2(r.ok, qPrintable(a.username + QLatin1String(": ") + r.message()));
        IdentityRepository online(*ws), local(m_lite->store());
        QCOMPARE(online.countRows(online.list(IdentityFilter())), local.countRows(local.list(IdentityFilter())));
        return;
    }
    QFAIL("the demo has no staff account");
}

QTEST_GUILESS_MAIN(TestServerOnline)
#include "tst_server_online.moc"
