#include "reports/paper/FormLayout.h"

#include <QCache>
#include <QFont>
#include <QMutex>
#include <QPageSize>
#include <QTextLayout>

namespace {

// Text is laid out for a 72 dpi device, so a font's pixel size is its size in points and every
// position comes out in points. Design metrics without hinting: paper has no pixel grid.
const QPaintDevice *pointDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(72 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

QFont formFont(qreal points, bool bold)
{
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

const QColor frameColour(0x40, 0x40, 0x40);

struct Shaped
{
    QList<PaperText> texts; // origins relative to the paragraph's top-left corner
    QList<PaperImage> images;
    qreal height = 0;
};

Shaped shapeText(const FormLayout::Block &block, qreal width)
{
    Shaped out;
    QString text;
    QList<QTextLayout::FormatRange> formats;
    bool oneFormat = true;
    const FormLayout::Span &first = block.spans.constFirst();
    for (const FormLayout::Span &s : block.spans) {
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(s.text.size());
        range.format.setFontWeight(s.bold ? QFont::Bold : QFont::Normal);
        formats << range;
        text += s.text;
        oneFormat = oneFormat && s.bold == first.bold && s.colour == first.colour;
    }
    // One font for the whole paragraph where it can: formats cost a format collection and a
    // font resolved per range.
    QTextLayout layout(text, formFont(block.size, oneFormat && first.bold), pointDevice());
    QTextOption option(block.align | Qt::AlignAbsolute);
    option.setTextDirection(Qt::RightToLeft);
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (!oneFormat)
        layout.setFormats(formats);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, out.height));
        out.height += line.height();
    }
    layout.endLayout();
    if (text.isEmpty()) // an empty paragraph keeps its line, as in a word processor
        return out;
    if (oneFormat) {
        for (const QGlyphRun &run : layout.glyphRuns())
            out.texts << PaperText{run, QPointF(), first.colour};
        return out;
    }
    for (int i = 0; i < block.spans.size(); ++i)
        for (const QGlyphRun &run : layout.glyphRuns(formats.at(i).start, formats.at(i).length))
            out.texts << PaperText{run, QPointF(), block.spans.at(i).colour};
    return out;
}

// The same words come back in every form (its own labels, the seller, units, products): a
// paragraph is shaped once per process for a given text, look and width.
Shaped shapeCached(const FormLayout::Block &block, qreal width)
{
    QString key = QString::number(block.size) + QLatin1Char('|') + QString::number(int(block.align)) + QLatin1Char('|')
        + QString::number(width, 'f', 2);
    for (const FormLayout::Span &s : block.spans)
        key += QLatin1Char(s.bold ? '\x1' : '\x2') + s.colour.name() + s.text;
    static QMutex mutex;
    static QCache<QString, Shaped> shaped(4000);
    {
        const QMutexLocker lock(&mutex);
        if (const Shaped *known = shaped.object(key))
            return *known;
    }
    Shaped out = shapeText(block, width);
    const QMutexLocker lock(&mutex);
    shaped.insert(key, new Shaped(out));
    return out;
}

Shaped shape(const FormLayout::Block &block, qreal width)
{
    if (block.image.isNull())
        return block.spans.isEmpty() ? Shaped() : shapeCached(block, width);
    Shaped out;
    // the picture's proportions at the block's height, narrowed to the cell when it is too wide
    QSizeF size(block.image.height() > 0 ? block.imageHeight * block.image.width() / block.image.height() : 0,
                block.imageHeight);
    if (size.width() > width)
        size *= width / size.width();
    qreal x = 0;
    if (block.align & Qt::AlignRight)
        x = width - size.width();
    else if (block.align & Qt::AlignHCenter)
        x = (width - size.width()) / 2;
    out.images << PaperImage{QRectF(QPointF(x, 0), size), block.image};
    out.height = size.height();
    return out;
}

} // namespace

struct FormLayout::Placed
{
    qreal height = 0;
    PaperPage items; // y relative to the row's top, x on the sheet
};

FormLayout::Block FormLayout::paragraph(const QList<Span> &spans, qreal size, Qt::Alignment align)
{
    Block b;
    b.spans = spans;
    b.size = size;
    b.align = align;
    return b;
}

FormLayout::Block FormLayout::picture(const QImage &image, qreal height, Qt::Alignment align)
{
    Block b;
    b.image = image;
    b.imageHeight = height;
    b.align = align;
    return b;
}

