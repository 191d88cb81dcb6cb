#include "models/core/SqlUtil.h"

#include "models/core/Store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

#include <sqlite3.h>

namespace Sql {

QVariant id(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(id);
}

namespace {
// QDate/QDateTime::toString go through QString::asprintf, which dominated bulk inserts; these
// write the same ISO text digit by digit.
inline void put(QChar *&p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = QLatin1Char(char('0' + value % 10));
        value /= 10;
    }
    p += width;
}

QString isoDate(const QDate &d)
{
    if (d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    QString s(10, Qt::Uninitialized);
    QChar *p = s.data();
    put(p, d.year(), 4);
    *p++ = QLatin1Char('-');
    put(p, d.month(), 2);
    *p++ = QLatin1Char('-');
    put(p, d.day(), 2);
    return s;
}

QString isoTimestamp(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs);
    QString s(24, Qt::Uninitialized); // yyyy-MM-ddTHH:mm:ss.zzzZ
    QChar *p = s.data();
    put(p, d.year(), 4);
    *p++ = QLatin1Char('-');
    put(p, d.month(), 2);
    *p++ = QLatin1Char('-');
    put(p, d.day(), 2);
    *p++ = QLatin1Char('T');
    put(p, tm.hour(), 2);
    *p++ = QLatin1Char(':');
    put(p, tm.minute(), 2);
    *p++ = QLatin1Char(':');
    put(p, tm.second(), 2);
    *p++ = QLatin1Char('.');
    put(p, tm.msec(), 3);
    *p++ = QLatin1Char('Z');
    return s;
}
} // namespace

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant ts(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoTimestamp(t)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString toId(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QUuid)
        return v.toUuid().toString(QUuid::WithoutBraces);
    return v.toString();
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDateTime toTs(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

bool toBool(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString) {
        const QString s = v.toString();
        return s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("true");
    }
    return v.toBool();
}

QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &binds)
{
    QString out;
    out.reserve(sql.size() + 32 * binds.size());
    int next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // a literal or a quoted name, to its end
            qsizetype j = i + 1;
            while (j < n && sql.at(j) != c)
                ++j;
            out += QStringView(sql).mid(i, j - i + 1);
            i = j;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            qsizetype j = sql.indexOf(QLatin1Char('\n'), i);
            if (j < 0)
                j = n - 1;
            out += QStringView(sql).mid(i, j - i + 1);
            i = j;
        } else if (c == QLatin1Char('$') && i + 1 < n && sql.at(i + 1) == QLatin1Char('$')) {
            qsizetype j = sql.indexOf(QLatin1String("$$"), i + 2);
            j = j < 0 ? n - 1 : j + 1;
            out += QStringView(sql).mid(i, j - i + 1);
            i = j;
        } else if (c == QLatin1Char('?') && next < binds.size()) {
            const QVariant &v = binds.at(next++);
            QSqlField f;
            if (v.isNull()) { // an invalid QVariant, or one made null on purpose
                out += QLatin1String("NULL");
                continue;
            }
            if (v.metaType().id() == QMetaType::QString && v.toString().isNull()) {
                out += QLatin1String("''");
                continue;
            }
            f.setMetaType(v.metaType());
            f.setValue(v);
            out += driver->formatValue(f);
        } else {
            out += c;
        }
    }
    return out;
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (q.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return q.exec(inlined(q.driver(), sql, binds));
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

Statement::Statement(Store &store, const QString &sql) : m_store(store)
{
    if (sqlite3 *h = store.sqliteHandle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(h, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(h));
            m_stmt = nullptr;
        }
        return;
    }
    m_query = std::make_unique<QSqlQuery>(store.db());
    m_sql = sql;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool Statement::isValid() const
{
    return m_stmt || m_query;
}

void Statement::bind(int pos, const QVariant &value)
{
    if (m_query) {
        // QPSQL cannot cast an integer to boolean; QVariant(bool) is sent as true/false. Only a
        // null QVariant (Sql::id(), …) means NULL (inlined()), so an empty text column gets ''
        // as it does on SQLite.
        if (m_binds.size() <= pos)
            m_binds.resize(pos + 1);
        m_binds[pos] = value;
        return;
    }
    if (!m_stmt)
        return;
    const int i = pos + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        sqlite3_bind_int(m_stmt, i, value.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, i, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QDate:
        bind(pos, date(value.toDate()));
        break;
    case QMetaType::QDateTime:
        bind(pos, ts(value.toDateTime()));
        break;
    default: {
        // UTF-8 made by Qt and kept alive until exec(): SQLite neither converts nor copies it
        if (m_keep.size() < size_t(i))
            m_keep.resize(size_t(i));
        QByteArray &utf8 = m_keep[size_t(pos)];
        utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        break;
    }
    }
}

bool Statement::exec()
{
    m_changes = 0;
    if (m_query) {
        // a write outside any transaction still carries the session's token (Store::sessionScope)
        auto scope = m_store.sessionScope();
        const bool ok = m_query->exec(inlined(m_query->driver(), m_sql, m_binds));
        m_binds.clear();
        if (!ok) {
            m_error = m_query->lastError().text();
            return false;
        }
        m_changes = m_query->numRowsAffected();
        if (scope && !scope->commit()) {
            m_error = m_store.errorDetail();
            return false;
        }
        return true;
    }
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    else
        m_changes = sqlite3_changes(sqlite3_db_handle(m_stmt));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

} // namespace Sql
