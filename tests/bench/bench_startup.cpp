// Figure (a): process start to the first painted main window, on the 1,000,000-identity demo
// store, against an empty Qt Widgets window.
//
// One executable, three modes:
//   bench_startup --store FILE [--out FILE] [--runs N]   the parent: times both children
//   bench_startup --child empty                          QApplication + an empty QWidget shown
//   bench_startup --child vafa --store FILE --user NAME  Vafa's real start-up path
// A child prints one line when the window's first paint is done (the repaint manager has painted
// the whole window and returned to the event loop), with its own monotonic clock readings of the
// phases, then quits. The parent times QProcess::start() → that line.
#include "tests/bench/BenchCommon.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QProcess>
#include <QTimer>
#include <QTextStream>
#include <QWidget>

#include <memory>

#include <time.h>

#include "tests/bench/DemoStore.h"

#include "models/auth/User.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/shell/AppSetup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Workspace.h"

#include <QFile>

namespace {

const char *const Marker = "VAFA_BENCH_FIRST_PAINT";
const char *const RowsMarker = "VAFA_BENCH_ROWS_PAINTED";

qint64 monotonicNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Child side: prints the marker line once the window's first paint has been flushed, then
// runs `then` (or quits).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QStringList *phases, std::function<void()> then = {})
        : m_phases(phases), m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    *m_phases << QStringLiteral("paint=%1").arg(monotonicNs());
                    QTextStream(stdout) << Marker << ' ' << m_phases->join(QLatin1Char(' ')) << Qt::endl;
                    if (m_then)
                        m_then();
                    else
                        QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QStringList *m_phases;
    std::function<void()> m_then;
    bool m_done = false;
};

