// The company server enforces the rules itself (DESIGN §6), tried as a client that skips Vafa
// would: a plain SQL connection as the workstations' login role. Sign-in and sessions inside
// the server; without a token nothing; customer A never reaches customer B's rows through any
// table or function; approval and numbering only with the right; a club receipt starts pending;
// concurrent approvals number once and uniquely; concurrent activations never pass the seats.
#include "models/auth/PasswordHasher.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "models/club/ItemTypeRepository.h"
#include "models/core/SettingsRepository.h"
#include "models/core/SqlUtil.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/Numbering.h"
#include "models/finance/Permissions.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityService.h"
#include "models/server/ServerSetup.h"
#include "models/server/ServerSignIn.h"
#include "tests/support/TempServer.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <atomic>
#include <thread>

using TestSupport::TempServer;

namespace {

const QString kPassword = QStringLiteral("Secret-pass-1");

// One statement as the workstation, in its own transaction with the store's token (if any).
struct Answer
{
    bool ok = false;
    QString error;
    QList<QStringList> rows;
};
Answer ask(Store &s, const QString &sql)
{
    Answer a;
    Store::Transaction tx = s.transaction();
    if (!tx.isActive()) {
        a.error = s.errorDetail();
        return a;
    }
    QSqlQuery q(s.db());
    a.ok = q.exec(sql);
    a.error = q.lastError().text();
    while (a.ok && q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        a.rows << row;
    }
    q.finish();
    if (a.ok)
        a.ok = tx.commit();
    return a;
}

} // namespace

class TestServerSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void initRefusesAgainAndMigrateIsIdempotent();
    void everyTableHasRowSecurity();
    void signInChecksTheAccountInsideTheServer();
    void serverPasswordRulesAreThePolicys();
    void noTokenNoRows();
    void customerAReachesNothingOfB();
    void passwordHashesAreNeverRead();
    void approvalNeedsTheRight();
    void staffWritesNeedTheirKeys();
    void clubReceiptStartsPending();
    void sessionsEndBySignOutAdminAndExpiry();
    void concurrentApprovalsNumberOnce();
    void concurrentActivationsKeepTheSeats();

private:
    QString addIdentity(const QString &name, const QString &agentId = {});
    QString addUser(const QString &username, UserKind kind, const QString &identityId, const QStringList &grants = {});
    QString addType(const QString &entity, bool clubCreate);
    QString addDocument(const QString &typeId, const QString &identityId, const QString &status = QStringLiteral("pending"));
    std::unique_ptr<Store> signedIn(const QString &username);

    std::unique_ptr<TempServer> m_server;
    QString m_idA, m_idB, m_userA, m_userB, m_staffPlain, m_staffApprover, m_admin;
    QString m_invoiceType, m_receiptType, m_docA, m_docB, m_receiptB, m_ticketB;
};

void TestServerSecurity::initTestCase()
{
    QVERIFY(PasswordHasher::initialize());
    m_server = std::make_unique<TempServer>();
    QVERIFY2(m_server->isReady(), qPrintable(m_server->errorText()));
    Store &o = m_server->owner();
    ClubSettings settings(o);
    QVERIFY(settings.setModuleEnabled(ClubKind::Customer, true));
    QVERIFY(settings.setModuleEnabled(ClubKind::Agent, true));
    m_idA = addIdentity(QStringLiteral("الف"));
    m_idB = addIdentity(QStringLiteral("ب"));
    m_userA = addUser(QStringLiteral("customer-a"), UserKind::Customer, m_idA);
    m_userB = addUser(QStringLiteral("customer-b"), UserKind::Customer, m_idB);
    m_staffPlain = addUser(QStringLiteral("clerk"), UserKind::Staff, addIdentity(QStringLiteral("کارمند")),
                           {QStringLiteral("identities.view")});
    m_staffApprover = addUser(QStringLiteral("approver"), UserKind::Staff, addIdentity(QStringLiteral("تاییدکننده")),
                              {FinancePermission::ApproveDocuments, FinancePermission::Number});
    m_admin = addUser(QStringLiteral("admin"), UserKind::Staff, addIdentity(QStringLiteral("مدیر")), {Grant::SystemAdmin});
    m_invoiceType = addType(QStringLiteral("invoice"), false);
    m_receiptType = addType(QStringLiteral("receipt"), true);
    m_docA = addDocument(m_invoiceType, m_idA, QStringLiteral("approved"));
    m_docB = addDocument(m_invoiceType, m_idB, QStringLiteral("approved"));
    QSqlQuery q(o.db());
    m_receiptB = Store::newId();
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO receipts (id, item_type_id, identity_id, amount, received_on, approval_status, "
                                   "entered_by, created_at, updated_at) VALUES ('%1', '%2', '%3', 5000, '2026-01-02', "
                                   "'pending', '%4', now(), now())")
                        .arg(m_receiptB, m_receiptType, m_idB, m_userB)),
             qPrintable(q.lastError().text()));
    m_ticketB = Store::newId();
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO tickets (id, item_type_id, identity_id, subject, created_by, created_at, "
                                   "updated_at) VALUES ('%1', '%2', '%3', 'secret of B', '%4', now(), now())")
                        .arg(m_ticketB, addType(QStringLiteral("ticket"), true), m_idB, m_userB)),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO ticket_messages (id, ticket_id, author_user_id, body, created_at, updated_at) "
                                  "VALUES (gen_random_uuid(), '%1', '%2', 'B writes', now(), now())")
                       .arg(m_ticketB, m_userB)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO point_transactions (id, identity_id, kind, points, created_on, updated_at) "
                                  "VALUES (gen_random_uuid(), '%1', 'earned', 70, '2026-01-03', now())")
                       .arg(m_idB)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO phones (id, identity_id, type, number, updated_at) "
                                  "VALUES (gen_random_uuid(), '%1', 'mobile', '09120000002', now())")
                       .arg(m_idB)));
}

