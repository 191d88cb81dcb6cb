// The server worker's job queue (`vafa server run`, migration 0010_jobs.pg.sql) against the
// throwaway PostgreSQL: one job per idempotency key, retries with a growing delay and then a
// visible failure, two claimers never taking one job, a notification waking the worker long
// before its timer, the recurring jobs (expiring sessions, the licence check) and the command.
#include "models/club/LicenceService.h"
#include "models/core/AuditLog.h"
#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/server/JobHandlers.h"
#include "models/server/JobQueue.h"
#include "models/server/ServerRunCommand.h"
#include "models/server/ServerWorker.h"
#include "tests/support/TestLicence.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <functional>
#include <memory>

using TestSupport::TempPgDatabase;

namespace {

// A job kind for the tests whose outcome the test decides.
class ScriptedJob : public JobHandler
{
public:
    explicit ScriptedJob(std::function<JobOutcome(const Job &)> run) : m_run(std::move(run)) {}
    QString kind() const override { return QStringLiteral("test_job"); }
    JobOutcome run(Store &, const Job &job) override
    {
        ++runs;
        return m_run(job);
    }
    int runs = 0;

private:
    std::function<JobOutcome(const Job &)> m_run;
};

NewJob testJob(const QString &key, int maxAttempts = 5)
{
    NewJob j;
    j.kind = QStringLiteral("test_job");
    j.key = key;
    j.payload = QJsonObject{{QStringLiteral("n"), 1}};
    j.maxAttempts = maxAttempts;
    return j;
}

qint64 count(Store &store, const QString &sql) { return TestSupport::sqlNumber(store, sql); }
bool exec(Store &store, const QString &sql) { return TestSupport::sqlExec(store, sql); }

QString urlOf(const Store::PostgresParams &p)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(p.user, p.password, p.host).arg(p.port).arg(p.database);
}

} // namespace

class TestServerWorker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void queueTableIsHiddenFromOtherRoles();
    void enqueueingTwiceMakesOneJob();
    void failureWaitsLongerEachTime();
    void failingJobRetriesThenStaysFailed();
    void stopFlagEndsTheRoundBetweenJobs();
    void claimSkipsAJobAnotherWorkerIsClaiming();
    void twoWorkersNeverRunOneJob();
    void abandonedClaimIsTakenAgainAfterTheLease();
    void notificationWakesTheWorkerBeforeItsTimer();
    void expireSessionsRunsAndReschedulesItself();
    void licenceCheckRecordsTheVerdictOnce();
    void installedLicenceIsCheckedAtOnce();
    void runOnceRunsTheDueJobs();
    void runRefusesADatabaseWithoutACompany();
    void runStopsOnSigterm();

private:
    std::unique_ptr<TempPgDatabase> m_pg;
    std::unique_ptr<Store> m_store;
};

void TestServerWorker::init()
{
    m_pg = std::make_unique<TempPgDatabase>();
    QVERIFY2(m_pg->isReady(), qPrintable(m_pg->errorText()));
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->openPostgres(m_pg->params()), qPrintable(m_store->errorDetail()));
}

void TestServerWorker::cleanup()
{
    m_store.reset();
    m_pg.reset();
}

void TestServerWorker::queueTableIsHiddenFromOtherRoles()
{
    // RLS on, no policy: even a role granted everything on the table sees and adds nothing
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'jobs' AND relrowsecurity")), 1);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM pg_policy WHERE polrelid = 'jobs'::regclass")), 0);
    JobQueue queue(*m_store);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("secret"))), JobQueue::Enqueued::Added);

    const QString role = QStringLiteral("vafa_test_login_%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    QVERIFY(exec(*m_store, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)));
    QVERIFY(exec(*m_store, QStringLiteral("GRANT ALL ON jobs TO %1").arg(role)));
    QVERIFY(exec(*m_store, QStringLiteral("SET ROLE %1").arg(role)));
    const qint64 seen = count(*m_store, QStringLiteral("SELECT count(*) FROM jobs"));
    const bool inserted = exec(*m_store, QStringLiteral("INSERT INTO jobs (id, kind, idempotency_key) "
                                                        "VALUES (gen_random_uuid(), 'x', 'planted')"));
    QVERIFY(exec(*m_store, QStringLiteral("RESET ROLE")));
    QVERIFY(exec(*m_store, QStringLiteral("REVOKE ALL ON jobs FROM %1").arg(role)));
    QVERIFY(exec(*m_store, QStringLiteral("DROP ROLE %1").arg(role)));
    QCOMPARE(seen, 0);
    QVERIFY(!inserted);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs")), 1);
}