// Child side, after the first paint: prints a second line once the list of the opening page
// has painted with rows in it (ListPage reads its rows after its first paint), then quits.
class RowsPainted : public QObject
{
public:
    explicit RowsPainted(QAbstractItemView *view) : m_view(view)
    {
        view->viewport()->installEventFilter(this);
        QTimer::singleShot(60000, qApp, &QCoreApplication::quit);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_view->model() && m_view->model()->rowCount() > 0) {
            m_done = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    QTextStream(stdout) << RowsMarker << " rows=" << monotonicNs() << " count="
                                        << m_view->model()->rowCount() << Qt::endl;
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    bool m_done = false;
};

void phase(QStringList &phases, const char *name)
{
    phases << QLatin1String(name) + QLatin1Char('=') + QString::number(monotonicNs());
}

int childEmpty(int argc, char *argv[], QStringList &phases)
{
    QApplication app(argc, argv);
    phase(phases, "app");
    QWidget window;
    window.resize(1280, 800);
    FirstPaint watcher(&phases);
    window.installEventFilter(&watcher);
    phase(phases, "window");
    window.show();
    phase(phases, "show");
    return app.exec();
}

int childVafa(int argc, char *argv[], QStringList &phases)
{
    AppSetup::prepare(); // as app/main.cpp: fontconfig loads on another thread meanwhile
    QApplication app(argc, argv);
    phase(phases, "app");
    AppSetup::applyLanguage(app, QStringLiteral("fa"));
    phase(phases, "language");
    const QStringList args = app.arguments();
    Store store;
    if (!store.openSqlite(Bench::argValue(args, QStringLiteral("--store")), Store::OpenOptions{0, false})) {
        QTextStream(stderr) << "cannot open the store: " << store.errorMessage() << ' ' << store.errorDetail() << '\n';
        return 2;
    }
    phase(phases, "store");
    // as AppController: the fonts right after the store, before the sign-in dialog, whose
    // password check is left out; the user's lookup and session follow it
    AppSetup::installFonts(app);
    phase(phases, "fonts");
    UserRepository users(store);
    const auto user = users.findByUsername(Bench::argValue(args, QStringLiteral("--user"), QStringLiteral("admin")));
    if (!user) {
        QTextStream(stderr) << "no such user in the store\n";
        return 3;
    }
    Session session = Workspace::sessionFor(store, *user);
    phase(phases, "session");
    MainWindow window(session, Workspace::sections(session));
    std::unique_ptr<RowsPainted> rows;
    // The opening page is built just after the first paint: look for its list until it is there.
    std::function<void(int)> watchRows = [&window, &rows, &watchRows](int triesLeft) {
        auto *list = window.findChild<QAbstractItemView *>(QStringLiteral("listTableView"));
        if (list && list->isVisible())
            rows = std::make_unique<RowsPainted>(list);
        else if (triesLeft > 0)
            QTimer::singleShot(1, qApp, [&watchRows, triesLeft] { watchRows(triesLeft - 1); });
        else
            QCoreApplication::quit();
    };
    FirstPaint watcher(&phases, [&watchRows] { watchRows(5000); });
    window.installEventFilter(&watcher);
    phase(phases, "window");
    window.show();
    phase(phases, "show");
    return app.exec();
}

struct ChildRun
{
    double ms = -1;                // QProcess::start() → marker line read
    double rowsMs = -1;            // QProcess::start() → rows marker line read (Vafa only)
    qint64 rowCount = 0;
    QMap<QString, double> phaseMs; // each phase's end, ms after QProcess::start()
    QString error;
};

ChildRun runChild(const QString &mode, const QStringList &extra)
{
    ChildRun r;
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(QStringList{QStringLiteral("--child"), mode} + extra);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    const qint64 startNs = monotonicNs();
    t.start();
    p.start();
    QByteArray line;
    while (t.elapsed() < 120000) {
        if (p.canReadLine()) {
            line = p.readLine();
            if (line.startsWith(Marker))
                break;
            line.clear();
            continue;
        }
        if (!p.waitForReadyRead(120000))
            break;
    }
    if (!line.isEmpty()) {
        r.ms = Bench::msSince(t);
        const QStringList fields = QString::fromLatin1(line).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &f : fields.mid(1)) {
            const int eq = int(f.indexOf(QLatin1Char('=')));
            if (eq > 0)
                r.phaseMs.insert(f.left(eq), double(f.mid(eq + 1).toLongLong() - startNs) / 1e6);
        }
    }
    // The Vafa child goes on until its list has painted rows.
    while (r.ms >= 0 && t.elapsed() < 120000) {
        if (p.canReadLine()) {
            const QByteArray more = p.readLine();
            if (more.startsWith(RowsMarker)) {
                r.rowsMs = Bench::msSince(t);
                r.rowCount = more.mid(more.indexOf("count=") + 6).trimmed().toLongLong();
                break;
            }
            continue;
        }
        if (p.state() == QProcess::NotRunning || !p.waitForReadyRead(120000))
            break;
    }
    if (!p.waitForFinished(60000))
        p.kill();
    if (r.ms < 0)
        r.error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

int parent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const QString store = Bench::argValue(args, QStringLiteral("--store"), QStringLiteral("bench/demo-1m.vafa"));
    QString user = Bench::argValue(args, QStringLiteral("--user"));
    if (user.isEmpty()) {
        QFile marker(store + QStringLiteral(".generator"));
        const bool synthetic = marker.open(QIODevice::ReadOnly) && marker.readAll().trimmed() == "synthetic";
        user = synthetic ? QStringLiteral("admin") : Bench::staffAdmin();
    }
    const int runs = std::max(5, Bench::argInt(args, QStringLiteral("--runs"), 9));
    const int warmups = Bench::argInt(args, QStringLiteral("--warmups"), 1);
    QTextStream err(stderr);
    const QStringList vafaArgs{QStringLiteral("--store"), store, QStringLiteral("--user"), user};

