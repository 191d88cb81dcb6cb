#include "models/auth/CredentialStore.h"

#include <QProcess>
#include <QTest>

// Saved passwords go to the real keychain (gnome-keyring through libsecret) and nowhere else.
class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void savesReadsAndForgetsAPassword()
    {
        CredentialStore store;
        const QString key = CredentialStore::keyFor(QStringLiteral(" Agent1 "), QStringLiteral("/tmp/demo.vafa"));
        QCOMPARE(key, QStringLiteral("agent1@/tmp/demo.vafa"));
        const QString secret = QStringLiteral("رمز-۱۲۳-Secret");
        QCOMPARE(store.saveNow(key, secret), CredentialStore::Outcome::Ok);
        QString read;
        QCOMPARE(store.readNow(key, &read), CredentialStore::Outcome::Ok);
        QCOMPARE(read, secret);
        QCOMPARE(store.removeNow(key), CredentialStore::Outcome::Ok);
        QCOMPARE(store.readNow(key, &read), CredentialStore::Outcome::NotFound);
        QVERIFY(read.isEmpty());
    }

    void passwordsOfTwoDatabasesAreApart()
    {
        CredentialStore store;
        const QString a = CredentialStore::keyFor(QStringLiteral("admin"), QStringLiteral("a.vafa"));
        const QString b = CredentialStore::keyFor(QStringLiteral("admin"), QStringLiteral("b.vafa"));
        QCOMPARE(store.saveNow(a, QStringLiteral("one")), CredentialStore::Outcome::Ok);
        QString read;
        QCOMPARE(store.readNow(b, &read), CredentialStore::Outcome::NotFound);
        QCOMPARE(store.removeNow(a), CredentialStore::Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
