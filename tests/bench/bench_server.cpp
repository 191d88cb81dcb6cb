// Club sessions against a company server (issue: central server, "Must reach"):
//   server_club_list_p95   — N concurrent club sessions through PgBouncer, each signing in and
//                            then listing its documents, payments and points (the first page, as
//                            the club screens load it) for the given seconds; p95 of one list,
//                            next to the same statements run as the table owner (no policies),
//                            back to back in the same sessions;
//   server_rls_overhead    — the ratio of the two p95s;
//   server_sign_in_p95     — the sign-in function's p95 under the same crowd, next to one argon2id
//                            verification on this machine.
// Each session lists once a second on average (a person reads what they listed); without a pause
// N sessions on a 2-core machine would measure the run queue, not the server.
//
//   bench_server --login-url postgresql://D_login@host:bouncer-port/D --login-password-file F
//                --owner-url postgresql://postgres@host:bouncer-port/D [--sessions 200] [--seconds 60]
//                [--out results.json]
#include "tests/bench/BenchCommon.h"

#include "models/auth/PasswordHasher.h"
#include "models/club/ClubLists.h"
#include "models/core/SqlUtil.h"
#include "models/core/Store.h"
#include "models/demo/DemoCompany.h"
#include "models/server/ServerSignIn.h"
#include "models/server/ServerUrl.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <thread>

namespace {

struct Account
{
    QString username;
    QString userId;
};

struct Shared
{
    QMutex guard;
    QVector<double> listMs, ownerMs, signInMs;
    int sessions = 0;
    std::atomic<int> arrived{0}; // sessions done signing in (or failed)
    std::atomic<int> failures{0};
    std::atomic<qint64> start{0};
    QString firstError;
    void fail(const QString &why)
    {
        QMutexLocker lock(&guard);
        if (firstError.isEmpty())
            firstError = why;
        ++failures;
    }
    // The moment the lists begin: when the last session has signed in.
    qint64 listStart()
    {
        qint64 expected = 0;
        start.compare_exchange_strong(expected, QDateTime::currentMSecsSinceEpoch());
        return start.load();
    }
};

// One list as a club screen loads it: its first page, inside the session's transaction.
double listOnce(Store &store, const QString &sql, Shared &shared)
{
    QElapsedTimer t;
    t.start();
    auto scope = store.sessionScope();
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        shared.fail(q.lastError().text());
        return -1;
    }
    while (q.next()) {
    }
    q.finish();
    if (scope)
        scope->commit();
    return Bench::msSince(t);
}

void pause(QRandomGenerator &rng) { QThread::msleep(500 + rng.bounded(1000)); }

