// The identity editor and the identities import, as a clerk uses them: «شخص جدید» on the
// identities list opens the editor; filled in and saved, the person is in the list; a look-alike
// shows the duplicate warning first (go back saves nothing, go on saves); a double-click opens
// the saved identity; a lead becomes a contact; Cancel asks before throwing typing away. The
// import wizard previews a file, names its broken row and writes nothing for it; a good file
// is written. `vafa identities import` runs through AppController::runCommand.
#include "models/auth/UserRepository.h"
#include "models/core/TabularFile.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityImport.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityService.h"
#include "tests/support/TestSupport.h"
#include "ui/identities/IdentityEditor.h"
#include "ui/identities/IdentityImportWizard.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using TestSupport::TempStore;

class TestIdentityEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempStore> m_t;
    Session m_admin;
    QString m_categoryId;

    Store &store() { return m_t->store(); }
    qint64 identities() { return TestSupport::listIds(store(), IdentityRepository(store()).list({})).size(); }
    template<typename T>
    T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
    void fillPerson(IdentityEditor &editor, const QString &first, const QString &last, const QString &mobile)
    {
        child<QLineEdit>(&editor, "firstNameEdit")->setText(first);
        child<QLineEdit>(&editor, "lastNameEdit")->setText(last);
        child<QLineEdit>(&editor, "nationalIdEdit")->setText(QStringLiteral("۰۰۱۲۳۴۵۶۷۹"));
        child<QPushButton>(&editor, "addPhoneButton")->click();
        child<QTableWidget>(&editor, "phonesTable")->item(0, 2)->setText(mobile);
        child<QPushButton>(&editor, "addAddressButton")->click();
        child<QTableWidget>(&editor, "addressesTable")->item(0, 2)->setText(QStringLiteral("تهران"));
        child<QListWidget>(&editor, "categoriesList")->item(0)->setCheckState(Qt::Checked);
        auto *sales = child<QComboBox>(&editor, "salesCombo");
        sales->setCurrentIndex(sales->findText(QStringLiteral("admin")));
        child<QComboBox>(&editor, "colourCombo")->setCurrentIndex(3);
    }
    QString writeFile(const QString &name, const QString &text) { return TestSupport::writeText(m_t->dir(), name, text); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Vafa"));
        QCoreApplication::setApplicationName(QStringLiteral("Vafa"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_t = std::make_unique<TempStore>();
        QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
        const auto admin = UserRepository(store()).get(TestSupport::addStaff(store(), QStringLiteral("admin"), {QStringLiteral("system.admin")}));
        QVERIFY(admin);
        m_admin = Workspace::sessionFor(store(), *admin);
        m_admin.store = &store();
        Category c;
        c.name = QStringLiteral("مشتریان");
        QVERIFY(CategoryRepository(store()).insert(c));
        m_categoryId = c.id;
    }
    void cleanup() { m_t.reset(); }

    void newPersonFromTheListIsSaved()
    {
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("identities")));
        QVERIFY(page);
        page->reload();
        QAction *newPerson = page->findChild<QAction *>(QStringLiteral("newPersonAction"));
        QVERIFY(newPerson);
        QVERIFY(page->findChild<QAction *>(QStringLiteral("newOrganisationAction")));
        QVERIFY(page->findChild<QAction *>(QStringLiteral("importIdentitiesAction")));
        Ask::Script script;
        script.dialog([this](QDialog *dialog) {
            auto *editor = qobject_cast<IdentityEditor *>(dialog);
            if (!editor)
                return int(QDialog::Rejected);
            editor->show();
            // an organisation's fields are not shown for a person
            if (child<QLineEdit>(editor, "orgNameEdit")->isVisible())
                return int(QDialog::Rejected);
            fillPerson(*editor, QStringLiteral("مریم"), QStringLiteral("احمدی"), QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"));
            child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
            return editor->result();
        });
        newPerson->trigger();
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
        QCOMPARE(identities(), 1);
        IdentityRepository repo(store());
        const QString id = TestSupport::listIds(store(), repo.list({})).first();
        const auto saved = repo.get(id);
        QCOMPARE(saved->displayName, QStringLiteral("مریم احمدی"));
        QCOMPARE(saved->nationalId, QStringLiteral("0012345679"));
        QCOMPARE(saved->salesResponsibleId, m_admin.userId);
        QCOMPARE(saved->colour, QStringLiteral("#2e7d32"));
        QCOMPARE(repo.phones(id).value(0).number, QStringLiteral("09121234567"));
        QVERIFY(repo.phones(id).value(0).isDefault);
        QCOMPARE(repo.addresses(id).value(0).city, QStringLiteral("تهران"));
        QCOMPARE(repo.categoryIds(id), QStringList{m_categoryId});
        // double-click opens the saved identity in the editor
        QTRY_COMPARE(page->model()->rowCount(), 1);
        Ask::Script open;
        QString shownName;
        open.dialog([&](QDialog *dialog) {
            shownName = child<QLineEdit>(dialog, "lastNameEdit")->text();
            return int(QDialog::Rejected);
        });
        emit page->activated(id);
        QVERIFY2(open.finished(&why), qPrintable(why));
        QCOMPARE(shownName, QStringLiteral("احمدی"));
    }

    void duplicateWarningGoesBackOrOn()
    {
        IdentityDraft existing;
        existing.identity.firstName = QStringLiteral("مریم");
        existing.identity.lastName = QStringLiteral("احمدی");
        QVERIFY(IdentityService(store(), m_admin.actor()).create(existing).ok);

        IdentityEditor editor(m_admin, IdentityKind::Person);
        editor.show();
        fillPerson(editor, QStringLiteral("مريم"), QStringLiteral("احمدي"), QStringLiteral("09121234567")); // Arabic yeh
        QStringList listed;
        {
            Ask::Script script;
            script.dialog([&](QDialog *dialog) {
                auto *table = child<QTableWidget>(dialog, "matchesTable");
                for (int r = 0; r < table->rowCount(); ++r)
                    listed << table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 3)->text();
                child<QPushButton>(dialog, "backButton")->click();
                return dialog->result();
            });
            editor.accept();
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QCOMPARE(listed.size(), 1);
        QVERIFY2(listed.first().startsWith(QStringLiteral("مریم احمدی|")), qPrintable(listed.first()));
        QVERIFY(editor.isVisible()); // back in the editor, nothing saved
        QCOMPARE(identities(), 1);
        {
            Ask::Script script;
            script.dialog([&](QDialog *dialog) {
                child<QPushButton>(dialog, "saveAnywayButton")->click();
                return dialog->result();
            });
            editor.accept();
            QString why;
            QVERIFY2(script.finished(&why), qPrintable(why));
        }
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(identities(), 2);
    }

    void refusalIsShownInTheEditor()
    {
        IdentityEditor editor(m_admin, IdentityKind::Organisation);
        editor.show();
        child<QLineEdit>(&editor, "nationalIdEdit")->setText(QStringLiteral("10380284791")); // checksum wrong
        editor.accept();
        auto *error = child<QLabel>(&editor, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(editor.result() != QDialog::Accepted);
        QCOMPARE(identities(), 0);
        // Cancel asks before throwing the typing away
        Ask::Script script;
        script.confirm(false);
        editor.reject();
        QVERIFY(editor.isVisible());
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
    }

    void leadBecomesContact()
    {
        IdentityDraft lead;
        lead.identity.firstName = QStringLiteral("رضا");
        lead.identity.lastName = QStringLiteral("نوری");
        lead.identity.function = IdentityFunction::Lead;
        lead.identity.leadSubject = QStringLiteral("خرید عمده");
        const IdentityVerdict v = IdentityService(store(), m_admin.actor()).create(lead);
        QVERIFY2(v.ok, qPrintable(v.error));
        IdentityEditor editor(m_admin, IdentityKind::Person, v.identityId);
        editor.show();
        auto *convert = child<QPushButton>(&editor, "convertButton");
        QVERIFY(convert->isVisible());
        QVERIFY(child<QLineEdit>(&editor, "leadSubjectEdit")->isVisible());
        Ask::Script script;
        convert->click();
        QCOMPARE(IdentityRepository(store()).get(v.identityId)->function, IdentityFunction::Contact);
        QVERIFY(!convert->isVisible());
        QCOMPARE(script.messages().size(), 1);
    }

    void importWizardNamesBrokenRowsAndWritesGoodFiles()
    {
        const QString broken = writeFile(QStringLiteral("broken.csv"),
                                         QStringLiteral("نام,نام خانوادگی,کد ملی\nعلی,رضایی,0012345679\nسارا,کریمی,0012345678\n"));
        IdentityImportWizard wizard(m_admin);
        wizard.show();
        child<QLineEdit>(&wizard, "fileEdit")->setText(broken);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(IdentityImportWizard::MappingPage));
        QCOMPARE(child<QComboBox>(&wizard, "column_national_id")->currentText(), QStringLiteral("کد ملی"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(IdentityImportWizard::PreviewPage));
        auto *table = child<QTableView>(&wizard, "previewTable");
        bool named = false;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            named |= table->model()->index(r, 0).data().toString() == QLocale().toString(3)
                && !table->model()->index(r, 4).data().toString().isEmpty();
        QVERIFY(named);
        wizard.next(); // Import writes while a row is broken: nothing
        QCOMPARE(wizard.currentId(), int(IdentityImportWizard::SummaryPage));
        QVERIFY(!wizard.import().summary().written);
        QCOMPARE(identities(), 0);
        const QString errors = m_t->dir() + QStringLiteral("/errors.csv");
        QVERIFY(wizard.saveErrorFile(errors));
        TabularData d;
        QString error;
        QVERIFY(TabularFile::read(errors, &d, &error));
        QCOMPARE(d.rows.size(), 1);

        const QString good = writeFile(QStringLiteral("good.csv"),
                                       QStringLiteral("نام,نام خانوادگی,کد ملی\nعلی,رضایی,0012345679\nسارا,کریمی,\n"));
        IdentityImportWizard second(m_admin);
        second.show();
        child<QLineEdit>(&second, "fileEdit")->setText(good);
        second.next();
        second.next();
        QVERIFY(second.button(QWizard::NextButton)->isEnabled());
        second.next();
        QCOMPARE(second.currentId(), int(IdentityImportWizard::SummaryPage));
        QVERIFY2(second.import().summary().written, qPrintable(second.import().summaryText()));
        QCOMPARE(identities(), 2);
    }

    void commandLineTwin()
    {
        const QString file = writeFile(QStringLiteral("cli.csv"), QStringLiteral("نام,نام خانوادگی,موبایل\nعلی,رضایی,09121234567\n"));
        const QString path = m_t->path();
        m_t->store().close();
        QCOMPARE(AppController::runCommand({QStringLiteral("identities"), QStringLiteral("import"), file, QStringLiteral("--store"), path}), 0);
        QCOMPARE(AppController::runCommand({QStringLiteral("identities"), QStringLiteral("export")}), 2);
        QCOMPARE(AppController::runCommand({QStringLiteral("identities"), QStringLiteral("import"), file}), 2); // no --store
        Store reopened;
        QVERIFY(reopened.openSqlite(path));
        QCOMPARE(TestSupport::listIds(reopened, IdentityRepository(reopened).list({})).size(), 1);
    }
};

QTEST_MAIN(TestIdentityEditor)
#include "tst_identity_editor.moc"