void TestServerSecurity::cleanupTestCase() { m_server.reset(); }

QString TestServerSecurity::addIdentity(const QString &name, const QString &agentId)
{
    IdentityRepository ids(m_server->owner());
    Identity i;
    i.firstName = name;
    i.lastName = QStringLiteral("آزمون");
    i.createdByAgentId = agentId;
    if (!ids.insert(i))
        qWarning() << ids.lastError();
    return i.id;
}

QString TestServerSecurity::addUser(const QString &username, UserKind kind, const QString &identityId,
                                    const QStringList &grants)
{
    UserRepository users(m_server->owner());
    User u;
    u.kind = kind;
    u.username = username;
    u.identityId = identityId;
    u.passwordHash = PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword);
    u.passwordChangedAt = Store::now();
    if (!users.insert(u))
        qWarning() << users.lastError();
    for (const QString &g : grants) {
        QSqlQuery q(m_server->owner().db());
        q.prepare(QStringLiteral("INSERT INTO permissions (id, user_id, permission, updated_at) VALUES (?, ?, ?, now())"));
        q.addBindValue(Store::newId());
        q.addBindValue(u.id);
        q.addBindValue(g);
        if (!q.exec())
            qWarning() << q.lastError().text();
    }
    return u.id;
}

QString TestServerSecurity::addType(const QString &entity, bool clubCreate)
{
    ItemTypeRepository types(m_server->owner());
    ItemType t;
    t.entity = entity;
    t.code = entity + Store::newId().left(8);
    t.name = entity;
    t.customerCanView = true;
    t.customerCanCreate = clubCreate;
    t.agentCanView = true;
    t.agentCanCreate = clubCreate;
    t.needsApproval = true;
    if (entity == QLatin1String("invoice")) {
        Numbering n(m_server->owner());
        NumberingPattern p;
        p.title = QStringLiteral("فاکتور");
        p.pattern = QStringLiteral("F-{*(AN)}");
        if (!n.createPattern(p))
            qWarning() << n.lastError();
        t.numberingPatternId = p.id;
        t.numberOn = QStringLiteral("approval");
    }
    if (!types.insert(t))
        qWarning() << types.lastError();
    return t.id;
}

QString TestServerSecurity::addDocument(const QString &typeId, const QString &identityId, const QString &status)
{
    const QString id = Store::newId();
    QSqlQuery q(m_server->owner().db());
    if (!q.exec(QStringLiteral("INSERT INTO documents (id, item_type_id, kind, identity_id, issue_date, approval_status, "
                               "created_by, created_at, updated_at) VALUES ('%1', '%2', 'invoice', '%3', '2026-01-01', "
                               "'%4', NULL, now(), now())")
                    .arg(id, typeId, identityId, status)))
        qWarning() << q.lastError().text();
    return id;
}

std::unique_ptr<Store> TestServerSecurity::signedIn(const QString &username)
{
    QString error;
    auto s = m_server->workstation(&error);
    if (!s) {
        qWarning() << error;
        return nullptr;
    }
    const SignInResult r = ServerSignIn(*s).signIn(username, kPassword, QStringLiteral("test"));
    if (!r.ok) {
        qWarning() << username << r.message();
        return nullptr;
    }
    return s;
}

