#pragma once
#include <QString>
#include <QStringList>

// Everything that differs between SQLite (workstations) and PostgreSQL (the server) lives
// here: type tokens of the migrations, placeholders for search, upsert syntax. Repositories and
// the migrator ask the dialect; nothing else tests which database it talks to.
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit Dialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // "sqlite" or "pg": the suffix of dialect-only migration files (NNNN_name.<suffix>.sql)
    QString migrationSuffix() const;
    QString driverName() const; // QSQLITE or QPSQL

    // Replaces the {{tokens}} of SCHEMA.md in a migration's text.
    QString expand(const QString &sql) const;
    // The tokens this dialect knows, for tests and for the migrator's "unknown token" check.
    static QStringList tokens();

    // A condition (for a WHERE clause) that is true when `alias`'s search_text matches the
    // normalized words of `searchText`, bound as the one `?` it contains; `ftsTable` is the
    // SQLite FTS5 table kept over `table`. `bindValue` receives the value to bind, or the
    // condition is empty when there is nothing to search for.
    QString searchCondition(const QString &alias, const QString &ftsTable, const QString &normalizedText,
                            QString *bindValue) const;

    // `column LIKE ? ESCAPE '\'` for a value made by containing(): the same in both dialects
    // (SQLite has no escape character unless one is named).
    static QString likeCondition(const QString &column);
    // A LIKE pattern that matches `typed` anywhere, with %, _ and \ taken literally: what a
    // person types into a search box is text, never a wildcard.
    static QString containing(const QString &typed);

    // "INSERT ... ON CONFLICT (key) DO UPDATE SET col = excluded.col ..." works in both.
    QString upsert(const QString &table, const QStringList &columns, const QString &conflictKey) const;

    // A literal for true/false inside SQL text.
    QString boolLiteral(bool value) const;

    // Splits a migration's text into statements: `;` at the end of a line ends a statement,
    // except inside trigger bodies (BEGIN … END;) and dollar-quoted bodies ($$ … $$).
    static QStringList splitStatements(const QString &sql);

private:
    static QString escapeLike(const QString &text);
    Kind m_kind;
};
