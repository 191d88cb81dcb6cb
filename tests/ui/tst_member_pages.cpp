// The club members pages as staff use them, offscreen: create and edit members through the
// dialogs, every row action, the licence limit, «تعریف کاربر» on an identity, and the bulk user
// wizard from a file with broken rows and from a selection of identities.
#include "models/auth/PasswordHasher.h"
#include "models/club/ClubMemberService.h"
#include "models/club/ClubSettings.h"
#include "models/club/ClubUserImport.h"
#include "models/identities/Identity.h"
#include "models/persian/Validators.h"
#include "models/core/AuditLog.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/CategoryRepository.h"
#include "models/auth/UserRepository.h"
#include "tests/support/DialogScript.h"
#include "tests/support/TestSupport.h"
#include "ui/shell/Labels.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"
#include "ui/members/BulkUserWizard.h"
#include "ui/members/ImportPlanModel.h"
#include "ui/members/MemberLabels.h"
#include "ui/members/MemberDialogs.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QMenu>
#include <QImage>

#include <memory>

using TestSupport::TempStore;
using TestSupport::answer;
using TestSupport::type;
using TestSupport::verifyFinished;

namespace {

// The fields every new member needs, as a person fills them in.
void fillNewMember(QWidget *d, const QString &first, const QString &last, const QString &email, const QString &username,
                   const QString &password)
{
    type(d, "firstNameEdit", first);
    type(d, "lastNameEdit", last);
    type(d, "emailEdit", email);
    type(d, "usernameEdit", username);
    type(d, "passwordEdit", password);
    type(d, "repeatEdit", password);
}

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

QString errorText(QWidget *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(20000))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

enum Col { Username, Kind, Name, State, LastSignIn, CreatedBy };

QString stateWord(const char *code)
{
    return MemberLabels::states().value(QLatin1String(code));
}

} // namespace

