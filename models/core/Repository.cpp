#include "models/core/Repository.h"

#include "models/persian/Bidi.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcRepo, "vafa.repositories")

Repository::~Repository() = default;

bool Repository::fail(const QString &error)
{
    m_error = error;
    qCWarning(lcRepo) << error;
    return false;
}

Sql::Statement *Repository::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto st = std::make_unique<Sql::Statement>(m_store, sql);
        if (!st->isValid()) {
            fail(st->lastError() + QLatin1String(" — ") + sql);
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(st)).first;
    }
    return it->second.get();
}

// Text is stored without directional marks (Persian::withoutBidiControls), except in the
// columns that hold markup an administrator wrote on purpose, or hashes and derived text.
QVariant Repository::stored(const Col &c)
{
    if (c.value.typeId() != QMetaType::QString || c.value.isNull())
        return c.value; // a typed NULL stays NULL
    static const char *const kept[] = {"html", "main_template", "public_template", "value", "password_hash", "search_text"};
    for (const char *name : kept)
        if (qstrcmp(name, c.name) == 0)
            return c.value;
    const QString text = c.value.toString();
    const QString clean = Persian::withoutBidiControls(text);
    return clean.size() == text.size() ? c.value : QVariant(clean);
}

bool Repository::insertRow(const char *table, Row &row, const Cols &cols)
{
    if (row.id.isEmpty())
        row.id = Store::newId();
    row.updatedAt = Store::now();
    row.deleted = false;
    // Table and column names are string literals: their addresses identify the statement, so a
    // batch of inserts skips building and looking up the SQL text.
    std::vector<const void *> key;
    key.reserve(cols.size() + 1);
    key.push_back(table);
    for (const Col &c : cols)
        key.push_back(c.name);
    Sql::Statement *st = nullptr;
    const auto cached = m_inserts.find(key);
    if (cached != m_inserts.end()) {
        st = cached->second;
    } else {
        QString sql = QLatin1String("INSERT INTO ") + QLatin1String(table) + QLatin1String(" (id");
        QString marks = QStringLiteral("?");
        for (const Col &c : cols) {
            sql += QLatin1String(", ") + QLatin1String(c.name);
            marks += QLatin1String(", ?");
        }
        sql += QLatin1String(", updated_at, deleted) VALUES (") + marks + QLatin1String(", ?, ?)");
        st = statement(sql);
        if (!st)
            return false;
        m_inserts.emplace(std::move(key), st);
    }
    int i = 0;
    st->bind(i++, row.id);
    for (const Col &c : cols)
        st->bind(i++, stored(c));
    st->bind(i++, Sql::ts(row.updatedAt));
    st->bind(i++, false);
    if (!st->exec())
        return fail(QLatin1String(table) + QLatin1String(": ") + st->lastError());
    return true;
}

bool Repository::updateRow(const char *table, Row &row, const Cols &cols)
{
    if (row.id.isEmpty())
        return fail(QStringLiteral("%1: update without an id").arg(QLatin1String(table)));
    row.updatedAt = Store::now();
    if (!updateColumns(table, row.id, cols))
        return false;
    return true;
}

bool Repository::updateColumns(const char *table, const QString &id, const Cols &cols, const std::optional<Col> &guard)
{
    QString sql = QLatin1String("UPDATE ") + QLatin1String(table) + QLatin1String(" SET ");
    for (const Col &c : cols)
        sql += QLatin1String(c.name) + QLatin1String(" = ?, ");
    sql += QLatin1String("updated_at = ? WHERE id = ? AND ") + live(QString());
    if (guard)
        sql += QLatin1String(" AND ") + QLatin1String(guard->name) + QLatin1String(" = ?");
    Sql::Statement *st = statement(sql);
    if (!st)
        return false;
    int i = 0;
    for (const Col &c : cols)
        st->bind(i++, stored(c));
    st->bind(i++, Store::nowUtc());
    st->bind(i++, id);
    if (guard)
        st->bind(i++, guard->value);
    if (!st->exec())
        return fail(QLatin1String(table) + QLatin1String(": ") + st->lastError());
    if (st->changes() == 0)
        return fail(QStringLiteral("%1: no live row %2").arg(QLatin1String(table), id));
    return true;
}