void TestServerSecurity::initRefusesAgainAndMigrateIsIdempotent()
{
    const ServerSetup::Result again = ServerSetup::init(m_server->superuser(), QStringLiteral("x"));
    QVERIFY(!again.ok);
    QVERIFY(again.error.contains(QStringLiteral("vafa server migrate")));
    const ServerSetup::Result m = ServerSetup::migrate(m_server->superuser());
    QVERIFY2(m.ok, qPrintable(m.error + m.detail));
    QCOMPARE(m.fromVersion, m.toVersion);
    // the login role cannot prepare or upgrade anything
    QVERIFY(!ServerSetup::migrate(m_server->login()).ok);
}

void TestServerSecurity::everyTableHasRowSecurity()
{
    const ServerSetup::Status s = ServerSetup::status(m_server->superuser());
    QVERIFY(s.reachable);
    QCOMPARE(s.schemaVersion, s.knownVersion);
    QVERIFY2(s.rowSecurityEverywhere, qPrintable(s.tablesWithoutRowSecurity.join(QLatin1Char(','))));
    // and the policies' functions are STABLE, so that `(select f())` runs once per statement
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT proname FROM pg_proc WHERE proname IN ('vafa_session_user_id', 'vafa_club_scope', "
                                  "'vafa_may', 'vafa_club_kind', 'vafa_club_viewable_types') AND provolatile <> 's'")));
    QVERIFY(!q.next());
}

void TestServerSecurity::signInChecksTheAccountInsideTheServer()
{
    QString error;
    auto s = m_server->workstation(&error);
    QVERIFY2(s, qPrintable(error));
    ServerSignIn signIn(*s);
    SignInResult r = signIn.signIn(QStringLiteral("customer-a"), QStringLiteral("wrong"));
    QVERIFY(!r.ok);
    QCOMPARE(r.failure, SignInResult::Failure::WrongCredentials);
    QCOMPARE(r.attemptsLeft, 4);
    QVERIFY(s->sessionToken().isEmpty());
    r = signIn.signIn(QStringLiteral("nobody"), QStringLiteral("whatever"));
    QCOMPARE(r.failure, SignInResult::Failure::WrongCredentials);

    r = signIn.signIn(QStringLiteral("customer-a"), kPassword);
    QVERIFY2(r.ok, qPrintable(r.message()));
    QCOMPARE(r.user.id, m_userA);
    QVERIFY(r.user.passwordHash.isEmpty()); // never handed out
    QCOMPARE(r.sessionMinutes, 30);
    QVERIFY(!s->sessionToken().isEmpty());
    // the server stores only a hash of the token
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = sha256(convert_to('%1', 'UTF8'))")
                       .arg(s->sessionToken())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash::text LIKE '%%1%'").arg(s->sessionToken())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // suspension, the module switch, a required password change: all decided by the server
    UserRepository users(m_server->owner());
    auto b = users.get(m_userB);
    b->suspended = true;
    QVERIFY(users.update(*b));
    QCOMPARE(signIn.signIn(QStringLiteral("customer-b"), kPassword).failure, SignInResult::Failure::Suspended);
    b->suspended = false;
    b->mustChangePassword = true;
    QVERIFY(users.update(*b));
    QCOMPARE(signIn.signIn(QStringLiteral("customer-b"), kPassword).failure, SignInResult::Failure::PasswordChangeRequired);
    QCOMPARE(signIn.changePassword(QStringLiteral("customer-b"), kPassword, QStringLiteral("short")).failure,
             SignInResult::Failure::NewPasswordRejected);
    r = signIn.changePassword(QStringLiteral("customer-b"), kPassword, QStringLiteral("Another-pass-2"));
    QVERIFY2(r.ok, qPrintable(r.message()));
    // the hash the server wrote is one the standalone store verifies too
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = '%1'").arg(m_userB)) && q.next());
    QVERIFY(PasswordHasher().verify(q.value(0).toString(), QStringLiteral("Another-pass-2")));
    QVERIFY(q.exec(QStringLiteral("UPDATE users SET password_hash = '%1' WHERE id = '%2'")
                       .arg(PasswordHasher(PasswordHasher::Strength::Minimum).hash(kPassword), m_userB)));
    QVERIFY(ClubSettings(m_server->owner()).setModuleEnabled(ClubKind::Customer, false));
    QCOMPARE(signIn.signIn(QStringLiteral("customer-a"), kPassword).failure, SignInResult::Failure::ClubClosed);
    QVERIFY(ClubSettings(m_server->owner()).setModuleEnabled(ClubKind::Customer, true));

    // five wrong passwords lock the account, and then even the right one is refused
    for (int i = 0; i < 5; ++i)
        signIn.signIn(QStringLiteral("clerk"), QStringLiteral("wrong"));
    QCOMPARE(signIn.signIn(QStringLiteral("clerk"), kPassword).failure, SignInResult::Failure::Locked);
    QVERIFY(q.exec(QStringLiteral("UPDATE users SET locked = false, locked_at = NULL, failed_attempts = 0 WHERE id = '%1'")
                       .arg(m_staffPlain)));
    // every attempt is in the history, written by the server
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sign_in_history WHERE user_id = '%1'").arg(m_staffPlain)) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
}

