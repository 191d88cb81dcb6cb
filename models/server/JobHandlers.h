#pragma once
#include "models/server/JobQueue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

class Store;

// What a job did: done, or failed with the reason that goes into the job's last_error.
struct JobOutcome
{
    bool ok = true;
    QString error;
    static JobOutcome done() { return {}; }
    static JobOutcome failed(const QString &why) { return {false, why}; }
};

// Runs one kind of job. A handler must be idempotent: the queue runs a job at least once (a
// worker that dies after the work but before it records "done" leaves the job to be run again),
// so running it twice must have the effect of running it once.
class JobHandler
{
public:
    virtual ~JobHandler() = default;
    virtual QString kind() const = 0;
    virtual JobOutcome run(Store &store, const Job &job) = 0;
    // A recurring job's next run after one that ran at `now`; invalid for a one-off job. The
    // next job's key is the kind and this time, so two workers rescheduling it leave one job.
    virtual QDateTime nextRunAfter(const QDateTime &now) const { Q_UNUSED(now); return {}; }
    // The key of the run due at `at`.
    QString keyFor(const QDateTime &at) const;
    // The job to enqueue for the run due at `at`.
    NewJob jobAt(const QDateTime &at) const;
};

// Ends every server session past its expiry or idle limit, through the server function
// vafa_expire_sessions() (migration 0009), every minute. Ending an ended session again changes
// nothing, so the job is idempotent by nature.
class ExpireSessionsJob : public JobHandler
{
public:
    static QString kindName() { return QStringLiteral("expire_sessions"); }
    QString kind() const override { return kindName(); }
    JobOutcome run(Store &store, const Job &job) override;
    QDateTime nextRunAfter(const QDateTime &now) const override;
    int lastExpired() const { return m_lastExpired; }

private:
    int m_lastExpired = 0;
};

// Checks the installed licence (signature, company, expiry) once a day and records the verdict
// in the setting `server.licence_status` ({"status": reason code, "checked_on": date, "expires":
// date, "message": Persian sentence}); a change of verdict is written to the audit log. Checking
// twice on one day writes the same value and no second audit entry.
class LicenceCheckJob : public JobHandler
{
public:
    static QString kindName() { return QStringLiteral("licence_check"); }
    static QString settingKey() { return QStringLiteral("server.licence_status"); }
    // The code stored for a verdict ("valid", "not_installed", "expired"…).
    static QString statusCode(int reason);
    QString kind() const override { return kindName(); }
    JobOutcome run(Store &store, const Job &job) override;
    QDateTime nextRunAfter(const QDateTime &now) const override;
};

// The handlers `vafa server run` starts with.
std::vector<std::unique_ptr<JobHandler>> standardJobHandlers();
