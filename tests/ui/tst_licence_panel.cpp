// The licence as an administrator meets it: the panel on the club settings page shows the
// edition, modules, seats used and allowed and the expiry, and installs a licence file through
// «نصب مجوز…»; `vafa licence show|install` does the same from the command line. A refused
// file changes nothing, on the page and from the command line alike.
#include "models/auth/UserRepository.h"
#include "models/club/ClubPermissions.h"
#include "models/club/LicenceCommand.h"
#include "models/club/LicenceService.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/persian/Jalali.h"
#include "tests/support/TestLicence.h"
#include "ui/company/CompanyProfileEditor.h"
#include "ui/settings/ClubSettingsPage.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

class TestLicencePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
    QString m_admin, m_clerk;
    Company m_company;

    QString addStaff(const QString &username, const QString &grant)
    {
        User u;
        u.username = username;
        UserRepository repo(m_store);
        if (!repo.insert(u) || !repo.grantToUser(u.id, grant))
            qFatal("user: %s", qPrintable(repo.lastError()));
        return u.id;
    }
    Session sessionOf(const QString &userId) { return Workspace::sessionFor(m_store, *UserRepository(m_store).get(userId)); }
    Licence licence(const QString &nationalId) const
    {
        Licence l;
        l.serial = QStringLiteral("V-1405-0042");
        l.company = m_company.name;
        l.nationalId = nationalId;
        l.edition = ClubSettings::Edition::Enterprise;
        l.customerClub = true;
        l.agentClub = false;
        l.customerSeats = -1;
        l.agentSeats = 0;
        l.issued = QDate::currentDate();
        l.expires = QDate::currentDate().addYears(1);
        return l;
    }
    QString writeLicence(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString stored() { return SettingsRepository(m_store).value(LicenceService::settingKey()).toString(); }
    static QString labelText(QWidget *page, const char *name)
    {
        auto *label = page->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    }
    // Runs `vafa …` as main() does for a command word, and what it printed on standard output.
    static int command(const QStringList &args, QString *printed)
    {
        std::fflush(stdout);
        char name[] = "/tmp/vafa-licence-outXXXXXX";
        const int fd = mkstemp(name);
        const int saved = dup(1);
        dup2(fd, 1);
        const int code = AppController::runCommand(args);
        std::fflush(stdout);
        dup2(saved, 1);
        close(saved);
        close(fd);
        QFile f(QString::fromLocal8Bit(name));
        f.open(QIODevice::ReadOnly);
        *printed = QString::fromUtf8(f.readAll());
        f.remove();
        return code;
    }

private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        TestLicence::trustTestKey();
        m_path = m_dir.filePath(QStringLiteral("licence.vafa"));
        QVERIFY(m_store.openSqlite(m_path));
        m_admin = addStaff(QStringLiteral("admin"), ClubPermission::systemAdmin());
        m_clerk = addStaff(QStringLiteral("clerk"), ClubPermission::clubSettings());
        m_company.name = QStringLiteral("شرکت بازرگانی آفتاب");
        m_company.nationalId = QStringLiteral("10380284790");
        QVERIFY(SettingsRepository(m_store).saveCompany(m_company));
    }

    void thePanelInstallsAGoodFileAndRefusesABadOne()
    {
        ClubSettingsPage page(sessionOf(m_admin));
        page.resize(1000, 700);
        page.show();
        QVERIFY(labelText(&page, "licenceStatusLabel").contains(QStringLiteral("استاندارد")));
        QCOMPARE(labelText(&page, "licenceEditionLabel"), QStringLiteral("استاندارد"));
        QCOMPARE(labelText(&page, "agentCountLabel"), QStringLiteral("۰ از ۱۵"));
        auto *install = page.findChild<QPushButton *>(QStringLiteral("installLicenceButton"));
        QVERIFY(install && install->isVisible());
        auto *agents = page.findChild<QCheckBox *>(QStringLiteral("agentModuleCheckBox"));
        QVERIFY(agents->isEnabled());

        const QString good = writeLicence(QStringLiteral("good.vafa-licence"),
                                          licence(m_company.nationalId).signedFile(TestLicence::secretKey()));
        {
            Ask::Script script;
            script.file(good);
            install->click();
            QVERIFY(script.finished());
            QCOMPARE(script.messages().size(), 1);
            QVERIFY2(script.messages().first().contains(m_company.name), qPrintable(script.messages().first()));
        }
        QCOMPARE(labelText(&page, "licenceEditionLabel"), QStringLiteral("پیشرفته (سازمانی)"));
        QVERIFY(labelText(&page, "licenceCompanyLabel").contains(m_company.name));
        QCOMPARE(labelText(&page, "licenceModulesLabel"), QStringLiteral("باشگاه مشتریان"));
        QVERIFY(labelText(&page, "customerCountLabel").contains(QStringLiteral("بدون محدودیت")));
        QVERIFY(labelText(&page, "licenceExpiryLabel")
                    .startsWith(Persian::JalaliDate::fromGregorian(QDate::currentDate().addYears(1)).toLongString()));
        QVERIFY(!agents->isEnabled()); // the licence has no agent club
        QVERIFY(labelText(&page, "agentCountLabel").contains(QStringLiteral("در مجوز نیست")));
        const QString installed = stored();
        QVERIFY(!installed.isEmpty());

        // a licence for another company is refused with a reason and changes nothing
        const QString other = writeLicence(QStringLiteral("other.vafa-licence"),
                                           licence(QStringLiteral("10101010107")).signedFile(TestLicence::secretKey()));
        {
            Ask::Script script;
            script.file(other);
            install->click();
            QVERIFY(script.finished());
            QCOMPARE(script.messages().size(), 1);
            QVERIFY2(script.messages().first().contains(QStringLiteral("شرکت دیگری")), qPrintable(script.messages().first()));
        }
        QCOMPARE(stored(), installed);
        QCOMPARE(labelText(&page, "licenceEditionLabel"), QStringLiteral("پیشرفته (سازمانی)"));
        // cancelling the file dialog does nothing at all
        {
            Ask::Script script;
            script.file(QString());
            install->click();
            QVERIFY(script.finished());
            QVERIFY(script.messages().isEmpty());
        }
    }

    void onlyAnAdministratorSeesTheInstallButton()
    {
        ClubSettingsPage page(sessionOf(m_clerk));
        page.show();
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("installLicenceButton"))->isVisible());
        QVERIFY(!labelText(&page, "licenceEditionLabel").isEmpty());
    }

    void theCommandLineShowsAndInstalls()
    {
        const QString installed = stored();
        m_store.close(); // the command opens the file itself
        QString printed;
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("show"), QStringLiteral("--store"), m_path}, &printed), 0);
        QVERIFY2(printed.contains(m_company.name), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("V-1405-0042")));

        // a tampered file: refused, exit code 4, the stored licence untouched
        QByteArray text = licence(m_company.nationalId).signedFile(TestLicence::secretKey());
        QList<QByteArray> lines = text.split('\n');
        QByteArray payload = QByteArray::fromBase64(lines[2]);
        payload.replace("\"customerSeats\":-1", "\"customerSeats\":99");
        lines[2] = payload.toBase64();
        const QString tampered = writeLicence(QStringLiteral("tampered.vafa-licence"), lines.join('\n'));
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("install"), tampered, QStringLiteral("--store"), m_path},
                         &printed),
                 4);
        QVERIFY(m_store.openSqlite(m_path));
        QCOMPARE(stored(), installed);
        m_store.close();

        // a good one with other seats: installed and shown
        Licence bigger = licence(m_company.nationalId);
        bigger.serial = QStringLiteral("V-1405-0043");
        bigger.agentClub = true;
        bigger.agentSeats = 30;
        const QString good = writeLicence(QStringLiteral("bigger.vafa-licence"), bigger.signedFile(TestLicence::secretKey()));
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("install"), good, QStringLiteral("--store"), m_path},
                         &printed),
                 0);
        QVERIFY2(printed.contains(QStringLiteral("V-1405-0043")), qPrintable(printed));

        // usage errors and a missing store
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("install"), QStringLiteral("--store"), m_path}, &printed), 2);
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("show")}, &printed), 2);
        QCOMPARE(command({QStringLiteral("licence"), QStringLiteral("show"), QStringLiteral("--store"),
                          m_dir.filePath(QStringLiteral("missing.vafa"))},
                         &printed),
                 3);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.vafa"))));

        QVERIFY(m_store.openSqlite(m_path));
        QCOMPARE(ClubSettings(m_store).activeUserLimit(ClubKind::Agent), 30);
    }

    // The profile page warns before a new national ID puts the licence out of force; declining
    // keeps both as they were.
    void changingTheNationalIdAsksFirst()
    {
        QVERIFY(TestLicence::install(m_store, licence(m_company.nationalId)));
        QVERIFY(LicenceService::current(m_store).inForce());
        CompanyProfileEditor page(sessionOf(m_admin));
        page.show();
        page.findChild<QLineEdit *>(QStringLiteral("nationalIdEdit"))->setText(QStringLiteral("10320046006"));
        {
            Ask::Script script;
            script.confirm(false);
            QVERIFY(!page.save());
        }
        QCOMPARE(SettingsRepository(m_store).company()->nationalId, m_company.nationalId);
        QVERIFY(LicenceService::current(m_store).inForce());
        {
            Ask::Script script;
            script.confirm(true);
            QVERIFY2(page.save(), qPrintable(page.errorText()));
        }
        QVERIFY(!LicenceService::current(m_store).inForce()); // the standard limits again
        page.findChild<QLineEdit *>(QStringLiteral("nationalIdEdit"))->setText(m_company.nationalId);
        QVERIFY(page.save()); // back, with no licence in force nothing to warn about
        QVERIFY(LicenceService::current(m_store).inForce());
    }

    void showPrintsTheStandardLimitsWithoutALicence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.vafa"));
        {
            Store fresh;
            QVERIFY(fresh.openSqlite(path));
        }
        QString out, errText;
        QTextStream outStream(&out), errStream(&errText);
        QCOMPARE(LicenceCommand::run({QStringLiteral("show"), QStringLiteral("--store"), path}, outStream, errStream), 0);
        outStream.flush();
        QVERIFY2(out.contains(LicenceVerdict().message()), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("۱۵")));
    }

};

QTEST_MAIN(TestLicencePanel)
#include "tst_licence_panel.moc"
