#include "models/auth/PasswordHasher.h"
#include "models/club/ClubSettings.h"
#include "models/finance/Document.h"
#include "models/identities/Identity.h"
#include "models/auth/User.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/loyalty/PointRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/tickets/TicketRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "models/club/ClubMemberService.h"
#include "ui/shell/Workspace.h"
#include "ui/club/ClubDashboardPage.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"

#include "models/auth/SignIn.h"

#include <QAction>
#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Signs in through the real dialog as each kind of user and opens every page of the
// workspace, as a person would, offscreen.
class TestShell : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Store m_store;
    QString m_customerIdentity;
    QString m_invoiceType;

    QString addIdentity(const QString &first, const QString &last, const QString &profile, const QString &agentUser = {})
    {
        Identity i;
        i.firstName = first;
        i.lastName = last;
        i.profileType = IdentityCode::profileType(profile).value();
        i.createdByAgentId = agentUser;
        IdentityRepository repo(m_store);
        if (!repo.insert(i))
            qFatal("identity: %s", qPrintable(repo.lastError()));
        return i.id;
    }
    QString addUser(const QString &username, const QString &kind, const QString &identityId)
    {
        User u;
        u.username = username;
        u.kind = UserKindCode::fromText(kind);
        u.identityId = identityId;
        u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(QStringLiteral("Secret-1234"));
        UserRepository repo(m_store);
        if (!repo.insert(u))
            qFatal("user: %s", qPrintable(repo.lastError()));
        return u.id;
    }
    void addInvoice(const QString &identityId, const QString &status, qint64 price, const QString &type = {})
    {
        Document d;
        d.kind = QStringLiteral("invoice");
        d.itemTypeId = type.isEmpty() ? m_invoiceType : type;
        d.identityId = identityId;
        d.number = QStringLiteral("1403-%1").arg(price);
        d.issueDate = QDate(2024, 11, 5);
        d.approval.status = ApprovalStatusCode::parse(status).value();
        DocumentLine line;
        line.description = QStringLiteral("خدمات پشتیبانی");
        line.unitPrice = price;
        d.lines << line;
        DocumentRepository repo(m_store);
        if (!repo.insert(d))
            qFatal("document: %s", qPrintable(repo.lastError()));
    }

    Session signIn(const QString &username, const QString &password, QString *error = nullptr)
    {
        SignInService service(m_store, PasswordHasher(PasswordHasher::Strength::Minimum));
        LoginDialog dialog([&](const QString &user, const QString &pass, Session *session, QString *message) {
                               const SignInResult r = service.signIn(user, pass);
                               if (!r.ok) {
                                   *message = r.message();
                                   return false;
                               }
                               *session = Workspace::sessionFor(m_store, r.user);
                               return true;
                           },
                           QString());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("usernameLineEdit")), username);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit")), password);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (error)
            *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        return dialog.result() == QDialog::Accepted ? dialog.session() : Session();
    }

    // Opens every section and returns the row count of each list page.
    QMap<QString, int> openEverySection(MainWindow &window)
    {
        QMap<QString, int> rows;
        for (const QString &key : window.sectionKeys()) {
            QWidget *page = window.openSection(key);
            if (!page)
                QTest::qFail(qPrintable(QStringLiteral("no page for ") + key), __FILE__, __LINE__);
            if (auto *list = qobject_cast<ListPage *>(page)) {
                // rows are read after the page's first paint
                if (!QTest::qWaitFor([list] { return list->isLoaded(); }, 2000))
                    QTest::qFail(qPrintable(QStringLiteral("no rows read for ") + key), __FILE__, __LINE__);
                rows.insert(key, list->model()->rowCount());
            } else {
                rows.insert(key, -1);
            }
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        AppSetup::installFonts(*qApp);
        AppSetup::applyLanguage(*qApp, QStringLiteral("fa"));
        QVERIFY(m_store.openSqlite(m_dir.filePath(QStringLiteral("shell.vafa"))));
        const QString admin = addUser(QStringLiteral("admin"), QStringLiteral("staff"),
                                      addIdentity(QStringLiteral("مریم"), QStringLiteral("کاظمی"), QStringLiteral("operator")));
        QVERIFY(UserRepository(m_store).grantToUser(admin, QStringLiteral("system.admin")));
        const QString agentIdentity = addIdentity(QStringLiteral("رضا"), QStringLiteral("نوری"), QStringLiteral("agent"));
        const QString agentUser = addUser(QStringLiteral("agent1"), QStringLiteral("agent"), agentIdentity);
        m_customerIdentity = addIdentity(QStringLiteral("علی"), QStringLiteral("رضایی"), QStringLiteral("customer"), agentUser);
        addUser(QStringLiteral("customer1"), QStringLiteral("customer"), m_customerIdentity);
        addIdentity(QStringLiteral("زهرا"), QStringLiteral("احمدی"), QStringLiteral("customer"));
        ClubSettings settings(m_store);
        QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
        QVERIFY(settings.setModuleEnabled(ClubKind::Agent, true));
        ItemType invoice;
        invoice.entity = QStringLiteral("invoice");
        invoice.code = QStringLiteral("INV");
        invoice.name = QStringLiteral("فاکتور فروش");
        invoice.customerCanView = invoice.agentCanView = true;
        QVERIFY(ItemTypeRepository(m_store).insert(invoice));
        m_invoiceType = invoice.id;
        ItemType internal; // a type club users may not view (its flags stay off)
        internal.entity = QStringLiteral("invoice");
        internal.code = QStringLiteral("INT");
        internal.name = QStringLiteral("فاکتور داخلی");
        QVERIFY(ItemTypeRepository(m_store).insert(internal));
        addInvoice(m_customerIdentity, QStringLiteral("approved"), 1250000);
        addInvoice(m_customerIdentity, QStringLiteral("pending"), 900000);
        addInvoice(m_customerIdentity, QStringLiteral("approved"), 300000, internal.id);
    }

    void layoutIsRightToLeftInPersian()
    {
        QCOMPARE(qApp->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(qApp->font().family(), QStringLiteral("Vazirmatn"));
    }

    // AppSetup's style reads the menu bar's overflow icon only when it is first drawn: the icon
    // must be the one the platform's style gives, in both directions.
    void menuBarOverflowIconIsThePlatformStyles()
    {
        const auto *proxy = qobject_cast<const QProxyStyle *>(qApp->style());
        QVERIFY(proxy);
        std::unique_ptr<QStyle> platform(QStyleFactory::create(proxy->baseStyle()->name()));
        QVERIFY(platform);
        for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
            for (const auto direction : {Qt::RightToLeft, Qt::LeftToRight}) {
                QStyleOption option;
                option.direction = direction;
                const QImage expected = platform->standardIcon(which, &option).pixmap(16).toImage();
                const QIcon icon = qApp->style()->standardIcon(which, &option);
                QVERIFY(!icon.isNull());
                QCOMPARE(icon.pixmap(16).toImage(), expected);
            }
        }
        // without an option, from the application's direction, as QMenuBar asks for it
        QStyleOption rtl;
        rtl.direction = qApp->layoutDirection();
        QCOMPARE(qApp->style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage(),
                 platform->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rtl).pixmap(16).toImage());
    }

    void wrongPasswordIsRefusedWithAMessage()
    {
        QString error;
        const Session s = signIn(QStringLiteral("admin"), QStringLiteral("wrong"), &error);
        QVERIFY(s.userId.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void staffSeesTheBackOffice()
    {
        Session s = signIn(QStringLiteral("admin"), QStringLiteral("Secret-1234"));
        QCOMPARE(s.kind, UserKind::Staff);
        QCOMPARE(s.displayName, QStringLiteral("مریم کاظمی"));
        MainWindow window(s, Workspace::sections(s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // this company's profile is not complete yet: its administrator starts on what is left to do
        const QStringList expected{QStringLiteral("getting-started"), QStringLiteral("identities"), QStringLiteral("categories"),
                                   QStringLiteral("customer-members"),
                                   QStringLiteral("agent-members"), QStringLiteral("documents"),
                                   QStringLiteral("receipts"), QStringLiteral("balances"), // no type here needs approval
                                   QStringLiteral("products"), QStringLiteral("financial-accounts"),
                                   QStringLiteral("numbering-patterns"), QStringLiteral("templates"), QStringLiteral("tickets"),
                                   QStringLiteral("cartable"), QStringLiteral("club-settings"),
                                   QStringLiteral("item-types"), QStringLiteral("company-profile"),
                                   QStringLiteral("staff-users"), QStringLiteral("staff-permissions")};
        QVERIFY2(window.sectionKeys() == expected, qPrintable(window.sectionKeys().join(QLatin1Char(' '))));
        const auto rows = openEverySection(window);
        QCOMPARE(rows.value(QStringLiteral("identities")), 4);
        QCOMPARE(rows.value(QStringLiteral("customer-members")), 1);
        QCOMPARE(rows.value(QStringLiteral("documents")), 3);
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("مریم کاظمی")));
    }

    // A company whose file cannot be written opens for looking: the window says so above the
    // work, and a change through the screens' services is refused with the read-only sentence.
    void aReadOnlyCompanySaysSoAndSavesNothing()
    {
        Session s = signIn(QStringLiteral("admin"), QStringLiteral("Secret-1234"));
        {
            MainWindow writable(s, Workspace::sections(s));
            QVERIFY(!writable.findChild<QLabel *>(QStringLiteral("readOnlyNotice")));
        }
        Store readOnly;
        Store::OpenOptions open;
        open.readOnly = true;
        QVERIFY2(readOnly.openSqlite(m_store.path(), open), qPrintable(readOnly.errorDetail()));
        s.store = &readOnly;
        MainWindow window(s, Workspace::sections(s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("فقط‌خواندنی")), qPrintable(notice->text()));
        const QString member = UserRepository(readOnly).findByUsername(QStringLiteral("customer1"))->id;
        const ClubActionResult r = ClubMemberService(readOnly, s.actor()).setSuspended(member, true);
        QCOMPARE(r.error, readOnly.writeFailureMessage());
        QVERIFY(r.error.contains(QStringLiteral("فقط‌خواندنی")));
    }

    void staffSuspendsAndLiftsAMember()
    {
        Session s = signIn(QStringLiteral("admin"), QStringLiteral("Secret-1234"));
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("customer-members")));
        QVERIFY(page);
        page->searchEdit()->setText(QStringLiteral("customer1"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        auto *suspend = page->findChild<QAction *>(QStringLiteral("suspendMemberAction"));
        QVERIFY(suspend);
        QVERIFY(!suspend->isEnabled()); // nothing selected yet
        page->selectRow(0);
        QVERIFY(suspend->isEnabled());
        suspend->trigger();
        // the one state column (UserRepository::State) says it, in Persian
        QCOMPARE(page->model()->data(page->model()->index(0, UserRepository::State - 1)).toString(),
                 QStringLiteral("تعلیق شده"));
        QString error;
        QVERIFY(signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234"), &error).userId.isEmpty());
        QVERIFY(!error.isEmpty());
        page->selectRow(0);
        auto *lift = page->findChild<QAction *>(QStringLiteral("liftSuspensionMemberAction"));
        QVERIFY(lift);
        lift->trigger();
        QVERIFY(!signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234")).userId.isEmpty());
    }

    void searchNarrowsTheListWhateverTheSpelling()
    {
        Session s = signIn(QStringLiteral("admin"), QStringLiteral("Secret-1234"));
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("identities")));
        QVERIFY(page);
        page->searchEdit()->setText(QStringLiteral("علي")); // typed with the Arabic ya (keyClicks is ASCII-only)
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->data(page->model()->index(0, 0)).toString(), QStringLiteral("علی رضایی"));
    }

    void customerSeesOnlyTheirOwnClub()
    {
        Session s = signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234"));
        QCOMPARE(s.kind, UserKind::Customer);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        QVERIFY(!window.sectionKeys().contains(QStringLiteral("identities")));
        QVERIFY(!window.sectionKeys().contains(QStringLiteral("customers")));
        const auto rows = openEverySection(window);
        // only the approved invoice of a type customers may view (rules 22 and 23); the internal
        // one is hidden although it is approved and the customer's own
        QCOMPARE(rows.value(QStringLiteral("documents")), 1);
        QCOMPARE(rows.value(QStringLiteral("review")), 1);    // the pending one waits under review
        auto *dashboard = qobject_cast<ClubDashboardPage *>(window.openSection(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        // the balance counts every approved invoice of the customer's, viewable or not
        QVERIFY2(dashboard->balanceText().contains(QStringLiteral("۱٬۵۵۰٬۰۰۰")), qPrintable(dashboard->balanceText()));
        auto *recent = dashboard->findChild<QTableView *>(QStringLiteral("recentTableView"));
        QVERIFY(recent);
        QTRY_COMPARE(recent->model()->rowCount(), 1);
    }

    // A club account linked to no identity acts for nobody: it signs in and sees nothing, on
    // every list and on the dashboard (it used to see every customer's documents).
    void aClubUserWithoutIdentitySeesNothing()
    {
        addUser(QStringLiteral("orphan1"), QStringLiteral("customer"), QString());
        Session s = signIn(QStringLiteral("orphan1"), QStringLiteral("Secret-1234"));
        QCOMPARE(s.kind, UserKind::Customer);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        const auto rows = openEverySection(window);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (it.value() >= 0)
                QVERIFY2(it.value() == 0, qPrintable(it.key()));
        QVERIFY(rows.value(QStringLiteral("documents")) == 0 && rows.contains(QStringLiteral("receipts")));
        // an empty list says so instead of showing a blank grid
        auto *documents = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
        auto *empty = documents ? documents->findChild<QLabel *>(QStringLiteral("emptyLabel")) : nullptr;
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        auto *dashboard = qobject_cast<ClubDashboardPage *>(window.openSection(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        QVERIFY(dashboard->balanceText().isEmpty());
        QCOMPARE(dashboard->waitingText(), QStringLiteral("۰"));
    }

    // The club's switch is the company's: with the customer club off, its users cannot sign in.
    // A name is text: markup in it is shown as typed, and a very long one is cut with an
    // ellipsis (the whole name in the tooltip) instead of stretching the window.
    void namesAreShownAsPlainTextAndLongOnesElided()
    {
        const QString longName = QString(3000, QChar(0x0628));
        addUser(QStringLiteral("markup1"), QStringLiteral("customer"),
                addIdentity(QStringLiteral("<b>سارا</b>"), longName, QStringLiteral("customer")));
        Session s = signIn(QStringLiteral("markup1"), QStringLiteral("Secret-1234"));
        QVERIFY(!s.userId.isEmpty());
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *dashboard = qobject_cast<ClubDashboardPage *>(window.openSection(QStringLiteral("dashboard")));
        QVERIFY(dashboard);
        for (QLabel *label : {dashboard->findChild<QLabel *>(QStringLiteral("welcomeLabel")),
                              window.statusBar()->findChild<QLabel *>(QStringLiteral("userLabel"))}) {
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(label->text().contains(QStringLiteral("<b>سارا</b>")), qPrintable(label->text()));
            QVERIFY(label->text().size() < 400);
            QVERIFY(label->toolTip().contains(longName));
            QVERIFY(label->sizeHint().width() < 1000);
        }
        QVERIFY(window.width() <= 1366);
    }

    // Every code a list shows reaches people in Persian: a ticket's priority too.
    void ticketPrioritiesShowInPersian()
    {
        ItemType kind;
        kind.entity = QStringLiteral("ticket");
        kind.code = QStringLiteral("TCK");
        kind.name = QStringLiteral("درخواست پشتیبانی");
        QVERIFY(ItemTypeRepository(m_store).insert(kind));
        Ticket t;
        t.itemTypeId = kind.id;
        t.identityId = m_customerIdentity;
        t.subject = QStringLiteral("چاپگر کار نمی‌کند");
        t.priority = TicketPriority::High;
        QVERIFY(TicketRepository(m_store).insert(t));
        Session s = signIn(QStringLiteral("admin"), QStringLiteral("Secret-1234"));
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *tickets = qobject_cast<ListPage *>(window.openSection(QStringLiteral("tickets")));
        QVERIFY(tickets);
        QTRY_VERIFY(tickets->isLoaded() && tickets->model()->rowCount() == 1);
        QCOMPARE(tickets->model()->data(tickets->model()->index(0, 4)).toString(), QStringLiteral("زیاد"));
    }

    void aClosedClubRefusesItsUsersAtSignIn()
    {
        ClubSettings settings(m_store);
        QVERIFY(settings.setModuleEnabled(ClubKind::Customer, false));
        QString error;
        QVERIFY(signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234"), &error).userId.isEmpty());
        QCOMPARE(error, SignInResult::messageFor(SignInResult::Failure::ClubClosed));
        QVERIFY(!signIn(QStringLiteral("agent1"), QStringLiteral("Secret-1234")).userId.isEmpty());
        QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
    }

    void customerPreviewsTheirInvoice()
    {
        Session s = signIn(QStringLiteral("customer1"), QStringLiteral("Secret-1234"));
        MainWindow window(s, Workspace::sections(s));
        window.show();
        auto *page = qobject_cast<ListPage *>(window.openSection(QStringLiteral("documents")));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        auto *preview = page->findChild<QAction *>(QStringLiteral("printPreviewAction"));
        QVERIFY(preview && preview->isEnabled());
        bool shown = false;
        int pages = 0;
        Ask::Script script;
        script.dialog([&](QDialog *dialog) {
            shown = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
            dialog->show(); // the preview lays out its pages when shown
            if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
                pages = widget->pageCount();
            return int(QDialog::Rejected);
        });
        preview->trigger();
        QString why;
        QVERIFY2(script.finished(&why), qPrintable(why));
        QVERIFY(shown);
        QCOMPARE(pages, 1);
    }

    void agentSeesTheirCustomers()
    {
        Session s = signIn(QStringLiteral("agent1"), QStringLiteral("Secret-1234"));
        QCOMPARE(s.kind, UserKind::Agent);
        MainWindow window(s, Workspace::sections(s));
        window.show();
        const auto rows = openEverySection(window);
        QCOMPARE(rows.value(QStringLiteral("customers")), 1);
        auto *customers = qobject_cast<ListPage *>(window.openSection(QStringLiteral("customers")));
        QCOMPARE(customers->model()->data(customers->model()->index(0, 0)).toString(), QStringLiteral("علی رضایی"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
