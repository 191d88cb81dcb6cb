#include "reports/paper/PaperPainter.h"

#include <QPainter>

namespace PaperPainter {

void paint(QPainter &painter, const PaperPage &page)
{
    painter.save();
    for (const PaperFill &f : page.fills)
        painter.fillRect(f.rect, f.colour);
    painter.setBrush(Qt::NoBrush);
    for (const PaperFrame &f : page.frames) {
        painter.setPen(QPen(f.colour, f.width));
        painter.drawRect(f.rect);
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (const PaperImage &i : page.images)
        painter.drawImage(i.rect, i.image);
    for (const PaperText &t : page.texts) {
        painter.setPen(t.colour);
        painter.drawGlyphRun(t.origin, t.glyphs);
    }
    painter.restore();
}

} // namespace PaperPainter
