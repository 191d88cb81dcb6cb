// The login role's password of a connection profile lives in the real keychain (gnome-keyring
// through libsecret) under the profile's server address, and never in settings: saved from the
// profile dialog, shown again when the profile is edited, and forgotten when "keep" is unticked.
#include "models/server/ConnectionProfiles.h"
#include "ui/server/ConnectionChooser.h"
#include "ui/server/ConnectionProfileDialog.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kSecret = QStringLiteral("Login-رمز-۱۲۳-Secret");

ConnectionProfile office()
{
    ConnectionProfile p;
    p.name = QStringLiteral("دفتر مرکزی");
    p.host = QStringLiteral("db.neginpars.ir");
    p.database = QStringLiteral("vafa");
    p.user = QStringLiteral("vafa_login");
    p.tls = ConnectionProfile::Tls::Require;
    return p;
}

}

class TestServerProfilePassword : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
        QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
        QSettings().clear();
    }

    void savedReadAndForgottenThroughTheKeychain()
    {
        const ConnectionProfile a = office();
        ConnectionProfile b = office();
        b.host = QStringLiteral("10.0.0.7"); // another server, same user and database
        QCOMPARE(ConnectionProfiles::savePassword(a, kSecret), CredentialStore::Outcome::Ok);
        QString read;
        QCOMPARE(ConnectionProfiles::readPassword(a, &read), CredentialStore::Outcome::Ok);
        QCOMPARE(read, kSecret);
        QCOMPARE(ConnectionProfiles::readPassword(b, &read), CredentialStore::Outcome::NotFound);
        QCOMPARE(ConnectionProfiles::forgetPassword(a), CredentialStore::Outcome::Ok);
        QCOMPARE(ConnectionProfiles::readPassword(a, &read), CredentialStore::Outcome::NotFound);
    }

    void theDialogKeepsThePasswordInTheKeychainOnly()
    {
        QSettings().clear();
        ConnectionProfileDialog dialog{ConnectionProfile(), QString()};
        dialog.setRememberAvailable(true);
        dialog.show();
        const ConnectionProfile p = office();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(p.name);
        dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(p.host);
        dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(p.database);
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(p.user);
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(kSecret);
        auto *tls = dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
        tls->setCurrentIndex(tls->findData(int(ConnectionProfile::Tls::Require)));
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QVERIFY(ConnectionProfiles().find(p.name) == p);
        QString read;
        QCOMPARE(ConnectionProfiles::readPassword(p, &read), CredentialStore::Outcome::Ok);
        QCOMPARE(read, kSecret);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("db.neginpars.ir"));
        QVERIFY2(!written.contains(kSecret.toUtf8()) && !written.contains("Login-"), written.constData());

        // edited again: the password comes from the keychain; unticking "keep" forgets it
        Ask::Script script;
        script.dialog([&](QDialog *d) {
            auto *edit = qobject_cast<ConnectionProfileDialog *>(d);
            if (!edit)
                return int(QDialog::Rejected);
            edit->show();
            if (edit->password() != kSecret)
                return int(QDialog::Rejected);
            edit->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
            edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            return edit->result();
        });
        QVERIFY(ConnectionChooser::edit(p, nullptr));
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
        QCOMPARE(ConnectionProfiles::readPassword(p, &read), CredentialStore::Outcome::NotFound);
    }
};

QTEST_MAIN(TestServerProfilePassword)
#include "tst_server_profile_password.moc"