// vafa_password_acceptable restates PasswordPolicy::check for passwords chosen on the server:
// the two must agree, with and without complexity.
void TestServerSecurity::serverPasswordRulesAreThePolicys()
{
    Store &o = m_server->owner();
    const QStringList samples{QStringLiteral("Secret-pass-1"), QStringLiteral("short1A"), QStringLiteral("alllowercase1"),
                              QStringLiteral("ALLUPPERCASE1"), QStringLiteral("NoDigitsHere"), QStringLiteral("Persian۱digit"),
                              QStringLiteral("Arabic٣digit"), QStringLiteral("رمزعبور۱۲۳Aa"), QStringLiteral("رمزعبور۱۲۳۴۵"),
                              QStringLiteral("Émilie-été-9"), QStringLiteral("ΑΒΓαβγ12"), QStringLiteral("        "),
                              QStringLiteral("aB3"), QString()};
    for (const bool complexity : {true, false}) {
        PasswordPolicy policy;
        policy.requireComplexity = complexity;
        policy.minLength = 8;
        QVERIFY(ClubSettings(o).setPasswordPolicy(policy));
        for (const QString &p : samples) {
            QSqlQuery q(o.db());
            QVERIFY(Sql::execBound(q, QStringLiteral("SELECT vafa_password_acceptable(?)"), {p}) && q.next());
            QVERIFY2(q.value(0).toBool() == policy.accepts(p),
                     qPrintable(QStringLiteral("«%1» complexity %2: server %3").arg(p).arg(complexity).arg(q.value(0).toBool())));
        }
    }
    QVERIFY(ClubSettings(o).setPasswordPolicy(PasswordPolicy()));
}

