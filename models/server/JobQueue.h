#pragma once
#include "models/core/Repository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One row of the server's job queue (migration 0010_jobs.pg.sql).
struct Job
{
    QString id;
    QString kind;
    QString key; // the idempotency key: one job per key, ever
    QJsonObject payload;
    QDateTime runAt;
    int attempts = 0; // claims so far, the running one included
    int maxAttempts = 0;
    QString lastError;
    QString lockedBy;
    QDateTime doneAt;
    QDateTime failedAt;

    bool isDone() const { return doneAt.isValid(); }
    bool isFailed() const { return failedAt.isValid(); }
};

// What to enqueue. An invalid runAt means now.
struct NewJob
{
    QString kind;
    QString key;
    QJsonObject payload;
    QDateTime runAt;
    int maxAttempts = 5;
};

// The server's job queue: the only code that writes SQL for the jobs table (PostgreSQL only).
// The worker connects as the tables' owner; row-level security hides the table from everyone
// else.
//
// Claiming a job commits at once (locked_by / locked_at are the claim), so a handler runs its
// own transactions on the same connection and a long job holds no row lock. A claim older than
// the lease is taken to be a worker that died mid-job and may be claimed again.
class JobQueue : public Repository
{
public:
    using Repository::Repository;

    enum class Enqueued { Added, AlreadyThere, Failed };
    // Adds the job unless one with its key exists (done, failed or waiting): enqueueing the
    // same job twice has one effect.
    Enqueued enqueue(const NewJob &job);

    // Takes the most overdue due job for `workerId`, skipping rows another worker is claiming
    // at this moment (FOR UPDATE SKIP LOCKED); counts the attempt. nullopt when nothing is due
    // (or on error: lastError() says which).
    std::optional<Job> claim(const QString &workerId);

    // The claimed job is done; `next` (a recurring job's next run) is enqueued in the same
    // transaction, so a crash between the two cannot lose the schedule. False when the claim was
    // no longer ours (the lease ran out and another worker took it) or the store failed.
    bool finish(const Job &job, const std::optional<NewJob> &next = std::nullopt);
    // The claimed job failed: records `error`; the job runs again after a delay that doubles
    // with each attempt, or after its last attempt stays failed and visible. `next` as above
    // (given only when the job is given up, so a recurring job keeps its schedule).
    bool fail(const Job &job, const QString &error, const std::optional<NewJob> &next = std::nullopt);
    // The delay fail() sets after `attempts` failed attempts.
    int retryDelaySeconds(int attempts) const;

    std::optional<Job> byKey(const QString &key);
    std::optional<Job> byId(const QString &id);
    // Jobs of `kind` neither done nor failed (waiting or running).
    int pendingCount(const QString &kind);
    // Milliseconds until the earliest waiting job is due by the server's clock (0 when one is
    // due now); -1 when none waits or on error.
    qint64 msUntilNextRun();

    // The retry delay after the first failure, and its ceiling (30 s and one hour by default;
    // tests use 0 to retry at once).
    void setRetryDelay(int firstSeconds, int maxSeconds);
    // How long a claim protects a job (15 minutes by default).
    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }

    // The channel the insert trigger notifies.
    static QString channel() { return QStringLiteral("vafa_jobs"); }

private:
    using Repository::fail;
    static Job fromRecord(const QSqlRecord &r);
    bool insert(const NewJob &job, bool *added);
    int m_firstDelay = 30;
    int m_maxDelay = 3600;
    int m_leaseSeconds = 15 * 60;
};
