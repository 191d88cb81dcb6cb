#include "ui/widgets/TableLook.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPainter>
#include <QtMath>
#include <QStyledItemDelegate>
#include <QTableView>

#include <numeric>

namespace {

// Keeps the model's horizontal alignment (amounts at the line's end) and centres every cell
// vertically; the text keeps kCellPadding from the cell's edges. Without it the lists drew their
// text at the top of taller rows while the editors' tables centred theirs, each 3-4 px from the
// cell's edge.
class CellDelegate final : public QStyledItemDelegate
{
public:
    // `leftToRight`: the column holds codes (a numbering pattern, an IBAN) that read left to right
    // even in a right-to-left table; their brackets and dashes would turn around otherwise.
    explicit CellDelegate(QObject *parent, bool leftToRight = false)
        : QStyledItemDelegate(parent), m_leftToRight(leftToRight)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // the selection and any background fill the whole cell; only the text moves in
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        opt.rect.adjust(TableLook::kCellPadding, 0, -TableLook::kCellPadding, 0);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * TableLook::kCellPadding, 0);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        Qt::Alignment horizontal = option->displayAlignment & Qt::AlignHorizontal_Mask;
        if (!index.data(Qt::TextAlignmentRole).isValid())
            horizontal = Qt::AlignLeading; // text starts where the reader starts: the right in Persian
        if (m_leftToRight) {
            // the cell keeps its place in the row (the reader's side); only its text runs left to right
            // (AlignLeading, or no horizontal flag at all, is the start of the line in the cell's
            // direction, which is about to change)
            const bool rightToLeft = option->direction == Qt::RightToLeft;
            if (!(horizontal & Qt::AlignAbsolute)) {
                if (!(horizontal & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify)))
                    horizontal = (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
                else if (horizontal & Qt::AlignRight)
                    horizontal = (rightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute;
            }
            option->direction = Qt::LeftToRight;
        }
        option->displayAlignment = horizontal | Qt::AlignVCenter;
    }

private:
    bool m_leftToRight = false;
};

// Remembers each column's natural width (its contents, capped, never below its header's text)
// and spreads the view's width over them again whenever the view is resized.
class ColumnFitter final : public QObject
{
public:
    explicit ColumnFitter(QTableView *view)
        : QObject(view), m_view(view)
    {
        setObjectName(name());
        view->installEventFilter(this);
        // queued: a table being destroyed empties its model while its headers are already gone
        if (QAbstractItemModel *model = view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitRowNumbers, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitRowNumbers, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fitRowNumbers, Qt::QueuedConnection);
        }
        fitRowNumbers();
        // a person dragged a border: their widths win from now on (a stretching column also
        // reports its resizes, but no mouse button is down then)
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
            if (!m_applying && !m_natural.isEmpty() && QGuiApplication::mouseButtons() != Qt::NoButton)
                m_userSized = true;
        });
    }

    static QString name() { return QStringLiteral("tableLookColumnFitter"); }

    // Row numbers get the cells' padding, room for two digits at least and for the last row's
    // number (the longest), whatever the count becomes: Qt sizes them with a 2-pixel margin.
    void fitRowNumbers()
    {
        QHeaderView *rows = m_view->verticalHeader();
        const QAbstractItemModel *model = m_view->model();
        int widest = rows->fontMetrics().horizontalAdvance(QStringLiteral("۰۰"));
        if (model && model->rowCount() > 0)
            widest = qMax(widest, rows->fontMetrics().horizontalAdvance(
                                      model->headerData(model->rowCount() - 1, Qt::Vertical).toString()));
        rows->setMinimumWidth(widest + 2 * TableLook::kCellPadding);
    }

    static ColumnFitter *of(const QTableView *view)
    {
        return dynamic_cast<ColumnFitter *>(view->findChild<QObject *>(name(), Qt::FindDirectChildrenOnly));
    }

    void measure()
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int columns = header->count();
        m_natural.fill(0, columns);
        m_floor.fill(0, columns);
        // the last column fills the width, unless the table chose another column to do so
        bool otherStretches = false;
        for (int c = 0; c < columns; ++c)
            otherStretches |= header->sectionResizeMode(c) == QHeaderView::Stretch;
        header->setStretchLastSection(!otherStretches);
        m_applying = true;
        for (int c = 0; c < columns; ++c) {
            if (header->isSectionHidden(c) || header->sectionResizeMode(c) != QHeaderView::Interactive)
                continue;
            // the header's own text with its sort arrow and margins is the least a column gets
            m_floor[c] = header->sectionSizeHint(c);
            m_view->resizeColumnToContents(c);
            m_natural[c] = qMax(m_floor[c], qMin(m_view->columnWidth(c), TableLook::kMaxColumnWidth));
        }
        m_applying = false;
        m_userSized = false;
        fitRowNumbers();
    }

    void distribute()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_userSized || m_natural.size() != header->count())
            return;
        // what the columns this fitter does not size take (fixed and to-contents ones; a stretching
        // one at least its header)
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c) && m_natural.at(c) == 0)
                others += header->sectionResizeMode(c) == QHeaderView::Stretch ? header->sectionSizeHint(c)
                                                                                : header->sectionSize(c);
        const int last = header->logicalIndex(header->count() - 1);
        const bool stretches = header->stretchLastSection();
        const int available = m_view->viewport()->width() - others;
        const int wanted = std::accumulate(m_natural.cbegin(), m_natural.cend(), 0);
        int spare = 0; // what the columns can give up before they reach their header's width
        for (int c = 0; c < m_natural.size(); ++c)
            spare += m_natural.at(c) - m_floor.at(c);
        const int excess = qMax(0, wanted - available);
        const double give = spare > 0 ? qMin(1.0, double(excess) / spare) : 0.0;
        m_applying = true;
        for (int c = 0; c < m_natural.size(); ++c) {
            if (m_natural.at(c) == 0 || (stretches && c == last))
                continue;
            header->resizeSection(c, m_natural.at(c) - qCeil(give * (m_natural.at(c) - m_floor.at(c))));
        }
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            distribute();
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QVector<int> m_natural; // 0: a column this fitter leaves alone
    QVector<int> m_floor;
    bool m_applying = false;
    bool m_userSized = false;
};

} // namespace

namespace TableLook {

void apply(QTableView *view)
{
    view->setItemDelegate(new CellDelegate(view));
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight); // a long cell ends in «…»; its column stays in view
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 2 * kRowPadding);
    rows->setDefaultAlignment(Qt::AlignCenter);
    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    if (!ColumnFitter::of(view))
        new ColumnFitter(view);
}

void setLeftToRight(QTableView *view, int column)
{
    view->setItemDelegateForColumn(column, new CellDelegate(view, true));
}

void fitColumns(QTableView *view)
{
    ColumnFitter *fitter = ColumnFitter::of(view);
    if (!fitter)
        return;
    fitter->measure();
    fitter->distribute();
}

} // namespace TableLook
