#include "ui/widgets/BadgeDelegate.h"

#include "models/core/PagedListModel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadding = 6; // between the word and the badge's edge, and around the badge
}

BadgeDelegate::BadgeDelegate(QHash<QString, Colours> colours, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colours(std::move(colours))
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Colours c = coloursOf(index.data(PagedListModel::RawRole).toString());
    if (!c.fill.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws the row's background and selection, the badge the word
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * kPadding, opt.rect.width() - 2 * kPadding);
    const int height = qMin(metrics.height() + 2, opt.rect.height() - 2);
    // at the start of the cell in the reading direction: the right edge in Persian
    QRect badge(0, 0, width, height);
    badge.moveCenter(opt.rect.center());
    if (opt.direction == Qt::RightToLeft)
        badge.moveRight(opt.rect.right() - kPadding);
    else
        badge.moveLeft(opt.rect.left() + kPadding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(c.text);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter | Qt::TextSingleLine,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - kPadding));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 4 * kPadding;
    return size;
}
