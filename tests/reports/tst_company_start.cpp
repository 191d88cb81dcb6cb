// A company that starts without the demo, from the command line as a scripted install would:
// `company init`, its administrator signs in, a customer and an invoice are made, approved and
// printed; the PDF carries the new company's name as the seller.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "models/club/ClubUserImport.h"
#include "models/club/ItemTypeRepository.h"
#include "models/company/CompanyInitCommand.h"
#include "models/persian/Digits.h"
#include "models/core/SqlUtil.h"
#include "models/core/Store.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/Totals.h"
#include "models/identities/IdentityImport.h"
#include "models/identities/IdentityRepository.h"
#include "reports/PrintCommand.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
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

        // the customer base comes over from a file, as a company brings it from Excel
        const QString people = dir.filePath(QStringLiteral("customers.csv"));
        {
            QFile f(people);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("نام,نام خانوادگی,موبایل\nکاوه,رستمی,09121234567\nنسرین,احمدی,09351234567\n").toUtf8());
        }
        QCOMPARE(IdentitiesImportCommand::run({people, QStringLiteral("--store"), path}, store, out, err), 0);
        IdentityFilter byName;
        byName.search = QStringLiteral("کاوه رستمی");
        IdentityRepository identities(store);
        QCOMPARE(identities.count(byName), 1);
        const ListSpec spec = identities.list(byName);
        QSqlQuery q(store.db());
        q.prepare(spec.selectSql());
        for (const QVariant &bind : spec.binds)
            q.addBindValue(bind);
        QVERIFY(q.exec() && q.next());
        Identity customer = *identities.get(Sql::toId(q.value(0)));
        QVERIFY(!customer.customerNumber.isEmpty()); // drawn from the customer subtype's pattern

        // the club is switched on and the first club user comes from a file too
        QVERIFY(ClubSettings(store).setModuleEnabled(ClubKind::Customer, true));
        const QString members = dir.filePath(QStringLiteral("members.csv"));
        {
            QFile f(members);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("نوع کاربری,نوع هویت,نام,نام خانوادگی,نام شرکت,ایمیل,موبایل,نام کاربری,رمز عبور,فعال,کد ملی\n"
                                   "مشتری,حقیقی,نسرین,احمدی,,n.ahmadi@example.ir,09351234567,n.ahmadi,Secret-2026,بلی,\n")
                        .toUtf8());
        }
        QCOMPARE(UsersImportCommand::run({members, QStringLiteral("--store"), path, QStringLiteral("--password"),
                                          QStringLiteral("column")},
                                         store, out, err),
                 0);
        QVERIFY(UserRepository(store).findByUsername(QStringLiteral("n.ahmadi")));
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
