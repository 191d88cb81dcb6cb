// The bulk user wizard, as a person goes through it: Import is not offered when the plan would
// write nothing (the error file can still be saved), skipped rows count as rows to explain, and
// the credential letters are readable by their owner only. Every file dialog and message of the
// wizard is answered through Ask::Script, so a dialog that opens without one fails at once.
#include "models/club/ClubSettings.h"
#include "models/club/ClubUserImport.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/shell/Workspace.h"
#include "ui/members/BulkUserWizard.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

#include <memory>

using TestSupport::TempStore;

class TestBulkWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempStore> m_t;
    Session m_admin;

    Store &store() { return m_t->store(); }
    QString identity(const QString &first, const QString &number)
    {
        Identity i;
        i.firstName = first;
        i.lastName = QStringLiteral("آزمون");
        i.profileType = ProfileType::Customer;
        i.customerNumber = number;
        IdentityRepository repo(store());
        if (!repo.insert(i))
            qFatal("identity: %s", qPrintable(repo.lastError()));
        return i.id;
    }
    qint64 users() { return TestSupport::listIds(store(), UserRepository(store()).list(UserFilter())).size(); }
    // Source page: the file; mapping page: passwords from the file. Ends on the preview page.
    void toPreview(BulkUserWizard &wizard, const QString &csv)
    {
        const QString path = m_t->dir() + QStringLiteral("/in.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv.toUtf8());
        f.close();
        wizard.show();
        wizard.findChild<QRadioButton *>(QStringLiteral("fileRadio"))->click();
        wizard.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::MappingPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::PreviewPage));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TempStore>();
        QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
        UserRepository repo(store());
        User admin;
        admin.kind = UserKind::Staff;
        admin.username = QStringLiteral("admin");
        admin.identityId = identity(QStringLiteral("مریم"), QString());
        QVERIFY(repo.insert(admin));
        QVERIFY(repo.grantToUser(admin.id, QStringLiteral("system.admin")));
        m_admin = Workspace::sessionFor(store(), admin);
        m_admin.store = &store();
        Category category;
        category.name = QStringLiteral("اعضای باشگاه");
        QVERIFY(CategoryRepository(store()).insert(category));
        ClubSettings settings(store());
        for (ClubKind k : {ClubKind::Customer, ClubKind::Agent}) {
            QVERIFY(settings.setModuleEnabled(k, true));
            QVERIFY(settings.setDefaultCategory(k, category.id));
        }
    }
    void cleanup() { m_t.reset(); }

    // «انتخاب فایل…» asks for the file, a file that cannot be read is a warning on the source
    // page, and the error file asks where to go: all through Ask.
    void fileDialogsAndWarningsGoThroughAsk()
    {
        const QString missing = m_t->dir() + QStringLiteral("/missing.csv");
        const QString errors = m_t->dir() + QStringLiteral("/asked-errors.csv");
        BulkUserWizard wizard(m_admin, ClubKind::Customer);
        wizard.show();
        wizard.findChild<QRadioButton *>(QStringLiteral("fileRadio"))->click();
        {
            Ask::Script script;
            script.file(missing);
            wizard.findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
            QCOMPARE(QDir::fromNativeSeparators(wizard.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->text()), missing);
            wizard.next(); // the file is not there: a warning, and the page stays
            QCOMPARE(wizard.currentId(), int(BulkUserWizard::SourcePage));
            QCOMPARE(script.messages().size(), 1);
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        BulkUserWizard second(m_admin, ClubKind::Customer);
        toPreview(second, QStringLiteral("first_name,last_name,username\n,,no.name\n"));
        Ask::Script script;
        script.file(errors);
        QVERIFY(second.saveErrorFile());
        QVERIFY(QFile::exists(errors));
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
    }

    void importIsNotOfferedWhenNothingWouldBeWritten()
    {
        const qint64 before = users();
        BulkUserWizard wizard(m_admin, ClubKind::Customer);
        toPreview(wizard, QStringLiteral("first_name,last_name,username\n"
                                         ",,no.name\n"
                                         "Ali,Rezaei,x\n"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *why = wizard.findChild<QLabel *>(QStringLiteral("nothingToWriteLabel"));
        QVERIFY(why && why->isVisible() && !why->text().isEmpty());
        auto *save = wizard.findChild<QPushButton *>(QStringLiteral("saveProblemsButton"));
        QVERIFY(save && save->isVisible());
        wizard.next(); // from code too: no import
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::PreviewPage));
        QVERIFY(!wizard.import().summary().written);
        QCOMPARE(users(), before);
        // the reasons can still be kept
        const QString errors = m_t->dir() + QStringLiteral("/errors.csv");
        QVERIFY(wizard.saveErrorFile(errors));
        TabularData d;
        QString error;
        QVERIFY2(TabularFile::read(errors, &d, &error), qPrintable(error));
        QCOMPARE(d.rows.size(), 2);
    }

    void skippedRowsCanBeExplainedAfterAnImport()
    {
        BulkUserWizard wizard(m_admin, ClubKind::Customer);
        toPreview(wizard, QStringLiteral("first_name,last_name,username\n"
                                         "Maryam,Admin,admin\n"    // exists: skipped in add mode
                                         "Sara,Mohammadi,sara.m\n"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("nothingToWriteLabel"))->isVisible());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::SummaryPage));
        QVERIFY2(wizard.import().summary().written, qPrintable(wizard.import().summaryText()));
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("saveErrorsButton"))->isEnabled());
    }

    void lettersAreOwnerOnly()
    {
        const QStringList chosen{identity(QStringLiteral("آرش"), QStringLiteral("C20001")),
                                 identity(QStringLiteral("بهار"), QStringLiteral("C20002"))};
        BulkUserWizard wizard(m_admin, ClubKind::Customer);
        wizard.show();
        auto *picker = wizard.findChild<ListPage *>(QStringLiteral("identityPicker"));
        QTRY_COMPARE(picker->model()->rowCount(), 2);
        picker->table()->selectAll();
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::SummaryPage));
        QVERIFY2(wizard.import().summary().written, qPrintable(wizard.import().summaryText()));
        const QString pdf = m_t->dir() + QStringLiteral("/letters.pdf");
        QFile old(pdf); // a file the person chose to overwrite, readable by everyone
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QVERIFY(QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(wizard.saveLetters(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
        const QFileDevice::Permissions p = QFile::permissions(pdf);
        QVERIFY(p & QFileDevice::ReadOwner);
        QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
        QCOMPARE(QDir(m_t->dir()).entryList({QStringLiteral(".vafa-letters-*")}, QDir::AllEntries | QDir::Hidden).size(), 0);
        for (const QString &name : {QStringLiteral("/cred.csv"), QStringLiteral("/cred.xlsx")}) {
            QVERIFY(wizard.saveCredentialsFile(m_t->dir() + name));
            QVERIFY(!(QFile::permissions(m_t->dir() + name) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        }
    }
};

QTEST_MAIN(TestBulkWizard)
#include "tst_bulk_wizard.moc"