void TestServerWorker::enqueueingTwiceMakesOneJob()
{
    JobQueue queue(*m_store);
    Store other;
    QVERIFY(other.openPostgres(m_pg->params()));
    JobQueue otherQueue(other);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("welcome:42"))), JobQueue::Enqueued::Added);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("welcome:42"))), JobQueue::Enqueued::AlreadyThere);
    QCOMPARE(otherQueue.enqueue(testJob(QStringLiteral("welcome:42"))), JobQueue::Enqueued::AlreadyThere);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs")), 1);

    // once done, the key still stands: the same request arriving late does not run it again
    ScriptedJob *handler = nullptr;
    ServerWorker worker(*m_store, m_pg->params());
    auto h = std::make_unique<ScriptedJob>([](const Job &) { return JobOutcome::done(); });
    handler = h.get();
    worker.addHandler(std::move(h));
    QCOMPARE(worker.runDue(), 1);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("welcome:42"))), JobQueue::Enqueued::AlreadyThere);
    QCOMPARE(worker.runDue(), 0);
    QCOMPARE(handler->runs, 1);
    const auto job = queue.byKey(QStringLiteral("welcome:42"));
    QVERIFY(job && job->isDone());
    QCOMPARE(job->payload.value(QStringLiteral("n")).toInt(), 1);
}

void TestServerWorker::failureWaitsLongerEachTime()
{
    JobQueue queue(*m_store);
    QCOMPARE(queue.retryDelaySeconds(1), 30);
    QCOMPARE(queue.retryDelaySeconds(2), 60);
    QCOMPARE(queue.retryDelaySeconds(3), 120);
    QCOMPARE(queue.retryDelaySeconds(20), 3600);

    QCOMPARE(queue.enqueue(testJob(QStringLiteral("flaky"))), JobQueue::Enqueued::Added);
    const auto job = queue.claim(QStringLiteral("w1"));
    QVERIFY(job);
    QCOMPARE(job->attempts, 1);
    QVERIFY(queue.fail(*job, QStringLiteral("the gateway did not answer")));
    // not due again for half a minute: a claim now finds nothing
    QVERIFY(!queue.claim(QStringLiteral("w1")));
    QVERIFY(queue.lastError().isEmpty());
    const auto after = queue.byKey(QStringLiteral("flaky"));
    QVERIFY(after && !after->isFailed() && !after->isDone());
    QCOMPARE(after->lastError, QStringLiteral("the gateway did not answer"));
    QVERIFY(after->lockedBy.isEmpty());
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE run_at > now() + interval '25 seconds' "
                                            "AND run_at < now() + interval '35 seconds'")),
             1);
    const qint64 wait = queue.msUntilNextRun();
    QVERIFY2(wait > 25000 && wait <= 30000, qPrintable(QString::number(wait)));
}

void TestServerWorker::failingJobRetriesThenStaysFailed()
{
    ServerWorker worker(*m_store, m_pg->params());
    worker.queue().setRetryDelay(0, 0); // retry at once, so the test need not wait
    auto h = std::make_unique<ScriptedJob>([n = 0](const Job &) mutable {
        return JobOutcome::failed(QStringLiteral("refused, try %1").arg(++n));
    });
    ScriptedJob *handler = h.get();
    worker.addHandler(std::move(h));
    QSignalSpy ran(&worker, &ServerWorker::jobRan);
    QCOMPARE(worker.queue().enqueue(testJob(QStringLiteral("doomed"), 3)), JobQueue::Enqueued::Added);

    QCOMPARE(worker.runDue(), 3);
    QCOMPARE(handler->runs, 3);
    QCOMPARE(ran.count(), 3);
    QCOMPARE(ran.at(2).at(2).toBool(), false);
    const auto job = worker.queue().byKey(QStringLiteral("doomed"));
    QVERIFY(job);
    QVERIFY(job->isFailed());
    QVERIFY(!job->isDone());
    QCOMPARE(job->attempts, 3);
    QCOMPARE(job->lastError, QStringLiteral("refused, try 3"));
    // a failed job stays where an administrator sees it, and is not run again
    QCOMPARE(worker.runDue(), 0);
    QCOMPARE(handler->runs, 3);
    QCOMPARE(worker.queue().msUntilNextRun(), -1);
}

