// Vafa online against a company server, as the people who use it reach it: the demo company
// loaded into the server and, from the same seed, into a SQLite file; each sample account signs
// in through the server's sign-in function as the login role, and every club list its screens
// show lists exactly the rows the standalone app lists for the same person.
#include "models/auth/PasswordHasher.h"
#include "models/auth/StaffUserService.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubConfiguration.h"
#include "models/club/ClubLists.h"
#include "models/club/ClubMemberService.h"
#include "models/club/ClubUserImport.h"
#include "models/club/ItemTypeRepository.h"
#include "models/club/ItemTypeService.h"
#include "models/club/LicenceService.h"
#include "models/club/StaffAccessService.h"
#include "models/demo/DemoCompany.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/finance/NumberingPatternService.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/CategoryService.h"
#include "models/identities/IdentityImport.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityService.h"
#include "models/loyalty/Points.h"
#include "models/server/ServerSignIn.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"
#include "tests/support/TempServer.h"
#include "tests/support/TestLicence.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::TempServer;
using TestSupport::TempStore;

class TestServerOnline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clubListsMatchTheStandaloneApp();
    void staffSeeTheBackOffice();
    void staffWriteThroughTheServices();
    void importsRunOnline();
    void bulkWizardRunsOnline();
    void settingsPagesSaveOnline();
    void membersReceiptsAndAccessOnline();
    void printingReadsTheServer();

private:
    // A demo staff account signed in on its own workstation, with the grants the server holds.
    struct Desk
    {
        std::unique_ptr<Store> store;
        Actor actor;
    };
    Desk signIn(const QString &username);
    std::unique_ptr<TestSupport::TwinDemo> m_twins;
    TempServer *m_server = nullptr;
    TempStore *m_lite = nullptr;
};

namespace {
DemoOptions demoOptions()
{
    DemoOptions o;
    o.identities = 300;
    o.today = QDate(2026, 11, 30);
    return o;
}
}

void TestServerOnline::initTestCase()
{
    m_twins = std::make_unique<TestSupport::TwinDemo>(demoOptions());
    QVERIFY2(m_twins->ok, qPrintable(m_twins->error));
    m_server = &m_twins->server;
    m_lite = &m_twins->file;
}

void TestServerOnline::clubListsMatchTheStandaloneApp()
{
    int accounts = 0, rows = 0;
    for (const DemoAccount &a : DemoCompany::sampleAccounts()) {
        if (a.kind == QLatin1String("staff"))
            continue;
        QString error;
        auto ws = m_server->workstation(&error);
        QVERIFY2(ws, qPrintable(error));
        const SignInResult online = ServerSignIn(*ws).signIn(a.username, a.password, QStringLiteral("test"));
        const auto local = UserRepository(m_lite->store()).findByUsername(a.username);
        QVERIFY(local);
        if (!online.ok) {
            // an account the demo keeps locked, suspended or pending is refused by both
            const SignInResult standalone = SignInService(m_lite->store()).signIn(a.username, a.password);
            QCOMPARE(online.failure, standalone.failure);
            continue;
        }
        ++accounts;
        QCOMPARE(online.user.id, local->id);
        const ClubLists server(*ws, online.user.id);
        const ClubLists file(m_lite->store(), local->id);
        QVERIFY(server.isOpen());
        const QList<std::pair<const char *, std::pair<ListSpec, ListSpec>>> lists{
            {"documents", {server.documents(), file.documents()}},
            {"under review", {server.documentsUnderReview(), file.documentsUnderReview()}},
            {"payments", {server.payments(), file.payments()}},
            {"tickets", {server.tickets(), file.tickets()}},
            {"points", {server.points(), file.points()}},
            {"cartable", {server.cartable(), file.cartable()}},
            {"my customers", {server.myCustomers(), file.myCustomers()}},
        };
        for (const auto &[name, specs] : lists) {
            const QStringList got = TestSupport::listIds(*ws, specs.first);
            const QStringList want = TestSupport::listIds(m_lite->store(), specs.second);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1, %2: server %3 rows, file %4")
                                                 .arg(a.username, QLatin1String(name)).arg(got.size()).arg(want.size())));
            rows += int(got.size());
        }
        QCOMPARE(server.balance(), file.balance());
        QCOMPARE(server.pointTotals().remaining(), file.pointTotals().remaining());
    }
    qInfo("%d club accounts signed in on the server; %d list rows, each the same as standalone", accounts, rows);
    QVERIFY(accounts >= 2);
    QVERIFY(rows > 0);
}

