// The application controller as a person meets it, without its main loop: the session ends
// after the configured idle minutes and the sign-in dialog comes back; a user who must change
// their password sets a new one before the workspace opens (cancelling leaves them signed out);
// after signing out, another user signs in to a workspace of their own. Every dialog is
// answered through Ask::Script, so a dialog that does not come fails the test at once.
#include "models/auth/PasswordHasher.h"
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "models/core/Store.h"
#include "models/identities/IdentityRepository.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/shell/AppController.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("Secret-1234");

void verifyFinished(const Ask::Script &script)
{
    QString why;
    QVERIFY2(script.finished(&why), qPrintable(why));
}

// The answer to the sign-in dialog: what a person types, then OK. `seen` gets the username the
// dialog offered. When the dialog is still open after OK (it showed an error) it is cancelled.
std::function<int(QDialog *)> signInAs(const QString &username, const QString &password, QString *offered = nullptr,
                                       QString *error = nullptr)
{
    return [=](QDialog *d) {
        auto *login = qobject_cast<LoginDialog *>(d);
        if (!login)
            return int(QDialog::Rejected);
        login->show();
        if (offered)
            *offered = login->username();
        login->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(username);
        login->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(password);
        login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (login->isVisible()) {
            if (error)
                *error = login->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            login->reject();
        }
        return login->result();
    };
}

