#pragma once
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

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
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;
    int m_changes = 0;
    std::vector<QByteArray> m_keep; // text bound with SQLITE_STATIC, per position
};

} // namespace Sql