void TestServerOnline::staffSeeTheBackOffice()
{
    for (const DemoAccount &a : DemoCompany::sampleAccounts()) {
        if (a.kind != QLatin1String("staff"))
            continue;
        QString error;
        auto ws = m_server->workstation(&error);
        QVERIFY2(ws, qPrintable(error));
        const SignInResult r = ServerSignIn(*ws).signIn(a.username, a.password);
        QVERIFY2(r.ok, qPrintable(a.username + QLatin1String(": ") + r.message()));
        IdentityRepository online(*ws), local(m_lite->store());
        QCOMPARE(online.countRows(online.list(IdentityFilter())), local.countRows(local.list(IdentityFilter())));
        return;
    }
    QFAIL("the demo has no staff account");
}

// A clerk's everyday writes, through the same services as standalone, as the login role: a new
// customer (with a customer number drawn on the server), a club member for them, an invoice
// approved and numbered. Each is one transaction under the policies and triggers.
void TestServerOnline::staffWriteThroughTheServices()
{
    QString error;
    auto ws = m_server->workstation(&error);
    QVERIFY2(ws, qPrintable(error));
    const SignInResult r = ServerSignIn(*ws).signIn(QStringLiteral("admin"), DemoCompany::defaultPassword());
    QVERIFY2(r.ok, qPrintable(r.message()));
    const Actor actor = UserRepository(*ws).actor(r.user.id);
    QVERIFY(actor.admin);

    IdentityDraft draft;
    draft.identity.firstName = QStringLiteral("نیلوفر");
    draft.identity.lastName = QStringLiteral("کاظمی");
    draft.identity.nationalId = QStringLiteral("0013542419");
    Phone mobile;
    mobile.number = QStringLiteral("09121112233");
    mobile.isDefault = true;
    draft.phones << mobile;
    const IdentityVerdict saved = IdentityService(*ws, actor).create(draft);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    ClubMemberService::NewMember m;
    m.firstName = QStringLiteral("کاوه");
    m.lastName = QStringLiteral("سلیمانی");
    m.email = QStringLiteral("kaveh@example.ir");
    m.username = QStringLiteral("kaveh.online");
    m.password = QStringLiteral("Online-pass-7");
    const ClubActionResult member = ClubMemberService(*ws, actor, PasswordHasher(PasswordHasher::Strength::Minimum)).createMember(m);
    QVERIFY2(member.ok, qPrintable(member.error));
    // the new member signs in on the server with the password the clerk gave
    auto theirs = m_server->workstation(&error);
    const SignInResult first = ServerSignIn(*theirs).signIn(m.username, m.password);
    QVERIFY(first.ok || first.needsNewPassword());

    const auto invoices = ItemTypeRepository(*ws).byEntity(QStringLiteral("invoice"));
    QVERIFY(!invoices.isEmpty());
    Document d;
    d.itemTypeId = invoices.first().id;
    d.identityId = saved.identityId;
    d.issueDate = QDate(2025, 2, 20);
    DocumentLine line;
    line.quantityMilli = 2000;
    line.unitPrice = 1250000;
    line.description = QStringLiteral("خدمات پشتیبانی");
    d.lines = {line};
    DocumentApproval finance(*ws, actor);
    QVERIFY2(finance.createDocument(d), qPrintable(finance.lastError()));
    if (DocumentRepository(*ws).get(d.id)->approval.status != ApprovalStatus::Approved)
        QVERIFY2(finance.approve(DocumentApproval::Subject::Document, d.id), qPrintable(finance.lastError()));
    const auto stored = DocumentRepository(m_server->owner()).get(d.id);
    QVERIFY(stored);
    QCOMPARE(stored->approval.status, ApprovalStatus::Approved);
    QCOMPARE(stored->finalAmount > 0, true);
    // every change is in the audit log, written as the clerk
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = '%1'").arg(r.user.id)) && q.next());
    QVERIFY2(q.value(0).toInt() >= 3, qPrintable(q.value(0).toString()));
}

