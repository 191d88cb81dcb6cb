#pragma once
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QSqlDriver;
class Store;
struct sqlite3_stmt;

// Values in the form both dialects accept, and back. Used by the repositories only.
namespace Sql {

// A reference to another row: NULL when empty.
QVariant id(const QString &id);
// {{date}}: ISO yyyy-MM-dd text, NULL when invalid (PostgreSQL casts the text).
QVariant date(const QDate &d);
// {{ts}}: ISO 8601 UTC text with milliseconds and Z, NULL when invalid.
QVariant ts(const QDateTime &t);
// Text that may be NULL (e.g. unique numbers not yet assigned).
QVariant textOrNull(const QString &s);

QString toId(const QVariant &v);
QDate toDate(const QVariant &v);
QDateTime toTs(const QVariant &v);
bool toBool(const QVariant &v);

// A statement's text with its `?` placeholders replaced by the values, each written by the
// driver exactly as QPSQL writes the parameters of its own EXECUTE. Vafa runs PostgreSQL
// statements this way (the simple protocol), so that a pooler in transaction mode (PgBouncer)
// may give every transaction another server connection: server-side prepared statements would
// be left behind on the connection that prepared them. `?` inside quotes, quoted names,
// dollar-quoted bodies and comments is text, not a placeholder. A null QString is sent as ''
// (only a null QVariant means NULL), as Statement::bind does.
QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &binds);
// On SQLite: prepares and binds `q`. On PostgreSQL: keeps nothing prepared; exec(q) runs the
// inlined text. Either way the query is ready for execBound().
bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds);

// A statement prepared once and executed many times (the batch paths). On SQLite it runs on
// the raw sqlite3 handle, skipping QtSql's per-row overhead; on PostgreSQL it is a prepared
// QSqlQuery. Binding positions start at 0. Values: null, bool, integers, QString, QByteArray,
// QDate, QDateTime.
class Statement
{
public:
    Statement(Store &store, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const;
    void bind(int pos, const QVariant &value);
    bool exec(); // executes with the bound values, then clears them
    QString lastError() const { return m_error; }
    int changes() const { return m_changes; }

private:
    Store &m_store;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // PostgreSQL: run with inlined values
    QString m_sql;
    QVariantList m_binds;
    QString m_error;
    int m_changes = 0;
    std::vector<QByteArray> m_keep; // text bound with SQLITE_STATIC, per position
};

} // namespace Sql
