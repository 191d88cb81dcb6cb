// A company that starts without the demo, from the command line as a scripted install would:
// `company init`, its administrator signs in, a customer and an invoice are made, approved and
// printed; the PDF carries the new company's name as the seller.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/company/CompanyInitCommand.h"
#include "models/persian/Digits.h"
#include "models/core/Store.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/Totals.h"
#include "models/identities/IdentityRepository.h"
#include "reports/PrintCommand.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

class TestCompanyStart : public QObject
{
    Q_OBJECT
private slots:
    void fromCompanyInitToAPrintedInvoice();
    void aRefusedInitLeavesNoFile();
};

void TestCompanyStart::fromCompanyInitToAPrintedInvoice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("negin.vafa"));
    const QString secret = dir.filePath(QStringLiteral("pw.txt"));
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Strong-Pass-2026\n");
    }
    const QString seal = dir.filePath(QStringLiteral("seal.png"));
    QImage stamp(240, 240, QImage::Format_ARGB32);
    stamp.fill(QColor(20, 40, 160));
    QVERIFY(stamp.save(seal));
    const QString name = QStringLiteral("بازرگانی نگین پارس");
    QString printed, problems;
    QTextStream out(&printed), err(&problems);
    QCOMPARE(CompanyInitCommand::run({QStringLiteral("--store"), path, QStringLiteral("--name"), name,
                                      QStringLiteral("--admin"), QStringLiteral("modir"),
                                      QStringLiteral("--admin-password-file"), secret, QStringLiteral("--seal"), seal,
                                      QStringLiteral("--vat"), QStringLiteral("9"), QStringLiteral("--iban"),
                                      QStringLiteral("IR062960000000100324200001")},
                                     out, err),
             0);
    out.flush();
    QVERIFY2(printed.contains(name), qPrintable(printed));

    QString invoiceNumber;
    {
        Store store;
        Store::OpenOptions open;
        open.create = false;
        QVERIFY2(store.openSqlite(path, open), qPrintable(store.errorDetail()));
        const SignInResult in = SignInService(store).signIn(QStringLiteral("modir"), QStringLiteral("Strong-Pass-2026"));
        QVERIFY(in.ok);
        const Actor admin = UserRepository(store).actor(in.user.id);

        Identity customer;
        customer.firstName = QStringLiteral("کاوه");
        customer.lastName = QStringLiteral("رستمی");
        QVERIFY(IdentityRepository(store).insert(customer));
        Document d;
        const ItemType invoiceType = *ItemTypeRepository(store).findByCode(QStringLiteral("invoice"));
        d.itemTypeId = invoiceType.id;
        d.identityId = customer.id;
        d.issueDate = QDate::currentDate();
        DocumentLine line;
        line.description = QStringLiteral("خدمات نصب و راه‌اندازی");
        line.unitPrice = 12500000;
        Totals::applyRates(line, true, invoiceType, d.issueDate); // a taxable service, as the editor adds it
        d.lines = {line};
        DocumentApproval approval(store, admin);
        QVERIFY2(approval.createDocument(d), qPrintable(approval.lastError()));
        QVERIFY2(approval.approve(DocumentApproval::Subject::Document, d.id), qPrintable(approval.lastError()));
        // the starter invoice type is numbered by hand («شماره‌گذاری») once approved
        QVERIFY2(approval.number(DocumentApproval::Subject::Document, d.id), qPrintable(approval.lastError()));
        invoiceNumber = DocumentRepository(store).get(d.id)->number;
        QVERIFY(!invoiceNumber.isEmpty());
    }

    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    Store printStore;
    QCOMPARE(PrintCommand::run({QStringLiteral("--store"), path, QStringLiteral("--type"), QStringLiteral("invoice"),
                                QStringLiteral("--number"), invoiceNumber, QStringLiteral("--pdf"), pdf},
                               printStore, out, err),
             0);
    const QString text = TestSupport::pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    QVERIFY2(TestSupport::lettersOnly(text).contains(TestSupport::lettersOnly(name)), qPrintable(text.left(400)));
    QVERIFY(TestSupport::lettersOnly(text).contains(TestSupport::lettersOnly(QStringLiteral("کاوه رستمی"))));
    // 9 % of 12,500,000 rials, the VAT the company chose at init, and the approved invoice
    // carries the company's seal (the invoice type has no signature of its own)
    QVERIFY2(Persian::toLatinDigits(text).remove(QChar(0x066C)).contains(QLatin1String("1125000")),
             qPrintable(text));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    QVERIFY2(images.readAllStandardOutput().count('\n') >= 3, "the seal is not in the PDF"); // 2 header lines
}

void TestCompanyStart::aRefusedInitLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weak.vafa"));
    const QString secret = dir.filePath(QStringLiteral("pw.txt"));
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("short\n");
    }
    QString printed, problems;
    QTextStream out(&printed), err(&problems);
    QCOMPARE(CompanyInitCommand::run({QStringLiteral("--store"), path, QStringLiteral("--name"), QStringLiteral("نمونه"),
                                      QStringLiteral("--admin"), QStringLiteral("modir"),
                                      QStringLiteral("--admin-password-file"), secret},
                                     out, err),
             4);
    err.flush();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("pw.txt")});
}

QTEST_MAIN(TestCompanyStart)
#include "tst_company_start.moc"