class TestMemberPages : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TempStore> m_t;
    Session m_admin;
    const QString m_password = QStringLiteral("Secret-1234");

    Store &store() { return m_t->store(); }

    QString addIdentity(const QString &first, const QString &profile, const QString &customerNumber = {})
    {
        Identity i;
        i.firstName = first;
        i.lastName = QStringLiteral("آزمون");
        i.profileType = IdentityCode::profileType(profile).value();
        i.customerNumber = customerNumber;
        IdentityRepository repo(store());
        if (!repo.insert(i))
            qFatal("identity: %s", qPrintable(repo.lastError()));
        return i.id;
    }
    User addUser(const QString &username, const QString &kind, const QString &identityId = {})
    {
        User u;
        u.username = username;
        u.kind = UserKindCode::fromText(kind);
        u.identityId = identityId;
        u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(m_password);
        UserRepository repo(store());
        if (!repo.insert(u))
            qFatal("user: %s", qPrintable(repo.lastError()));
        return u;
    }
    Session sessionOf(const User &u)
    {
        Session s = Workspace::sessionFor(store(), u);
        s.store = &store();
        return s;
    }
    // Fills the licence of agents (standard edition: 15) up to `active` active agents.
    void addActiveAgents(int active)
    {
        for (int i = 0; i < active; ++i)
            addUser(QStringLiteral("agent-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("agent"),
                    addIdentity(QStringLiteral("نماینده"), QStringLiteral("agent")));
    }
    qint64 liveUsers() { return TestSupport::listIds(store(), UserRepository(store()).list(UserFilter())).size(); }

    ListPage *openMembers(MainWindow &window, const QString &key, const QString &search)
    {
        auto *page = qobject_cast<ListPage *>(window.openSection(key));
        if (!page)
            return nullptr;
        page->searchEdit()->setText(search);
        page->reload();
        return page;
    }
    QString cell(ListPage *page, int column, int row = 0)
    {
        return page->model()->data(page->model()->index(row, column)).toString();
    }
    void trigger(ListPage *page, const char *action)
    {
        auto *a = page->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(a, action);
        page->selectRow(0);
        QVERIFY2(a->isEnabled(), action);
        a->trigger();
    }
    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_t->dir() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TempStore>();
        QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorText()));
        const User admin = addUser(QStringLiteral("admin"), QStringLiteral("staff"),
                                   addIdentity(QStringLiteral("مریم"), QStringLiteral("operator")));
        QVERIFY(UserRepository(store()).grantToUser(admin.id, QStringLiteral("system.admin")));
        m_admin = sessionOf(admin);
        Category category;
        category.name = QStringLiteral("اعضای باشگاه");
        QVERIFY(CategoryRepository(store()).insert(category));
        ClubSettings settings(store());
        for (ClubKind k : {ClubKind::Customer, ClubKind::Agent}) {
            QVERIFY(settings.setModuleEnabled(k, true));
            QVERIFY(settings.setDefaultCategory(k, category.id));
        }
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("signedInAsWindow"))
                w->close();
        m_t.reset();
    }

    void pagesFollowThePermissionToManage()
    {
        MainWindow admin(m_admin, Workspace::sections(m_admin));
        QVERIFY(admin.sectionKeys().contains(QStringLiteral("customer-members")));
        QVERIFY(admin.sectionKeys().contains(QStringLiteral("agent-members")));

        const User clerk = addUser(QStringLiteral("clerk"), QStringLiteral("staff"));
        const Session clerkSession = sessionOf(clerk);
        MainWindow plain(clerkSession, Workspace::sections(clerkSession));
        QVERIFY(!plain.sectionKeys().contains(QStringLiteral("customer-members")));
        QVERIFY(!plain.sectionKeys().contains(QStringLiteral("agent-members")));

        QVERIFY(UserRepository(store()).grantToUser(clerk.id, ClubPermission::manageMembers(ClubKind::Agent)));
        const Session nextSignIn = sessionOf(clerk); // a window follows the permissions read at sign-in
        MainWindow agentsOnly(nextSignIn, Workspace::sections(nextSignIn));
        QVERIFY(!agentsOnly.sectionKeys().contains(QStringLiteral("customer-members")));
        QVERIFY(agentsOnly.sectionKeys().contains(QStringLiteral("agent-members")));
    }

    void createMemberThroughTheDialog()
    {
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openMembers(window, QStringLiteral("customer-members"), QStringLiteral("sara"));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QString firstError;
        {
            Ask::Script script;
            script.dialog(answer<MemberCreateDialog>([&](MemberCreateDialog *d) {
                fillNewMember(d, QStringLiteral("سارا"), QStringLiteral("محمدی"), QStringLiteral("sara@example.com"),
                              QStringLiteral("sara.m"), QStringLiteral("Sara-Club-2024"));
                type(d, "nationalIdEdit", QStringLiteral("1234567890")); // bad checksum
                type(d, "mobileEdit", QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"));
                clickOk(d);
                firstError = errorText(d);
                type(d, "nationalIdEdit", QStringLiteral("0499370899"));
                clickOk(d);
                if (d->isVisible())
                    d->reject();
            }));
            page->findChild<QAction *>(QStringLiteral("createMemberAction"))->trigger();
            verifyFinished(script);
        }
        QVERIFY(!firstError.isEmpty()); // the national ID was refused before anything was written
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(page, Username), QStringLiteral("sara.m"));
        QCOMPARE(cell(page, State), stateWord("active"));
        const auto user = UserRepository(store()).findByUsername(QStringLiteral("sara.m"));
        QVERIFY(user);
        QCOMPARE(user->mobile, QStringLiteral("09121234567"));
        QCOMPARE(IdentityRepository(store()).get(user->identityId)->nationalId, QStringLiteral("0499370899"));
    }

    void rowActionsChangeWhatTheListShows()
    {
        const User member = addUser(QStringLiteral("member1"), QStringLiteral("customer"),
                                    addIdentity(QStringLiteral("علی"), QStringLiteral("customer")));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openMembers(window, QStringLiteral("customer-members"), QStringLiteral("member1"));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        trigger(page, "deactivateMemberAction");
        QCOMPARE(cell(page, State), stateWord("inactive"));
        trigger(page, "activateMemberAction");
        QCOMPARE(cell(page, State), stateWord("active"));
        trigger(page, "suspendMemberAction");
        QCOMPARE(cell(page, State), stateWord("suspended"));
        trigger(page, "liftSuspensionMemberAction");
        QCOMPARE(cell(page, State), stateWord("active"));
        QVERIFY(UserRepository(store()).recordFailedAttempt(member.id, 1) > 0);
        page->model()->refresh();
        QCOMPARE(cell(page, State), stateWord("locked"));
        trigger(page, "unlockMemberAction");
        QCOMPARE(cell(page, State), stateWord("active"));

        // the filters narrow by state
        page->filterCombo()->setCurrentIndex(page->filterCombo()->findData(QStringLiteral("suspended:1")));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        page->filterCombo()->setCurrentIndex(page->filterCombo()->findData(QStringLiteral("via:staff")));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->filterCombo()->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 1);

        {
            Ask::Script script;
            script.dialog(answer<MemberEditDialog>([&](MemberEditDialog *d) {
                type(d, "emailEdit", QStringLiteral("ali@example.com"));
                type(d, "mobileEdit", QStringLiteral("09351234567"));
                clickOk(d);
                if (d->isVisible())
                    d->reject();
            }));
            trigger(page, "editMemberAction");
            verifyFinished(script);
        }
        QCOMPARE(UserRepository(store()).get(member.id)->mobile, QStringLiteral("09351234567"));

        int activityRows = -1;
        {
            Ask::Script script;
            script.dialog(answer<QDialog>([&](QDialog *d) {
                auto *list = d->findChild<ListPage *>();
                QTRY_VERIFY(list && list->model()->rowCount() > 0);
                activityRows = list->model()->rowCount();
                d->reject();
            }));
            trigger(page, "memberActivityAction");
            verifyFinished(script);
        }
        QVERIFY2(activityRows >= 6, qPrintable(QString::number(activityRows))); // deactivate, activate, suspend, lift, unlock, edit

        trigger(page, "signInAsMemberAction");
        MainWindow *as = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("signedInAsWindow"))
                as = qobject_cast<MainWindow *>(w);
        QVERIFY(as);
        QCOMPARE(as->session().userId, member.id);
        QVERIFY(as->isVisible());
        as->close();
        QVERIFY(TestSupport::runList(store(), AuditLog(store()).list(member.id)).size() >= 7); // the six above and the sign-in as

        {
            Ask::Script script;
            script.confirm(true);
            trigger(page, "deleteMemberAction");
            verifyFinished(script);
        }
        QTRY_COMPARE(page->model()->rowCount(), 0); // a member without records is deleted
        QVERIFY(!UserRepository(store()).get(member.id));
    }

    // At 1366 px the toolbar shows the clerk's everyday actions and «بیشتر»; the rest are in
    // that menu and in the list's context menu, the same QActions everywhere. The member's state
    // is one coloured column.
    void toolbarKeepsTheEverydayActionsAndOneStateColumn()
    {
        const User member = addUser(QStringLiteral("member1"), QStringLiteral("customer"),
                                    addIdentity(QStringLiteral("علی"), QStringLiteral("customer")));
        QVERIFY(UserRepository(store()).setSuspended(member.id, true));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.resize(1366, 768);
        window.show();
        ListPage *page = openMembers(window, QStringLiteral("customer-members"), QStringLiteral("member1"));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *toolbar = page->findChild<QToolBar *>(QStringLiteral("actionsToolBar"));
        QVERIFY(toolbar);
        QStringList onBar;
        for (QAction *a : toolbar->actions())
            if (!a->objectName().isEmpty())
                onBar << a->objectName();
        QCOMPARE(onBar, (QStringList{QStringLiteral("createMemberAction"), QStringLiteral("editMemberAction"),
                                     QStringLiteral("approveMemberAction"), QStringLiteral("setPasswordMemberAction")}));
        auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("moreMemberActionsButton"));
        QVERIFY(more && more->menu());
        for (QAction *a : toolbar->actions()) { // nothing behind the extension arrow
            QWidget *w = toolbar->widgetForAction(a);
            QVERIFY2(w && w->isVisible(), qPrintable(a->text()));
        }
        auto *extension = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(!extension || !extension->isVisible());

        const QList<QAction *> inMenu = more->menu()->actions();
        for (const char *name : {"bulkUsersAction", "rejectMemberAction", "activateMemberAction", "suspendMemberAction",
                                 "unlockMemberAction", "signInAsMemberAction", "deleteMemberAction"}) {
            auto *a = page->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a && inMenu.contains(a), name);
            QVERIFY2(!toolbar->actions().contains(a), name);
        }
        const QList<QAction *> context = page->table()->actions();
        QCOMPARE(page->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
        for (QAction *a : inMenu + toolbar->actions())
            QVERIFY2(toolbar->widgetForAction(a) == more || context.contains(a), qPrintable(a->text()));
        // one object: selecting a row enables it on the toolbar, in «بیشتر» and in the context menu
        auto *remove = page->findChild<QAction *>(QStringLiteral("deleteMemberAction"));
        page->table()->clearSelection();
        QTRY_VERIFY(!remove->isEnabled());
        page->selectRow(0);
        QVERIFY(remove->isEnabled());

        // one column says the state, in words and colour
        QStringList titles;
        for (int c = 0; c < page->model()->columnCount(); ++c)
            titles << page->model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(titles.size(), 6);
        QCOMPARE(titles.value(State), Workspace::tr("State"));
        for (const QString &gone : {Workspace::tr("Registration"), Workspace::tr("Active"), Workspace::tr("Suspended"),
                                    Workspace::tr("Locked")})
            QVERIFY2(!titles.contains(gone), qPrintable(gone));
        QCOMPARE(cell(page, State), stateWord("suspended"));
        auto *badge = qobject_cast<BadgeDelegate *>(page->table()->itemDelegateForColumn(State));
        QVERIFY(badge);
        const QColor fill = badge->coloursOf(QStringLiteral("suspended")).fill;
        QVERIFY(fill.isValid() && fill != badge->coloursOf(QStringLiteral("active")).fill);
        page->table()->clearSelection(); // the badge, not the selection colour
        const QRect cellRect = page->table()->visualRect(page->model()->index(0, State));
        const QImage shot = page->table()->viewport()->grab(cellRect).toImage();
        int tinted = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                tinted += shot.pixelColor(x, y).rgb() == fill.rgb();
        QVERIFY2(tinted > 50, qPrintable(QString::number(tinted)));
    }

    void pendingAgentIsApproved()
    {
        User agent = addUser(QStringLiteral("agent-new"), QStringLiteral("agent"),
                             addIdentity(QStringLiteral("رضا"), QStringLiteral("agent")));
        QVERIFY(UserRepository(store()).setRegistrationStatus(agent.id, RegistrationStatus::Pending));
        QVERIFY(UserRepository(store()).setActive(agent.id, false));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openMembers(window, QStringLiteral("agent-members"), QStringLiteral("agent-new"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(page, State), stateWord("pending"));
        trigger(page, "approveMemberAction");
        QCOMPARE(cell(page, State), stateWord("active")); // approval activates (rule 7)
    }

    void fullLicenceRefusesANewMember()
    {
        addActiveAgents(ClubSettings::kStandardAgentLimit);
        const qint64 users = liveUsers();
        const qint64 identities = IdentityRepository(store()).count(IdentityFilter());
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        ListPage *page = openMembers(window, QStringLiteral("agent-members"), QString());
        QVERIFY(page);
        QString error;
        bool stayedOpen = false;
        {
            Ask::Script script;
            script.dialog(answer<MemberCreateDialog>([&](MemberCreateDialog *d) {
                fillNewMember(d, QStringLiteral("نیما"), QStringLiteral("کریمی"), QStringLiteral("nima@example.com"),
                              QStringLiteral("nima.k"), QStringLiteral("Nima-Club-2024"));
                clickOk(d);
                error = errorText(d);
                stayedOpen = d->isVisible();
                d->reject();
            }));
            script.confirm(true); // cancelling what was typed asks first
            page->findChild<QAction *>(QStringLiteral("createMemberAction"))->trigger();
            verifyFinished(script);
        }
        QVERIFY(stayedOpen);
        QCOMPARE(error, ClubMemberService(store(), TestSupport::actorOf(store(), m_admin.userId)).checkLicence(ClubKind::Agent, 1));
        QVERIFY(!error.isEmpty());
        QCOMPARE(liveUsers(), users);
        QCOMPARE(IdentityRepository(store()).count(IdentityFilter()), identities);
    }

    void wizardShowsBrokenRowsAndWritesNothing()
    {
        addActiveAgents(ClubSettings::kStandardAgentLimit - 1); // one seat left
        const qint64 users = liveUsers();
        const QString csv = writeFile(QStringLiteral("agents.csv"),
            QStringLiteral("first_name,last_name,email,mobile,national_id,username,password\n"
                           "Ali,Rezaei,ali@example.com,09121234567,0499370899,ali.rezaei,Strong-Pass-1\n"
                           "Bad,Code,bad@example.com,09121234568,1234567890,bad.code,Strong-Pass-1\n"
                           "Twice,Named,twice@example.com,09121234569,0013542419,ali.rezaei,Strong-Pass-1\n"
                           "Weak,Password,weak@example.com,09121234570,0084575948,weak.pass,short\n"
                           "Only,Three,columns\n"
                           "Over,Licence,over@example.com,09121234571,4608968882,over.licence,Strong-Pass-1\n"));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("agent-members")));
        bool opened = false;
        {
            Ask::Script script;
            script.dialog(answer<BulkUserWizard>([&](BulkUserWizard *w) {
                opened = w->kind() == ClubKind::Agent;
                w->reject();
            }));
            page->findChild<QAction *>(QStringLiteral("bulkUsersAction"))->trigger();
            verifyFinished(script);
        }
        QVERIFY(opened);

        BulkUserWizard wizard(m_admin, ClubKind::Agent);
        wizard.show();
        wizard.findChild<QRadioButton *>(QStringLiteral("fileRadio"))->click();
        type(&wizard, "fileEdit", csv);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::MappingPage));
        // every column was matched by its name
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("column_national_id"))->currentText(), QStringLiteral("national_id"));
        wizard.findChild<QComboBox *>(QStringLiteral("passwordRuleCombo"))->setCurrentIndex(1); // from the file
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::PreviewPage));

        auto *table = wizard.findChild<QTableView *>(QStringLiteral("previewTable"));
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 6);
        QHash<int, QString> reasons; // line -> reason, for the rows with errors
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, ImportPlanModel::Action), Qt::UserRole).toString() == QLatin1String("error"))
                reasons.insert(r + 2, model->data(model->index(r, ImportPlanModel::Reason)).toString());
        QCOMPARE(reasons.keys().size(), 5);
        QVERIFY(!reasons.contains(2));
        QCOMPARE(reasons.value(3), Persian::Validate::errorMessage(Persian::Validate::Field::NationalCode,
                                                                   Persian::Validate::checkNationalCode(u"1234567890")));
        QVERIFY2(reasons.value(4).contains(QLatin1String("line 2")), qPrintable(reasons.value(4)));
        QCOMPARE(reasons.value(5), PasswordPolicy().check(QStringLiteral("short")));
        QVERIFY2(reasons.value(6).contains(QLatin1String("3 of the 7 columns")), qPrintable(reasons.value(6)));
        QVERIFY2(reasons.value(7).contains(QLatin1String("licence")), qPrintable(reasons.value(7)));
        // "only problems" hides the good row
        QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("onlyProblemsCheck"))->isChecked());
        QVERIFY(table->isRowHidden(0));

        wizard.next(); // Import: refused as a whole
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::SummaryPage));
        QVERIFY(!wizard.import().summary().written);
        QCOMPARE(liveUsers(), users);
        QVERIFY(!UserRepository(store()).findByUsername(QStringLiteral("ali.rezaei")));
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("saveErrorsButton"))->isEnabled());
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("saveLettersButton"))->isEnabled());
        const QString errors = m_t->dir() + QStringLiteral("/errors.csv");
        QVERIFY(wizard.saveErrorFile(errors));
        QFile f(errors);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n')).size(), 1 + 5);
    }

    void wizardCreatesAccountsForChosenIdentitiesWithLetters()
    {
        const QStringList chosen{addIdentity(QStringLiteral("آرش"), QStringLiteral("customer"), QStringLiteral("C10001")),
                                 addIdentity(QStringLiteral("بهار"), QStringLiteral("customer"), QStringLiteral("C10002")),
                                 addIdentity(QStringLiteral("پویا"), QStringLiteral("customer"), QStringLiteral("C10003"))};
        addUser(QStringLiteral("has-account"), QStringLiteral("customer"),
                addIdentity(QStringLiteral("دارا"), QStringLiteral("customer"), QStringLiteral("C10004")));
        BulkUserWizard wizard(m_admin, ClubKind::Customer);
        wizard.show();
        auto *picker = wizard.findChild<ListPage *>(QStringLiteral("identityPicker"));
        QVERIFY(picker);
        QTRY_COMPARE(picker->model()->rowCount(), 3); // customers without an account
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        for (int r = 0; r < 3; ++r)
            QTest::mouseClick(picker->table()->viewport(), Qt::LeftButton, {},
                              picker->table()->visualRect(picker->model()->index(r, 0)).center());
        QCOMPARE(picker->table()->selectionModel()->selectedRows().size(), 3);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::MappingPage));
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("usernameRuleCombo"))->currentIndex(), 1); // customer number
        wizard.next();
        QCOMPARE(wizard.import().plans().size(), 3);
        for (const auto &p : wizard.import().plans())
            QCOMPARE(ImportPlanModel::actionCode(p.action), QStringLiteral("create"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(BulkUserWizard::SummaryPage));
        QVERIFY2(wizard.import().summary().written, qPrintable(wizard.import().summaryText()));
        UserRepository users(store());
        for (const QString &id : chosen) {
            const auto u = users.findByIdentity(id);
            QVERIFY(u);
            QVERIFY(u->active);
            QCOMPARE(u->createdVia, QStringLiteral("bulk"));
        }
        QVERIFY(users.findByUsername(QStringLiteral("c10002")));

        const QString pdf = m_t->dir() + QStringLiteral("/letters.pdf");
        QVERIFY(wizard.saveLetters(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
        QCOMPARE(pdfPages(pdf), 3);
        if (const QString keep = qEnvironmentVariable("VAFA_KEEP_LETTERS"); !keep.isEmpty())
            QFile::copy(pdf, keep); // to look at the letters by eye
        const QString credentials = m_t->dir() + QStringLiteral("/credentials.csv");
        QVERIFY(wizard.saveCredentialsFile(credentials));
        QVERIFY(QFile::exists(credentials));
    }

    void defineUserOnAnIdentity()
    {
        const QString identity = addIdentity(QStringLiteral("کیان"), QStringLiteral("customer"), QStringLiteral("C20001"));
        MainWindow window(m_admin, Workspace::sections(m_admin));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("identities")));
        QVERIFY(page);
        page->searchEdit()->setText(QStringLiteral("کیان"));
        page->reload();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QString shownName;
        {
            Ask::Script script;
            script.dialog(answer<DefineUserDialog>([&](DefineUserDialog *d) {
                shownName = d->findChild<QLabel *>(QStringLiteral("identityValue"))->text();
                QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("C20001"));
                type(d, "passwordEdit", QStringLiteral("Kian-Club-2024"));
                type(d, "repeatEdit", QStringLiteral("Kian-Club-2024"));
                clickOk(d);
                if (d->isVisible())
                    d->reject();
            }));
            trigger(page, "defineUserAction");
            verifyFinished(script);
        }
        QVERIFY(shownName.contains(QStringLiteral("کیان")));
        const auto user = UserRepository(store()).findByIdentity(identity);
        QVERIFY(user);
        QCOMPARE(user->username, QStringLiteral("c20001"));
        QCOMPARE(user->createdVia, QStringLiteral("identity"));
    }

    void newPasswordDialogHoldsThePolicy()
    {
        NewPasswordDialog dialog{PasswordPolicy(), QString()};
        dialog.show();
        type(&dialog, "passwordEdit", QStringLiteral("Fresh-4567"));
        type(&dialog, "repeatEdit", QStringLiteral("Fresh-4568"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!errorText(&dialog).isEmpty());
        type(&dialog, "passwordEdit", QStringLiteral("weak"));
        type(&dialog, "repeatEdit", QStringLiteral("weak"));
        clickOk(&dialog);
        QCOMPARE(errorText(&dialog), PasswordPolicy().check(QStringLiteral("weak")));
        type(&dialog, "passwordEdit", QStringLiteral("Fresh-4567"));
        type(&dialog, "repeatEdit", QStringLiteral("Fresh-4567"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.password(), QStringLiteral("Fresh-4567"));
    }
};

QTEST_MAIN(TestMemberPages)
#include "tst_member_pages.moc"
