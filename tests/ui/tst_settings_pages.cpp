// The back-office configuration pages, used offscreen as an administrator would: club settings
// saved through the form, club flags set in the matrix and the form, staff permissions granted,
// and the pages kept from staff who may not use them.
#include "models/club/ClubPermissions.h"
#include "models/club/ClubSettings.h"
#include "models/club/ClubVisibilityRepository.h"
#include "models/club/PermissionEngine.h"
#include "models/identities/Identity.h"
#include "models/auth/User.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "tests/support/TestSupport.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/settings/ClubFlagsMatrixModel.h"
#include "ui/settings/ClubSettingsPage.h"
#include "ui/settings/ItemTypeEditor.h"
#include "ui/settings/IdentitySubtypesTab.h"
#include "ui/settings/ItemTypesPage.h"
#include "ui/settings/SettingsLabels.h"
#include "ui/settings/SettingsPages.h"
#include "ui/settings/StaffPermissionsPage.h"
#include "ui/widgets/Ask.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

class TestSettingsPages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_admin, m_clerk, m_customer, m_customerIdentity;
    QString m_installRequest, m_survey, m_category, m_subtype;
    std::unique_ptr<MainWindow> m_window;

    QString addUser(const QString &username, const QString &kind, const QString &identityId = {})
    {
        User u;
        u.username = username;
        u.kind = UserKindCode::fromText(kind);
        u.identityId = identityId;
        UserRepository repo(m_store);
        if (!repo.insert(u))
            qFatal("user: %s", qPrintable(repo.lastError()));
        return u.id;
    }
    QString addType(const QString &entity, const QString &name)
    {
        ItemType t;
        t.entity = entity;
        t.name = name;
        ItemTypeRepository repo(m_store);
        if (!repo.insert(t))
            qFatal("item type: %s", qPrintable(repo.lastError()));
        return t.id;
    }
    Session sessionOf(const QString &userId) { return Workspace::sessionFor(m_store, *UserRepository(m_store).get(userId)); }
    // Signs `userId` in to a window of their own sections and opens one of them.
    template <typename Page> Page *openAs(const QString &userId, const QString &key)
    {
        const Session s = sessionOf(userId);
        m_window = std::make_unique<MainWindow>(s, Workspace::sections(s));
        m_window->show();
        auto *page = qobject_cast<Page *>(m_window->openSection(key));
        if (!page)
            qWarning("no %s page", qPrintable(key));
        return page;
    }
    QStringList auditActions()
    {
        QStringList out;
        const auto rows = TestSupport::runList(m_store, AuditLog(m_store).list());
        for (const QVariantList &row : rows)
            out << row.value(AuditLog::Action).toString();
        return out;
    }
    // What the club panel would let the customer do, from the stored rows.
    bool customerMayCreate(const QString &typeId)
    {
        const PermissionEngine::Context context = ClubVisibilityRepository(m_store).loadContext(true, true);
        const ClubUser user = ClubUser::fromUser(*UserRepository(m_store).get(m_customer));
        return PermissionEngine(context).canCreate(user, context.itemTypes.value(typeId));
    }
    static void click(QWidget *page, const char *buttonName)
    {
        auto *button = page->findChild<QPushButton *>(QLatin1String(buttonName));
        QVERIFY2(button, buttonName);
        QVERIFY2(button->isEnabled(), buttonName);
        button->click();
    }