TestServerOnline::Desk TestServerOnline::signIn(const QString &username)
{
    QString error;
    Desk d;
    d.store = m_server->workstation(&error);
    if (!d.store) {
        qWarning() << error;
        return d;
    }
    const SignInResult r = ServerSignIn(*d.store).signIn(username, DemoCompany::defaultPassword());
    if (!r.ok) {
        qWarning() << username << r.message();
        d.store.reset();
        return d;
    }
    d.actor = UserRepository(*d.store).actor(r.user.id);
    return d;
}


// «ورود اطلاعات از اکسل» online: a sales clerk (identities.edit) imports a file of customers and
// saves the column mapping for next time; all or nothing holds on the server as it does on a file.
void TestServerOnline::importsRunOnline()
{
    Desk sales = signIn(QStringLiteral("sales"));
    QVERIFY(sales.store);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("نوع هویت,نام,نام خانوادگی,کد ملی,موبایل\n"
            "حقیقی,آرش,نوروزی,0084575948,09121234501\n"
            "حقیقی,مینا,فرجی,0067749828,09121234502\n");
    f.close();
    IdentityImport import(*sales.store, sales.actor);
    QString error;
    QVERIFY2(import.loadFile(path, &error), qPrintable(error));
    import.setMapping(import.autoMapping());
    QVERIFY2(import.saveMapping(QStringLiteral("فروش"), import.mapping()), "a clerk keeps their mapping online");
    import.preview();
    QCOMPARE(import.summary().errors, 0);
    QVERIFY2(import.run(), qPrintable(import.summary().failure));
    QCOMPARE(import.summary().created, 2);
    QCOMPARE(TestSupport::sqlNumber(m_server->owner(), QStringLiteral("SELECT count(*) FROM identities WHERE national_id "
                                                                      "IN ('0084575948', '0067749828') AND NOT deleted")),
             2);

    // the finance clerk may not: refused before anything is written, with the import's own reason
    Desk finance = signIn(QStringLiteral("finance"));
    QVERIFY(finance.store);
    IdentityImport refused(*finance.store, finance.actor);
    QVERIFY(refused.loadFile(path, &error));
    refused.setMapping(refused.autoMapping());
    refused.setOptions({TabularImport::Mode::Upsert, false});
    QVERIFY(!refused.run());
    QVERIFY(refused.summary().errors > 0);
}

// The bulk wizard online: the club manager makes accounts for customers who have none; each new
// member signs in on the server with the password the credentials file gives.
void TestServerOnline::bulkWizardRunsOnline()
{
    Desk club = signIn(QStringLiteral("clubadmin"));
    QVERIFY(club.store);
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT i.id FROM identities i WHERE i.profile_type = 'customer' AND NOT i.deleted "
                                  "AND NOT EXISTS (SELECT 1 FROM users u WHERE u.identity_id = i.id) ORDER BY i.id LIMIT 5")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QCOMPARE(ids.size(), 5);
    ClubUserImport wizard(*club.store, club.actor);
    ClubUserImport::Options o;
    o.usernameRule = ClubUserImport::UsernameRule::Pattern;
    o.usernamePrefix = QStringLiteral("online");
    wizard.setOptions(o);
    wizard.loadIdentities(ids);
    wizard.preview();
    QCOMPARE(wizard.summary().errors, 0);
    QVERIFY2(wizard.run(), qPrintable(wizard.summary().failure));
    QCOMPARE(wizard.summary().created, 5);
    const ClubUserImport::RowPlan &first = wizard.plans().first();
    QString error;
    auto theirs = m_server->workstation(&error);
    QVERIFY2(theirs, qPrintable(error));
    const SignInResult r = ServerSignIn(*theirs).signIn(first.username, first.password);
    QVERIFY2(r.ok || r.needsNewPassword(), qPrintable(r.message()));
}

