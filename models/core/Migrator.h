#pragma once
#include "models/core/Dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Numbered schema migrations, embedded as resources under :/migrations.
//   NNNN_name.sql          written once with SCHEMA.md's tokens, for both dialects
//   NNNN_name.sqlite.sql   SQLite only (e.g. FTS5 tables and triggers)
//   NNNN_name.pg.sql       PostgreSQL only (e.g. pg_trgm indexes)
// A version is the union of its files for the dialect, applied in that order (common first).
class Migrator
{
public:
    explicit Migrator(const Dialect &dialect) : m_dialect(dialect) {}

    // Every version known to this build, ascending.
    static QList<int> versions();
    static int latestVersion();

    // The expanded statements of one version for this dialect.
    QStringList statements(int version) const;

    // Applies every version in (from, to] inside one transaction on `db` and records each in
    // schema_migrations (and PRAGMA user_version on SQLite). On failure nothing is applied.
    bool migrate(QSqlDatabase db, int from, int to, QString *error) const;
    // The same, with work of the caller's inside the same transaction: `before` runs after BEGIN
    // and before the first version, `after` after the last one and before COMMIT (the central
    // server's roles and grants, models/server/ServerSetup). Either returning false rolls back.
    using Step = std::function<bool(QSqlDatabase &db, QString *error)>;
    bool migrate(QSqlDatabase db, int from, int to, QString *error, const Step &before, const Step &after) const;

private:
    static QStringList filesFor(int version, const QString &suffix);
    Dialect m_dialect;
};
