// Figure (c): normalized Persian search over the 1,000,000-identity demo store, p95 and p50.
//
// Vafa: each query goes the app's real way — IdentityRepository::list() with the typed text
// (Persian::normalizeForSearch, Dialect::searchCondition → FTS5 prefix MATCH), then
// PagedListModel::setSpec() (the count) and the first screenful of rows read through
// PagedListModel::data() (which loads the first page), one model reused as ListPage reuses its.
// Baseline: the very same SQL statements (count, first page), with the normalized MATCH text
// inlined, run by the sqlite3 command-line tool on the same file in the same run, timed by its
// `.timer on` (wall clock, millisecond resolution).
//
// The queries are built from rows of the store itself, spread evenly over it: surname and first
// name prefixes of 2-5 letters, whole names, two-word queries, typed partly with Arabic ي/ك, and
// customer numbers, mobiles and national ids in Persian or Latin digits.
#include "tests/bench/BenchCommon.h"
#include "tests/bench/IdentityList.h"

#include "models/persian/Digits.h"
#include "models/identities/IdentityRepository.h"
#include "models/core/Store.h"
#include "ui/shell/AppSetup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <numeric>

namespace {

struct Query
{
    QString text;  // as a person types it
    QString kind;  // what it stands for, for the notes
};

QString arabicKeyboard(QString s)
{
    s.replace(QChar(0x06CC), QChar(0x064A)); // ی → ي
    s.replace(QChar(0x06A9), QChar(0x0643)); // ک → ك
    return s;
}

bool hasYehOrKaf(const QString &s)
{
    return s.contains(QChar(0x06CC)) || s.contains(QChar(0x06A9));
}

QString prefix(const QString &word, int letters)
{
    return word.left(std::min<int>(letters, int(word.size())));
}

// Realistic queries from rows spread evenly over the store.
QVector<Query> buildQueries(Store &store, int wanted)
{
    QVector<Query> out;
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT max(rowid) FROM identities"));
    const qint64 maxRowid = q.next() ? q.value(0).toLongLong() : 0;
    QRandomGenerator rng(1404);
    const int samples = wanted / 2 + 4; // each sample row gives one or two queries; stop at `wanted`
    for (int k = 0; k < samples && maxRowid > 0 && out.size() < wanted; ++k) {
        const qint64 rowid = 1 + (maxRowid - 1) * k / std::max(1, samples - 1);
        QSqlQuery r(store.db());
        r.prepare(QStringLiteral(
            "SELECT i.first_name, i.last_name, i.org_name, i.display_name, i.customer_number, i.national_id, "
            "(SELECT p.number FROM phones p WHERE p.identity_id = i.id AND p.deleted = 0 ORDER BY p.is_default DESC LIMIT 1) "
            "FROM identities i WHERE i.rowid >= ? AND i.deleted = 0 ORDER BY i.rowid LIMIT 1"));
        r.addBindValue(rowid);
        if (!r.exec() || !r.next())
            continue;
        const QString first = r.value(0).toString(), last = r.value(1).toString(), org = r.value(2).toString();
        const QString display = r.value(3).toString(), customer = r.value(4).toString();
        const QString national = r.value(5).toString(), mobile = r.value(6).toString();
        const QStringList words = (last.isEmpty() ? (org.isEmpty() ? display : org) : last).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString surname = words.value(0);
        // Rotate through the kinds of query so every kind is present whatever `wanted` is.
        switch (k % 4) {
        case 0: {
            QString t = prefix(surname, 2 + int(rng.bounded(3))); // 2-4 letters, typing in progress
            const bool arabic = hasYehOrKaf(t) || rng.bounded(2);
            out.append({arabic ? arabicKeyboard(t) : t, arabic ? QStringLiteral("surname prefix, Arabic ي/ك")
                                                               : QStringLiteral("surname prefix")});
            out.append({Persian::toPersianDigits(customer), QStringLiteral("customer number, Persian digits")});
            break;
        }
        case 1: {
            // a person: first name + surname; an organisation: its first two words
            const QString f = first.isEmpty() ? surname : first;
            const QString second = first.isEmpty() ? words.value(1, surname) : surname;
            out.append({arabicKeyboard(prefix(f, 3)) + QLatin1Char(' ') + arabicKeyboard(prefix(second, 3)),
                        QStringLiteral("first-name and surname prefixes, Arabic ي/ك")});
            if (!mobile.isEmpty())
                out.append({Persian::toPersianDigits(mobile), QStringLiteral("mobile, Persian digits")});
            break;
        }
        case 2: {
            out.append({arabicKeyboard(display), QStringLiteral("whole name, Arabic ي/ك")});
            if (!mobile.isEmpty())
                out.append({mobile.left(7), QStringLiteral("mobile prefix, Latin digits")});
            break;
        }
        default: {
            const QString f = first.isEmpty() ? display.section(QLatin1Char(' '), 0, 0) : first;
            out.append({prefix(f, 2 + int(rng.bounded(4))), QStringLiteral("first-name prefix")});
            if (!national.isEmpty())
                out.append({Persian::toPersianDigits(national), QStringLiteral("national id, Persian digits")});
            else
                out.append({customer.left(4), QStringLiteral("customer number prefix, Latin digits")});
            break;
        }
        }
    }
    // drop empty ones
    out.erase(std::remove_if(out.begin(), out.end(), [](const Query &x) { return x.text.trimmed().isEmpty(); }), out.end());
    out.resize(std::min<qsizetype>(out.size(), wanted));
    return out;
}


// The statements PagedListModel runs for a spec: the count, then (when there are rows) the first
// page. Kept in step with PagedListModel::refresh() and loadPage(); the bench checks the
// model's count against the CLI's.
constexpr int PageSize = 100;

QString sqlLiteral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toString();
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        if (v.isNull())
            return QStringLiteral("NULL");
        QString t = v.toString();
        t.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + t + QLatin1Char('\'');
    }
}

