// The workspaces of a clerk, a customer and an agent, offscreen, online against a company
// server: the demo company is generated from one seed into the server and into a SQLite file,
// each sample account signs in on the server through its sign-in function as the login role,
// and every list of every section of its window shows the same rows as the same window over
// the file. Run a second time with the workstation behind PgBouncer in transaction mode.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/demo/DemoCompany.h"
#include "models/server/ServerSignIn.h"
#include "tests/support/TempServer.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WorkspaceLists.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/ListPage.h"

#include <QTest>

#include <map>
#include <memory>

using TestSupport::TempServer;
using TestSupport::TempStore;

namespace {

DemoOptions demoOptions()
{
    DemoOptions o;
    o.identities = 120;
    o.agents = 3;
    o.maxDocuments = 400;
    o.maxClubUsers = 150;
    o.today = QDate(2025, 3, 1);
    return o;
}

// Every visible list of every section: "section/list object name" → its rows' ids, in order.
std::map<QString, QStringList> listsOf(MainWindow &window)
{
    std::map<QString, QStringList> out;
    TestSupport::forEachListPage(window, [&](const QString &key, ListPage *page) {
        page->reload();
        QCoreApplication::processEvents();
        QStringList ids;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            ids << page->model()->idAt(r);
        out[key + QLatin1Char('/') + page->objectName()] = ids;
    });
    return out;
}

} // namespace

class TestServerWorkspaces : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyListMatchesTheStandaloneApp_data();
    void everyListMatchesTheStandaloneApp();

private:
    std::unique_ptr<TestSupport::TwinDemo> m_twins;
    TempServer *m_server = nullptr;
    TempStore *m_lite = nullptr;
};

void TestServerWorkspaces::initTestCase()
{
    AppSetup::installFonts(*qApp);
    AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
    m_twins = std::make_unique<TestSupport::TwinDemo>(demoOptions());
    QVERIFY2(m_twins->ok, qPrintable(m_twins->error));
    m_server = &m_twins->server;
    m_lite = &m_twins->file;
}

void TestServerWorkspaces::everyListMatchesTheStandaloneApp_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"staff", "customer", "agent"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestServerWorkspaces::everyListMatchesTheStandaloneApp()
{
    QFETCH(QString, kind);
    // the first sample account of this kind that the demo lets sign in
    DemoAccount account;
    for (const DemoAccount &a : DemoCompany::sampleAccounts())
        if (a.kind == kind && SignInService(m_lite->store()).signIn(a.username, a.password).ok) {
            account = a;
            break;
        }
    QVERIFY2(!account.username.isEmpty(), qPrintable(kind));

    QString error;
    auto ws = m_server->workstation(&error);
    QVERIFY2(ws, qPrintable(error));
    const SignInResult online = ServerSignIn(*ws).signIn(account.username, account.password);
    QVERIFY2(online.ok, qPrintable(online.message()));
    const auto local = UserRepository(m_lite->store()).findByUsername(account.username);
    QVERIFY(local);

    Session onServer = Workspace::sessionFor(*ws, online.user);
    onServer.store = ws.get();
    onServer.central = true;
    Session onFile = Workspace::sessionFor(m_lite->store(), *local);
    onFile.store = &m_lite->store();
    MainWindow serverWindow(onServer, Workspace::sections(onServer));
    MainWindow fileWindow(onFile, Workspace::sections(onFile));
    serverWindow.resize(1366, 728);
    fileWindow.resize(1366, 728);
    serverWindow.show();
    fileWindow.show();

    QStringList sectionsOnFile = fileWindow.sectionKeys();
    QStringList sectionsOnServer = serverWindow.sectionKeys();
    sectionsOnServer.removeAll(QStringLiteral("open-sessions")); // who is signed in: a server has it, a file not
    QCOMPARE(sectionsOnServer, sectionsOnFile);

    const auto server = listsOf(serverWindow);
    const auto file = listsOf(fileWindow);
    int lists = 0, rows = 0;
    for (const auto &[where, ids] : file) {
        const auto it = server.find(where);
        QVERIFY2(it != server.end(), qPrintable(where + QLatin1String(" is missing online")));
        QVERIFY2(it->second == ids, qPrintable(QStringLiteral("%1 %2: server %3 rows, file %4")
                                                   .arg(kind, where).arg(it->second.size()).arg(ids.size())));
        ++lists;
        rows += int(ids.size());
    }
    qInfo("%s: %d lists, %d rows, each the same online", qPrintable(kind), lists, rows);
    QVERIFY(lists >= 3);
    QVERIFY(rows > 0);
}

QTEST_MAIN(TestServerWorkspaces)
#include "tst_server_workspaces.moc"