// The settings pages save online, each by the holder of its key: the club's settings and an item
// type (club manager), a financial account and a numbering pattern (finance), a category, a staff
// user and the licence (administrator). A licence installed here is checked by the worker at
// once (migration 0011): its job is waiting.
void TestServerOnline::settingsPagesSaveOnline()
{
    Desk club = signIn(QStringLiteral("clubadmin"));
    QVERIFY(club.store);
    ClubConfiguration config = ClubConfiguration::read(*club.store);
    config.agents.hideBalance = !config.agents.hideBalance;
    QString error;
    QCOMPARE(config.save(*club.store, club.actor, &error), ClubConfiguration::Saved::Changed);
    QCOMPARE(ClubConfiguration::read(m_server->owner()).agents.hideBalance, config.agents.hideBalance);
    ItemTypeService types(*club.store);
    const auto requests = ItemTypeRepository(*club.store).byEntity(QStringLiteral("ticket"));
    QVERIFY(!requests.isEmpty());
    QVERIFY2(types.rename(club.actor, requests.first().id, QStringLiteral("درخواست پشتیبانی آنلاین")), qPrintable(types.error()));

    Desk finance = signIn(QStringLiteral("finance"));
    QVERIFY(finance.store);
    FinancialAccount account;
    account.name = QStringLiteral("صندوق شعبه");
    account.kind = AccountKind::Cash;
    account.allowsCashDeposit = true;
    FinancialAccountService accounts(*finance.store, finance.actor);
    QVERIFY2(accounts.save(account), qPrintable(accounts.error()));
    NumberingPattern pattern;
    pattern.title = QStringLiteral("رسید شعبه");
    pattern.pattern = QStringLiteral("R-{n:5}");
    NumberingPatternService patterns(*finance.store, finance.actor);
    QVERIFY2(patterns.create(pattern), qPrintable(patterns.error()));

    Desk admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin.store);
    CategoryService categories(*admin.store, admin.actor);
    QVERIFY2(categories.create(QStringLiteral("مشتریان نمایشگاه"), QString()), qPrintable(categories.error()));
    StaffUserService::Form person;
    person.username = QStringLiteral("online.clerk");
    person.firstName = QStringLiteral("رضا");
    person.lastName = QStringLiteral("پاکزاد");
    StaffUserService staff(*admin.store, admin.actor, PasswordHasher(PasswordHasher::Strength::Minimum));
    QVERIFY2(staff.create(person, QStringLiteral("Clerk-pass-42")), qPrintable(staff.error()));
    TestLicence::trustTestKey();
    const Licence licence = TestLicence::forCompanyOf(m_server->owner(), ClubSettings::Edition::Enterprise, -1, -1);
    const QString dueChecks = QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'licence_check' "
                                             "AND done_at IS NULL AND run_at <= now()");
    const int checksBefore = TestSupport::sqlNumber(m_server->owner(), dueChecks); // the demo's own licence has one
    const auto installed = LicenceService::install(*admin.store, admin.actor, licence.signedFile(TestLicence::secretKey()));
    QVERIFY2(installed.ok, qPrintable(installed.error));
    QCOMPARE(TestSupport::sqlNumber(m_server->owner(), dueChecks), checksBefore + 1);
    // every one of these is audited as the person who did it
    const QString auditedAs = QStringLiteral("SELECT count(*) FROM audit_log WHERE user_id = '%1'");
    for (const Desk *d : {&club, &finance, &admin})
        QVERIFY(TestSupport::sqlNumber(m_server->owner(), auditedAs.arg(d->actor.userId)) > 0);
}