void TestServerWorker::stopFlagEndsTheRoundBetweenJobs()
{
    // SIGTERM during a long queue: the job that runs finishes, no other one starts
    ServerWorker worker(*m_store, m_pg->params());
    std::atomic_bool stop{false};
    worker.setStopFlag(&stop);
    worker.addHandler(std::make_unique<ScriptedJob>([&stop](const Job &) {
        stop.store(true);
        return JobOutcome::done();
    }));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(worker.queue().enqueue(testJob(QStringLiteral("queued-%1").arg(i))), JobQueue::Enqueued::Added);
    QCOMPARE(worker.runDue(), 1);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE done_at IS NOT NULL")), 1);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE locked_by IS NULL AND done_at IS NULL "
                                            "AND attempts = 0")),
             2);
    stop.store(false);
    QCOMPARE(worker.runDue(), 1);
}

void TestServerWorker::claimSkipsAJobAnotherWorkerIsClaiming()
{
    JobQueue queue(*m_store);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("first"))), JobQueue::Enqueued::Added);
    QTest::qWait(5); // created_at orders the two
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("second"))), JobQueue::Enqueued::Added);
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE jobs SET run_at = now() - interval '1 minute' "
                                          "WHERE idempotency_key = 'first'")));

    // another worker's claim in flight: its transaction holds the row lock of "first"
    Store other;
    QVERIFY(other.openPostgres(m_pg->params()));
    QVERIFY(exec(other, QStringLiteral("BEGIN")));
    QCOMPARE(count(other, QStringLiteral("SELECT count(*) FROM (SELECT id FROM jobs WHERE idempotency_key = 'first' "
                                         "FOR UPDATE) x")),
             1);
    QElapsedTimer t;
    t.start();
    const auto mine = queue.claim(QStringLiteral("w1"));
    QVERIFY(t.elapsed() < 2000); // skipped, not waited for
    QVERIFY(mine);
    QCOMPARE(mine->key, QStringLiteral("second"));
    QVERIFY(exec(other, QStringLiteral("COMMIT")));
    const auto next = queue.claim(QStringLiteral("w1"));
    QVERIFY(next);
    QCOMPARE(next->key, QStringLiteral("first"));
    QVERIFY(!queue.claim(QStringLiteral("w1")));
}

void TestServerWorker::twoWorkersNeverRunOneJob()
{
    const int jobs = 60;
    JobQueue queue(*m_store);
    for (int i = 0; i < jobs; ++i)
        QCOMPARE(queue.enqueue(testJob(QStringLiteral("job-%1").arg(i))), JobQueue::Enqueued::Added);

    // two workers on their own connections and threads, claiming as fast as they can
    QStringList taken[2];
    QString errors[2];
    const Store::PostgresParams params = m_pg->params();
    auto claimer = [&params](const QString &name, QStringList *ids, QString *error) {
        Store store;
        if (!store.openPostgres(params)) {
            *error = store.errorDetail();
            return;
        }
        JobQueue q(store);
        while (const auto job = q.claim(name)) {
            *ids << job->id;
            if (!q.finish(*job)) {
                *error = q.lastError();
                return;
            }
        }
        *error = q.lastError();
    };
    std::unique_ptr<QThread> a(QThread::create(claimer, QStringLiteral("wa"), &taken[0], &errors[0]));
    std::unique_ptr<QThread> b(QThread::create(claimer, QStringLiteral("wb"), &taken[1], &errors[1]));
    a->start();
    b->start();
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    const QSet<QString> sa(taken[0].begin(), taken[0].end());
    const QSet<QString> sb(taken[1].begin(), taken[1].end());
    QCOMPARE(sa.size() + sb.size(), jobs);
    QVERIFY(!sa.intersects(sb));
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE done_at IS NOT NULL AND attempts = 1")), jobs);
    qInfo("worker a ran %lld jobs, worker b %lld", qint64(sa.size()), qint64(sb.size()));
}

