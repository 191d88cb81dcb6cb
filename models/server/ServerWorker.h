#pragma once
#include "models/core/Store.h"
#include "models/server/JobHandlers.h"
#include "models/server/JobQueue.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <atomic>
#include <map>
#include <memory>

// The company's worker beside the database (`vafa server run`, DESIGN §5): runs the job queue's
// due jobs with their handlers. It LISTENs on a connection of its own (the store's connection
// is busy running jobs, and a notification that arrives while it reads a result could go
// unnoticed), so a new job runs at once; a timer wakes it for the earliest scheduled job, and
// at the latest every poll interval in case a notification was missed.
//
// The worker must reach PostgreSQL directly, not through PgBouncer in transaction mode: LISTEN
// lives in one server session. It connects as the tables' owner (row-level security hides the
// queue from everyone else).
//
// All of it runs on the thread that owns the store, inside that thread's event loop.
class ServerWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pollSeconds = 60;
        QString workerId; // empty: host:pid
    };

    ServerWorker(Store &store, const Store::PostgresParams &params, const Options &options);
    ServerWorker(Store &store, const Store::PostgresParams &params) : ServerWorker(store, params, Options()) {}
    ~ServerWorker() override;

    void addHandler(std::unique_ptr<JobHandler> handler);
    JobQueue &queue() { return m_queue; }
    QString workerId() const { return m_workerId; }
    QString errorText() const { return m_error; }

    // Every recurring handler gets a job due now unless one of its kind is waiting already.
    bool scheduleRecurring();
    // Claims and runs due jobs until none is due, or until the stop flag is raised (checked
    // between two jobs). How many ran; -1 when the store failed (the worker cannot go on: the
    // connection is gone).
    int runDue();
    // A flag a signal handler raises (SIGTERM): no new job starts once it is set, even in the
    // middle of a long queue; the event loop then ends the worker.
    void setStopFlag(const std::atomic_bool *flag) { m_stopFlag = flag; }

    // Starts listening and waking; false (errorText) when the listening connection fails.
    bool start();
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void jobRan(const QString &kind, const QString &jobId, bool ok);
    // The worker stopped by itself because the store failed (errorText says why).
    void failed();

private:
    void wake();
    void armTimer();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool runOne(const Job &job);

    Store &m_store;
    Store::PostgresParams m_params;
    Options m_options;
    QString m_workerId;
    QString m_listenConnection;
    JobQueue m_queue;
    std::map<QString, std::unique_ptr<JobHandler>> m_handlers;
    QTimer m_timer;
    bool m_running = false;
    bool m_waking = false;
    const std::atomic_bool *m_stopFlag = nullptr;
    QString m_error;
};