void TestServerSecurity::noTokenNoRows()
{
    QString error;
    auto s = m_server->workstation(&error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->schemaVersion(), Store::latestSchemaVersion()); // read through vafa_schema_version()
    QSqlQuery q(s->db());
    QVERIFY(q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QVERIFY(tables.size() >= 47);
    int empty = 0, refused = 0;
    for (const QString &t : tables) {
        const QString column = t == QLatin1String("schema_migrations") || t == QLatin1String("sync_cursors")
                || t == QLatin1String("outbox") ? QStringLiteral("1") : QStringLiteral("id");
        const Answer a = ask(*s, QStringLiteral("SELECT %1 FROM %2").arg(column, t));
        if (a.ok) {
            QVERIFY2(a.rows.isEmpty(), qPrintable(t + QLatin1String(" shows rows without a session")));
            ++empty;
        } else {
            QVERIFY2(a.error.contains(QLatin1String("permission denied")), qPrintable(t + QLatin1String(": ") + a.error));
            ++refused;
        }
        // nor can anything be changed
        if (column == QLatin1String("id")) {
            const Answer u = ask(*s, QStringLiteral("UPDATE %1 SET id = id RETURNING id").arg(t));
            QVERIFY2(!u.ok || u.rows.isEmpty(), qPrintable(t));
        }
    }
    qInfo("without a session: %d tables show nothing, %d refuse", empty, refused);
    QVERIFY(!ask(*s, QStringLiteral("INSERT INTO identities (id, kind, function, profile_type, display_name, created_at, "
                                    "updated_at) VALUES (gen_random_uuid(), 'person', 'contact', 'customer', 'x', now(), now())")).ok);
}

// Signed in as customer A through the sign-in function, every table and every function tried
// for customer B's data returns nothing or is refused.
void TestServerSecurity::customerAReachesNothingOfB()
{
    auto a = signedIn(QStringLiteral("customer-a"));
    QVERIFY(a);
    QSqlQuery q(m_server->owner().db());
    // everything of B's the owner can see, as text to look for
    const QStringList secretsOfB{m_idB, m_userB, m_docB, m_receiptB, m_ticketB, QStringLiteral("secret of B"),
                                 QStringLiteral("B writes"), QStringLiteral("09120000002")};
    QVERIFY(q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    int tried = 0, refused = 0, rowsSeen = 0;
    for (const QString &t : tables) {
        // every column the login role may read, as one text per row
        QSqlQuery c(m_server->owner().db());
        c.exec(QStringLiteral("SELECT string_agg(quote_ident(column_name) || '::text', ' || ''|'' || ') FROM "
                              "information_schema.column_privileges WHERE table_schema = 'public' AND table_name = '%1' "
                              "AND grantee = '%2' AND privilege_type = 'SELECT'")
                   .arg(t, m_server->login().user));
        c.next();
        const QString columns = c.value(0).toString();
        ++tried;
        if (columns.isEmpty()) {
            QVERIFY(!ask(*a, QStringLiteral("SELECT * FROM %1").arg(t)).ok);
            ++refused;
            continue;
        }
        const Answer ans = ask(*a, QStringLiteral("SELECT coalesce(%1, '') FROM %2").arg(columns, t));
        QVERIFY2(ans.ok, qPrintable(t + QLatin1String(": ") + ans.error));
        for (const QStringList &row : ans.rows) {
            ++rowsSeen;
            for (const QString &secret : secretsOfB)
                QVERIFY2(!row.join(QLatin1Char('|')).contains(secret),
                         qPrintable(QStringLiteral("%1 shows customer B's %2").arg(t, secret)));
        }
    }
    // A sees their own invoice and account (the rules work, not just "nothing at all")
    QCOMPARE(ask(*a, QStringLiteral("SELECT id FROM documents")).rows, (QList<QStringList>{{m_docA}}));
    QCOMPARE(ask(*a, QStringLiteral("SELECT id FROM users")).rows, (QList<QStringList>{{m_userA}}));

    // every function the login role may call, aimed at B
    const QStringList calls{
        QStringLiteral("SELECT count(*) FROM vafa_open_sessions()"),
        QStringLiteral("SELECT vafa_end_session(id) FROM (SELECT gen_random_uuid() AS id) x"),
        QStringLiteral("SELECT vafa_may('system.admin')"),
        QStringLiteral("SELECT vafa_may_any(ARRAY['system.admin', 'identities.edit'])"),
        QStringLiteral("SELECT vafa_is_staff()"),
        QStringLiteral("SELECT vafa_may_administer() OR vafa_may_configure()"),
        QStringLiteral("SELECT '%1' = ANY (vafa_club_scope())").arg(m_idB),
        QStringLiteral("SELECT vafa_club_identity_id() = '%1'").arg(m_idB),
        QStringLiteral("SELECT vafa_club_user_id() = '%1'").arg(m_userB),
        QStringLiteral("SELECT vafa_club_agent_id() IS NOT NULL"),
        QStringLiteral("SELECT (vafa_club_principal()).identity_id = '%1'").arg(m_idB),
        QStringLiteral("SELECT vafa_session_user_id() = '%1'").arg(m_userB),
        QStringLiteral("SELECT count(*) FROM vafa_item_type_finance('%1') WHERE needs_approval IS NULL").arg(m_invoiceType),
    };
    for (const QString &sql : calls) {
        const Answer ans = ask(*a, sql);
        QVERIFY2(ans.ok, qPrintable(sql + QLatin1String(": ") + ans.error));
        QVERIFY2(ans.rows.value(0).value(0) == QLatin1String("false") || ans.rows.value(0).value(0) == QLatin1String("0")
                     || ans.rows.value(0).value(0).isEmpty(),
                 qPrintable(sql + QLatin1String(" → ") + ans.rows.value(0).value(0)));
    }
    // the server's own functions are refused outright
    for (const QString &sql : {QStringLiteral("SELECT vafa_argon2_verify('x', 'y')"), QStringLiteral("SELECT vafa_expire_sessions()"),
                               QStringLiteral("SELECT vafa_setting_int('security.max_failed_attempts', 5)"),
                               QStringLiteral("SELECT vafa_record_sign_in('%1', true, '', '')").arg(m_userB)}) {
        const Answer ans = ask(*a, sql);
        QVERIFY2(!ans.ok && ans.error.contains(QLatin1String("permission denied")), qPrintable(sql));
        ++refused;
    }
    // nor can A write into B's name
    QVERIFY(!ask(*a, QStringLiteral("INSERT INTO tickets (id, item_type_id, identity_id, subject, created_by, created_at, "
                                    "updated_at) SELECT gen_random_uuid(), item_type_id, '%1', 'x', '%2', now(), now() "
                                    "FROM item_types WHERE entity = 'ticket' LIMIT 1").arg(m_idB, m_userA)).ok);
    const Answer touched = ask(*a, QStringLiteral("UPDATE documents SET title = 'mine' WHERE id = '%1' RETURNING id").arg(m_docB));
    QVERIFY(!touched.ok || touched.rows.isEmpty());
    qInfo("customer A: %d tables tried (%d refused, %d rows seen, none of B's), %d functions tried",
          tried, refused, rowsSeen, int(calls.size()) + 4);
}

void TestServerSecurity::passwordHashesAreNeverRead()
{
    auto admin = signedIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Answer a = ask(*admin, QStringLiteral("SELECT password_hash FROM users"));
    QVERIFY(!a.ok);
    QVERIFY(a.error.contains(QLatin1String("permission denied")));
    QVERIFY(!ask(*admin, QStringLiteral("SELECT * FROM sessions")).ok);
    // the administrator reads everything else of the users
    QVERIFY(ask(*admin, QStringLiteral("SELECT username FROM users")).rows.size() >= 5);
}

void TestServerSecurity::approvalNeedsTheRight()
{
    const QString doc = addDocument(m_invoiceType, m_idA);
    auto clerk = signedIn(QStringLiteral("clerk"));
    QVERIFY(clerk);
    // a staff user without the approve right cannot approve by a hand-written UPDATE
    Answer a = ask(*clerk, QStringLiteral("UPDATE documents SET approval_status = 'approved' WHERE id = '%1'").arg(doc));
    QVERIFY(!a.ok);
    QVERIFY2(a.error.contains(QLatin1String("approval right")), qPrintable(a.error));
    a = ask(*clerk, QStringLiteral("UPDATE documents SET number = '999' WHERE id = '%1'").arg(doc));
    QVERIFY(!a.ok);
    // nor insert an approved one
    a = ask(*clerk, QStringLiteral("INSERT INTO documents (id, item_type_id, kind, identity_id, issue_date, approval_status, "
                                   "created_at, updated_at) VALUES (gen_random_uuid(), '%1', 'invoice', '%2', '2026-01-01', "
                                   "'approved', now(), now())").arg(m_invoiceType, m_idA));
    QVERIFY(!a.ok);
    // the approver may, through the service the app uses, and the number comes with it
    auto approver = signedIn(QStringLiteral("approver"));
    QVERIFY(approver);
    const Actor actor = UserRepository(*approver).actor(m_staffApprover);
    QVERIFY(actor.may(FinancePermission::ApproveDocuments));
    DocumentApproval service(*approver, actor);
    QVERIFY2(service.approve(DocumentApproval::Subject::Document, doc), qPrintable(service.lastError()));
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT approval_status, number FROM documents WHERE id = '%1'").arg(doc)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("approved"));
    QVERIFY(!q.value(1).toString().isEmpty());
    // an illegal transition is refused even to the approver: approved → rejected
    a = ask(*approver, QStringLiteral("UPDATE documents SET approval_status = 'rejected' WHERE id = '%1'").arg(doc));
    QVERIFY(!a.ok);
}

// Tables whose every writer is gated by a key (migration 0011): a clerk holding other keys is
// refused a hand-written insert and updates nothing; the holder of the key writes through the
// service the app uses, and the clerk is refused there too, with the service's own sentence.
void TestServerSecurity::staffWritesNeedTheirKeys()
{
    auto approver = signedIn(QStringLiteral("approver")); // finance keys only
    QVERIFY(approver);
    const QStringList inserts{
        QStringLiteral("INSERT INTO identities (id, kind, first_name, last_name, updated_at) "
                       "VALUES (gen_random_uuid(), 'person', 'x', 'y', now())"),
        QStringLiteral("INSERT INTO phones (id, identity_id, type, number, updated_at) "
                       "VALUES (gen_random_uuid(), '%1', 'mobile', '09129999999', now())").arg(m_idA),
        QStringLiteral("INSERT INTO categories (id, name, updated_at) VALUES (gen_random_uuid(), 'x', now())"),
        QStringLiteral("INSERT INTO users (id, kind, username, password_hash, updated_at) "
                       "VALUES (gen_random_uuid(), 'staff', 'sneaky', 'x', now())"),
        QStringLiteral("INSERT INTO point_transactions (id, identity_id, kind, points, created_on, updated_at) "
                       "VALUES (gen_random_uuid(), '%1', 'earned', 1000, '2026-01-03', now())").arg(m_idA),
        QStringLiteral("INSERT INTO products (id, code, name, updated_at) VALUES (gen_random_uuid(), 'P-1', 'x', now())"),
    };
    for (const QString &sql : inserts) {
        const Answer a = ask(*approver, sql);
        QVERIFY2(!a.ok && a.error.contains(QLatin1String("row-level security")), qPrintable(sql + QLatin1String(": ") + a.error));
    }
    const QStringList updates{
        QStringLiteral("UPDATE identities SET last_name = 'z' WHERE id = '%1' RETURNING id").arg(m_idA),
        QStringLiteral("UPDATE users SET active = false WHERE id = '%1' RETURNING id").arg(m_userA),
        QStringLiteral("UPDATE point_transactions SET points = 1 WHERE identity_id = '%1' RETURNING id").arg(m_idB),
    };
    for (const QString &sql : updates) {
        const Answer a = ask(*approver, sql);
        QVERIFY2(a.ok && a.rows.isEmpty(), qPrintable(sql + QLatin1String(": ") + a.error));
    }
    const Actor clerk = UserRepository(*approver).actor(m_staffApprover);
    IdentityDraft draft;
    draft.identity.firstName = QStringLiteral("سارا");
    draft.identity.lastName = QStringLiteral("کریمی");
    IdentityVerdict refused = IdentityService(*approver, clerk).create(draft);
    QVERIFY(!refused.ok);
    QVERIFY2(!refused.error.isEmpty(), "the service says why");

    // the key's holder writes, as the app does
    const QString editorId = addUser(QStringLiteral("editor"), UserKind::Staff, addIdentity(QStringLiteral("ویراستار")),
                                     {IdentityService::editPermission()});
    auto editor = signedIn(QStringLiteral("editor"));
    QVERIFY(editor);
    const IdentityVerdict saved = IdentityService(*editor, UserRepository(*editor).actor(editorId)).create(draft);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    Identity changed = *IdentityRepository(*editor).get(m_idA);
    changed.lastName = QStringLiteral("ویرایش‌شده");
    IdentityDraft edit;
    edit.identity = changed;
    edit.phones = IdentityRepository(*editor).phones(m_idA);
    const IdentityVerdict updated = IdentityService(*editor, UserRepository(*editor).actor(editorId)).update(edit);
    QVERIFY2(updated.ok, qPrintable(updated.error));
    QCOMPARE(IdentityRepository(m_server->owner()).get(m_idA)->lastName, QStringLiteral("ویرایش‌شده"));
}

void TestServerSecurity::clubReceiptStartsPending()
{
    auto a = signedIn(QStringLiteral("customer-a"));
    QVERIFY(a);
    const QString insert = QStringLiteral("INSERT INTO receipts (id, item_type_id, identity_id, amount, received_on, "
                                          "approval_status, entered_by, created_at, updated_at) VALUES ('%1', '%2', '%3', "
                                          "1000, '2026-02-01', '%4', '%5', now(), now())");
    // approved from the start: refused
    QVERIFY(!ask(*a, insert.arg(Store::newId(), m_receiptType, m_idA, QStringLiteral("approved"), m_userA)).ok);
    // pending, own identity, own name: accepted
    const QString mine = Store::newId();
    const Answer ok = ask(*a, insert.arg(mine, m_receiptType, m_idA, QStringLiteral("pending"), m_userA));
    QVERIFY2(ok.ok, qPrintable(ok.error));
    // and the customer cannot approve it afterwards
    const Answer up = ask(*a, QStringLiteral("UPDATE receipts SET approval_status = 'approved' WHERE id = '%1' RETURNING id").arg(mine));
    QVERIFY(!up.ok || up.rows.isEmpty());
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT approval_status FROM receipts WHERE id = '%1'").arg(mine)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pending"));
    // into B's name: refused
    QVERIFY(!ask(*a, insert.arg(Store::newId(), m_receiptType, m_idB, QStringLiteral("pending"), m_userA)).ok);
}