bool Repository::tombstoneRow(const char *table, const QString &id)
{
    const QString sql = QLatin1String("UPDATE ") + QLatin1String(table) + QLatin1String(" SET deleted = ")
        + boolLit(true) + QLatin1String(", updated_at = ? WHERE id = ? AND ") + live(QString());
    Sql::Statement *st = statement(sql);
    if (!st)
        return false;
    st->bind(0, Store::nowUtc());
    st->bind(1, id);
    if (!st->exec())
        return fail(QLatin1String(table) + QLatin1String(": ") + st->lastError());
    if (st->changes() == 0)
        return fail(QStringLiteral("%1: no live row %2").arg(QLatin1String(table), id));
    return true;
}

bool Repository::tombstoneWhere(const char *table, const char *column, const QString &value)
{
    const QString sql = QLatin1String("UPDATE ") + QLatin1String(table) + QLatin1String(" SET deleted = ")
        + boolLit(true) + QLatin1String(", updated_at = ? WHERE ") + QLatin1String(column)
        + QLatin1String(" = ? AND ") + live(QString());
    Sql::Statement *st = statement(sql);
    if (!st)
        return false;
    st->bind(0, Store::nowUtc());
    st->bind(1, value);
    if (!st->exec())
        return fail(QLatin1String(table) + QLatin1String(": ") + st->lastError());
    return true;
}

bool Repository::exec(const QString &sql, const QVariantList &binds)
{
    auto scope = m_store.sessionScope();
    const bool done = execInScope(sql, binds);
    return scope ? scope->commit() && done : done;
}

bool Repository::execInScope(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_store.db());
    if (!Sql::execBound(q, sql, binds))
        return fail(q.lastError().text() + QLatin1String(" — ") + sql);
    return true;
}

// Reads are prepared once per SQL text and reused (documents look up their customer's name for
// every insert of the demo's batch path).
QSqlQuery *Repository::readQuery(const QString &sql, const QVariantList &binds)
{
    if (m_store.dialect().isPostgres()) { // nothing stays prepared on a server (Sql::inlined)
        auto &q = m_reads[QString()];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_store.db());
            q->setForwardOnly(true);
        }
        if (!q->exec(Sql::inlined(m_store.db().driver(), sql, binds))) {
            fail(q->lastError().text() + QLatin1String(" — ") + sql);
            return nullptr;
        }
        return q.get();
    }
    auto it = m_reads.find(sql);
    if (it == m_reads.end()) {
        auto q = std::make_unique<QSqlQuery>(m_store.db());
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            fail(q->lastError().text() + QLatin1String(" — ") + sql);
            return nullptr;
        }
        it = m_reads.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec()) {
        fail(q->lastError().text() + QLatin1String(" — ") + sql);
        return nullptr;
    }
    return q;
}

std::optional<QSqlRecord> Repository::fetchOne(const QString &sql, const QVariantList &binds)
{
    auto scope = m_store.sessionScope();
    QSqlQuery *q = readQuery(sql, binds);
    if (!q)
        return std::nullopt;
    std::optional<QSqlRecord> out;
    if (q->next())
        out = q->record();
    q->finish();
    if (scope)
        scope->commit();
    return out;
}

QList<QSqlRecord> Repository::fetchAll(const QString &sql, const QVariantList &binds)
{
    QList<QSqlRecord> out;
    auto scope = m_store.sessionScope();
    QSqlQuery *q = readQuery(sql, binds);
    if (!q)
        return out;
    while (q->next())
        out << q->record();
    q->finish();
    if (scope)
        scope->commit();
    return out;
}

qint64 Repository::countRows(const ListSpec &spec)
{
    const QVariant n = scalar(spec.countSql(), spec.binds);
    return n.isValid() ? n.toLongLong() : -1;
}

QVariant Repository::scalar(const QString &sql, const QVariantList &binds)
{
    const auto r = fetchOne(sql, binds);
    return r ? r->value(0) : QVariant();
}

std::optional<QSqlRecord> Repository::fetchById(const char *table, const QString &id)
{
    return fetchOne(QLatin1String("SELECT * FROM ") + QLatin1String(table) + QLatin1String(" WHERE id = ? AND ")
                        + live(QString()),
                    {id});
}

void Repository::readRow(const QSqlRecord &r, Row &row)
{
    row.id = idOf(r, "id");
    row.updatedAt = ts(r, "updated_at");
    row.serverVersion = i64(r, "server_version");
    row.deleted = flag(r, "deleted");
}

QString Repository::live(const QString &alias) const
{
    return (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) + QLatin1String("deleted = ") + boolLit(false);
}
