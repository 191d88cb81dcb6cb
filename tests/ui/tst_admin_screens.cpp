// The admin screens a new company needs, used offscreen as an administrator would: a staff user
// created through its editor signs in; the editor refuses what the service refuses and links to
// the permissions page; the category tree is built, moved, made private and pruned through its
// page, and what it refuses is explained and left as it was.
#include "models/auth/SignIn.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubPermissions.h"
#include "models/core/AuditLog.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "tests/support/DialogScript.h"
#include "tests/support/TestSupport.h"
#include "ui/identities/CategoryTreePage.h"
#include "ui/settings/StaffPermissionsPage.h"
#include "ui/settings/StaffUserEditor.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ListPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using TestSupport::TempStore;
using TestSupport::answer;
using TestSupport::type;
using TestSupport::verifyFinished;

namespace {

void clickSave(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

const QString kPassword = QStringLiteral("Admin-Pass-2026");

} // namespace

class TestAdminScreens : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempStore> m_t;
    Session m_admin;
    QString m_financeGroup;

    Store &store() { return m_t->store(); }
    QStringList auditActions()
    {
        QStringList out;
        const auto rows = TestSupport::runList(store(), AuditLog(store()).list());
        for (const QVariantList &row : rows)
            out << row.value(AuditLog::Action).toString();
        return out;
    }
    ListPage *openStaffUsers(MainWindow &window, const QString &search)
    {
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("staff-users")));
        if (!page)
            return nullptr;
        page->searchEdit()->setText(search);
        page->reload();
        return page;
    }
    QTreeWidgetItem *itemNamed(QTreeWidget *tree, const QString &name)
    {
        QTreeWidgetItemIterator it(tree);
        for (; *it; ++it)
            if ((*it)->text(0) == name)
                return *it;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
    }

    void init()
    {
        m_t = std::make_unique<TempStore>();
        QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
        UserRepository users(store());
        UserGroup finance;
        finance.name = QStringLiteral("مالی");
        QVERIFY(users.insertGroup(finance));
        m_financeGroup = finance.id;
        User admin;
        admin.kind = UserKind::Staff;
        admin.username = QStringLiteral("admin");
        admin.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword);
        QVERIFY(users.insert(admin));
        QVERIFY(users.grantToUser(admin.id, ClubPermission::systemAdmin()));
        m_admin = Workspace::sessionFor(store(), admin);
        m_admin.store = &store();
    }

    void cleanup() { m_t.reset(); }

    void aStaffUserMadeInTheEditorSignsIn()
    {
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        QVERIFY(window.sectionKeys().contains(QStringLiteral("staff-users")));
        ListPage *page = openStaffUsers(window, QString());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QString firstError, secondError;
        {
            Ask::Script script;
            script.dialog(answer<StaffUserEditor>([&](StaffUserEditor *d) {
                type(d, "usernameEdit", QStringLiteral("neda.k"));
                type(d, "firstNameEdit", QStringLiteral("ندا"));
                type(d, "lastNameEdit", QStringLiteral("کریمی"));
                type(d, "emailEdit", QStringLiteral("neda@example.com"));
                type(d, "mobileEdit", QStringLiteral("09121234567"));
                type(d, "passwordEdit", QStringLiteral("short"));
                type(d, "repeatEdit", QStringLiteral("short"));
                auto *groups = d->findChild<QListWidget *>(QStringLiteral("groupsListWidget"));
                groups->item(0)->setCheckState(Qt::Checked);
                clickSave(d);
                firstError = d->errorText(); // the policy refuses the password
                type(d, "passwordEdit", QStringLiteral("Neda-Pass-2026"));
                type(d, "repeatEdit", QStringLiteral("Neda-Pass-2027"));
                clickSave(d);
                secondError = d->errorText(); // the two differ
                type(d, "repeatEdit", QStringLiteral("Neda-Pass-2026"));
                clickSave(d);
                if (d->isVisible())
                    d->done(QDialog::Rejected);
            }));
            page->findChild<QAction *>(QStringLiteral("newStaffUserAction"))->trigger();
            verifyFinished(script);
        }
        QVERIFY(!firstError.isEmpty());
        QVERIFY(!secondError.isEmpty());
        QTRY_COMPARE(page->model()->rowCount(), 2);
        const auto user = UserRepository(store()).findByUsername(QStringLiteral("neda.k"));
        QVERIFY(user);
        QCOMPARE(UserRepository(store()).groupIdsOf(user->id), QStringList{m_financeGroup});
        QCOMPARE(IdentityRepository(store()).get(user->identityId)->displayName, QStringLiteral("ندا کریمی"));
        QVERIFY(auditActions().contains(QStringLiteral("staff.user.create")));

        // the new user signs in: first asked for a password of their own, then in
        SignInService signIn(store(), PasswordHasher(PasswordHasher::Strength::Minimum));
        QCOMPARE(signIn.signIn(QStringLiteral("neda.k"), QStringLiteral("Neda-Pass-2026")).failure,
                 SignInResult::Failure::PasswordChangeRequired);
        const SignInResult in = signIn.changePassword(QStringLiteral("neda.k"), QStringLiteral("Neda-Pass-2026"),
                                                      QStringLiteral("Neda-Own-2026"));
        QVERIFY2(in.ok, qPrintable(in.message()));
        QCOMPARE(in.user.kind, UserKind::Staff);
    }

    void doubleClickEditsAndLinksToPermissions()
    {
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openStaffUsers(window, QStringLiteral("admin"));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        {
            Ask::Script script;
            script.dialog(answer<StaffUserEditor>([&](StaffUserEditor *d) {
                QVERIFY(d->isLoaded());
                QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->isReadOnly());
                // deactivating oneself is refused and explained in the dialog
                d->findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(false);
                type(d, "firstNameEdit", QStringLiteral("مدیر"));
                clickSave(d);
                QVERIFY(!d->errorText().isEmpty());
                QVERIFY(d->isVisible());
                d->findChild<QCheckBox *>(QStringLiteral("activeCheck"))->setChecked(true);
                clickSave(d);
                QVERIFY2(d->errorText().isEmpty(), qPrintable(d->errorText()));
            }));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTableView *table = page->table();
            const QRect cell = table->visualRect(page->model()->index(0, 0)); // the username
            // a person clicks the row, then double-clicks it (QTest's double click alone sends no press first)
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            verifyFinished(script);
        }
        QVERIFY(UserRepository(store()).get(m_admin.userId)->active);
        QVERIFY(auditActions().contains(QStringLiteral("staff.user.update")));
        {
            Ask::Script script;
            script.dialog(answer<StaffUserEditor>([&](StaffUserEditor *d) {
                d->findChild<QPushButton *>(QStringLiteral("permissionsButton"))->click();
            }));
            page->selectRow(0);
            page->findChild<QAction *>(QStringLiteral("editStaffUserAction"))->trigger();
            verifyFinished(script);
        }
        auto *permissions = qobject_cast<StaffPermissionsPage *>(window.currentPage());
        QVERIFY(permissions);
    }

    void rowActionsDeactivateResetAndUnlock()
    {
        UserRepository users(store());
        User clerk;
        clerk.kind = UserKind::Staff;
        clerk.username = QStringLiteral("clerk1");
        clerk.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword);
        clerk.locked = true;
        clerk.failedAttempts = 5;
        QVERIFY(users.insert(clerk));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openStaffUsers(window, QStringLiteral("clerk1"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const auto trigger = [&](const char *name) {
            page->selectRow(0);
            auto *a = page->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a && a->isEnabled(), name);
            a->trigger();
        };
        trigger("unlockStaffUserAction");
        QVERIFY(!users.get(clerk.id)->locked);
        {
            Ask::Script script;
            script.dialog([](QDialog *d) {
                d->show();
                for (QLineEdit *e : d->findChildren<QLineEdit *>())
                    e->setText(QStringLiteral("Reset-Pass-99"));
                d->accept();
                return d->result();
            });
            trigger("resetPasswordStaffUserAction");
            verifyFinished(script);
        }
        QVERIFY(users.get(clerk.id)->mustChangePassword);
        {
            Ask::Script script;
            script.confirm(true);
            trigger("deactivateStaffUserAction");
            verifyFinished(script);
        }
        QVERIFY(!users.get(clerk.id)->active);
        SignInService signIn(store(), PasswordHasher(PasswordHasher::Strength::Minimum));
        QCOMPARE(signIn.signIn(QStringLiteral("clerk1"), QStringLiteral("Reset-Pass-99")).failure,
                 SignInResult::Failure::Inactive);
        trigger("reactivateStaffUserAction");
        QVERIFY(users.get(clerk.id)->active);
        // deactivating oneself from the list is refused with a message
        page->searchEdit()->setText(QStringLiteral("admin"));
        page->reload();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        {
            Ask::Script script;
            script.confirm(true);
            trigger("deactivateStaffUserAction");
            QCOMPARE(script.messages().size(), 1);
        }
        QVERIFY(users.get(m_admin.userId)->active);
    }

    void theCategoryTreeIsShapedThroughItsPage()
    {
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        auto *page = qobject_cast<CategoryTreePage *>(window.openSection(QStringLiteral("categories")));
        QVERIFY(page);
        const auto act = [&](const char *name) {
            auto *a = page->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a && a->isEnabled(), name);
            a->trigger();
        };
        {
            Ask::Script script;
            script.text(QStringLiteral("مشتریان")).text(QStringLiteral("ویژه")).text(QStringLiteral("موقت"));
            act("newCategoryAction");
            QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
            act("newSubCategoryAction"); // under the new category, which is now chosen
            page->tree()->setCurrentItem(nullptr);
            act("newCategoryAction");
            verifyFinished(script);
        }
        QTreeWidget *tree = page->tree();
        QTreeWidgetItem *customers = itemNamed(tree, QStringLiteral("مشتریان"));
        QTreeWidgetItem *vip = itemNamed(tree, QStringLiteral("ویژه"));
        QVERIFY(customers && vip);
        QCOMPARE(vip->parent(), customers);
        QCOMPARE(customers->text(2), QStringLiteral("۱")); // one sub-category, in Persian digits
        const QString customersId = customers->data(0, CategoryTreePage::kIdRole).toString();
        const QString vipId = vip->data(0, CategoryTreePage::kIdRole).toString();
        const QString tempId = itemNamed(tree, QStringLiteral("موقت"))->data(0, CategoryTreePage::kIdRole).toString();

        // «انتقال به…»: موقت under مشتریان
        QVERIFY(page->selectCategory(tempId));
        {
            Ask::Script script;
            script.dialog(answer<CategoryMoveDialog>([&](CategoryMoveDialog *d) {
                QVERIFY(d->selectTarget(customersId));
                d->accept();
            }));
            act("moveCategoryAction");
            verifyFinished(script);
        }
        CategoryRepository repo(store());
        QCOMPARE(repo.get(tempId)->parentId, customersId);
        QCOMPARE(itemNamed(page->tree(), QStringLiteral("موقت"))->parent()->data(0, CategoryTreePage::kIdRole).toString(),
                 customersId);

        // a drop into its own branch is refused and the tree stays as stored
        page->moveTo(customersId, vipId);
        QVERIFY(!page->errorText().isEmpty());
        QVERIFY(repo.get(customersId)->parentId.isEmpty());

        // a category with an identity in it is not deleted
        IdentityRepository identities(store());
        Identity person;
        person.firstName = QStringLiteral("رضا");
        QVERIFY(identities.insert(person) && identities.setCategories(person.id, {vipId}));
        page->reload();
        QCOMPARE(itemNamed(page->tree(), QStringLiteral("ویژه"))->text(1), QStringLiteral("۱"));
        QVERIFY(page->selectCategory(vipId));
        {
            Ask::Script script;
            script.confirm(true);
            act("deleteCategoryAction");
            verifyFinished(script);
        }
        QVERIFY(!page->errorText().isEmpty());
        QVERIFY(repo.get(vipId));
        // an empty one is
        QVERIFY(page->selectCategory(tempId));
        {
            Ask::Script script;
            script.confirm(true);
            act("deleteCategoryAction");
            verifyFinished(script);
        }
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
        QVERIFY(!repo.get(tempId));
        QVERIFY(!itemNamed(page->tree(), QStringLiteral("موقت")));

        // private: red, and public again
        QVERIFY(page->selectCategory(customersId));
        act("privacyCategoryAction");
        QVERIFY(repo.get(customersId)->isPrivate);
        QCOMPARE(itemNamed(page->tree(), QStringLiteral("مشتریان"))->foreground(0).color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(page->selectCategory(customersId));
        act("privacyCategoryAction");
        QVERIFY(!repo.get(customersId)->isPrivate);

        // rename
        QVERIFY(page->selectCategory(vipId));
        {
            Ask::Script script;
            script.text(QStringLiteral("مشتریان ویژه"));
            act("renameCategoryAction");
            verifyFinished(script);
        }
        QCOMPARE(repo.get(vipId)->name, QStringLiteral("مشتریان ویژه"));
        const QStringList audited = auditActions();
        for (const char *a : {"category.create", "category.move", "category.delete", "category.private", "category.public",
                              "category.rename"})
            QVERIFY2(audited.contains(QLatin1String(a)), a);
    }

    void staffWithoutTheRightSeeNeitherScreen()
    {
        UserRepository users(store());
        User clerk;
        clerk.kind = UserKind::Staff;
        clerk.username = QStringLiteral("clerk2");
        QVERIFY(users.insert(clerk));
        Session s = Workspace::sessionFor(store(), clerk);
        s.store = &store();
        MainWindow window(s, Workspace::sections(s));
        QVERIFY(!window.sectionKeys().contains(QStringLiteral("staff-users")));
        QVERIFY(!window.sectionKeys().contains(QStringLiteral("categories")));
    }
};

QTEST_MAIN(TestAdminScreens)
#include "tst_admin_screens.moc"