// The answer to the new-password dialog: the password twice and OK, or Cancel when empty.
std::function<int(QDialog *)> newPassword(const QString &password)
{
    return [=](QDialog *d) {
        auto *dialog = qobject_cast<NewPasswordDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        dialog->show();
        if (password.isEmpty()) {
            dialog->reject();
        } else {
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
            dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(password);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        return dialog->result();
    };
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    void addUser(Store &store, const QString &name, const QStringList &permissions, bool mustChange = false)
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
        u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword);
        u.mustChangePassword = mustChange;
        UserRepository users(store);
        QVERIFY2(users.insert(u), qPrintable(users.lastError()));
        for (const QString &p : permissions)
            QVERIFY(users.grantToUser(u.id, p));
    }
    std::optional<User> user(const QString &name)
    {
        Store store;
        if (!store.openSqlite(m_path))
            return std::nullopt;
        return UserRepository(store).findByUsername(name);
    }
    // A controller on the test's company, its store open, its idle minute `minute` long.
    std::unique_ptr<AppController> controller(std::chrono::milliseconds minute = 1min)
    {
        auto c = std::make_unique<AppController>(*qApp);
        c->setIdleMinute(minute);
        AppController::Options options;
        options.storePath = m_path;
        if (!c->open(options))
            return nullptr;
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings (the last user) stays out of the real profile
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("company.vafa"));
        Store store;
        QVERIFY(store.openSqlite(m_path));
        addUser(store, QStringLiteral("admin"), {QStringLiteral("system.admin")});
        addUser(store, QStringLiteral("clerk"), {});
        addUser(store, QStringLiteral("newbie"), {}, true);
        PasswordPolicy policy = ClubSettings(store).passwordPolicy();
        policy.sessionMinutes = PasswordPolicy::kMinSessionMinutes;
        QVERIFY(ClubSettings(store).setPasswordPolicy(policy));
    }

    void cleanup()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_dir.reset();
    }

    // security.session_minutes (5) of idle "minutes" of 100 ms: the workspace goes, the person is
    // told why, and the sign-in dialog asks again, offering the same username.
    void idleSessionSignsOutAndAsksAgain()
    {
        auto c = controller(100ms);
        QVERIFY(c);
        Ask::Script script;
        script.dialog(signInAs(QStringLiteral("admin"), kPassword));
        QVERIFY(c->begin());
        QPointer<MainWindow> first = c->window();
        QVERIFY(first && first->isVisible());
        QCOMPARE(c->session().username, QStringLiteral("admin"));

        // input keeps the session: it is still there after more than its idle time (500 ms), with
        // a key pressed every 50 ms
        for (int i = 0; i < 12; ++i) {
            QTest::qWait(50);
            QTest::keyClick(first, Qt::Key_Shift);
        }
        QVERIFY(first && first->isVisible());
        verifyFinished(script); // nothing asked yet

        QString offered;
        script.dialog(signInAs(QStringLiteral("admin"), kPassword, &offered));
        QTRY_VERIFY_WITH_TIMEOUT(c->window() && c->window() != first, 5000);
        QCOMPARE(offered, QStringLiteral("admin"));
        QCOMPARE(script.messages(), QStringList{SignInResult::messageFor(SignInResult::Failure::SessionExpired)});
        verifyFinished(script);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!first); // the old workspace is gone
        QVERIFY(c->window()->isVisible());
    }

    // A user who must change the password sets a new one (the policy's) before the workspace opens.
    void forcedNewPasswordBeforeTheWorkspace()
    {
        auto c = controller();
        QVERIFY(c);
        const QString fresh = QStringLiteral("Fresh-Pass-5678");
        Ask::Script script;
        script.dialog(signInAs(QStringLiteral("newbie"), kPassword)).dialog(newPassword(fresh));
        QVERIFY(c->begin());
        verifyFinished(script);
        QVERIFY(c->window() && c->window()->isVisible());
        QCOMPARE(c->session().username, QStringLiteral("newbie"));
        const auto stored = user(QStringLiteral("newbie"));
        QVERIFY(stored);
        QVERIFY(!stored->mustChangePassword);
        QVERIFY(PasswordHasher().verify(stored->passwordHash, fresh));
    }

    // Cancelling the new password cancels the sign-in: no workspace, no session, nothing changed.
    void cancellingTheNewPasswordSignsOut()
    {
        auto c = controller();
        QVERIFY(c);
        QString error;
        Ask::Script script;
        script.dialog(signInAs(QStringLiteral("newbie"), kPassword, nullptr, &error)).dialog(newPassword(QString()));
        QVERIFY(!c->begin());
        verifyFinished(script);
        QVERIFY(!error.isEmpty()); // the sign-in dialog said why
        QVERIFY(!c->window());
        QVERIFY(c->session().userId.isEmpty());
        const auto stored = user(QStringLiteral("newbie"));
        QVERIFY(stored && stored->mustChangePassword);
        QVERIFY(PasswordHasher().verify(stored->passwordHash, kPassword));
    }

    // Sign out, and another user signs in: their sections only, the first user's window and
    // session gone.
    void signOutAndSignInAsAnotherUser()
    {
        auto c = controller();
        QVERIFY(c);
        Ask::Script script;
        script.dialog(signInAs(QStringLiteral("admin"), kPassword));
        QVERIFY(c->begin());
        QPointer<MainWindow> first = c->window();
        QVERIFY(first);
        const QStringList adminSections = first->sectionKeys();

        QString offered;
        script.dialog(signInAs(QStringLiteral("clerk"), kPassword, &offered));
        auto *signOut = first->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        verifyFinished(script);
        QCOMPARE(offered, QStringLiteral("admin"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!first);

        MainWindow *second = c->window();
        QVERIFY(second && second->isVisible());
        const Session &s = c->session();
        QCOMPARE(s.username, QStringLiteral("clerk"));
        Session clerk = Workspace::sessionFor(*s.store, *user(QStringLiteral("clerk")));
        QStringList expected;
        for (const auto &section : Workspace::sections(clerk))
            expected << section.key;
        QCOMPARE(second->sectionKeys(), expected);
        QVERIFY(second->sectionKeys().size() < adminSections.size());
        const QString shown = second->findChild<QLabel *>(QStringLiteral("userLabel"))->text();
        QVERIFY2(shown.contains(QStringLiteral("clerk")) && !shown.contains(QStringLiteral("admin")), qPrintable(shown));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_app_controller.moc"
