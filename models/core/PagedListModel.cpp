#include "models/core/PagedListModel.h"

#include "models/core/SqlUtil.h"
#include "models/core/Store.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "models/persian/Money.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
constexpr int PageSize = 100;
constexpr int MaxCachedPages = 64;
}

PagedListModel::PagedListModel(QSqlDatabase db, QVector<ListColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_columns(std::move(columns))
{
}

void PagedListModel::setSpec(const ListSpec &spec)
{
    m_spec = spec;
    reset(m_spec.knownCount);
}

void PagedListModel::refresh()
{
    reset(-1);
}

void PagedListModel::reset(qint64 knownCount)
{
    beginResetModel();
    m_pages.clear();
    m_pageAge.clear();
    m_count = 0;
    if (knownCount >= 0) {
        m_count = int(knownCount);
    } else if (!m_spec.from.isEmpty()) {
        const bool own = !m_spec.countStatement.isEmpty();
        Store *store = Store::of(m_db);
        auto scope = store ? store->sessionScope() : std::nullopt;
        QSqlQuery q(m_db);
        if (Sql::execBound(q, own ? m_spec.countStatement
                                  : QStringLiteral("SELECT count(*) FROM ") + m_spec.from
                                        + (m_spec.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_spec.where),
                           own ? m_spec.countBinds : m_spec.binds)
            && q.next())
            m_count = q.value(0).toInt();
        else
            emit queryFailed(q.lastError().text());
    }
    endResetModel();
}

QString PagedListModel::orderClause(bool descending) const
{
    if (m_sortColumn < 0)
        return descending ? m_spec.orderByDesc : m_spec.orderBy;
    // positional references: the sort column's select expression, then the id as the tie-break
    const bool desc = (m_sortOrder == Qt::DescendingOrder) != descending;
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QString::number(m_sortColumn + 2) + dir + QStringLiteral(", 1") + dir;
}

QString PagedListModel::selectStatement(bool descending) const
{
    return m_spec.selectSql(orderClause(descending));
}

void PagedListModel::loadPage(int page) const
{
    const int first = page * PageSize;
    const int size = std::min(PageSize, m_count - first);
    if (size <= 0)
        return;
    // read from the nearer end: OFFSET costs a walk over the skipped rows
    const bool fromEnd = first > m_count / 2;
    const int offset = fromEnd ? m_count - first - size : first;
    const QString sql = selectStatement(fromEnd) + QStringLiteral(" LIMIT ") + QString::number(size)
                        + QStringLiteral(" OFFSET ") + QString::number(offset);
    Store *store = Store::of(m_db);
    auto scope = store ? store->sessionScope() : std::nullopt; // a server's rows need the session
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVector<Row> rows;
    rows.reserve(size);
    if (!Sql::execBound(q, sql, m_spec.binds)) {
        emit const_cast<PagedListModel *>(this)->queryFailed(q.lastError().text());
        return;
    }
    const int width = m_spec.columns.size();
    while (q.next()) {
        Row r(width);
        for (int c = 0; c < width; ++c)
            r[c] = q.value(c);
        rows.append(std::move(r));
    }
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    while (rows.size() < size) // rows vanished since the count: keep the view's geometry
        rows.append(Row(width));
    if (m_pageAge.size() >= MaxCachedPages)
        m_pages.remove(m_pageAge.takeFirst());
    m_pages.insert(page, rows);
    m_pageAge.append(page);
}

const PagedListModel::Row *PagedListModel::row(int r) const
{
    if (r < 0 || r >= m_count)
        return nullptr;
    const int page = r / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        loadPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.constEnd())
            return nullptr;
    }
    const int i = r % PageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

QString PagedListModel::idAt(int r) const
{
    const Row *data = row(r);
    return data ? data->value(0).toString() : QString();
}

int PagedListModel::rowOf(const QString &id) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).value(0).toString() == id)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString PagedListModel::display(const QVariant &raw, const ListColumn &column)
{
    if (raw.isNull())
        return {};
    switch (column.kind) {
    case ColumnKind::Text:
        // numbers inside text (mobiles, national IDs, document numbers) in the reader's digits
        return Persian::toReadersDigits(raw.toString());
    case ColumnKind::Code:
        return raw.toString();
    case ColumnKind::Number:
        return Persian::formatNumber(raw.toLongLong());
    case ColumnKind::Money:
        return Persian::formatShownMoney(raw.toLongLong());
    case ColumnKind::Date:
        return Persian::formatDate(QDate::fromString(raw.toString(), Qt::ISODate));
    case ColumnKind::DateTime:
        return Persian::formatDateTime(QDateTime::fromString(raw.toString(), Qt::ISODate));
    case ColumnKind::Label:
        return column.labels.value(raw.toString(), raw.toString());
    }
    return raw.toString();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    const QVariant &raw = r->value(index.column() + 1);
    switch (role) {
    case Qt::DisplayRole:
        return display(raw, m_columns.at(index.column()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    case IdRole:
        return r->value(0);
    case RawRole:
        return raw;
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) // row numbers in Persian digits (QHeaderView would print Latin)
        return Persian::formatNumber(section + 1);
    return section < m_columns.size() ? m_columns.at(section).title : QVariant();
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}
