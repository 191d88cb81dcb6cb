#pragma once
#include "models/core/ListSpec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

// How a column's stored value reaches a person: Persian digits, Jalali dates, money with its unit.
// Code: identifiers people type in Latin (usernames, emails) — shown exactly as stored.
enum class ColumnKind { Text, Code, Number, Money, Date, DateTime, Label };

struct ListColumn
{
    QString title;                       // already translated
    ColumnKind kind = ColumnKind::Text;
    QHash<QString, QString> labels;      // ColumnKind::Label: stored value -> translated label
    Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter;
};

// A read-only table over a ListSpec that never loads more than the rows in sight.
// Rows are read in pages, from whichever end of the list is nearer, so the first page and a
// jump to the last row cost the same on a million rows; pages are cached and evicted oldest first.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RawRole };

    PagedListModel(QSqlDatabase db, QVector<ListColumn> columns, QObject *parent = nullptr);

    // Columns of the spec follow ListSpec's rule: select column 0 is the id and is not shown,
    // select column i + 1 feeds ListColumn i.
    void setSpec(const ListSpec &spec);
    const ListSpec &spec() const { return m_spec; }
    void refresh();

    const QVector<ListColumn> &columns() const { return m_columns; }
    QSqlDatabase database() const { return m_db; }
    // The whole list in the order on screen (or reversed), for pages and exports; binds: spec().binds.
    QString selectStatement(bool descending = false) const;

    QString idAt(int row) const;
    int rowOf(const QString &id) const; // only among cached rows; -1 when not in sight

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString display(const QVariant &raw, const ListColumn &column);

signals:
    void queryFailed(const QString &message);

private:
    using Row = QVector<QVariant>;
    const Row *row(int r) const;
    void loadPage(int page) const;
    void reset(qint64 knownCount);
    QString orderClause(bool descending) const;

    QSqlDatabase m_db;
    QVector<ListColumn> m_columns;
    ListSpec m_spec;
    int m_count = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QVector<int> m_pageAge; // least recently loaded first
};
