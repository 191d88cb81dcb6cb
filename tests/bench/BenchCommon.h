#pragma once
// Shared pieces of the benchmarks: statistics, the results file, machine notes and a way to wait
// for a widget's paint. A benchmark here reports a figure next to a baseline measured in the same
// run on the same machine; it never passes or fails.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QWidget;

namespace Bench {

// Milliseconds since the timer started, with sub-millisecond resolution.
inline double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

struct Stats
{
    int n = 0;
    double min = 0, median = 0, p95 = 0, max = 0, mean = 0;
};
// Median is the middle value (mean of the two middle ones for even n); p95 is nearest-rank.
Stats stats(QVector<double> samples);
QString describe(const Stats &s, const QString &unit); // "median 12.3 ms, p95 …, min …, max …, n = 9"

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString baselineName;
    double baselineValue = 0;
    QString target;                  // as a person reads it, e.g. "<= 50 ms"
    std::optional<bool> meetsTarget; // empty for an informational figure
    QString notes;
    QVector<double> samples;          // the runs behind value, in run order
    QVector<double> baselineSamples;  // the runs behind baselineValue
};

// The results file holds every figure by name; each benchmark executable replaces its own
// figures and keeps the others', so the executables can run one after another.
class Results
{
public:
    explicit Results(QString path);
    void add(const Figure &f);
    void setSection(const QString &key, const QJsonObject &value); // e.g. "demo_store"
    bool write() const; // merges into the file; prints the figures to stdout
    QString path() const { return m_path; }

private:
    QString m_path;
    QVector<Figure> m_figures;
    QJsonObject m_sections;
};

// A valid 10-digit national code (کد ملی) made from `seed`: distinct seeds below 800,000,000
// give distinct codes.
QString nationalCode(quint32 seed);

// "load 1.23 0.80 0.50 (2 cores)" from /proc/loadavg.
QString machineLoad();
double loadAverage1();
// Waits (up to maxWaitSeconds) for the 1-minute load average to drop below the threshold, so
// the final measurement runs on a quiet machine when there is one. Returns the load it saw last.
double waitForQuiet(double threshold, int maxWaitSeconds);

// Where the results go: the --out argument, or <default>.
QString argValue(const QStringList &args, const QString &option, const QString &fallback = {});
int argInt(const QStringList &args, const QString &option, int fallback);

// Runs the event loop until `widget` has received a paint event and that paint has been
// flushed (the repaint manager paints the whole window, then returns to the event loop),
// or until timeoutMs passes. Returns the milliseconds from `since`, or -1 on timeout.
// `trigger` runs after the watcher is installed, inside the measurement.
double waitForPaint(QWidget *widget, const QElapsedTimer &since, const std::function<void()> &trigger,
                    int timeoutMs = 30000);

} // namespace Bench