void TestServerWorker::abandonedClaimIsTakenAgainAfterTheLease()
{
    JobQueue queue(*m_store);
    QCOMPARE(queue.enqueue(testJob(QStringLiteral("orphan"), 2)), JobQueue::Enqueued::Added);
    const auto first = queue.claim(QStringLiteral("dead-worker"));
    QVERIFY(first);
    QVERIFY(!queue.claim(QStringLiteral("w2"))); // claimed, within the lease

    // the claim is older than the lease: its worker is taken to have died mid-job
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE jobs SET locked_at = now() - interval '16 minutes'")));
    const auto again = queue.claim(QStringLiteral("w2"));
    QVERIFY(again);
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->attempts, 2);
    // the dead worker's late "done" no longer counts
    QVERIFY(!queue.finish(*first));
    // w2 dies too, on the last attempt: the job is failed, not left waiting for ever
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE jobs SET locked_at = now() - interval '16 minutes'")));
    QVERIFY(!queue.claim(QStringLiteral("w3")));
    const auto job = queue.byKey(QStringLiteral("orphan"));
    QVERIFY(job && job->isFailed());
    QVERIFY2(job->lastError.contains(QLatin1String("w2")), qPrintable(job->lastError));
}

void TestServerWorker::notificationWakesTheWorkerBeforeItsTimer()
{
    ServerWorker::Options options;
    options.pollSeconds = 60;
    ServerWorker worker(*m_store, m_pg->params(), options);
    worker.addHandler(std::make_unique<ScriptedJob>([](const Job &) { return JobOutcome::done(); }));
    QSignalSpy ran(&worker, &ServerWorker::jobRan);
    QVERIFY2(worker.start(), qPrintable(worker.errorText()));
    QCOMPARE(ran.count(), 0);

    // another connection (an app server, a workstation's request) adds a job
    Store other;
    QVERIFY(other.openPostgres(m_pg->params()));
    JobQueue otherQueue(other);
    QElapsedTimer t;
    QTimer::singleShot(100, this, [&] {
        t.start();
        QCOMPARE(otherQueue.enqueue(testJob(QStringLiteral("wake-up"))), JobQueue::Enqueued::Added);
    });
    QVERIFY(ran.wait(10000));
    const qint64 ms = t.elapsed();
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms after the insert").arg(ms)));
    QCOMPARE(ran.at(0).at(0).toString(), QStringLiteral("test_job"));
    QVERIFY(worker.queue().byKey(QStringLiteral("wake-up"))->isDone());
    qInfo("the job ran %lld ms after it was added (the timer was 60 s away)", ms);

    // a scheduled job is run by the timer, at its time
    NewJob later = testJob(QStringLiteral("in-a-moment"));
    later.runAt = QDateTime::currentDateTimeUtc().addMSecs(700);
    QCOMPARE(otherQueue.enqueue(later), JobQueue::Enqueued::Added);
    QVERIFY(ran.wait(10000));
    QCOMPARE(ran.count(), 2);
    QVERIFY(worker.queue().byKey(QStringLiteral("in-a-moment"))->isDone());
    worker.stop();
    QVERIFY(!worker.isRunning());
}

