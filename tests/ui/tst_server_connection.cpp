// A workstation connects to the company's server as a person does it, against the throwaway
// PostgreSQL of the ctest fixture: the profile dialog's «Test the connection» says it connected,
// or refuses a wrong password in Persian, or says the database holds no company; the first
// start offers the server beside a new company, a file and the demo, and a company opened
// there is signed in to with the status bar naming the server; when the server drops the
// connection, the next list that fails to read makes the status bar say so, and the
// connection comes back by itself.
#include "models/auth/PasswordHasher.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "models/identities/IdentityRepository.h"
#include "models/server/ConnectionCheck.h"
#include "models/server/ConnectionProfiles.h"
#include "models/server/ConnectionWatch.h"
#include "tests/support/TempServer.h"
#include "tests/support/TestSupport.h"
#include "ui/server/ConnectionChooser.h"
#include "ui/server/ConnectionProfileDialog.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

namespace {

const QString kStaffPassword = QStringLiteral("Secret-1234");

void fill(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

bool hasPersianLetters(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
            return true;
    return false;
}

}

class TestServerConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::TempServer> m_company; // a company server made by `vafa server init`'s code
    std::unique_ptr<TestSupport::TempPgDatabase> m_empty;   // a database no one prepared

    // A profile of the company server's login role, or of `params` for a database no one prepared.
    ConnectionProfile profile(const QString &database, const Store::PostgresParams *params = nullptr) const
    {
        const Store::PostgresParams p = params ? *params : m_company->login(); // what workstations connect as
        ConnectionProfile c;
        c.name = QStringLiteral("دفتر مرکزی");
        c.host = p.host;
        c.port = p.port;
        c.database = database;
        c.user = p.user;
        c.tls = ConnectionProfile::Tls::Off; // the fixture's server is plain (TLS: tst_pg_tls)
        return c;
    }

    // The profile dialog as a person fills it in; TLS off.
    void fillIn(ConnectionProfileDialog *dialog, const ConnectionProfile &p, const QString &password)
    {
        fill(dialog, "nameEdit", p.name);
        fill(dialog, "hostEdit", p.host);
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(p.port);
        fill(dialog, "databaseEdit", p.database);
        fill(dialog, "userEdit", p.user);
        fill(dialog, "passwordEdit", password);
        auto *tls = dialog->findChild<QComboBox *>(QStringLiteral("tlsCombo"));
        tls->setCurrentIndex(tls->findData(int(p.tls)));
    }

    ConnectionCheck testIn(ConnectionProfileDialog *dialog)
    {
        dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        if (!QTest::qWaitFor([&] { return !dialog->isTesting(); }, 20000))
            return {};
        return dialog->lastCheck();
    }

    void addStaff(Store &store, const QString &name)
    {
        Identity i;
        i.firstName = name;
        i.lastName = QStringLiteral("آزمون");
        i.profileType = ProfileType::Operator;
        QVERIFY(IdentityRepository(store).insert(i));
        User u;
        u.username = name;
        u.kind = UserKind::Staff;
        u.identityId = i.id;
        u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kStaffPassword);
        UserRepository users(store);
        QVERIFY2(users.insert(u), qPrintable(users.lastError()));
        QVERIFY(users.grantToUser(u.id, QStringLiteral("system.admin")));
    }

