#include "models/core/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

#include <algorithm>

namespace {

const QString kDir = QStringLiteral(":/migrations");

// NNNN_name.sql, NNNN_name.sqlite.sql, NNNN_name.pg.sql: the version, and the dialect's suffix
// ("" for both). By hand rather than with a regular expression: every start-up asks for the
// latest version, and compiling and JIT-compiling the pattern was about a tenth of opening the
// store (perf, 1M store).
bool parseFileName(QStringView n, int *version, QStringView *suffix)
{
    if (!n.endsWith(u".sql") || n.size() < 10 || n.at(4) != u'_')
        return false;
    for (int i = 0; i < 4; ++i)
        if (n.at(i) < u'0' || n.at(i) > u'9')
            return false;
    QStringView rest = n.sliced(5).chopped(4); // between "NNNN_" and ".sql"
    *suffix = QStringView();
    if (rest.endsWith(u".sqlite") || rest.endsWith(u".pg")) {
        const qsizetype dot = rest.lastIndexOf(u'.');
        *suffix = rest.sliced(dot + 1);
        rest = rest.first(dot);
    }
    if (rest.isEmpty())
        return false;
    for (const QChar c : rest)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    *version = n.first(4).toInt();
    return true;
}

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QList<int> Migrator::versions()
{
    // the migrations are resources: the list cannot change while the program runs
    static const QList<int> all = [] {
        QSet<int> set;
        const QStringList names = QDir(kDir).entryList(QDir::Files, QDir::Name);
        for (const QString &n : names) {
            int version = 0;
            QStringView suffix;
            if (parseFileName(n, &version, &suffix))
                set.insert(version);
        }
        QList<int> out(set.begin(), set.end());
        std::sort(out.begin(), out.end());
        return out;
    }();
    return all;
}

int Migrator::latestVersion()
{
    const QList<int> v = versions();
    return v.isEmpty() ? 0 : v.last();
}

QStringList Migrator::filesFor(int version, const QString &suffix)
{
    QStringList common, own;
    const QStringList names = QDir(kDir).entryList(QDir::Files, QDir::Name);
    for (const QString &n : names) {
        int v = 0;
        QStringView s;
        if (!parseFileName(n, &v, &s) || v != version)
            continue;
        if (s.isEmpty())
            common << kDir + QLatin1Char('/') + n;
        else if (s == suffix)
            own << kDir + QLatin1Char('/') + n;
    }
    return common + own;
}

QStringList Migrator::statements(int version) const
{
    QStringList out;
    const QStringList files = filesFor(version, m_dialect.migrationSuffix());
    for (const QString &f : files)
        out += Dialect::splitStatements(m_dialect.expand(readResource(f)));
    return out;
}

bool Migrator::migrate(QSqlDatabase db, int from, int to, QString *error) const
{
    return migrate(db, from, to, error, {}, {});
}

bool Migrator::migrate(QSqlDatabase db, int from, int to, QString *error, const Step &before, const Step &after) const
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    QSqlQuery q(db);
    if (!q.exec(m_dialect.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return fail(q.lastError().text());
    QString stepError;
    if (before && !before(db, &stepError))
        return fail(stepError);
    const QList<int> all = versions();
    for (int v : all) {
        if (v <= from || v > to)
            continue;
        const QStringList stmts = statements(v);
        for (const QString &s : stmts) {
            if (s.contains(QLatin1String("{{")))
                return fail(QStringLiteral("migration %1: unknown token in: %2").arg(v).arg(s.left(200)));
            QSqlQuery st(db);
            if (!st.exec(s))
                return fail(QStringLiteral("migration %1: %2\n%3").arg(v).arg(st.lastError().text(), s.left(300)));
        }
        QSqlQuery rec(db);
        rec.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        rec.addBindValue(v);
        rec.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!rec.exec())
            return fail(QStringLiteral("migration %1: %2").arg(v).arg(rec.lastError().text()));
    }
    if (after && !after(db, &stepError))
        return fail(stepError);
    if (m_dialect.isSqlite() && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
        return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());
    return true;
}
