#include "ui/settings/PageStyle.h"

#include <QLabel>
#include <QTreeWidgetItem>

namespace PageStyle {

void heading(QLabel *label, qreal scale)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
}

void errorLine(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void groupRow(QTreeWidgetItem *item)
{
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
}

}
