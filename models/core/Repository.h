#pragma once
#include "models/core/ListSpec.h"
#include "models/core/Row.h"
#include "models/core/SqlUtil.h"
#include "models/core/Store.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

// Base of the repositories, the only code that writes SQL. Every write sets updated_at, every
// delete is a tombstone (deleted = 1), every list and get excludes tombstones. Write
// statements are prepared once per repository and reused, so a caller that wraps many writes
// in one Store::Transaction gets the batch path for free.
//
// Methods return false (or an empty result) on failure and leave the reason in lastError().
// A repository must not outlive its Store's connection.
class Repository
{
public:
    explicit Repository(Store &store) : m_store(store) {}
    virtual ~Repository();
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    QString lastError() const { return m_error; }
    Store &store() const { return m_store; }
    // How many rows a list holds (count(*) over its from and where); -1 when it cannot be read.
    qint64 countRows(const ListSpec &spec);

protected:
    struct Col
    {
        const char *name;
        QVariant value;
    };
    using Cols = std::vector<Col>;

    // INSERT: fills row.id (new UUID when empty), updated_at and deleted = 0.
    bool insertRow(const char *table, Row &row, const Cols &cols);
    // UPDATE … WHERE id = row.id AND deleted = 0; false when there is no such live row.
    bool updateRow(const char *table, Row &row, const Cols &cols);
    // UPDATE of some columns only, by id; with a guard, only while the row still holds the
    // state the caller read (`guard.name` = `guard.value`). False unless exactly one row changed.
    bool updateColumns(const char *table, const QString &id, const Cols &cols, const std::optional<Col> &guard = {});
    bool tombstoneRow(const char *table, const QString &id);
    // Tombstones every live row of `table` whose `column` equals `value` (children of a parent).
    bool tombstoneWhere(const char *table, const char *column, const QString &value);

    bool exec(const QString &sql, const QVariantList &binds = {});
    std::optional<QSqlRecord> fetchOne(const QString &sql, const QVariantList &binds = {});
    QList<QSqlRecord> fetchAll(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    // SELECT * FROM table WHERE id = ? AND deleted = 0
    std::optional<QSqlRecord> fetchById(const char *table, const QString &id);

    Sql::Statement *statement(const QString &sql);
    static QVariant stored(const Col &c); // the value as written: text without bidi controls
    bool fail(const QString &error);

    static QVariant val(const QSqlRecord &r, const char *column) { return r.value(QLatin1String(column)); }
    static QString str(const QSqlRecord &r, const char *column) { return r.value(QLatin1String(column)).toString(); }
    static QString idOf(const QSqlRecord &r, const char *column) { return Sql::toId(val(r, column)); }
    static qint64 i64(const QSqlRecord &r, const char *column) { return r.value(QLatin1String(column)).toLongLong(); }
    static bool flag(const QSqlRecord &r, const char *column) { return Sql::toBool(val(r, column)); }
    static QDate date(const QSqlRecord &r, const char *column) { return Sql::toDate(val(r, column)); }
    static QDateTime ts(const QSqlRecord &r, const char *column) { return Sql::toTs(val(r, column)); }
    static void readRow(const QSqlRecord &r, Row &row);

    // "x.deleted = 0" (or false) for list conditions.
    QString live(const QString &alias) const;
    QString boolLit(bool v) const { return m_store.dialect().boolLiteral(v); }

    Store &m_store;
    QString m_error;

private:
    QSqlQuery *readQuery(const QString &sql, const QVariantList &binds);
    bool execInScope(const QString &sql, const QVariantList &binds);
    std::map<QString, std::unique_ptr<Sql::Statement>> m_statements;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_reads;
    std::map<std::vector<const void *>, Sql::Statement *> m_inserts;
};
