#include "models/store/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

#include <algorithm>

namespace {

const QString kDir = QStringLiteral(":/migrations");

// NNNN_name.sql, NNNN_name.sqlite.sql, NNNN_name.pg.sql
const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+(?:\\.(sqlite|pg))?\\.sql$"));
    return re;
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
    QSet<int> set;
    const QStringList names = QDir(kDir).entryList(QDir::Files, QDir::Name);
    for (const QString &n : names) {
        const auto m = fileNamePattern().match(n);
        if (m.hasMatch())
            set.insert(m.captured(1).toInt());
    }
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
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
        const auto m = fileNamePattern().match(n);
        if (!m.hasMatch() || m.captured(1).toInt() != version)
            continue;
        if (m.captured(2).isEmpty())
            common << kDir + QLatin1Char('/') + n;
        else if (m.captured(2) == suffix)
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
    auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    QSqlQuery q(db);
    if (!q.exec(m_dialect.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return fail(q.lastError().text());
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
    if (m_dialect.isSqlite() && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
        return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());
    return true;
}