void TestServerWorker::expireSessionsRunsAndReschedulesItself()
{
    // two sessions past their limits (one expired, one idle), one alive
    QVERIFY(exec(*m_store, QStringLiteral(
        "INSERT INTO sessions (id, user_id, token_hash, expires_at, idle_minutes, last_seen_at) VALUES "
        "(gen_random_uuid(), gen_random_uuid(), sha256('a'), now() - interval '1 hour', 30, now()), "
        "(gen_random_uuid(), gen_random_uuid(), sha256('b'), now() + interval '1 day', 30, now() - interval '31 minutes'), "
        "(gen_random_uuid(), gen_random_uuid(), sha256('c'), now() + interval '1 day', 30, now())")));
    ServerWorker worker(*m_store, m_pg->params());
    auto h = std::make_unique<ExpireSessionsJob>();
    ExpireSessionsJob *expire = h.get();
    worker.addHandler(std::move(h));
    QVERIFY(worker.scheduleRecurring());
    QVERIFY(worker.scheduleRecurring()); // a restart adds nothing
    QCOMPARE(worker.queue().pendingCount(ExpireSessionsJob::kindName()), 1);

    QCOMPARE(worker.runDue(), 1);
    QCOMPARE(expire->lastExpired(), 2);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL")), 2);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'expire_sessions' "
                                            "AND done_at IS NOT NULL AND last_error IS NULL")),
             1);
    // the next run waits for the next minute, under that minute's key
    QCOMPARE(worker.queue().pendingCount(ExpireSessionsJob::kindName()), 1);
    const QDateTime nextAt = expire->nextRunAfter(QDateTime::currentDateTimeUtc());
    const auto next = worker.queue().byKey(expire->keyFor(nextAt));
    QVERIFY2(next, qPrintable(expire->keyFor(nextAt)));
    QCOMPARE(next->runAt, nextAt);
    QVERIFY(nextAt.time().second() == 0 && nextAt > QDateTime::currentDateTimeUtc());
    QVERIFY(worker.scheduleRecurring());
    QCOMPARE(worker.queue().pendingCount(ExpireSessionsJob::kindName()), 1);

    // running it again (as the next minute would) ends nothing more
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE jobs SET run_at = now() WHERE done_at IS NULL")));
    QCOMPARE(worker.runDue(), 1);
    QCOMPARE(expire->lastExpired(), 0);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL")), 2);
}

void TestServerWorker::licenceCheckRecordsTheVerdictOnce()
{
    ServerWorker worker(*m_store, m_pg->params());
    worker.addHandler(std::make_unique<LicenceCheckJob>());
    QVERIFY(worker.scheduleRecurring());
    QCOMPARE(worker.runDue(), 1);
    SettingsRepository settings(*m_store);
    QJsonObject status = settings.value(LicenceCheckJob::settingKey()).toObject();
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("not_installed"));
    QCOMPARE(status.value(QStringLiteral("checked_on")).toString(), QDate::currentDate().toString(Qt::ISODate));
    const QString audited = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'server.licence_status'");
    QCOMPARE(count(*m_store, audited), 1);
    // tomorrow's run is scheduled; running the check again today changes nothing
    QCOMPARE(worker.queue().pendingCount(LicenceCheckJob::kindName()), 1);
    const QString settingsRow = QStringLiteral("SELECT count(*) FROM settings WHERE key = 'server.licence_status'");
    QCOMPARE(count(*m_store, settingsRow), 1);
    const QString updatedAt = QStringLiteral("SELECT extract(epoch FROM updated_at) * 1000000 FROM settings "
                                             "WHERE key = 'server.licence_status'");
    const qint64 updatedBefore = count(*m_store, updatedAt);
    // a second worker, or a retry after a crash, runs the same check again
    LicenceCheckJob again;
    const auto job = worker.queue().byKey(again.keyFor(again.nextRunAfter(QDateTime::currentDateTimeUtc())));
    QVERIFY(job);
    QVERIFY(again.run(*m_store, *job).ok);
    QCOMPARE(count(*m_store, audited), 1);
    QCOMPARE(count(*m_store, updatedAt), updatedBefore);

    // a licence is installed: the next check records the new verdict, and the audit log the change
    TestLicence::trustTestKey();
    QVERIFY(TestLicence::install(*m_store, ClubSettings::Edition::Enterprise));
    QVERIFY(again.run(*m_store, *job).ok);
    status = settings.value(LicenceCheckJob::settingKey()).toObject();
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(!status.value(QStringLiteral("expires")).toString().isEmpty());
    QCOMPARE(count(*m_store, audited), 2);
    QVERIFY(again.run(*m_store, *job).ok);
    QCOMPARE(count(*m_store, audited), 2);
}

