#include "models/auth/CredentialStore.h"

#include <QElapsedTimer>
#include <QTest>

// With no keychain at all QtKeychain reports an error (OtherError on Linux, not
// NoBackendAvailable); Vafa treats that as "ask for the password again", at once, never a hang.
class TestCredentialsWithoutKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // before anything connects to D-Bus: a session bus that does not exist
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vafa-no-bus");
        qunsetenv("DISPLAY");
    }

    void noKeychainMeansAskAgain()
    {
        CredentialStore store;
        QString read;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.readNow(QStringLiteral("x@y"), &read), CredentialStore::Outcome::NoKeychain);
        QCOMPARE(store.saveNow(QStringLiteral("x@y"), QStringLiteral("s")), CredentialStore::Outcome::NoKeychain);
        QVERIFY(timer.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestCredentialsWithoutKeychain)
#include "tst_credentials_without_keychain.moc"