void TestServerSecurity::sessionsEndBySignOutAdminAndExpiry()
{
    auto a = signedIn(QStringLiteral("customer-a"));
    QVERIFY(a);
    QVERIFY(!ask(*a, QStringLiteral("SELECT id FROM documents")).rows.isEmpty());
    ServerSignIn signIn(*a);
    QVERIFY(signIn.touch());
    QVERIFY(signIn.signOut());
    QVERIFY(a->sessionToken().isEmpty());

    a = signedIn(QStringLiteral("customer-a"));
    const QString token = a->sessionToken();
    auto admin = signedIn(QStringLiteral("admin"));
    ServerSignIn adminSide(*admin);
    const auto open = adminSide.openSessions();
    QString sessionOfA;
    for (const auto &s : open) // newest first: the one just opened
        if (s.username == QLatin1String("customer-a") && sessionOfA.isEmpty())
            sessionOfA = s.id;
    QVERIFY(!sessionOfA.isEmpty());
    QVERIFY(ServerSignIn(*a).openSessions().isEmpty()); // a customer sees no one's sessions
    QVERIFY(adminSide.endSession(sessionOfA));
    QVERIFY(ask(*a, QStringLiteral("SELECT id FROM documents")).rows.isEmpty());

    // idle past the limit: the policies stop at once, the worker's expiry marks it ended
    a = signedIn(QStringLiteral("customer-a"));
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' "
                                  "WHERE token_hash = sha256(convert_to('%1', 'UTF8'))").arg(a->sessionToken())));
    QVERIFY(ask(*a, QStringLiteral("SELECT id FROM documents")).rows.isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT vafa_expire_sessions()")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    Q_UNUSED(token);
}

