// A company starts on Vafa without the demo, through the screens a person uses: the first start
// offers to create one; the new-company wizard writes nothing before Finish, keeps the person on
// the page with the reason when it refuses, and leaves no file behind when refused or cancelled.
#include "models/auth/SignIn.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/club/ItemTypeRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/persian/Money.h"
#include "ui/company/CompanyProfileEditor.h"
#include "ui/company/NewCompanyWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/AppController.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ImagePicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QPushButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

void fill(QWizard *wizard, const char *name, const QString &text)
{
    auto *edit = wizard->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

// The profile page, the invoice-and-money page, then the administrator's page, as a person
// fills them in.
void fillIn(NewCompanyWizard *wizard, const QString &password)
{
    fill(wizard, "nameEdit", QStringLiteral("بازرگانی نگین پارس"));
    wizard->next();
    QCOMPARE(wizard->currentId(), 1);
    fill(wizard, "bankNameEdit", QStringLiteral("بانک ملت"));
    fill(wizard, "ibanEdit", QStringLiteral("IR062960000000100324200001"));
    wizard->next();
    QCOMPARE(wizard->currentId(), 2);
    fill(wizard, "firstNameEdit", QStringLiteral("سارا"));
    fill(wizard, "lastNameEdit", QStringLiteral("نیک‌پور"));
    fill(wizard, "usernameEdit", QStringLiteral("modir"));
    fill(wizard, "passwordEdit", password);
    fill(wizard, "repeatEdit", password);
}

// A company made through the wizard at `path`, opened in `store`, its administrator signed in.
void startCompany(const QString &path, Store *store, Session *session)
{
    NewCompanyWizard wizard(path);
    wizard.show();
    fillIn(&wizard, QStringLiteral("Strong-Pass-2026"));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(store->openSqlite(path));
    const SignInResult in = SignInService(*store).signIn(QStringLiteral("modir"), QStringLiteral("Strong-Pass-2026"));
    QVERIFY(in.ok);
    *session = Workspace::sessionFor(*store, in.user);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files);
}

} // namespace

class TestCompanyWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings stays out of the real profile
        // the names the application gives itself (AppSetup::prepare); without them QSettings keeps nothing
        QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
        QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
    }
    void init() { QSettings().clear(); }

    void finishCreatesTheCompanyAndItsAdministratorSignsIn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("negin.vafa"));
        NewCompanyWizard wizard(path);
        wizard.show();
        wizard.next(); // no name yet: the wizard stays on the profile page and says why
        QCOMPARE(wizard.currentId(), 0);
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("profileErrorLabel"))->text().isEmpty());
        fillIn(&wizard, QStringLiteral("Strong-Pass-2026"));
        QVERIFY(!QFile::exists(path)); // nothing before Finish
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.createdPath(), path);

        Store store;
        Store::OpenOptions open;
        open.create = false;
        QVERIFY2(store.openSqlite(path, open), qPrintable(store.errorDetail()));
        QCOMPARE(SettingsRepository(store).company()->name, QStringLiteral("بازرگانی نگین پارس"));
        QVERIFY(SignInService(store).signIn(QStringLiteral("modir"), QStringLiteral("Strong-Pass-2026")).ok);
    }

    void aRefusalKeepsThePageAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weak.vafa"));
        NewCompanyWizard wizard(path);
        wizard.show();
        fillIn(&wizard, QStringLiteral("short"));
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("adminErrorLabel"))->text().isEmpty());
        QVERIFY(filesIn(dir.path()).isEmpty());

        fill(&wizard, "repeatEdit", QStringLiteral("Strong-Pass-2027")); // and two passwords that differ
        fill(&wizard, "passwordEdit", QStringLiteral("Strong-Pass-2026"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.currentId(), 2);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    // The invoice-and-money page: a wrong IBAN keeps the person there with the reason; the
    // seal, toman and a 9 % VAT reach the company, its invoice type and its bank account.
    void theInvoicePageSetsSealMoneyVatAndBank()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("money.vafa"));
        QImage stamp(300, 300, QImage::Format_ARGB32);
        stamp.fill(Qt::blue);
        const QString stampFile = dir.filePath(QStringLiteral("stamp.png"));
        QVERIFY(stamp.save(stampFile));

        NewCompanyWizard wizard(path);
        wizard.show();
        fill(&wizard, "nameEdit", QStringLiteral("بازرگانی نگین پارس"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
        QString error;
        QVERIFY2(wizard.findChild<ImagePicker *>(QStringLiteral("sealPicker"))->setImageFile(stampFile, &error),
                 qPrintable(error));
        auto *unit = wizard.findChild<QComboBox *>(QStringLiteral("moneyUnitCombo"));
        unit->setCurrentIndex(unit->findData(int(Persian::MoneyUnit::Toman)));
        wizard.findChild<QDoubleSpinBox *>(QStringLiteral("vatSpin"))->setValue(9);
        fill(&wizard, "ibanEdit", QStringLiteral("IR062960000000100324200002")); // a wrong check digit
        wizard.next();
        QCOMPARE(wizard.currentId(), 1);
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("invoiceErrorLabel"))->text().isEmpty());
        fill(&wizard, "ibanEdit", QStringLiteral("IR062960000000100324200001"));
        wizard.next();
        QCOMPARE(wizard.currentId(), 2);
        fill(&wizard, "passwordEdit", QStringLiteral("Strong-Pass-2026"));
        fill(&wizard, "repeatEdit", QStringLiteral("Strong-Pass-2026"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        Store store;
        QVERIFY(store.openSqlite(path));
        const Company company = *SettingsRepository(store).company();
        QVERIFY(!QImage::fromData(company.seal).isNull());
        QCOMPARE(company.moneyUnit, Persian::MoneyUnit::Toman);
        QCOMPARE(company.defaultVatBp, 900);
        QCOMPARE(ItemTypeRepository(store).findByCode(QStringLiteral("invoice"))->taxBp, 900);
        const QList<FinancialAccount> accounts = FinancialAccountRepository(store).all();
        const auto bank = std::find_if(accounts.begin(), accounts.end(),
                                       [](const FinancialAccount &a) { return a.kind == AccountKind::Bank; });
        QVERIFY(bank != accounts.end());
        QCOMPARE(bank->iban, QStringLiteral("IR062960000000100324200001"));
        QVERIFY(bank->active);
        // the company counts in toman: the session shows amounts that way
        const SignInResult in = SignInService(store).signIn(QStringLiteral("admin"), QStringLiteral("Strong-Pass-2026"));
        QVERIFY(in.ok);
        Workspace::sessionFor(store, in.user);
        QCOMPARE(Persian::shownUnit(), Persian::MoneyUnit::Toman);
        Persian::setShownUnit(Persian::MoneyUnit::Rial);
    }

    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        NewCompanyWizard wizard(dir.filePath(QStringLiteral("never.vafa")));
        wizard.show();
        fillIn(&wizard, QStringLiteral("Strong-Pass-2026"));
        wizard.reject();
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    // The profile page: the same form, refused with the reason and the edits kept, then saved
    // and audited; the seller block of later invoices reads it.
    void theProfilePageSavesWhatTheAdministratorTypes()
    {
        QTemporaryDir dir;
        Store store;
        Session session;
        startCompany(dir.filePath(QStringLiteral("profile.vafa")), &store, &session);
        QVERIFY(!session.userId.isEmpty());
        CompanyProfileEditor page(session);
        page.show();
        auto field = [&](const char *name) { return page.findChild<QLineEdit *>(QLatin1String(name)); };
        QCOMPARE(field("nameEdit")->text(), QStringLiteral("بازرگانی نگین پارس"));
        field("nationalIdEdit")->setText(QStringLiteral("10101234567")); // a wrong check digit
        QVERIFY(page.hasChanges());
        QVERIFY(!page.save());
        QVERIFY(!page.errorText().isEmpty());
        QCOMPARE(field("nationalIdEdit")->text(), QStringLiteral("10101234567")); // kept to correct
        field("nationalIdEdit")->clear();
        field("addressEdit")->setText(QStringLiteral("تهران، خیابان آزادی، پلاک ۱۲"));
        QVERIFY2(page.save(), qPrintable(page.errorText()));
        QVERIFY(!page.hasChanges());
        QCOMPARE(SettingsRepository(store).company()->address, QStringLiteral("تهران، خیابان آزادی، پلاک ۱۲"));
    }

    // A new company's administrator starts on the getting-started list; each step opens its
    // screen, says when it is done, and the list goes away for good once dismissed.
    void aNewCompanyStartsOnWhatIsLeftToDo()
    {
        QTemporaryDir dir;
        Store store;
        Session session;
        startCompany(dir.filePath(QStringLiteral("steps.vafa")), &store, &session);
        QVERIFY(!session.userId.isEmpty());
        {
            MainWindow window(session, Workspace::sections(session));
            window.show();
            QCOMPARE(window.sectionKeys().value(0), QStringLiteral("getting-started"));
            QWidget *page = window.openSection(QStringLiteral("getting-started"));
            QVERIFY(page);
            auto *profileStep = page->findChild<QPushButton *>(QStringLiteral("step0"));
            QVERIFY(profileStep);
            QVERIFY(!profileStep->text().startsWith(QStringLiteral("✓"))); // only a name so far
            profileStep->click();
            QVERIFY(qobject_cast<CompanyProfileEditor *>(window.openSection(QStringLiteral("company-profile"))));
            // the wizard was given an IBAN, not a logo or a seal
            QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("step1"))->text().startsWith(QStringLiteral("✓")));
            auto *accountsStep = page->findChild<QPushButton *>(QStringLiteral("step2"));
            QVERIFY(accountsStep && accountsStep->text().startsWith(QStringLiteral("✓")));
            accountsStep->click();
            QVERIFY(window.openSection(QStringLiteral("financial-accounts")));
            Ask::Script script;
            page->findChild<QPushButton *>(QStringLiteral("dismissButton"))->click();
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        MainWindow again(session, Workspace::sections(session));
        QVERIFY(!again.sectionKeys().contains(QStringLiteral("getting-started")));
    }

    // No file named and none opened before: Vafa asks how to begin; a company made there is the
    // one the next start opens without asking.
    // The company of last time is there but will not open (here: not a database at all): the
    // start choice says why, and a person who then leaves is not told it a second time.
    void aBrokenLastCompanyIsNamedAtTheStartChoice()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.vafa"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        QSettings().setValue(QStringLiteral("company/last_path"), broken);
        Ask::Script script;
        script.choose(-1);
        AppController controller(*qApp);
        QVERIFY(!controller.open(AppController::Options()));
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
        QVERIFY2(script.messages().isEmpty(), qPrintable(script.messages().join(QLatin1Char('|'))));
    }

    void theFirstStartOffersANewCompanyAndRemembersIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.vafa"));
        {
            Ask::Script script;
            script.choose(0).dialog([&](QDialog *dialog) {
                auto *wizard = qobject_cast<NewCompanyWizard *>(dialog);
                if (!wizard)
                    return int(QDialog::Rejected);
                wizard->show(); // Ask hands the dialog over before it would be shown
                fill(wizard, "fileEdit", QDir::toNativeSeparators(path));
                fillIn(wizard, QStringLiteral("Strong-Pass-2026"));
                wizard->button(QWizard::FinishButton)->click();
                return wizard->result();
            });
            AppController controller(*qApp);
            QVERIFY(controller.open(AppController::Options()));
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QVERIFY(QFile::exists(path));
        QCOMPARE(QSettings().value(QStringLiteral("company/last_path")).toString(), path);
        {
            Ask::Script nothingAsked; // the second start opens the same company at once
            AppController controller(*qApp);
            QVERIFY(controller.open(AppController::Options()));
            QString why;
            QVERIFY2(nothingAsked.finished(&why), qPrintable(why));
        }
    }
};

QTEST_MAIN(TestCompanyWizard)
#include "tst_company_wizard.moc"