// The members page, a receipt and the permissions page online: the club manager approves a
// pending account, suspends and restores a customer and gives a new password; the finance
// manager records a receipt and approves it; the administrator grants a key, which the server
// then holds for that person.
void TestServerOnline::membersReceiptsAndAccessOnline()
{
    Desk club = signIn(QStringLiteral("clubadmin"));
    QVERIFY(club.store);
    ClubMemberService members(*club.store, club.actor, PasswordHasher(PasswordHasher::Strength::Minimum));
    const auto pending = UserRepository(*club.store).findByUsername(QStringLiteral("pending"));
    QVERIFY(pending);
    ClubActionResult r = members.approve(pending->id);
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto customer = UserRepository(*club.store).findByUsername(QStringLiteral("company"));
    QVERIFY(customer);
    r = members.setSuspended(customer->id, true);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    auto theirs = m_server->workstation(&error);
    QVERIFY2(theirs, qPrintable(error));
    QCOMPARE(ServerSignIn(*theirs).signIn(QStringLiteral("company"), DemoCompany::defaultPassword()).failure,
             SignInResult::Failure::Suspended);
    r = members.setSuspended(customer->id, false);
    QVERIFY2(r.ok, qPrintable(r.error));
    r = members.setPassword(customer->id, QStringLiteral("New-online-9"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const SignInResult back = ServerSignIn(*theirs).signIn(QStringLiteral("company"), QStringLiteral("New-online-9"));
    QVERIFY2(back.ok, qPrintable(back.message()));

    Desk finance = signIn(QStringLiteral("finance"));
    QVERIFY(finance.store);
    const auto receiptTypes = ItemTypeRepository(*finance.store).byEntity(QStringLiteral("receipt"));
    QVERIFY(!receiptTypes.isEmpty());
    Receipt receipt;
    receipt.itemTypeId = receiptTypes.first().id;
    receipt.identityId = customer->identityId;
    receipt.amount = 4500000;
    receipt.receivedOn = QDate(2026, 11, 29);
    receipt.cashMethod = QStringLiteral("in_person");
    DocumentApproval desk(*finance.store, finance.actor);
    QVERIFY2(desk.createReceipt(receipt), qPrintable(desk.lastError()));
    if (ReceiptRepository(*finance.store).get(receipt.id)->approval.status != ApprovalStatus::Approved)
        QVERIFY2(desk.approve(DocumentApproval::Subject::Receipt, receipt.id), qPrintable(desk.lastError()));
    QCOMPARE(ReceiptRepository(m_server->owner()).get(receipt.id)->approval.status, ApprovalStatus::Approved);

    Desk admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin.store);
    const auto support = UserRepository(*admin.store).findByUsername(QStringLiteral("support"));
    QVERIFY(support);
    StaffAccessService::Change grant;
    grant.principalId = support->id;
    grant.grant = {ClubPermission::managePoints()};
    StaffAccessService access(*admin.store, admin.actor);
    QVERIFY2(access.apply(grant), qPrintable(access.error()));
    Desk granted = signIn(QStringLiteral("support"));
    QVERIFY(granted.store);
    QVERIFY(granted.actor.may(ClubPermission::managePoints()));
    // and the server agrees (the policies of 0011 ask it, not the workstation)
    Store::Transaction tx = granted.store->transaction();
    QCOMPARE(TestSupport::sqlNumber(*granted.store, QStringLiteral("SELECT vafa_may('points.manage')::int")), 1);
}

// Printing reads the server: the same invoice and receipt of the twin demo print the same HTML
// online and from the file, and the PDF written from the server's copy reads back its number.
void TestServerOnline::printingReadsTheServer()
{
    Desk finance = signIn(QStringLiteral("finance"));
    QVERIFY(finance.store);
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM documents WHERE kind = 'invoice' AND number IS NOT NULL AND NOT deleted "
                                  "ORDER BY id LIMIT 1")) && q.next());
    const QString invoiceId = q.value(0).toString();
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM receipts WHERE approval_status = 'approved' AND NOT deleted ORDER BY id LIMIT 1"))
            && q.next());
    const QString receiptId = q.value(0).toString();
    TemplateRenderer online(*finance.store), file(m_lite->store());
    QString error;
    const auto invoice = online.renderDocument(invoiceId, TemplateRenderer::Variant::Main, &error);
    QVERIFY2(invoice, qPrintable(error));
    const auto same = file.renderDocument(invoiceId, TemplateRenderer::Variant::Main, &error);
    QVERIFY2(same, qPrintable(error));
    QCOMPARE(invoice->html, same->html);
    const auto receipt = online.renderReceipt(receiptId, TemplateRenderer::Variant::Public, &error);
    QVERIFY2(receipt, qPrintable(error));
    QCOMPARE(receipt->html, file.renderReceipt(receiptId, TemplateRenderer::Variant::Public)->html);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    QVERIFY2(PrintService::writePdf(invoice->item(), pdf, &error), qPrintable(error));
    const QString read = TestSupport::pdfText(pdf);
    QVERIFY2(!read.trimmed().isEmpty(), "the PDF has text");
    // the number is printed in Persian digits
    QString number = invoice->number;
    for (QChar &c : number)
        if (c.isDigit())
            c = QChar(0x06F0 + c.digitValue());
    QVERIFY2(read.contains(number.section(QLatin1Char('-'), -1)), qPrintable(number));
}

QTEST_MAIN(TestServerOnline)
#include "tst_server_online.moc"