// Two staff approve and number the same documents at the same moment: each document is
// approved once, and every number is different.
void TestServerSecurity::concurrentApprovalsNumberOnce()
{
    QStringList docs;
    for (int i = 0; i < 12; ++i)
        docs << addDocument(m_invoiceType, i % 2 ? m_idA : m_idB);
    std::atomic<int> successes{0};
    std::atomic<int> ready{0};
    QMutex refusalsGuard;
    QStringList refusals;
    const auto approveAll = [&](int) {
        QString error;
        auto s = m_server->workstation(&error);
        if (!s || !ServerSignIn(*s).signIn(QStringLiteral("approver"), kPassword).ok)
            return;
        const Actor actor = UserRepository(*s).actor(m_staffApprover);
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        for (const QString &d : docs) {
            DocumentApproval service(*s, actor);
            if (service.approve(DocumentApproval::Subject::Document, d)) {
                ++successes;
            } else {
                QMutexLocker lock(&refusalsGuard);
                refusals << service.lastError();
            }
        }
    };
    std::thread one(approveAll, 1), two(approveAll, 2);
    one.join();
    two.join();
    QCOMPARE(ready.load(), 2);
    QCOMPARE(successes.load(), int(docs.size()));
    // the one who comes second waits for the first, then is told the item is no longer pending
    // (DocumentApproval's own refusal), not that the database failed
    QCOMPARE(refusals.size(), int(docs.size()));
    const QString storeFailed = DocumentApproval::tr("The change could not be saved. Nothing was changed.");
    for (const QString &why : std::as_const(refusals))
        QVERIFY2(!why.isEmpty() && why != storeFailed, qPrintable(why));
    qInfo("the second clerk was told: %s", qPrintable(refusals.value(0)));
    QSqlQuery q(m_server->owner().db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT number), count(*) FILTER (WHERE approval_status = "
                                  "'approved') FROM documents WHERE id IN ('%1')").arg(docs.join(QLatin1String("','")))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(docs.size()));
    QCOMPARE(q.value(1).toInt(), int(docs.size()));
    QCOMPARE(q.value(2).toInt(), int(docs.size()));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject_id IN ('%1') AND action LIKE '%approve%'")
                       .arg(docs.join(QLatin1String("','")))));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(docs.size()));
}

