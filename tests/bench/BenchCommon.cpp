#include "tests/bench/BenchCommon.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <numeric>

#ifndef VAFA_BENCH_BUILD_TYPE
#define VAFA_BENCH_BUILD_TYPE "unknown"
#endif

namespace Bench {

Stats stats(QVector<double> v)
{
    Stats s;
    s.n = int(v.size());
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    s.min = v.front();
    s.max = v.back();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    const int n = int(v.size());
    s.median = n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
    const int rank = int(std::ceil(0.95 * n)); // nearest rank, 1-based
    s.p95 = v.at(std::clamp(rank, 1, n) - 1);
    return s;
}

static QString num(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString describe(const Stats &s, const QString &unit)
{
    return QStringLiteral("median %1 %5, p95 %2, min %3, max %4, n = %6")
        .arg(num(s.median), num(s.p95), num(s.min), num(s.max), unit)
        .arg(s.n);
}

Results::Results(QString path) : m_path(std::move(path)) {}

void Results::add(const Figure &f)
{
    m_figures.append(f);
}

void Results::setSection(const QString &key, const QJsonObject &value)
{
    m_sections.insert(key, value);
}

static QJsonArray toArray(const QVector<double> &v)
{
    QJsonArray a;
    for (double d : v)
        a.append(std::round(d * 1000) / 1000);
    return a;
}

static double rounded(double v)
{
    return std::round(v * 1000) / 1000;
}

bool Results::write() const
{
    QJsonObject root;
    {
        QFile in(m_path);
        if (in.open(QIODevice::ReadOnly))
            root = QJsonDocument::fromJson(in.readAll()).object();
    }
    QJsonArray figures = root.value(QLatin1String("figures")).toArray();
    QTextStream out(stdout);
    for (const Figure &f : m_figures) {
        QJsonObject o;
        o.insert(QLatin1String("name"), f.name);
        o.insert(QLatin1String("value"), rounded(f.value));
        o.insert(QLatin1String("unit"), f.unit);
        o.insert(QLatin1String("baseline_name"), f.baselineName);
        o.insert(QLatin1String("baseline_value"), rounded(f.baselineValue));
        o.insert(QLatin1String("target"), f.target);
        o.insert(QLatin1String("meets_target"), f.meetsTarget ? QJsonValue(*f.meetsTarget) : QJsonValue());
        o.insert(QLatin1String("notes"), f.notes);
        o.insert(QLatin1String("samples"), toArray(f.samples));
        o.insert(QLatin1String("baseline_samples"), toArray(f.baselineSamples));
        o.insert(QLatin1String("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        bool replaced = false;
        for (int i = 0; i < figures.size(); ++i) {
            if (figures.at(i).toObject().value(QLatin1String("name")).toString() == f.name) {
                figures.replace(i, o);
                replaced = true;
            }
        }
        if (!replaced)
            figures.append(o);
        out << f.name << ": " << num(f.value) << ' ' << f.unit << "  (baseline " << f.baselineName << ": "
            << num(f.baselineValue) << ' ' << f.unit << ")  target " << f.target << "  -> "
            << (f.meetsTarget ? (*f.meetsTarget ? "met" : "MISSED") : "info") << '\n'
            << "    " << f.notes << '\n';
    }
    root.insert(QLatin1String("figures"), figures);
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it)
        root.insert(it.key(), it.value());
    QJsonObject machine;
    machine.insert(QLatin1String("cores"), QThread::idealThreadCount());
    machine.insert(QLatin1String("kernel"), QSysInfo::kernelVersion());
    machine.insert(QLatin1String("os"), QSysInfo::prettyProductName());
    machine.insert(QLatin1String("qt"), QString::fromLatin1(qVersion()));
    machine.insert(QLatin1String("build_type"), QStringLiteral(VAFA_BENCH_BUILD_TYPE));
    machine.insert(QLatin1String("load_at_write"), machineLoad());
    root.insert(QLatin1String("machine"), machine);
    root.insert(QLatin1String("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    const bool ok = file.commit();
    out << (ok ? "wrote " : "could not write ") << m_path << '\n';
    return ok;
}

static QStringList loadFields()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString machineLoad()
{
    const QStringList f = loadFields();
    if (f.size() < 3)
        return QStringLiteral("load unknown");
    return QStringLiteral("load %1 %2 %3 (%4 cores)").arg(f.at(0), f.at(1), f.at(2)).arg(QThread::idealThreadCount());
}

double loadAverage1()
{
    const QStringList f = loadFields();
    return f.isEmpty() ? -1 : f.at(0).toDouble();
}

double waitForQuiet(double threshold, int maxWaitSeconds)
{
    QElapsedTimer t;
    t.start();
    double load = loadAverage1();
    while (load >= threshold && t.elapsed() < qint64(maxWaitSeconds) * 1000) {
        QThread::sleep(5);
        load = loadAverage1();
    }
    return load;
}

QString argValue(const QStringList &args, const QString &option, const QString &fallback)
{
    const int i = int(args.indexOf(option));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int argInt(const QStringList &args, const QString &option, int fallback)
{
    bool ok = false;
    const int v = argValue(args, option).toInt(&ok);
    return ok ? v : fallback;
}

namespace {
// Sees the widget's paint event and, once the repaint manager has painted and flushed the
// window and control is back in the event loop, stops the clock.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(const QElapsedTimer &since, QEventLoop &loop) : m_since(since), m_loop(loop) {}
    double elapsed = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    elapsed = msSince(m_since);
                    m_loop.quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_since;
    QEventLoop &m_loop;
    bool m_seen = false;
};
}

double waitForPaint(QWidget *widget, const QElapsedTimer &since, const std::function<void()> &trigger, int timeoutMs)
{
    QEventLoop loop;
    PaintWatcher watcher(since, loop);
    widget->installEventFilter(&watcher);
    if (trigger)
        trigger();
    if (watcher.elapsed < 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    widget->removeEventFilter(&watcher);
    return watcher.elapsed;
}

QString nationalCode(quint32 seed)
{
    QString d = QStringLiteral("%1").arg(100000000 + seed % 800000000, 9, 10, QLatin1Char('0'));
    int s = 0;
    for (int i = 0; i < 9; ++i)
        s += d[i].digitValue() * (10 - i);
    const int r = s % 11;
    return d + QString::number(r < 2 ? r : 11 - r);
}

} // namespace Bench
