// A real company starts on Vafa the way a person starts it, offscreen, screen after screen: the
// new-company wizard (profile, seal, administrator), the administrator signs in, adds a staff
// user in the staff users editor and a customer in the identity editor, issues and approves an
// invoice, and prints it. The PDF, read back as text, carries the new company's seller block
// and the customer; the seal prints because the invoice is approved.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/Store.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/Totals.h"
#include "models/identities/IdentityRepository.h"
#include "reports/PrintCommand.h"
#include "tests/support/DialogScript.h"
#include "tests/support/TestSupport.h"
#include "ui/company/NewCompanyWizard.h"
#include "ui/identities/IdentityEditor.h"
#include "ui/settings/StaffUserEditor.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ImagePicker.h"
#include "ui/widgets/ListPage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using TestSupport::type;

namespace {

void save(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

const QString kCompany = QStringLiteral("بازرگانی نگین پارس");

} // namespace

class TestCompanyEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
    }

    void fromTheWizardToAPrintedInvoice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("negin.vafa"));
        QImage stamp(200, 200, QImage::Format_ARGB32);
        stamp.fill(QColor(30, 60, 170));
        const QString stampFile = dir.filePath(QStringLiteral("stamp.png"));
        QVERIFY(stamp.save(stampFile));

        // 1. the wizard: the profile the official invoice prints, the seal, the administrator
        {
            NewCompanyWizard wizard(path);
            wizard.show();
            type(&wizard, "nameEdit", kCompany);
            type(&wizard, "nationalIdEdit", QStringLiteral("10320046006"));
            type(&wizard, "economicCodeEdit", QStringLiteral("10320046006"));
            type(&wizard, "postalCodeEdit", QStringLiteral("4451728803"));
            type(&wizard, "addressEdit", QStringLiteral("تهران، خیابان آزادی، پلاک ۱۲"));
            wizard.next();
            QCOMPARE(wizard.currentId(), 1);
            QString error;
            QVERIFY2(wizard.findChild<ImagePicker *>(QStringLiteral("sealPicker"))->setImageFile(stampFile, &error),
                     qPrintable(error));
            wizard.next();
            QCOMPARE(wizard.currentId(), 2);
            type(&wizard, "usernameEdit", QStringLiteral("modir"));
            type(&wizard, "passwordEdit", QStringLiteral("Strong-Pass-2026"));
            type(&wizard, "repeatEdit", QStringLiteral("Strong-Pass-2026"));
            wizard.button(QWizard::FinishButton)->click();
            QCOMPARE(wizard.result(), int(QDialog::Accepted));
        }

        // 2. the administrator signs in to the new company
        Store store;
        Store::OpenOptions existing;
        existing.create = false;
        QVERIFY2(store.openSqlite(path, existing), qPrintable(store.errorDetail()));
        const SignInResult in = SignInService(store).signIn(QStringLiteral("modir"), QStringLiteral("Strong-Pass-2026"));
        QVERIFY(in.ok);
        const Session session = Workspace::sessionFor(store, in.user);
        MainWindow window(session, Workspace::sections(session));
        window.show();

        // 3. a staff user, made in the staff users editor
        auto *staff = qobject_cast<ListPage *>(window.openSection(QStringLiteral("staff-users")));
        QVERIFY(staff);
        {
            Ask::Script script;
            script.dialog([](QDialog *d) {
                auto *editor = qobject_cast<StaffUserEditor *>(d);
                if (!editor)
                    return int(QDialog::Rejected);
                editor->show();
                type(editor, "usernameEdit", QStringLiteral("neda.k"));
                type(editor, "firstNameEdit", QStringLiteral("ندا"));
                type(editor, "lastNameEdit", QStringLiteral("کریمی"));
                type(editor, "passwordEdit", QStringLiteral("Neda-Pass-2026"));
                type(editor, "repeatEdit", QStringLiteral("Neda-Pass-2026"));
                save(editor);
                return editor->result();
            });
            staff->findChild<QAction *>(QStringLiteral("newStaffUserAction"))->trigger();
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QVERIFY(UserRepository(store).findByUsername(QStringLiteral("neda.k")));

        // 4. a customer, made in the identity editor: numbered by the customer pattern
        auto *people = qobject_cast<ListPage *>(window.openSection(QStringLiteral("identities")));
        QVERIFY(people);
        {
            Ask::Script script;
            script.dialog([](QDialog *d) {
                auto *editor = qobject_cast<IdentityEditor *>(d);
                if (!editor)
                    return int(QDialog::Rejected);
                editor->show();
                type(editor, "firstNameEdit", QStringLiteral("کاوه"));
                type(editor, "lastNameEdit", QStringLiteral("رستمی"));
                editor->findChild<QPushButton *>(QStringLiteral("addPhoneButton"))->click();
                editor->findChild<QTableWidget *>(QStringLiteral("phonesTable"))->item(0, 2)->setText(QStringLiteral("09121234567"));
                save(editor);
                return editor->result();
            });
            people->findChild<QAction *>(QStringLiteral("newPersonAction"))->trigger();
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        IdentityRepository identities(store);
        IdentityFilter customers;
        customers.profileType = ProfileType::Customer;
        const QStringList ids = TestSupport::listIds(store, identities.list(customers));
        QCOMPARE(ids.size(), 1);
        const Identity customer = *identities.get(ids.first());
        QCOMPARE(customer.displayName, QStringLiteral("کاوه رستمی"));
        QVERIFY(!customer.customerNumber.isEmpty());

        // 5. an invoice for the customer, approved and numbered by the administrator
        const ItemType invoiceType = *ItemTypeRepository(store).findByCode(QStringLiteral("invoice"));
        Document d;
        d.itemTypeId = invoiceType.id;
        d.identityId = customer.id;
        d.issueDate = QDate::currentDate();
        DocumentLine line;
        line.description = QStringLiteral("خدمات نصب و راه‌اندازی");
        line.unitPrice = 12500000;
        Totals::applyRates(line, true, invoiceType, d.issueDate);
        d.lines = {line};
        DocumentApproval approval(store, session.actor());
        QVERIFY2(approval.createDocument(d), qPrintable(approval.lastError()));
        QVERIFY2(approval.approve(DocumentApproval::Subject::Document, d.id), qPrintable(approval.lastError()));
        QVERIFY2(approval.number(DocumentApproval::Subject::Document, d.id), qPrintable(approval.lastError()));
        const QString number = DocumentRepository(store).get(d.id)->number;

        // 6. printed: the seller block is the new company's, the buyer the customer, the seal on it
        const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
        QString printed, problems;
        QTextStream out(&printed), err(&problems);
        Store printStore;
        QCOMPARE(PrintCommand::run({QStringLiteral("--store"), path, QStringLiteral("--type"), QStringLiteral("invoice"),
                                    QStringLiteral("--number"), number, QStringLiteral("--pdf"), pdf},
                                   printStore, out, err),
                 0);
        const QString letters = TestSupport::lettersOnly(TestSupport::pdfText(pdf));
        QVERIFY2(letters.contains(TestSupport::lettersOnly(kCompany)), qPrintable(letters.left(300)));
        QVERIFY(letters.contains(TestSupport::lettersOnly(QStringLiteral("کاوه رستمی"))));
        QVERIFY(letters.contains(TestSupport::lettersOnly(QStringLiteral("خیابان آزادی"))));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY(images.waitForFinished(30000));
        QVERIFY2(images.readAllStandardOutput().count('\n') >= 3, "the seal is not on the approved invoice");
    }
};

QTEST_MAIN(TestCompanyEndToEnd)
#include "tst_company_end_to_end.moc"
