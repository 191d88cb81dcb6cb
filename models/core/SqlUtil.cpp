#include "models/core/SqlUtil.h"

#include "models/core/Store.h"

#include <QSqlError>
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
    if (!m_query->prepare(sql)) {
        m_error = m_query->lastError().text();
        m_query.reset();
    }
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
        // QPSQL cannot cast an integer to boolean; QVariant(bool) is sent as true/false.
        // QtSql sends a null QString as NULL; here only a null QVariant (Sql::id(), …) means
        // NULL, so an empty text column gets '' as it does on SQLite.
        if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
            m_query->bindValue(pos, QStringLiteral(""));
        else
            m_query->bindValue(pos, value);
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
        if (!m_query->exec()) {
            m_error = m_query->lastError().text();
            return false;
        }
        m_changes = m_query->numRowsAffected();
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