private slots:
    void cleanup() { m_window.reset(); }

    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        QVERIFY(m_store.openSqlite(m_dir.filePath(QStringLiteral("settings.vafa"))));
        m_admin = addUser(QStringLiteral("admin"), QStringLiteral("staff"));
        QVERIFY(UserRepository(m_store).grantToUser(m_admin, ClubPermission::systemAdmin()));
        m_clerk = addUser(QStringLiteral("clerk"), QStringLiteral("staff"));
        Identity person;
        person.firstName = QStringLiteral("علی");
        person.lastName = QStringLiteral("رضایی");
        IdentityRepository identities(m_store);
        QVERIFY(identities.insert(person));
        m_customerIdentity = person.id;
        m_customer = addUser(QStringLiteral("customer1"), QStringLiteral("customer"), person.id);
        Category customers;
        customers.name = QStringLiteral("مشتریان باشگاه");
        QVERIFY(CategoryRepository(m_store).insert(customers));
        m_category = customers.id;
        IdentitySubtype retail;
        retail.name = QStringLiteral("مشتری خرده");
        QVERIFY(IdentitySubtypeRepository(m_store).insert(retail));
        m_subtype = retail.id;
        m_installRequest = addType(QStringLiteral("request"), QStringLiteral("درخواست نصب"));
        m_survey = addType(QStringLiteral("form"), QStringLiteral("فرم نظرسنجی"));
        addType(QStringLiteral("invoice"), QStringLiteral("فاکتور فروش"));
    }

    void aClubSettingChangedOnTheFormIsStoredAndAudited()
    {
        auto *page = openAs<ClubSettingsPage>(m_admin, QStringLiteral("club-settings"));
        QVERIFY(page);
        auto *agents = page->findChild<QCheckBox *>(QStringLiteral("agentModuleCheckBox"));
        QVERIFY(!agents->isChecked());
        agents->setChecked(true);
        page->findChild<QSpinBox *>(QStringLiteral("sessionMinutesSpinBox"))->setValue(45);
        page->findChild<QCheckBox *>(QStringLiteral("agentHideBalanceCheckBox"))->setChecked(true);
        click(page, "saveButton");
        QCOMPARE(page->errorText(), QString());
        QVERIFY(!page->hasChanges());

        ClubSettings settings(m_store);
        QVERIFY(settings.moduleEnabled(ClubKind::Agent));
        QCOMPARE(settings.passwordPolicy().sessionMinutes, 45);
        QVERIFY(settings.hideBalance(ClubKind::Agent));
        QVERIFY(auditActions().contains(QStringLiteral("club.settings.save")));
        // the saved form stays as the user left it, and Save has nothing left to do
        QVERIFY(agents->isChecked());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void anInvalidSettingIsExplainedAndNothingTypedIsLost()
    {
        const Session s = sessionOf(m_admin);
        ClubSettingsPage page(s);
        page.show();
        auto *selfRegistration = page.findChild<QCheckBox *>(QStringLiteral("customerSelfRegistrationCheckBox"));
        selfRegistration->setChecked(true); // but no default category for new customers (rule 9)
        QVERIFY(!page.save());
        QVERIFY(!page.errorText().isEmpty());
        QVERIFY(selfRegistration->isChecked());
        QVERIFY(!ClubSettings(m_store).selfRegistration(ClubKind::Customer));

        auto *category = page.findChild<QComboBox *>(QStringLiteral("customerCategoryComboBox"));
        category->setCurrentIndex(category->findData(m_category));
        auto *subtypes = page.findChild<QListWidget *>(QStringLiteral("customerSubtypesListWidget"));
        QCOMPARE(subtypes->count(), 1);
        subtypes->item(0)->setCheckState(Qt::Checked);
        QVERIFY2(page.save(), qPrintable(page.errorText()));
        ClubSettings settings(m_store);
        QVERIFY(settings.selfRegistration(ClubKind::Customer));
        QCOMPARE(settings.defaultCategory(ClubKind::Customer), m_category);
        QCOMPARE(settings.allowedSubtypes(ClubKind::Customer), QStringList{m_subtype});
    }

    void theMatrixSetsTheFlagsOfTwoTypesAtOnce()
    {
        QVERIFY(!customerMayCreate(m_installRequest));
        QVERIFY(!customerMayCreate(m_survey));
        const int auditedBefore = int(auditActions().count(QStringLiteral("item_type.update")));

        auto *page = openAs<ItemTypesPage>(m_admin, QStringLiteral("item-types"));
        QVERIFY(page);
        page->showMatrix();
        QTableView *view = page->matrixView();
        QAbstractItemModel *shown = view->model();
        QCOMPARE(shown->rowCount(), 3);
        // select the "customers may create" cell of both types, then Allow
        view->selectionModel()->clearSelection();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString name = shown->index(row, ClubFlagsMatrixModel::Name).data().toString();
            if (name == QStringLiteral("درخواست نصب") || name == QStringLiteral("فرم نظرسنجی"))
                view->selectionModel()->select(shown->index(row, ClubFlagsMatrixModel::CustomerCreate),
                                               QItemSelectionModel::Select);
        }
        click(page, "allowSelectedButton");
        QCOMPARE(page->errorText(), QString());
        QVERIFY(ItemTypeRepository(m_store).get(m_installRequest)->customerCanCreate);
        QVERIFY(ItemTypeRepository(m_store).get(m_survey)->customerCanCreate);
        QVERIFY(customerMayCreate(m_installRequest));
        QVERIFY(customerMayCreate(m_survey));

        // a single cell unticked: the survey is no longer offered to customers
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex cell = shown->index(row, ClubFlagsMatrixModel::CustomerCreate);
            if (shown->index(row, ClubFlagsMatrixModel::Name).data().toString() == QStringLiteral("فرم نظرسنجی")) {
                QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                QVERIFY(shown->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
            }
        }
        QVERIFY(!customerMayCreate(m_survey));
        QVERIFY(customerMayCreate(m_installRequest));
        QCOMPARE(int(auditActions().count(QStringLiteral("item_type.update"))), auditedBefore + 3);
    }

    void theDetailFormWritesAtOnceAndFollowsTheMatrix()
    {
        const Session s = sessionOf(m_admin);
        ItemTypesPage page(s);
        page.show();
        page.selectType(m_installRequest);
        ItemTypeEditor *editor = page.editor();
        QCOMPARE(editor->typeId(), m_installRequest);
        auto *agentsView = editor->findChild<QCheckBox *>(QStringLiteral("agentCanViewCheckBox"));
        QVERIFY(!agentsView->isChecked());
        agentsView->click();
        QVERIFY(ItemTypeRepository(m_store).get(m_installRequest)->agentCanView);
        // the matrix on the other tab shows the same flag at once
        ClubFlagsMatrixModel *matrix = page.matrixModel();
        const int row = matrix->rowOf(m_installRequest);
        QCOMPARE(matrix->index(row, ClubFlagsMatrixModel::AgentView).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // a request is not financial: its form has no approval or tax settings
        QVERIFY(editor->findChild<QWidget *>(QStringLiteral("financialGroupBox"))->isHidden());

        click(editor, "addFieldButton");
        auto *fields = editor->findChild<QTableView *>(QStringLiteral("customFieldsTableView"));
        QCOMPARE(fields->model()->rowCount(), 1);
        QVERIFY(fields->model()->setData(fields->model()->index(0, 0), QStringLiteral("نشانی نصب")));
        const QList<CustomField> stored = ItemTypeRepository(m_store).customFields(m_installRequest);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("نشانی نصب"));
        QVERIFY(auditActions().contains(QStringLiteral("item_type.custom_fields")));
    }

    // The list under «شخصی‌سازی»: a type is added to the chosen group, renamed, deactivated, and
    // deleted only while nothing uses it; each step audited, each refusal said on the page.
    void typesAreCreatedRenamedDeactivatedAndDeletedOnlyWhenUnused()
    {
        const Session s = sessionOf(m_admin);
        ItemTypesPage page(s);
        page.show();
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("typesTreeWidget"));
        const auto selectNotes = [tree] { // a group without types yet is there to add to
            for (int g = 0; g < tree->topLevelItemCount(); ++g)
                if (tree->topLevelItem(g)->data(0, Qt::UserRole + 1).toString() == QLatin1String("note"))
                    tree->setCurrentItem(tree->topLevelItem(g));
            return tree->currentItem() && tree->currentItem()->data(0, Qt::UserRole).toString().isEmpty();
        };
        QVERIFY(selectNotes());
        {
            Ask::Script script;
            script.text(QStringLiteral("یادداشت جلسه"));
            click(&page, "newTypeButton");
        }
        const QList<ItemType> made = ItemTypeRepository(m_store).byEntity(QStringLiteral("note"));
        QCOMPARE(made.size(), 1);
        const QString id = made.first().id;
        QCOMPARE(page.editor()->typeId(), id); // the new type is selected for its settings
        {
            Ask::Script script; // the same name again in the same group is refused
            script.text(QStringLiteral("یادداشت جلسه"));
            QVERIFY(selectNotes());
            click(&page, "newTypeButton");
        }
        QVERIFY(!page.errorText().isEmpty());
        QCOMPARE(ItemTypeRepository(m_store).byEntity(QStringLiteral("note")).size(), 1);
        page.selectType(id);
        {
            Ask::Script script;
            script.text(QStringLiteral("صورت‌جلسه"));
            click(&page, "renameTypeButton");
        }
        QCOMPARE(ItemTypeRepository(m_store).get(id)->name, QStringLiteral("صورت‌جلسه"));
        click(&page, "activeTypeButton");
        QVERIFY(!ItemTypeRepository(m_store).get(id)->active);

        // a type with a ticket on it stays; deactivating is offered instead
        Ticket ticket;
        ticket.itemTypeId = m_installRequest;
        ticket.identityId = m_customerIdentity;
        ticket.subject = QStringLiteral("نصب دستگاه");
        QVERIFY(TicketRepository(m_store).insert(ticket));
        page.selectType(m_installRequest);
        {
            Ask::Script script;
            script.confirm(true);
            click(&page, "deleteTypeButton");
        }
        QVERIFY(ItemTypeRepository(m_store).get(m_installRequest));
        QVERIFY(!page.errorText().isEmpty());
        page.selectType(id);
        {
            Ask::Script script;
            script.confirm(true);
            click(&page, "deleteTypeButton");
        }
        QVERIFY(!ItemTypeRepository(m_store).get(id));
        const QStringList audited = auditActions();
        for (const char *action : {"item_type.create", "item_type.update", "item_type.delete"})
            QVERIFY2(audited.contains(QLatin1String(action)), action);
        QVERIFY(TicketRepository(m_store).tombstone(ticket.id));
    }

    // «زیرنوع‌های هویت»: a subtype is made in its dialog (a clash keeps the dialog open with the
    // reason), edited by double-click, and deleted only while no identity has it.
    void identitySubtypesAreMadeEditedAndDeletedOnlyWhenUnused()
    {
        const Session s = sessionOf(m_admin);
        ItemTypesPage page(s);
        page.show();
        IdentitySubtypesTab *tab = page.subtypesTab();
        const auto typeIn = [](const QString &name, bool expectAccepted) {
            return [name, expectAccepted](QDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
                auto *profile = dialog->findChild<QComboBox *>(QStringLiteral("profileCombo"));
                profile->setCurrentIndex(profile->findData(int(ProfileType::Agent)));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                if (!expectAccepted) { // still open, the reason on it
                    const bool said = !dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty();
                    return said ? int(QDialog::Rejected) : 99;
                }
                return dialog->result();
            };
        };
        {
            Ask::Script script;
            script.dialog(typeIn(QStringLiteral("مشتری خرده"), false)); // the name is taken
            tab->newSubtype();
        }
        {
            Ask::Script script;
            script.dialog(typeIn(QStringLiteral("نمایندگی شهرستان"), true));
            tab->newSubtype();
        }
        IdentitySubtypeRepository subtypes(m_store);
        QString made;
        for (const IdentitySubtype &t : subtypes.all())
            if (t.name == QStringLiteral("نمایندگی شهرستان"))
                made = t.id;
        QVERIFY(!made.isEmpty());
        QCOMPARE(subtypes.get(made)->profileType, ProfileType::Agent);

        // in use: an identity has the retail subtype, so it stays
        Identity shop;
        shop.firstName = QStringLiteral("مهدی");
        shop.lastName = QStringLiteral("کاظمی");
        shop.subtypeId = m_subtype;
        QVERIFY(IdentityRepository(m_store).insert(shop));
        tab->selectSubtype(m_subtype);
        {
            Ask::Script script;
            script.confirm(true);
            tab->deleteSelected();
        }
        QVERIFY(subtypes.get(m_subtype));
        QVERIFY(!page.errorText().isEmpty());
        tab->selectSubtype(made);
        {
            Ask::Script script;
            script.confirm(true);
            tab->deleteSelected();
        }
        QVERIFY(!subtypes.get(made));
        const QStringList audited = auditActions();
        QVERIFY(audited.contains(QStringLiteral("identity_subtype.create")));
        QVERIFY(audited.contains(QStringLiteral("identity_subtype.delete")));
        QVERIFY(IdentityRepository(m_store).tombstone(shop.id));
    }

    void aStaffUserWithoutPermissionSeesNoConfigurationPages()
    {
        const Session clerk = sessionOf(m_clerk);
        const QStringList keys = MainWindow(clerk, Workspace::sections(clerk)).sectionKeys();
        QVERIFY(!keys.isEmpty()); // the clerk still has the rest of the back office
        QVERIFY(!keys.contains(QStringLiteral("club-settings")));
        QVERIFY(!keys.contains(QStringLiteral("item-types")));
        QVERIFY(!keys.contains(QStringLiteral("staff-permissions")));
        QVERIFY(SettingsPages::staffSections(clerk).isEmpty());

        // a page opened anyway (say, the permission was withdrawn while it was open) refuses to save
        ClubSettingsPage page(clerk);
        page.findChild<QCheckBox *>(QStringLiteral("customerModuleCheckBox"))->toggle();
        QVERIFY(!page.save());
        QCOMPARE(page.errorText(), SettingsLabels::refusal());
    }

    void grantingAPermissionOpensThePagesToThatUser()
    {
        auto *page = openAs<StaffPermissionsPage>(m_admin, QStringLiteral("staff-permissions"));
        QVERIFY(page);
        QVERIFY(page->selectPrincipal(m_clerk));
        QVERIFY(page->setPermissionChecked(ClubPermission::clubSettings(), true));
        QVERIFY(page->hasChanges());
        click(page, "saveButton");
        QCOMPARE(page->errorText(), QString());
        QVERIFY(!page->hasChanges());

        UserRepository users(m_store);
        QVERIFY(StaffPermissions(users.actor(m_clerk)).canChangeClubSettings());
        QVERIFY(auditActions().contains(QStringLiteral("permission.grant")));
        const Session clerk = sessionOf(m_clerk);
        QStringList keys;
        for (const auto &section : SettingsPages::staffSections(clerk))
            keys << section.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("club-settings"), QStringLiteral("item-types")}));

        // and taking it away closes them again
        QVERIFY(page->selectPrincipal(m_clerk));
        QVERIFY(page->setPermissionChecked(ClubPermission::clubSettings(), false));
        QVERIFY(page->save());
        QVERIFY(SettingsPages::staffSections(sessionOf(m_clerk)).isEmpty()); // at the clerk's next sign-in
        QVERIFY(auditActions().contains(QStringLiteral("permission.revoke")));
    }

    void groupMembershipGivesTheGroupsPermissions()
    {
        UserGroup finance;
        finance.name = QStringLiteral("مالی");
        UserRepository users(m_store);
        QVERIFY(users.insertGroup(finance));
        QVERIFY(users.grantToGroup(finance.id, ClubPermission::usersManager()));

        const Session admin = sessionOf(m_admin);
        StaffPermissionsPage page(admin);
        page.show();
        QVERIFY(users.grantToGroup(finance.id, QStringLiteral("reports.view"))); // a key this page does not list
        QVERIFY(page.selectPrincipal(finance.id));
        QVERIFY(!page.hasChanges());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(page.setMembershipChecked(m_clerk, true));
        QVERIFY2(page.save(), qPrintable(page.errorText()));
        QVERIFY(users.permissionsOfGroup(finance.id).contains(QStringLiteral("reports.view"))); // left alone
        QCOMPARE(users.groupIdsOf(m_clerk), QStringList{finance.id});
        QVERIFY(auditActions().contains(QStringLiteral("group.member.add")));
        const Session clerk = sessionOf(m_clerk);
        // a user manager gets the staff users list and the permissions page, nothing else
        QStringList keys;
        for (const SectionKit::Section &section : SettingsPages::staffSections(clerk))
            keys << section.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("staff-users"), QStringLiteral("staff-permissions")}));
    }
};

QTEST_MAIN(TestSettingsPages)
#include "tst_settings_pages.moc"
