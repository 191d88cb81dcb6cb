#include "reports/paper/HtmlPaper.h"

#include "reports/paper/GlyphText.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextBlock>
#include <QTextDocument>
#include <QRawFont>
#include <QTextLayout>

namespace {

// QTextDocument lays the page out for a device of this resolution (fine enough that glyph
// positions do not depend on it); what it draws is kept in points.
constexpr int dpi = 600;
constexpr qreal toPoints = 72.0 / dpi;

// A paint engine that draws nothing: it keeps what the document paints on the current page.
class Recorder : public QPaintEngine
{
public:
    Recorder() : QPaintEngine(QPaintEngine::AllFeatures) {}

    PaperPage *page = nullptr;
    QRectF pageRect; // device pixels; items outside it belong to another page
    QPointF corner;  // where the printable area starts on the sheet, points

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyBrushOrigin)
            m_brushOrigin = state.brushOrigin();
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            rect(m_transform.mapRect(rects[i]));
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            rect(m_transform.mapRect(QRectF(rects[i])));
    }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            line(m_transform.map(lines[i]));
    }
    void drawLines(const QLine *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            line(m_transform.map(QLineF(lines[i])));
    }
    void drawPath(const QPainterPath &path) override
    {
        // QTextDocument fills rectangles (backgrounds, borders, rules) through paths at most.
        const QPolygonF polygon = m_transform.map(path).toFillPolygon();
        if (!polygon.isEmpty())
            rect(polygon.boundingRect());
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode) override
    {
        rect(m_transform.map(QPolygonF(QList<QPointF>(points, points + count))).boundingRect());
    }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        drawImage(r, pm.toImage(), sr, Qt::AutoColor);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags) override
    {
        const QRectF target = m_transform.mapRect(r);
        if (!page || !target.intersects(pageRect))
            return;
        const QImage part = sr.toRect() == image.rect() ? image : image.copy(sr.toRect());
        page->images << PaperImage{sheet(target), part};
    }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}

    // Text is taken from the document's own layout (see lay()): a text item is a piece of a
    // line without the letters around it, too little to say how its glyphs join.
    void drawTextItem(const QPointF &, const QTextItem &) override {}

    QPointF sheet(const QPointF &device) const { return device * toPoints + corner; }

private:
    QRectF sheet(const QRectF &device) const { return QRectF(sheet(device.topLeft()), device.size() * toPoints); }

    void rect(const QRectF &r)
    {
        if (!page)
            return;
        const QRectF kept = r.intersected(pageRect);
        if (kept.isEmpty() && !(r.width() == 0 || r.height() == 0))
            return;
        if (m_brush.style() != Qt::NoBrush && m_brush.color().alpha() > 0 && !kept.isEmpty())
            page->fills << PaperFill{sheet(kept), m_brush.color()};
        if (m_pen.style() != Qt::NoPen && m_pen.color().alpha() > 0) {
            const qreal width = m_pen.widthF() > 0 ? m_pen.widthF() : 1;
            page->frames << PaperFrame{sheet(r.intersected(pageRect.adjusted(-width, -width, width, width))),
                                       width * toPoints, m_pen.color()};
        }
    }

    void line(const QLineF &l)
    {
        if (!page || m_pen.style() == Qt::NoPen || m_pen.color().alpha() == 0)
            return;
        const qreal width = m_pen.widthF() > 0 ? m_pen.widthF() : 1;
        QRectF r = QRectF(l.p1(), l.p2()).normalized();
        r.adjust(-width / 2, -width / 2, width / 2, width / 2);
        r = r.intersected(pageRect);
        if (!r.isEmpty())
            page->fills << PaperFill{sheet(r), m_pen.color()};
    }

    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    QPointF m_brushOrigin;
};

class Device : public QPaintDevice
{
public:
    explicit Device(const QSize &size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    Recorder &recorder() const { return m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return qRound(m_size.width() * 25.4 / dpi);
        case PdmHeightMM: return qRound(m_size.height() * 25.4 / dpi);
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return dpi;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    QSize m_size;
    mutable Recorder m_engine;
};

} // namespace

namespace HtmlPaper {

Paper lay(const QString &html)
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                         QPageLayout::Millimeter);
    const QRect printable = a4.paintRectPixels(dpi);
    Device device(printable.size());

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Vazirmatn"), 10));
    // Right-to-left as the document's default text option, set before the content: a change
    // of the root frame's direction after setHtml() lays the whole document out a second time.
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    doc.setDefaultTextOption(option);
    // One page = the printable rect, no margin of the document's own (QTextDocument::print()
    // would add 2 cm margins and page numbers).
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(printable.size());
    doc.setDocumentMargin(0);
    doc.setHtml(html);

    Paper paper;
    paper.size = QPageSize(QPageSize::A4).size(QPageSize::Point);
    Recorder &recorder = device.recorder();
    recorder.corner = a4.paintRect(QPageLayout::Point).topLeft();
    QPainter painter(&device);
    const QSizeF page = doc.pageSize();
    for (int p = 0; p < doc.pageCount(); ++p) {
        paper.pages << PaperPage();
        recorder.page = &paper.pages.last();
        recorder.pageRect = QRectF(QPointF(0, 0), page);
        painter.save();
        const QRectF view(0, p * page.height(), page.width(), page.height());
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        recorder.page = nullptr;
    }
    painter.end();

    // The text: every line of every block (table cells too) as the document laid it out, glyph
    // by glyph, on the page the line is on. Positions and font sizes go from the layout's
    // pixels to points.
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!block.isVisible() || !lines || lines->lineCount() == 0)
            continue;
        const QPointF origin = layout->blockBoundingRect(block).topLeft() - lines->boundingRect().topLeft();
        const QString text = block.text();
        const bool rightToLeft = block.textDirection() == Qt::RightToLeft;
        for (int l = 0; l < lines->lineCount(); ++l) {
            const QTextLine line = lines->lineAt(l);
            const qreal middle = origin.y() + line.y() + line.height() / 2;
            const int p = qBound(0, int(middle / page.height()), int(paper.pages.size()) - 1);
            const QPointF at = recorder.sheet(origin - QPointF(0, p * page.height()));
            const int lineEnd = line.textStart() + line.textLength();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const int from = qMax(line.textStart(), fragment.position() - block.position());
                const int to = qMin(lineEnd, fragment.position() - block.position() + fragment.length());
                if (from >= to)
                    continue;
                const QBrush foreground = fragment.charFormat().foreground();
                const QColor colour = foreground.style() == Qt::NoBrush ? QColor(Qt::black) : foreground.color();
                for (PaperText t : GlyphText::words(line, text, from, to, colour, rightToLeft)) {
                    QRawFont raw = t.glyphs.rawFont();
                    raw.setPixelSize(raw.pixelSize() * toPoints);
                    QList<QPointF> positions = t.glyphs.positions();
                    for (QPointF &position : positions)
                        position *= toPoints;
                    t.glyphs.setRawFont(raw);
                    t.glyphs.setPositions(positions);
                    t.origin = at;
                    paper.pages[p].texts << t;
                }
            }
        }
    }
    return paper;
}

} // namespace HtmlPaper