// One club session: it signs in, waits until every session has (so that the sign-in storm and
// the lists are measured apart), then for the given seconds lists its documents, payments or
// points once a second on average. Each list runs twice, back to back: as the club user, and the
// same statement as the table owner (whom no policy binds) in the same kind of token-carrying
// transaction, so that the two differ by the policies alone and see the same load.
void clubSession(const Store::PostgresParams &login, const Store::PostgresParams &owner, const Account &a,
                 const QString &password, int seconds, Shared &shared)
{
    Store store, asOwner;
    Store::OpenOptions open;
    open.create = false;
    const bool opened = store.openPostgres(login, open) && asOwner.openPostgres(owner, open);
    QElapsedTimer t;
    t.start();
    const SignInResult r = opened ? ServerSignIn(store).signIn(a.username, password, QStringLiteral("bench"))
                                  : SignInResult();
    const double signIn = Bench::msSince(t);
    ++shared.arrived;
    if (!opened || !r.ok) {
        shared.fail(a.username + QLatin1String(": ")
                    + (opened ? r.message() : store.errorDetail() + asOwner.errorDetail()));
        return;
    }
    asOwner.setSessionToken(QStringLiteral("owner-baseline")); // a token the server does not know
    const ClubLists club(store, r.user.id);
    QStringList sql;
    for (const ListSpec &spec : {club.documents(), club.payments(), club.points()})
        sql << Sql::inlined(store.db().driver(), spec.selectSql(spec.orderByDesc) + QLatin1String(" LIMIT 50"), spec.binds);
    {
        QMutexLocker lock(&shared.guard);
        shared.signInMs << signIn;
    }
    while (shared.arrived < shared.sessions)
        QThread::msleep(20);
    const qint64 deadline = shared.listStart() + qint64(seconds) * 1000;
    QRandomGenerator rng{quint32(qHash(a.userId))};
    QVector<double> mine, theirs;
    for (int i = 0; QDateTime::currentMSecsSinceEpoch() < deadline; ++i) {
        pause(rng);
        const QString &statement = sql[i % sql.size()];
        const double ms = listOnce(store, statement, shared);
        const double base = listOnce(asOwner, statement, shared);
        if (ms >= 0 && base >= 0) {
            mine << ms;
            theirs << base;
        }
    }
    QMutexLocker lock(&shared.guard);
    shared.listMs += mine;
    shared.ownerMs += theirs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const int sessions = Bench::argInt(args, QStringLiteral("--sessions"), 200);
    const int seconds = Bench::argInt(args, QStringLiteral("--seconds"), 60);
    Store::PostgresParams login, owner;
    QString why;
    if (!ServerUrl::parse(Bench::argValue(args, QStringLiteral("--login-url")), &login, &why)
        || !ServerUrl::parse(Bench::argValue(args, QStringLiteral("--owner-url")), &owner, &why)) {
        err << why << "\nusage: bench_server --login-url URL --login-password-file F --owner-url URL [--sessions N] "
                      "[--seconds S] [--out FILE]\n";
        return 2;
    }
    QFile pw(Bench::argValue(args, QStringLiteral("--login-password-file")));
    if (pw.open(QIODevice::ReadOnly))
        login.password = QString::fromUtf8(pw.readAll()).trimmed();
    PasswordHasher::initialize();

    // the club users who may sign in, from the demo company on the server
    QList<Account> accounts;
    {
        Store o;
        Store::OpenOptions open;
        open.create = false;
        if (!o.openPostgres(owner, open)) {
            err << "cannot open the server as its owner: " << o.errorDetail() << '\n';
            return 2;
        }
        QSqlQuery q(o.db());
        q.exec(QStringLiteral("SELECT u.username, u.id FROM users u JOIN identities i ON i.id = u.identity_id AND NOT i.deleted "
                              "WHERE u.kind IN ('customer', 'agent') AND u.active AND NOT u.suspended AND NOT u.locked "
                              "AND u.registration_status = 'approved' AND NOT u.must_change_password AND NOT u.deleted "
                              "ORDER BY u.kind DESC, u.username LIMIT %1").arg(sessions));
        while (q.next())
            accounts << Account{q.value(0).toString(), q.value(1).toString()};
        q.exec(QStringLiteral("SELECT count(*) FROM identities"));
        q.next();
        err << "server holds " << q.value(0).toLongLong() << " identities; " << accounts.size() << " club sessions\n";
    }
    if (accounts.isEmpty())
        return 2;
    const QString loadBefore = Bench::machineLoad();
    Shared rls;
    rls.sessions = int(accounts.size());
    {
        std::vector<std::thread> threads;
        for (const Account &a : std::as_const(accounts))
            threads.emplace_back(clubSession, login, owner, a, DemoCompany::defaultPassword(), seconds, std::ref(rls));
        for (auto &t : threads)
            t.join();
    }
    QVector<double> verify;
    {
        PasswordHasher hasher;
        const QString h = hasher.hash(DemoCompany::defaultPassword());
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer t;
            t.start();
            hasher.verify(h, DemoCompany::defaultPassword());
            verify << Bench::msSince(t);
        }
    }
    const QString loadAfter = Bench::machineLoad();
    if (rls.failures)
        err << rls.failures << " failures; first: " << rls.firstError << '\n';

    const Bench::Stats sl = Bench::stats(rls.listMs), sb = Bench::stats(rls.ownerMs);
    const Bench::Stats ss = Bench::stats(rls.signInMs), sv = Bench::stats(verify);
    const QString common = QStringLiteral("%1 club sessions through %2:%3, all signed in first, then %4 s of lists, one "
                                          "every 0.5–1.5 s per session, each run as the club user and then as the owner; "
                                          "%5 failures; %6 before, %7 after.")
                               .arg(accounts.size())
                               .arg(login.host)
                               .arg(login.port)
                               .arg(seconds)
                               .arg(rls.failures.load())
                               .arg(loadBefore, loadAfter);
    Bench::Results results(out);
    Bench::Figure f;
    f.name = QStringLiteral("server_club_list_p95");
    f.value = sl.p95;
    f.unit = QStringLiteral("ms");
    f.baselineName = QStringLiteral("the same statements as the table owner (no policies), back to back, same transactions, p95");
    f.baselineValue = sb.p95;
    f.target = QStringLiteral("<= 50 ms");
    f.meetsTarget = sl.p95 <= 50;
    f.notes = QStringLiteral("First page (50 rows) of documents, payments or points as ClubLists builds them, inside a "
                             "transaction carrying the session token. Club users: %1. Owner: %2. ")
                  .arg(Bench::describe(sl, f.unit), Bench::describe(sb, f.unit))
              + common;
    f.samples = rls.listMs;
    f.baselineSamples = rls.ownerMs;
    results.add(f);

    Bench::Figure o;
    o.name = QStringLiteral("server_rls_overhead");
    o.value = sb.p95 > 0 ? sl.p95 / sb.p95 : 0;
    o.unit = QStringLiteral("x");
    o.baselineName = QStringLiteral("1.0 (the owner's p95)");
    o.baselineValue = 1.0;
    o.target = QStringLiteral("<= 1.5x");
    o.meetsTarget = o.value <= 1.5;
    o.notes = QStringLiteral("p95 with row-level security over p95 without, for the same statements. Medians: %1 vs %2 ms. ")
                  .arg(sl.median, 0, 'f', 2)
                  .arg(sb.median, 0, 'f', 2)
              + common;
    results.add(o);

    Bench::Figure s;
    s.name = QStringLiteral("server_sign_in_p95");
    s.value = ss.p95;
    s.unit = QStringLiteral("ms");
    s.baselineName = QStringLiteral("one argon2id verification (libsodium, interactive) on this machine, median");
    s.baselineValue = sv.median;
    s.notes = QStringLiteral("vafa_sign_in through the pooler while the other sessions sign in: %1. Verification alone: %2. ")
                  .arg(Bench::describe(ss, s.unit), Bench::describe(sv, s.unit))
              + common;
    s.samples = rls.signInMs;
    s.baselineSamples = verify;
    results.add(s);
    return results.write() ? 0 : 1;
}