FormLayout::Cell FormLayout::cell(const QList<Block> &blocks, int span, const QColor &background)
{
    Cell c;
    c.blocks = blocks;
    c.span = span;
    c.background = background;
    return c;
}

FormLayout::FormLayout(const QMarginsF &margins)
    : m_margins(margins)
{
    m_paper.size = QPageSize(QPageSize::A4).size(QPageSize::Point);
    newPage();
}

void FormLayout::newPage()
{
    m_paper.pages << PaperPage();
    m_y = m_margins.top();
}

FormLayout::Placed FormLayout::layOutRow(const Table &table, const Row &row) const
{
    const qreal areaWidth = m_paper.size.width() - m_margins.left() - m_margins.right();
    struct Laid
    {
        QRectF box; // x and width; y and height set once the row's height is known
        QList<Shaped> blocks;
        qreal contentHeight = 0;
        const Cell *cell;
    };
    QList<Laid> cells;
    Placed placed;
    qreal right = m_paper.size.width() - m_margins.right();
    int column = 0;
    for (const Cell &c : row) {
        qreal w = 0;
        for (int i = 0; i < c.span && column < table.columns.size(); ++i)
            w += table.columns.at(column++) * areaWidth;
        Laid laid{QRectF(right - w, 0, w, 0), {}, 0, &c};
        for (const Block &b : c.blocks) {
            laid.blocks << shape(b, w - 2 * table.padding);
            laid.contentHeight += laid.blocks.constLast().height;
        }
        placed.height = qMax(placed.height, qMax(c.minHeight, laid.contentHeight + 2 * table.padding));
        cells << laid;
        right -= w;
    }
    for (Laid &laid : cells) {
        laid.box.setHeight(placed.height);
        if (laid.cell->background.isValid())
            placed.items.fills << PaperFill{laid.box, laid.cell->background};
        if (table.frame)
            placed.items.frames << PaperFrame{laid.box, 0.5, frameColour};
        qreal y = table.padding;
        if (laid.cell->valign & Qt::AlignVCenter)
            y += (placed.height - 2 * table.padding - laid.contentHeight) / 2;
        else if (laid.cell->valign & Qt::AlignBottom)
            y += placed.height - 2 * table.padding - laid.contentHeight;
        const qreal x = laid.box.left() + table.padding;
        for (const Shaped &s : std::as_const(laid.blocks)) {
            for (PaperText t : s.texts) {
                t.origin = QPointF(x, y);
                placed.items.texts << t;
            }
            for (PaperImage i : s.images) {
                i.rect.translate(x, y);
                placed.items.images << i;
            }
            y += s.height;
        }
    }
    return placed;
}

void FormLayout::put(const Placed &row)
{
    PaperPage &page = m_paper.pages.last();
    const QPointF down(0, m_y);
    for (PaperFill f : row.items.fills) {
        f.rect.translate(down);
        page.fills << f;
    }
    for (PaperFrame f : row.items.frames) {
        f.rect.translate(down);
        page.frames << f;
    }
    for (PaperImage i : row.items.images) {
        i.rect.translate(down);
        page.images << i;
    }
    for (PaperText t : row.items.texts) {
        t.origin += down;
        page.texts << t;
    }
    m_y += row.height;
}

void FormLayout::addTable(const Table &table)
{
    const qreal bottom = m_paper.size.height() - m_margins.bottom();
    QList<Placed> rows;
    rows.reserve(table.rows.size());
    for (const Row &row : table.rows)
        rows << layOutRow(table, row);
    for (int i = 0; i < rows.size(); ++i) {
        // Headings stay with the first row under them.
        qreal needed = rows.at(i).height;
        if (i < table.repeatedRows)
            for (int j = i + 1; j <= table.repeatedRows && j < rows.size(); ++j)
                needed += rows.at(j).height;
        if (m_y + needed > bottom && m_y > m_margins.top()) {
            newPage();
            if (i >= table.repeatedRows)
                for (int j = 0; j < table.repeatedRows; ++j)
                    put(rows.at(j));
        }
        put(rows.at(i));
    }
}

void FormLayout::addBlock(const Block &block)
{
    Table table;
    table.columns = {1.0};
    table.frame = false;
    table.padding = 0;
    table.rows = {{cell({block})}};
    addTable(table);
}

void FormLayout::addSpace(qreal points)
{
    m_y += points;
}

Paper FormLayout::finish()
{
    return m_paper;
}