// 20 activations at once with 5 seats left: 5 pass, 15 are refused, never more.
void TestServerSecurity::concurrentActivationsKeepTheSeats()
{
    Store &o = m_server->owner();
    QSqlQuery q(o.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users WHERE active AND NOT deleted AND kind IN ('customer', 'supplier')")));
    QVERIFY(q.next());
    const int active = q.value(0).toInt();
    QStringList waiting;
    for (int i = 0; i < 20; ++i) {
        const QString id = addUser(QStringLiteral("waiting-%1").arg(i), UserKind::Customer, addIdentity(QStringLiteral("منتظر")));
        waiting << id;
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE users SET active = false WHERE id IN ('%1')").arg(waiting.join(QLatin1String("','")))));
    QVERIFY(SettingsRepository(o).setValue(QStringLiteral("server.licence.seats"),
                                           QJsonObject{{QStringLiteral("customer"), active + 5}, {QStringLiteral("agent"), -1}}));
    std::atomic<int> passed{0}, refused{0}, ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i) {
        threads.emplace_back([&, i] {
            QString error;
            auto s = m_server->workstation(&error);
            if (!s || !ServerSignIn(*s).signIn(QStringLiteral("admin"), kPassword).ok)
                return;
            ++ready;
            while (ready < 20)
                std::this_thread::yield();
            const Answer a = ask(*s, QStringLiteral("UPDATE users SET active = true WHERE id = '%1'").arg(waiting[i]));
            if (a.ok)
                ++passed;
            else if (a.error.contains(QLatin1String("seat")))
                ++refused;
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(ready.load(), 20);
    QCOMPARE(passed.load(), 5);
    QCOMPARE(refused.load(), 15);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users WHERE active AND NOT deleted AND kind IN ('customer', 'supplier')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), active + 5);
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
