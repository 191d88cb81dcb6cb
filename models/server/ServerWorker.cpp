#include "models/server/ServerWorker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSysInfo>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorker, "vafa.server.worker")

ServerWorker::ServerWorker(Store &store, const Store::PostgresParams &params, const Options &options)
    : m_store(store)
    , m_params(params)
    , m_options(options)
    , m_workerId(options.workerId.isEmpty()
                     ? QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
                     : options.workerId)
    , m_listenConnection(QStringLiteral("vafa-listen-") + Store::newId())
    , m_queue(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerWorker::wake);
}

ServerWorker::~ServerWorker()
{
    stop();
}

void ServerWorker::addHandler(std::unique_ptr<JobHandler> handler)
{
    const QString kind = handler->kind();
    m_handlers[kind] = std::move(handler);
}

bool ServerWorker::scheduleRecurring()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[kind, handler] : m_handlers) {
        if (!handler->nextRunAfter(now).isValid())
            continue;
        const int pending = m_queue.pendingCount(kind);
        if (!m_queue.lastError().isEmpty()) {
            m_error = m_queue.lastError();
            return false;
        }
        // a restart (or a second worker) finds the schedule in place and adds nothing; the key of
        // this minute keeps two workers starting together to one job
        if (pending == 0 && m_queue.enqueue(handler->jobAt(QDateTime(now.date(), QTime(now.time().hour(),
                                                                                       now.time().minute()),
                                                                     Qt::UTC)))
                                == JobQueue::Enqueued::Failed) {
            m_error = m_queue.lastError();
            return false;
        }
    }
    return true;
}

bool ServerWorker::runOne(const Job &job)
{
    const auto it = m_handlers.find(job.kind);
    JobOutcome outcome;
    std::optional<NewJob> next;
    if (it == m_handlers.end()) {
        outcome = JobOutcome::failed(QStringLiteral("this worker has no handler for jobs of kind %1").arg(job.kind));
    } else {
        JobHandler &handler = *it->second;
        // after its own slot too: a run brought forward must not name the slot it ran in again
        const QDateTime nextAt = handler.nextRunAfter(std::max(QDateTime::currentDateTimeUtc(), job.runAt));
        if (nextAt.isValid())
            next = handler.jobAt(nextAt);
        outcome = handler.run(m_store, job);
    }
    const bool recorded = outcome.ok ? m_queue.finish(job, next) : m_queue.fail(job, outcome.error, next);
    if (outcome.ok)
        qCInfo(lcWorker, "%s %s done", qPrintable(job.kind), qPrintable(job.id));
    else
        qCWarning(lcWorker, "%s %s failed (attempt %d of %d): %s", qPrintable(job.kind), qPrintable(job.id),
                  job.attempts, job.maxAttempts, qPrintable(outcome.error));
    emit jobRan(job.kind, job.id, outcome.ok);
    if (!recorded)
        qCWarning(lcWorker, "%s %s: the outcome could not be recorded: %s", qPrintable(job.kind), qPrintable(job.id),
                  qPrintable(m_queue.lastError()));
    return recorded;
}

int ServerWorker::runDue()
{
    int ran = 0;
    for (;;) {
        if (m_stopFlag && m_stopFlag->load())
            return ran;
        const std::optional<Job> job = m_queue.claim(m_workerId);
        if (!job) {
            if (!m_queue.lastError().isEmpty()) {
                m_error = m_queue.lastError();
                return -1;
            }
            return ran;
        }
        runOne(*job);
        ++ran;
    }
}

bool ServerWorker::start()
{
    if (m_running)
        return true;
    {
        QSqlDatabase d = m_params.addConnection(m_listenConnection);
        if (!d.open()) {
            m_error = d.lastError().text();
            return false;
        }
        connect(d.driver(), &QSqlDriver::notification, this, &ServerWorker::onNotification);
        if (!d.driver()->subscribeToNotification(JobQueue::channel())) {
            m_error = d.driver()->lastError().text();
            return false;
        }
    }
    m_running = true;
    wake(); // whatever fell due while no worker ran
    return m_running;
}

void ServerWorker::stop()
{
    m_timer.stop();
    if (!QSqlDatabase::contains(m_listenConnection))
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_listenConnection, false);
        if (d.isOpen()) {
            disconnect(d.driver(), nullptr, this, nullptr);
            d.driver()->unsubscribeFromNotification(JobQueue::channel());
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(m_listenConnection);
    m_running = false;
}

void ServerWorker::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &)
{
    if (name == JobQueue::channel())
        wake();
}

void ServerWorker::wake()
{
    if (!m_running || m_waking)
        return;
    m_waking = true;
    const int ran = runDue();
    m_waking = false;
    if (ran < 0) {
        qCCritical(lcWorker, "the store failed: %s", qPrintable(m_error));
        stop();
        emit failed();
        return;
    }
    armTimer();
}

void ServerWorker::armTimer()
{
    const qint64 poll = qint64(std::max(1, m_options.pollSeconds)) * 1000;
    const qint64 untilNext = m_queue.msUntilNextRun();
    // a little after the job is due, so the server's clock has passed run_at when we claim
    m_timer.start(int(untilNext < 0 ? poll : std::min(poll, untilNext + 20)));
}