// Replaces the `?` placeholders outside string literals by the bind values, in order.
QString inlineBinds(const QString &sql, const QVariantList &binds)
{
    QString out;
    int next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (c == QLatin1Char('?') && !inString && next < binds.size())
            out += sqlLiteral(binds.at(next++));
        else
            out += c;
    }
    return out;
}

// The count the app runs: the repository's own count statement when it has one.
QString countSql(const ListSpec &s)
{
    if (!s.countStatement.isEmpty())
        return inlineBinds(s.countStatement, s.countBinds);
    return inlineBinds(s.countSql(), s.binds);
}

QString pageSql(const ListSpec &s, int size)
{
    return s.selectSql() + QStringLiteral(" LIMIT ") + QString::number(size) + QStringLiteral(" OFFSET 0");
}

QByteArray sqlite3Version(const QString &program)
{
    QProcess p;
    p.start(program, {QStringLiteral("-version")});
    if (!p.waitForFinished(10000))
        return "(version unknown)";
    return p.readAllStandardOutput().split(' ').value(0).trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    AppSetup::installFonts(app);
    AppSetup::applyLanguage(app, QStringLiteral("fa"));
    const QStringList args = app.arguments();
    const QString out = Bench::argValue(args, QStringLiteral("--out"), QStringLiteral("bench/results.json"));
    const QString path = Bench::argValue(args, QStringLiteral("--store"), QStringLiteral("bench/demo-1m.vafa"));
    const int runs = Bench::argInt(args, QStringLiteral("--runs"), 5);
    const int wanted = std::max(50, Bench::argInt(args, QStringLiteral("--queries"), 60));
    const int screenful = 30; // rows a 760-pixel list shows
    const QString sqlite3 = Bench::argValue(args, QStringLiteral("--sqlite3"), QStringLiteral("sqlite3"));
    QTextStream err(stderr);

    Store store;
    if (!store.openSqlite(path, Store::OpenOptions{0, false})) {
        err << "cannot open " << path << ": " << store.errorMessage() << ' ' << store.errorDetail()
            << "\nrun bench_demo_store first (tests/bench/run.sh does)\n";
        return 2;
    }
    const qint64 total = [&] {
        QSqlQuery q(store.db());
        return q.exec(QStringLiteral("SELECT count(*) FROM identities WHERE deleted = 0")) && q.next() ? q.value(0).toLongLong() : -1;
    }();
    const QVector<Query> queries = buildQueries(store, wanted);
    if (queries.size() < 50) {
        err << "only " << queries.size() << " queries could be built from the store\n";
        return 2;
    }
    IdentityRepository identities(store);
    PagedListModel model(store.db(), Bench::identityColumns());
    const int columns = model.columnCount();
    QString failure;
    QObject::connect(&model, &PagedListModel::queryFailed, &model, [&failure](const QString &m) { failure = m; });

    // --- Vafa: the app's search path -------------------------------------------------------
    QVector<int> matches(queries.size(), -1);
    QVector<ListSpec> specs(queries.size());
    double lastCountMs = 0; // list() + setSpec(), i.e. up to the count
    auto runVafa = [&](int i) {
        QElapsedTimer t;
        t.start();
        IdentityFilter filter;
        filter.search = queries.at(i).text;
        const ListSpec spec = identities.list(filter);
        model.setSpec(spec);
        lastCountMs = Bench::msSince(t);
        const int rows = std::min(model.rowCount(), screenful);
        qsizetype chars = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                chars += model.data(model.index(r, c)).toString().size();
        const double ms = Bench::msSince(t);
        matches[i] = model.rowCount();
        specs[i] = spec;
        Q_UNUSED(chars)
        return ms;
    };
    const QString loadBefore = Bench::machineLoad();
    for (int i = 0; i < queries.size(); ++i) // warm-up pass
        runVafa(i);
    if (!failure.isEmpty()) {
        err << "a search failed: " << failure << '\n';
        return 2;
    }
    QVector<double> vafa, vafaCount, vafaPage;
    QVector<QVector<double>> vafaByQuery(queries.size());
    for (int r = 0; r < runs; ++r) {
        for (int i = 0; i < queries.size(); ++i) {
            const double ms = runVafa(i);
            vafa << ms;
            vafaCount << lastCountMs;
            vafaPage << ms - lastCountMs;
            vafaByQuery[i] << ms;
        }
    }
    const QString loadMiddle = Bench::machineLoad();

    // --- Baseline: the same statements through the sqlite3 CLI ----------------------------------
    QTemporaryFile batch;
    batch.setFileTemplate(QDir::tempPath() + QStringLiteral("/vafa-bench-search-XXXXXX.sql"));
    if (!batch.open()) {
        err << "cannot write the sqlite3 batch\n";
        return 2;
    }
    QVector<int> statementsOf(queries.size());
    {
        QTextStream b(&batch);
        b.setEncoding(QStringConverter::Utf8);
        b << ".output /dev/null\n";
        auto pass = [&] {
            for (int i = 0; i < queries.size(); ++i) {
                const ListSpec &s = specs.at(i);
                b << countSql(s) << ";\n";
                statementsOf[i] = 1;
                const int size = std::min(PageSize, matches.at(i));
                if (size > 0) {
                    b << inlineBinds(pageSql(s, size), s.binds) << ";\n";
                    statementsOf[i] = 2;
                }
            }
        };
        pass(); // warm-up, timer off
        b << ".timer on\n";
        for (int r = 0; r < runs; ++r)
            pass();
    }
    batch.close();
    QProcess cli;
    cli.setStandardInputFile(batch.fileName());
    QElapsedTimer cliTimer;
    cliTimer.start();
    cli.start(sqlite3, {QStringLiteral("-batch"), path});
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0) {
        err << "sqlite3 failed: " << cli.readAllStandardError() << '\n';
        return 2;
    }
    const double cliWallMs = Bench::msSince(cliTimer);
    static const QRegularExpression timerLine(QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"),
                                              QRegularExpression::MultilineOption);
    QVector<double> statementMs, statementCpuMs;
    const QString cliOut = QString::fromUtf8(cli.readAllStandardOutput());
    for (auto it = timerLine.globalMatch(cliOut); it.hasNext();) {
        const auto m = it.next();
        statementMs << m.captured(1).toDouble() * 1000;
        statementCpuMs << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000;
    }
    int expected = 0;
    for (int n : std::as_const(statementsOf))
        expected += n;
    expected *= runs;
    if (statementMs.size() != expected) {
        err << "sqlite3 printed " << statementMs.size() << " timer lines, expected " << expected << '\n'
            << cli.readAllStandardError() << '\n';
        return 2;
    }
    QVector<double> cliQ, cliCpuQ;
    QVector<QVector<double>> cliByQuery(queries.size());
    int k = 0;
    for (int r = 0; r < runs; ++r) {
        for (int i = 0; i < queries.size(); ++i) {
            double ms = 0, cpu = 0;
            for (int s = 0; s < statementsOf.at(i); ++s, ++k) {
                ms += statementMs.at(k);
                cpu += statementCpuMs.at(k);
            }
            cliQ << ms;
            cliCpuQ << cpu;
            cliByQuery[i] << ms;
        }
    }
    const QString loadAfter = Bench::machineLoad();

    // --- Figures ------------------------------------------------------------------------------
    const Bench::Stats sv = Bench::stats(vafa), sc = Bench::stats(cliQ), scpu = Bench::stats(cliCpuQ);
    // the slowest queries, by their median, with their match counts: where the time goes
    QVector<int> order(queries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return Bench::stats(vafaByQuery.at(a)).median > Bench::stats(vafaByQuery.at(b)).median;
    });
    QStringList slowest;
    for (int j = 0; j < std::min<int>(6, int(order.size())); ++j) {
        const int i = order.at(j);
        slowest << QStringLiteral("«%1» (%2, %3 matches): %4 ms, sqlite3 %5 ms")
                       .arg(queries.at(i).text, queries.at(i).kind)
                       .arg(matches.at(i))
                       .arg(Bench::stats(vafaByQuery.at(i)).median, 0, 'f', 1)
                       .arg(Bench::stats(cliByQuery.at(i)).median, 0, 'f', 0);
    }
    QMap<QString, int> kinds;
    for (const Query &q : queries)
        ++kinds[q.kind];
    QStringList kindList;
    for (auto it = kinds.constBegin(); it != kinds.constEnd(); ++it)
        kindList << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    QVector<int> sortedMatches = matches;
    std::sort(sortedMatches.begin(), sortedMatches.end());
    const QString common =
        QStringLiteral("%1 queries over %2 identities (%3), %4 timed passes after a warm-up pass, %5 samples each side. "
                       "Matches per query: median %6, max %7, %8 with none. Vafa time = IdentityRepository::list + "
                       "PagedListModel::setSpec (count) + data() of the first %9 rows x %10 columns. Slowest (Vafa median): %11. "
                       "sqlite3 CLI %12: the same count and first-page statements, .timer real (1 ms resolution; "
                       "CPU user+sys p95 %13 ms); whole CLI process incl. warm-up pass %14 ms. %15 before, %16 between, %17 after.")
            .arg(queries.size())
            .arg(total)
            .arg(kindList.join(QStringLiteral(", ")))
            .arg(runs)
            .arg(vafa.size())
            .arg(sortedMatches.at(sortedMatches.size() / 2))
            .arg(sortedMatches.constLast())
            .arg(int(std::count(matches.begin(), matches.end(), 0)))
            .arg(screenful)
            .arg(columns)
            .arg(slowest.join(QStringLiteral("; ")))
            .arg(QString::fromLatin1(sqlite3Version(sqlite3)))
            .arg(scpu.p95, 0, 'f', 2)
            .arg(cliWallMs, 0, 'f', 0)
            .arg(loadBefore, loadMiddle, loadAfter);

    Bench::Results results(out);
    Bench::Figure p95;
    p95.name = QStringLiteral("search_1m_p95");
    p95.value = sv.p95;
    p95.unit = QStringLiteral("ms");
    p95.baselineName = QStringLiteral("the same FTS5 statements through the sqlite3 CLI, p95");
    p95.baselineValue = sc.p95;
    p95.target = QStringLiteral("<= 30 ms");
    p95.meetsTarget = sv.p95 <= 30;
    p95.notes = QStringLiteral("Vafa: %1 (of which list()+count: %2; first page read and formatted: %3). sqlite3: %4. ")
                    .arg(Bench::describe(sv, p95.unit), Bench::describe(Bench::stats(vafaCount), p95.unit),
                         Bench::describe(Bench::stats(vafaPage), p95.unit), Bench::describe(sc, p95.unit))
                + common;
    p95.samples = vafa;
    p95.baselineSamples = cliQ;
    results.add(p95);

    Bench::Figure p50 = p95;
    p50.name = QStringLiteral("search_1m_p50");
    p50.value = sv.median;
    p50.baselineName = QStringLiteral("the same FTS5 statements through the sqlite3 CLI, p50");
    p50.baselineValue = sc.median;
    p50.target = QStringLiteral("none (p95 carries the target)");
    p50.meetsTarget.reset();
    p50.notes = QStringLiteral("See search_1m_p95 for the queries and the samples.");
    p50.samples.clear();
    p50.baselineSamples.clear();
    results.add(p50);
    return results.write() ? 0 : 1;
}
