#include "models/server/JobQueue.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, idempotency_key, payload::text AS payload, run_at, attempts, max_attempts, last_error, "
    "locked_by, done_at, failed_at");

// A job's time as the server reads it: ISO 8601 in UTC, or NULL for "now" (the server's clock,
// the one every due check uses).
QVariant serverTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Job JobQueue::fromRecord(const QSqlRecord &r)
{
    Job j;
    j.id = idOf(r, "id");
    j.kind = str(r, "kind");
    j.key = str(r, "idempotency_key");
    j.payload = QJsonDocument::fromJson(str(r, "payload").toUtf8()).object();
    j.runAt = ts(r, "run_at");
    j.attempts = int(i64(r, "attempts"));
    j.maxAttempts = int(i64(r, "max_attempts"));
    j.lastError = str(r, "last_error");
    j.lockedBy = str(r, "locked_by");
    j.doneAt = ts(r, "done_at");
    j.failedAt = ts(r, "failed_at");
    return j;
}

bool JobQueue::insert(const NewJob &job, bool *added)
{
    if (job.kind.isEmpty() || job.key.isEmpty())
        return fail(QStringLiteral("a job needs a kind and an idempotency key"));
    // ON CONFLICT DO NOTHING: a second enqueue of the key, even at the same moment from another
    // worker, neither fails nor adds a row
    const auto r = fetchOne(QStringLiteral("INSERT INTO jobs (id, kind, idempotency_key, payload, run_at, max_attempts) "
                                           "VALUES (?, ?, ?, CAST(? AS jsonb), coalesce(CAST(? AS timestamptz), now()), ?) "
                                           "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"),
                            {Store::newId(), job.kind, job.key,
                             QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Compact)),
                             serverTime(job.runAt), std::max(1, job.maxAttempts)});
    if (!m_error.isEmpty())
        return false;
    *added = r.has_value();
    return true;
}

JobQueue::Enqueued JobQueue::enqueue(const NewJob &job)
{
    m_error.clear();
    bool added = false;
    if (!insert(job, &added))
        return Enqueued::Failed;
    return added ? Enqueued::Added : Enqueued::AlreadyThere;
}

std::optional<Job> JobQueue::claim(const QString &workerId)
{
    m_error.clear();
    // a job whose worker died during its last attempt would otherwise wait for ever: it failed
    if (!exec(QStringLiteral("UPDATE jobs SET failed_at = now(), locked_by = NULL, locked_at = NULL, "
                             "last_error = 'the worker ' || locked_by || ' stopped during the last attempt' "
                             "WHERE done_at IS NULL AND failed_at IS NULL AND attempts >= max_attempts "
                             "AND locked_at < now() - make_interval(secs => ?)"),
              {m_leaseSeconds}))
        return std::nullopt;
    // The inner SELECT locks the row it picks; a row another claimer has locked at this moment
    // is skipped rather than waited for, and one it has claimed already no longer qualifies
    // (locked_at), so two workers never take the same job.
    const auto r = fetchOne(QStringLiteral("UPDATE jobs SET locked_by = ?, locked_at = now(), attempts = attempts + 1 "
                                           "WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND failed_at IS NULL "
                                           "AND run_at <= now() AND attempts < max_attempts "
                                           "AND (locked_at IS NULL OR locked_at < now() - make_interval(secs => ?)) "
                                           "ORDER BY run_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED) "
                                           "RETURNING ")
                                + kColumns,
                            {workerId, m_leaseSeconds});
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

bool JobQueue::finish(const Job &job, const std::optional<NewJob> &next)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    // only while the claim is still ours: after a lost lease another worker owns the job
    const auto r = fetchOne(QStringLiteral("UPDATE jobs SET done_at = now(), locked_by = NULL, locked_at = NULL "
                                           "WHERE id = ? AND locked_by = ? AND done_at IS NULL AND failed_at IS NULL "
                                           "RETURNING id"),
                            {job.id, job.lockedBy});
    if (!r)
        return m_error.isEmpty() ? fail(QStringLiteral("job %1 is no longer claimed by %2").arg(job.id, job.lockedBy))
                                 : false;
    bool added = false;
    if (next && !insert(*next, &added))
        return false;
    return tx.commit() || fail(m_store.writeFailureMessage());
}

int JobQueue::retryDelaySeconds(int attempts) const
{
    qint64 delay = m_firstDelay;
    for (int i = 1; i < attempts && delay < m_maxDelay; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_maxDelay));
}

bool JobQueue::fail(const Job &job, const QString &error, const std::optional<NewJob> &next)
{
    m_error.clear();
    Store::Transaction tx(m_store);
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    const auto r = fetchOne(QStringLiteral("UPDATE jobs SET last_error = ?, locked_by = NULL, locked_at = NULL, "
                                           "failed_at = CASE WHEN attempts >= max_attempts THEN now() END, "
                                           "run_at = CASE WHEN attempts >= max_attempts THEN run_at "
                                           "ELSE now() + make_interval(secs => ?) END "
                                           "WHERE id = ? AND locked_by = ? AND done_at IS NULL AND failed_at IS NULL "
                                           "RETURNING failed_at IS NOT NULL"),
                            {error.isEmpty() ? QStringLiteral("failed") : error, retryDelaySeconds(job.attempts),
                             job.id, job.lockedBy});
    if (!r)
        return m_error.isEmpty() ? fail(QStringLiteral("job %1 is no longer claimed by %2").arg(job.id, job.lockedBy))
                                 : false;
    const bool givenUp = r->value(0).toBool();
    bool added = false;
    if (givenUp && next && !insert(*next, &added))
        return false;
    return tx.commit() || fail(m_store.writeFailureMessage());
}

std::optional<Job> JobQueue::byKey(const QString &key)
{
    m_error.clear();
    const auto r = fetchOne(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE idempotency_key = ?"), {key});
    return r ? std::optional<Job>(fromRecord(*r)) : std::nullopt;
}

std::optional<Job> JobQueue::byId(const QString &id)
{
    m_error.clear();
    const auto r = fetchOne(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM jobs WHERE id = ?"), {id});
    return r ? std::optional<Job>(fromRecord(*r)) : std::nullopt;
}

int JobQueue::pendingCount(const QString &kind)
{
    m_error.clear();
    return scalar(QStringLiteral("SELECT count(*) FROM jobs WHERE kind = ? AND done_at IS NULL AND failed_at IS NULL"), {kind})
        .toInt();
}

qint64 JobQueue::msUntilNextRun()
{
    m_error.clear();
    // by the server's clock, the one claim() compares run_at with
    const QVariant ms = scalar(QStringLiteral("SELECT CASE WHEN due IS NULL THEN -1 "
                                              "ELSE greatest(0, ceil(extract(epoch FROM due - now()) * 1000))::bigint END "
                                              "FROM (SELECT min(run_at) AS due FROM jobs WHERE done_at IS NULL "
                                              "AND failed_at IS NULL AND locked_at IS NULL AND attempts < max_attempts) w"));
    return ms.isNull() || !ms.isValid() ? -1 : ms.toLongLong();
}

void JobQueue::setRetryDelay(int firstSeconds, int maxSeconds)
{
    m_firstDelay = std::max(0, firstSeconds);
    m_maxDelay = std::max(m_firstDelay, maxSeconds);
}