// A licence installed from a workstation sets the seats the server enforces at the worker's next
// round, not a day later: installing it enqueues a check that is due now (migration 0011).
void TestServerWorker::installedLicenceIsCheckedAtOnce()
{
    ServerWorker worker(*m_store, m_pg->params());
    worker.addHandler(std::make_unique<LicenceCheckJob>());
    QVERIFY(worker.scheduleRecurring());
    QCOMPARE(worker.runDue(), 1); // today's check: nothing installed
    QCOMPARE(worker.runDue(), 0); // the next is tomorrow's
    TestLicence::trustTestKey();
    QVERIFY(TestLicence::install(*m_store, ClubSettings::Edition::Enterprise, 7, 2));
    QCOMPARE(worker.runDue(), 1);
    const QJsonObject seats = SettingsRepository(*m_store).value(QStringLiteral("server.licence.seats")).toObject();
    QCOMPARE(seats.value(QStringLiteral("customer")).toInt(), 7);
    QCOMPARE(seats.value(QStringLiteral("agent")).toInt(), 2);
    QCOMPARE(worker.runDue(), 0);
    QCOMPARE(worker.queue().pendingCount(LicenceCheckJob::kindName()), 1); // tomorrow's, once
}

void TestServerWorker::runOnceRunsTheDueJobs()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(ServerRunCommand::run({urlOf(m_pg->params()), QStringLiteral("--once")}, out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    JobQueue queue(*m_store);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE done_at IS NOT NULL")), 2);
    QCOMPARE(queue.pendingCount(ExpireSessionsJob::kindName()), 1);
    QCOMPARE(queue.pendingCount(LicenceCheckJob::kindName()), 1);
    // the next --once within the minute finds nothing due
    outText.clear();
    QCOMPARE(ServerRunCommand::run({urlOf(m_pg->params()), QStringLiteral("--once")}, out, err), 0);
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs")), 4);

    QCOMPARE(ServerRunCommand::run({}, out, err), 2);
    QCOMPARE(ServerRunCommand::run({urlOf(m_pg->params()), QStringLiteral("--poll"), QStringLiteral("0")}, out, err), 2);
    QCOMPARE(ServerRunCommand::run({QStringLiteral("http://example.com/x")}, out, err), 2);
}

void TestServerWorker::runRefusesADatabaseWithoutACompany()
{
    TempPgDatabase empty;
    QVERIFY(empty.isReady());
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(ServerRunCommand::run({urlOf(empty.params()), QStringLiteral("--once")}, out, err), 3);
    QVERIFY2(errText.contains(QLatin1String("server init")), qPrintable(errText));
    // and it did not make one: the database is still empty
    Store::PostgresParams p = empty.params();
    Store::PostgresParams wrong = p;
    wrong.port = 1; // nothing listens there
    QCOMPARE(ServerRunCommand::run({urlOf(wrong), QStringLiteral("--once")}, out, err), 3);
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("empty-check"));
        d.setHostName(p.host);
        d.setPort(p.port);
        d.setUserName(p.user);
        d.setPassword(p.password);
        d.setDatabaseName(p.database);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty-check"));
}

void TestServerWorker::runStopsOnSigterm()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    // systemd stops the service with SIGTERM: the worker finishes and exits 0
    QTimer::singleShot(500, [] { ::raise(SIGTERM); });
    QElapsedTimer t;
    t.start();
    QCOMPARE(ServerRunCommand::run({urlOf(m_pg->params()), QStringLiteral("--poll"), QStringLiteral("60")}, out, err), 0);
    QVERIFY(t.elapsed() < 5000);
    QVERIFY2(outText.contains(QLatin1String("stopped")), qPrintable(outText + errText));
    // it ran the jobs that were due when it started
    QCOMPARE(count(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE kind = 'licence_check' AND done_at IS NOT NULL")),
             1);
}

QTEST_GUILESS_MAIN(TestServerWorker)
#include "tst_server_worker.moc"