    const QString loadBefore = Bench::machineLoad();
    for (int i = 0; i < warmups; ++i) {
        runChild(QStringLiteral("empty"), {});
        const ChildRun v = runChild(QStringLiteral("vafa"), vafaArgs);
        if (v.ms < 0) {
            err << "the Vafa child did not paint: " << v.error << '\n';
            return 2;
        }
    }
    QVector<double> vafa, empty, rowsShown;
    qint64 rowCount = 0;
    QMap<QString, QVector<double>> phases, emptyPhases;
    for (int i = 0; i < runs; ++i) {
        const ChildRun e = runChild(QStringLiteral("empty"), {});
        const ChildRun v = runChild(QStringLiteral("vafa"), vafaArgs);
        if (e.ms < 0 || v.ms < 0) {
            err << "a child did not paint: " << e.error << ' ' << v.error << '\n';
            return 2;
        }
        empty << e.ms;
        vafa << v.ms;
        if (v.rowsMs >= 0) {
            rowsShown << v.rowsMs;
            rowCount = v.rowCount;
        }
        for (auto it = v.phaseMs.constBegin(); it != v.phaseMs.constEnd(); ++it)
            phases[it.key()] << it.value();
        for (auto it = e.phaseMs.constBegin(); it != e.phaseMs.constEnd(); ++it)
            emptyPhases[it.key()] << it.value();
        err << "run " << i + 1 << '/' << runs << ": vafa " << v.ms << " ms, empty window " << e.ms << " ms\n";
    }
    const Bench::Stats sv = Bench::stats(vafa), se = Bench::stats(empty);
    // Where the Vafa child's time goes: the median end of each phase after QProcess::start().
    QStringList order{QStringLiteral("main"), QStringLiteral("app"), QStringLiteral("language"), QStringLiteral("store"),
                      QStringLiteral("fonts"), QStringLiteral("session"), QStringLiteral("window"),
                      QStringLiteral("show"), QStringLiteral("paint")};
    auto breakdownOf = [&order](const QMap<QString, QVector<double>> &p) {
        QStringList breakdown;
        double previous = 0;
        for (const QString &name : order) {
            if (!p.contains(name))
                continue;
            const double at = Bench::stats(p.value(name)).median;
            breakdown << QStringLiteral("%1 +%2").arg(name, QString::number(at - previous, 'f', 1));
            previous = at;
        }
        return breakdown.join(QStringLiteral(", "));
    };

    Bench::Figure f;
    f.name = QStringLiteral("startup_first_paint_1m");
    f.value = sv.median;
    f.unit = QStringLiteral("ms");
    f.baselineName = QStringLiteral("empty Qt Widgets window: QApplication + QWidget shown, start to first paint");
    f.baselineValue = se.median;
    f.target = QStringLiteral("<= 2 x baseline");
    f.meetsTarget = sv.median <= 2 * se.median;
    f.notes = QStringLiteral("Median, QProcess::start() to the child's line after the first paint of the window "
                             "(offscreen platform). Vafa: applyLanguage(fa), Store::openSqlite on %1, installFonts, "
                             "UserRepository::findByUsername(%2), Workspace::sessionFor, MainWindow(session, "
                             "Workspace::sections(session)), show: %3 (%4 x baseline). Phases, median ms each "
                             "(process start → main, then each step): %5. Baseline: %6; phases: %7. Both children are the "
                             "same executable. %8 warm-up + %9 runs each, interleaved; %10 before, %11 after.")
                  .arg(store, user, Bench::describe(sv, f.unit), QString::number(sv.median / se.median, 'f', 2),
                       breakdownOf(phases), Bench::describe(se, f.unit), breakdownOf(emptyPhases))
                  .arg(warmups)
                  .arg(runs)
                  .arg(loadBefore, Bench::machineLoad());
    f.samples = vafa;
    f.baselineSamples = empty;
    Bench::Results results(out);
    results.add(f);
    if (!rowsShown.isEmpty()) {
        const Bench::Stats sr = Bench::stats(rowsShown);
        Bench::Figure g;
        g.name = QStringLiteral("startup_rows_painted_1m");
        g.value = sr.median;
        g.unit = QStringLiteral("ms");
        g.baselineName = f.baselineName;
        g.baselineValue = se.median;
        g.target = QStringLiteral("none (information: when the opening list shows its rows)");
        g.notes = QStringLiteral("Same runs as startup_first_paint_1m, timed on to the first paint of the opening "
                                 "page's list with rows in it (%1 rows; ListPage counts and reads them after its "
                                 "first paint). Vafa: %2, %3 of them after the window's first paint. %4 of %5 runs "
                                 "reached it.")
                      .arg(rowCount)
                      .arg(Bench::describe(sr, g.unit))
                      .arg(QString::number(sr.median - sv.median, 'f', 1) + QStringLiteral(" ms"))
                      .arg(rowsShown.size())
                      .arg(runs);
        g.samples = rowsShown;
        g.baselineSamples = empty;
        results.add(g);
    }
    return results.write() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList phases;
    phase(phases, "main");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0) {
            if (qstrcmp(argv[i + 1], "empty") == 0)
                return childEmpty(argc, argv, phases);
            return childVafa(argc, argv, phases);
        }
    }
    return parent(argc, argv);
}
