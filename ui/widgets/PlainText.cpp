#include "ui/widgets/PlainText.h"

#include <QLabel>

void PlainText::show(QLabel *label, const QString &text, int maxWidth)
{
    label->setTextFormat(Qt::PlainText);
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, maxWidth);
    label->setText(shown);
    label->setToolTip(shown == text ? QString() : text);
}