private slots:
    void initTestCase()
    {
        // no keychain here: the login role's password is asked for, as on a computer without one
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
        QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        m_company = std::make_unique<TestSupport::TempServer>();
        m_empty = std::make_unique<TestSupport::TempPgDatabase>();
        QVERIFY2(m_company->isReady(), qPrintable(m_company->errorText()));
        QVERIFY2(m_empty->isReady(), qPrintable(m_empty->errorText()));
        addStaff(m_company->owner(), QStringLiteral("sara"));
    }

    void init()
    {
        QSettings().clear();
    }

    void cleanup()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void testingTheConnectionSaysItConnected()
    {
        ConnectionProfileDialog dialog{ConnectionProfile(), QString()};
        dialog.show();
        fillIn(&dialog, profile(m_company->login().database), m_company->login().password);
        const ConnectionCheck check = testIn(&dialog);
        QVERIFY2(check.ok(), qPrintable(check.message + QLatin1Char(' ') + check.detail));
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
        QCOMPARE(shown, ConnectionCheck::messageFor(ConnectionCheck::Outcome::Ok));
        QVERIFY2(hasPersianLetters(shown), qPrintable(shown));
    }

    void aWrongPasswordIsRefusedInPersian()
    {
        ConnectionProfileDialog dialog{ConnectionProfile(), QString()};
        dialog.show();
        fillIn(&dialog, profile(m_company->login().database), QStringLiteral("not-the-password"));
        const ConnectionCheck check = testIn(&dialog);
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::WrongPassword));
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
        QCOMPARE(shown, ConnectionCheck::messageFor(ConnectionCheck::Outcome::WrongPassword));
        QVERIFY2(hasPersianLetters(shown), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("password"))); // not the driver's English
    }

    void aDatabaseWithoutACompanyIsNamedSo()
    {
        ConnectionProfileDialog dialog{ConnectionProfile(), QString()};
        dialog.show();
        const Store::PostgresParams empty = m_empty->params();
        fillIn(&dialog, profile(empty.database, &empty), empty.password);
        QCOMPARE(int(testIn(&dialog).outcome), int(ConnectionCheck::Outcome::NotVafa));
        // and nothing was made in it: a workstation never creates a company
        Store look;
        QVERIFY(!look.openPostgres(m_empty->params(), ConnectionCheck::openOptions()));
        QCOMPARE(look.error(), Store::Error::NoCompany);
    }

    void anOlderServerNeedsMigrating()
    {
        TestSupport::TempPgDatabase old;
        QVERIFY(old.isReady());
        Store::OpenOptions options;
        options.migrateTo = 3;
        {
            Store store;
            QVERIFY2(store.openPostgres(old.params(), options), qPrintable(store.errorDetail()));
        }
        const Store::PostgresParams params = old.params();
        const ConnectionCheck check = ConnectionCheck::test(profile(params.database, &params), params.password);
        QCOMPARE(int(check.outcome), int(ConnectionCheck::Outcome::NeedsMigration));
        QVERIFY(check.message.contains(QLatin1String("vafa server migrate")));
    }

    void theFirstStartConnectsToTheServerAndTheStatusBarNamesIt()
    {
        QCOMPARE(AppController::startChoices().size(), 4);
        const ConnectionProfile p = profile(m_company->login().database);
        ConnectionProfiles().save(p);
        AppController controller(*qApp);
        {
            Ask::Script script;
            script.choose(AppController::Server)
                .dialog([&](QDialog *d) { // the chooser: the only profile, Connect
                    auto *chooser = qobject_cast<ConnectionChooser *>(d);
                    if (!chooser)
                        return int(QDialog::Rejected);
                    chooser->show();
                    if (chooser->findChild<QListWidget *>()->count() != 1)
                        return int(QDialog::Rejected);
                    chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                    return chooser->result();
                })
                .dialog([&](QDialog *d) { // no keychain: the login role's password is asked for
                    auto *ask = qobject_cast<QInputDialog *>(d);
                    if (!ask || ask->textEchoMode() != QLineEdit::Password)
                        return int(QDialog::Rejected);
                    ask->setTextValue(m_company->login().password);
                    return int(QDialog::Accepted);
                });
            QVERIFY(controller.open(AppController::Options()));
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QCOMPARE(controller.server().name, p.name);
        QCOMPARE(QSettings().value(QStringLiteral("company/last_server")).toString(), p.name);
        {
            Ask::Script script;
            script.dialog([&](QDialog *d) {
                auto *login = qobject_cast<LoginDialog *>(d);
                if (!login)
                    return int(QDialog::Rejected);
                login->show();
                auto *servers = login->findChild<QComboBox *>(QStringLiteral("serverCombo"));
                if (servers->currentData().toString() != p.name)
                    return int(QDialog::Rejected);
                fill(login, "usernameLineEdit", QStringLiteral("sara"));
                fill(login, "passwordLineEdit", kStaffPassword);
                login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                return login->result();
            });
            QVERIFY(controller.begin());
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        MainWindow *window = controller.window();
        QVERIFY(window);
        QVERIFY(window->session().central);
        auto *connection = window->statusBar()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QCOMPARE(connection->text(), MainWindow::tr("Server: %1").arg(p.name));

        ListPage *list = nullptr; // the first section that lists something, read while connected
        for (const QString &key : window->sectionKeys()) {
            QWidget *page = window->openSection(key);
            list = qobject_cast<ListPage *>(page) ? qobject_cast<ListPage *>(page) : page->findChild<ListPage *>();
            if (list)
                break;
        }
        QVERIFY(list);

        // the server drops every connection to the company: the status bar says so at the next
        // check, and the connection comes back by itself
        auto *watch = window->findChild<ConnectionWatch *>();
        QVERIFY(watch);
        watch->setIntervals(60000, 100);
        QString error;
        {
            const QString name = QStringLiteral("terminator");
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const Store::PostgresParams a = m_company->superuser();
            admin.setHostName(a.host);
            admin.setPort(a.port);
            admin.setUserName(a.user);
            admin.setPassword(a.password);
            admin.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY(admin.open());
            QSqlQuery q(admin);
            QVERIFY(q.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(a.database)));
            QVERIFY(q.next() && q.value(0).toInt() >= 1);
            q.finish();
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        // the next list read fails, and that failure makes the watch look (its own check is a
        // minute away here)
        list->model()->refresh(); // as after a search or a change: the list reads again
        QTRY_COMPARE_WITH_TIMEOUT(watch->state(), ConnectionWatch::State::Lost, 5000);
        QCOMPARE(connection->text(), MainWindow::tr("Connection lost — trying again…"));
        QTRY_COMPARE_WITH_TIMEOUT(watch->state(), ConnectionWatch::State::Connected, 10000);
        QCOMPARE(connection->text(), MainWindow::tr("Server: %1").arg(p.name));
        delete window;
    }

    // Signed in to a company file, the sign-in dialog's server picker moves to the company's
    // server; a server that refuses leaves the file open and says why.
    void theSignInDialogSwitchesToTheServer()
    {
        TestSupport::TempStore file;
        addStaff(file.store(), QStringLiteral("sara"));
        const ConnectionProfile p = profile(m_company->login().database);
        ConnectionProfiles().save(p);
        AppController controller(*qApp);
        AppController::Options options;
        options.storePath = file.path();
        QVERIFY(controller.open(options));
        const auto pickServer = [&](QDialog *d) {
            auto *login = qobject_cast<LoginDialog *>(d);
            if (!login)
                return int(QDialog::Rejected);
            login->show();
            auto *servers = login->findChild<QComboBox *>(QStringLiteral("serverCombo"));
            const int at = servers->findData(p.name);
            if (servers->currentIndex() != 0 || at < 1) // the file is open; the profile is offered
                return int(QDialog::Rejected);
            servers->setCurrentIndex(at);
            emit servers->activated(at);
            return login->result();
        };
        const auto typePassword = [](const QString &password) {
            return [password](QDialog *d) {
                auto *ask = qobject_cast<QInputDialog *>(d);
                if (!ask)
                    return int(QDialog::Rejected);
                ask->setTextValue(password);
                return int(QDialog::Accepted);
            };
        };
        {
            Ask::Script script;
            bool backOnTheFile = false;
            script.dialog(pickServer)
                .dialog(typePassword(QStringLiteral("not-the-password")))
                .dialog([&](QDialog *d) { // asked again, on the file still open
                    auto *login = qobject_cast<LoginDialog *>(d);
                    backOnTheFile = login && login->findChild<QComboBox *>(QStringLiteral("serverCombo"))->currentIndex() == 0;
                    return int(QDialog::Rejected);
                });
            QVERIFY(!controller.begin());
            QVERIFY(backOnTheFile);
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
            QCOMPARE(script.messages().size(), 1);
            QVERIFY2(script.messages().at(0).contains(ConnectionCheck::messageFor(ConnectionCheck::Outcome::WrongPassword)),
                     qPrintable(script.messages().at(0)));
            QVERIFY(controller.server().name.isEmpty());
        }
        {
            Ask::Script script;
            script.dialog(pickServer)
                .dialog(typePassword(m_company->login().password))
                .dialog([&](QDialog *d) {
                    auto *login = qobject_cast<LoginDialog *>(d);
                    if (!login || login->findChild<QComboBox *>(QStringLiteral("serverCombo"))->currentData().toString() != p.name)
                        return int(QDialog::Rejected);
                    fill(login, "usernameLineEdit", QStringLiteral("sara"));
                    fill(login, "passwordLineEdit", kStaffPassword);
                    login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                    return login->result();
                });
            QVERIFY(controller.begin());
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QCOMPARE(controller.server().name, p.name);
        QVERIFY(controller.window()->session().central);
        QCOMPARE(controller.window()->session().serverName, p.name);
        delete controller.window();
    }
};

QTEST_MAIN(TestServerConnection)
#include "tst_server_connection.moc"
