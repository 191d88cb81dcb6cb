#include "models/server/ServerRunCommand.h"

#include "models/core/Store.h"
#include "models/server/ServerUrl.h"
#include "models/server/ServerWorker.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM (systemd stopping the service) and SIGINT (Ctrl+C) end the event loop between two
// jobs, never inside one. A signal handler may do almost nothing, so it writes a byte to a
// socket the event loop watches (Qt's documented way of handling Unix signals).
class StopOnSignals
{
public:
    explicit StopOnSignals(QEventLoop &loop)
    {
        s_stop.store(false);
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &loop, [&loop] {
            char c;
            [[maybe_unused]] const auto n = ::read(s_fds[1], &c, 1);
            loop.exit(0);
        });
        struct sigaction sa = {};
        sa.sa_handler = &StopOnSignals::onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
        ::sigaction(SIGINT, &sa, &m_oldInt);
    }
    ~StopOnSignals()
    {
        s_stop.store(false);
        if (!m_notifier)
            return;
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        m_notifier.reset();
        ::close(s_fds[0]);
        ::close(s_fds[1]);
    }

public:
    // raised by the handler itself: the worker checks it between two jobs of a long queue,
    // before the event loop gets to read the socket
    static inline std::atomic_bool s_stop{false};

private:
    static void onSignal(int)
    {
        s_stop.store(true);
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(s_fds[0], &c, 1);
    }
    static inline int s_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldTerm = {};
    struct sigaction m_oldInt = {};
};

// The schema version of the server's database, read before the store opens it (opening would
// apply pending migrations, which is `server init`'s and `server migrate`'s work, with the
// roles and policies that go with them). -1 when the server cannot be reached (*why says why).
int schemaVersion(const Store::PostgresParams &p, QString *why)
{
    const QString name = QStringLiteral("vafa-run-check-") + Store::newId();
    int version = -1;
    {
        QSqlDatabase d = p.addConnection(name);
        if (!d.open()) {
            *why = d.lastError().text();
        } else {
            QSqlQuery q(d);
            if (q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) && q.next()) {
                version = 0;
                if (q.value(0).toBool() && q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"))
                    && q.next())
                    version = q.value(0).toInt();
            }
            if (version < 0)
                *why = q.lastError().text();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

QString ServerRunCommand::usage()
{
    return tr("Usage: vafa server run postgresql://user@host/database [--once] [--poll SECONDS]\n"
              "Runs the company's jobs (expiring sessions, the licence check) beside the database until stopped.\n"
              "  --once          run the jobs that are due now, then exit\n"
              "  --poll SECONDS  look for due jobs at least this often (default 60)");
}

int ServerRunCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString url;
    bool once = false;
    ServerWorker::Options options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--once")) {
            once = true;
        } else if (a == QLatin1String("--poll")) {
            bool ok = false;
            options.pollSeconds = args.value(++i).toInt(&ok);
            if (!ok || options.pollSeconds < 1) {
                err << tr("--poll needs a number of seconds.") << '\n' << usage() << '\n';
                return 2;
            }
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage() << '\n';
            return 0;
        } else if (url.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            url = a;
        } else {
            err << tr("Unknown option: %1").arg(a) << '\n' << usage() << '\n';
            return 2;
        }
    }
    if (url.isEmpty()) {
        err << usage() << '\n';
        return 2;
    }
    Store::PostgresParams params;
    QString why;
    if (!ServerUrl::parse(url, &params, &why)) {
        err << why << '\n';
        return 2;
    }
    const int version = schemaVersion(params, &why);
    if (version < 0) {
        err << tr("The server cannot be reached: %1").arg(why) << '\n';
        return 3;
    }
    if (version == 0) {
        err << tr("This database holds no Vafa company: prepare it with `vafa server init` first.") << '\n';
        return 3;
    }
    if (version < Store::latestSchemaVersion()) {
        err << tr("The database's schema is older than this Vafa: upgrade it with `vafa server migrate` first.") << '\n';
        return 3;
    }
    Store store;
    if (!store.openPostgres(params)) {
        err << store.errorMessage() << '\n' << store.errorDetail() << '\n';
        return 3;
    }
    ServerWorker worker(store, params, options);
    for (auto &handler : standardJobHandlers())
        worker.addHandler(std::move(handler));
    if (!worker.scheduleRecurring()) {
        err << tr("The job queue cannot be used: %1").arg(worker.errorText()) << '\n';
        return 3;
    }
    if (once) {
        const int ran = worker.runDue();
        if (ran < 0) {
            err << tr("The job queue cannot be used: %1").arg(worker.errorText()) << '\n';
            return 4;
        }
        out << tr("Jobs run: %1").arg(ran) << '\n';
        return 0;
    }
    QEventLoop loop;
    StopOnSignals stopOnSignals(loop);
    worker.setStopFlag(&StopOnSignals::s_stop);
    QObject::connect(&worker, &ServerWorker::failed, &loop, [&loop] { loop.exit(4); });
    if (!worker.start()) {
        err << tr("The server cannot be reached: %1").arg(worker.errorText()) << '\n';
        return 3;
    }
    out << tr("The worker %1 runs the jobs of %2; stop it with SIGTERM or Ctrl+C.").arg(worker.workerId(), params.database)
        << '\n';
    out.flush();
    const int code = loop.exec();
    worker.stop();
    if (code == 0)
        out << tr("The worker stopped.") << '\n';
    else
        err << tr("The connection to the server failed: %1").arg(worker.errorText()) << '\n';
    return code;
}
