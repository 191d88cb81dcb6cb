// "Remember my password" through the application controller, as a person uses it, against a
// real gnome-keyring: ticked at sign-in, the password is in the keychain and the next start
// offers the same user with it filled in; unticked, it is forgotten. (The checkbox was read
// after the dialog had closed, when no child of it counted as visible, so nothing was ever
// saved.)
#include "models/auth/CredentialStore.h"
#include "models/auth/PasswordHasher.h"
#include "models/auth/User.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

class TestRememberMe : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Runs the controller until its workspace window shows (then leaves the main loop) or until
    // it returns by itself; the sign-in dialog is answered by `answer`.
    int runController(std::function<int(QDialog *)> answer)
    {
        Ask::Script script;
        script.dialog(std::move(answer));
        QTimer leave;
        QObject::connect(&leave, &QTimer::timeout, qApp, [] {
            // only from the main loop, never from a local loop (the keychain waits in one)
            if (QThread::currentThread()->loopLevel() != 1)
                return;
            for (QWidget *w : QApplication::topLevelWidgets())
                if (qobject_cast<MainWindow *>(w) && w->isVisible())
                    QCoreApplication::quit();
        });
        leave.start(20);
        AppController controller(*qApp);
        AppController::Options options;
        options.storePath = m_path;
        const int code = controller.run(options);
        QString why;
        if (!script.finished(&why))
            qWarning("%s", qPrintable(why));
        return code;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("company.vafa"));
        Store store;
        QVERIFY(store.openSqlite(m_path));
        User admin;
        admin.username = QStringLiteral("admin");
        admin.passwordHash = PasswordHasher().hash(QStringLiteral("Secret-1234"));
        QVERIFY(UserRepository(store).insert(admin));
    }

    void aTickedBoxKeepsThePasswordForTheNextStart()
    {
        const QString key = CredentialStore::keyFor(QStringLiteral("admin"), m_path);
        CredentialStore keychain;
        keychain.removeNow(key);
        QCOMPARE(runController([](QDialog *d) {
                     d->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("admin"));
                     d->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("Secret-1234"));
                     d->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(true);
                     d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                     return d->result();
                 }),
                 0);
        QString saved;
        QCOMPARE(keychain.readNow(key, &saved), CredentialStore::Outcome::Ok);
        QCOMPARE(saved, QStringLiteral("Secret-1234"));

        // the next start: the same user, the password filled in, the box ticked
        QString user, password;
        bool ticked = false;
        QCOMPARE(runController([&](QDialog *d) {
                     user = d->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->text();
                     password = d->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->text();
                     ticked = d->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->isChecked();
                     // untick and sign in: the keychain forgets it
                     d->findChild<QCheckBox *>(QStringLiteral("rememberCheckBox"))->setChecked(false);
                     d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                     return d->result();
                 }),
                 0);
        QCOMPARE(user, QStringLiteral("admin"));
        QCOMPARE(password, QStringLiteral("Secret-1234"));
        QVERIFY(ticked);
        QCOMPARE(keychain.readNow(key, &saved), CredentialStore::Outcome::NotFound);
    }
};

int main(int argc, char *argv[])
{
    // settings (the last user of each company) in a folder of the test's own
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    AppSetup::prepare();
    QApplication app(argc, argv);
    AppSetup::installFonts(app);
    TestRememberMe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_remember_me.moc"
