#include "reports/paper/FormLayout.h"

#include "reports/paper/GlyphText.h"

#include <QCache>
#include <QFont>
#include <QMutex>
#include <QPageSize>
#include <QTextLayout>

#include <memory>

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
    QList<QPair<qreal, qreal>> textLines; // per text: the top and bottom of its line
    QList<PaperImage> images;
    qreal height = 0;
};

void layOut(QTextLayout &layout, qreal width, bool wrap, Shaped &out)
{
    QTextOption option = layout.textOption();
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(option);
    out.height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, out.height));
        out.height += line.height();
    }
    layout.endLayout();
}

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
    std::unique_ptr<QTextLayout> layout;
    const auto lay = [&](qreal size) {
        layout = std::make_unique<QTextLayout>(text, formFont(size, oneFormat && first.bold), pointDevice());
        QTextOption option(block.align | Qt::AlignAbsolute);
        option.setTextDirection(Qt::RightToLeft);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        if (!oneFormat)
            layout->setFormats(formats);
        layOut(*layout, width, !block.oneLine, out);
    };
    lay(block.size);
    if (block.oneLine && layout->lineCount() == 1 && layout->lineAt(0).naturalTextWidth() > width && width > 0)
        // Smaller letters rather than a number broken in two: the same text at the size that fits.
        lay(block.size * width / layout->lineAt(0).naturalTextWidth() * 0.98);
    if (text.isEmpty()) // an empty paragraph keeps its line, as in a word processor
        return out;
    // Each word is a text of its own (its glyphs and the letters they stand for), in the colour
    // of its span; a line's words stay on that line, so a page can end between two lines.
    for (int l = 0; l < layout->lineCount(); ++l) {
        const QTextLine line = layout->lineAt(l);
        const QPair<qreal, qreal> extent(line.y(), line.y() + line.height());
        const int lineEnd = line.textStart() + line.textLength();
        for (int i = 0; i < formats.size(); ++i) {
            const int from = qMax(line.textStart(), formats.at(i).start);
            const int to = qMin(lineEnd, formats.at(i).start + formats.at(i).length);
            if (from >= to)
                continue;
            for (const PaperText &t : GlyphText::words(line, text, from, to, block.spans.at(i).colour)) {
                out.texts << t;
                out.textLines << extent;
            }
        }
    }
    return out;
}

// The same words come back in every form (its own labels, the seller, units, products): a
// paragraph is shaped once per process for a given text, look and width.
Shaped shapeCached(const FormLayout::Block &block, qreal width)
{
    QString key = QString::number(block.size) + QLatin1Char('|') + QString::number(int(block.align)) + QLatin1Char('|')
        + QString::number(width, 'f', 2) + (block.oneLine ? QLatin1Char('1') : QLatin1Char('0'));
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
    qreal padding = 0;
    struct Box
    {
        QRectF rect; // x and width on the sheet; the height is the row's
        QColor background;
        bool frame = false;
    };
    QList<Box> boxes;
    PaperPage items; // contents: y relative to the row's top, x on the sheet
    QList<QPair<qreal, qreal>> textLines; // per text: top and bottom of its line
};

FormLayout::Block FormLayout::paragraph(const QList<Span> &spans, qreal size, Qt::Alignment align)
{
    Block b;
    b.spans = spans;
    b.size = size;
    b.align = align;
    return b;
}

FormLayout::Block FormLayout::oneLine(const QList<Span> &spans, qreal size, Qt::Alignment align)
{
    Block b = paragraph(spans, size, align);
    b.oneLine = true;
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
    placed.padding = table.padding;
    for (Laid &laid : cells) {
        placed.boxes << Placed::Box{laid.box, laid.cell->background, table.frame};
        qreal y = table.padding;
        if (laid.cell->valign & Qt::AlignVCenter)
            y += (placed.height - 2 * table.padding - laid.contentHeight) / 2;
        else if (laid.cell->valign & Qt::AlignBottom)
            y += placed.height - 2 * table.padding - laid.contentHeight;
        const qreal x = laid.box.left() + table.padding;
        for (const Shaped &s : std::as_const(laid.blocks)) {
            for (qsizetype i = 0; i < s.texts.size(); ++i) {
                PaperText t = s.texts.at(i);
                t.origin = QPointF(x, y);
                placed.items.texts << t;
                placed.textLines << QPair<qreal, qreal>(y + s.textLines.at(i).first, y + s.textLines.at(i).second);
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
    put(row, 0, row.height);
}

void FormLayout::put(const Placed &row, qreal from, qreal to)
{
    // A part that goes on from the page before, or on to the next one, gets the cell's padding
    // at that edge as well.
    const qreal padTop = from > 0 ? row.padding : 0;
    const qreal padBottom = to < row.height ? row.padding : 0;
    const qreal height = to - from + padTop + padBottom;
    PaperPage &page = m_paper.pages.last();
    for (const Placed::Box &b : row.boxes) {
        const QRectF rect(b.rect.left(), m_y, b.rect.width(), height);
        if (b.background.isValid())
            page.fills << PaperFill{rect, b.background};
        if (b.frame)
            page.frames << PaperFrame{rect, 0.5, frameColour};
    }
    // What starts in this part is drawn with it.
    const auto inPart = [&](qreal top) { return top >= from - 0.01 && (top < to - 0.01 || to >= row.height); };
    const QPointF down(0, m_y - from + padTop);
    for (PaperImage i : row.items.images) {
        if (!inPart(i.rect.top()))
            continue;
        i.rect.translate(down);
        page.images << i;
    }
    for (qsizetype i = 0; i < row.items.texts.size(); ++i) {
        if (!inPart(row.textLines.at(i).first))
            continue;
        PaperText t = row.items.texts.at(i);
        t.origin += down;
        page.texts << t;
    }
    m_y += height;
}

qreal FormLayout::cutAt(const Placed &row, qreal from, qreal limit)
{
    QList<QPair<qreal, qreal>> pieces = row.textLines;
    for (const PaperImage &i : row.items.images)
        pieces << QPair<qreal, qreal>(i.rect.top(), i.rect.bottom());
    qreal cut = limit;
    for (bool moved = true; moved && cut > from;) {
        moved = false;
        for (const auto &[top, bottom] : std::as_const(pieces))
            if (top < cut - 0.01 && bottom > cut + 0.01 && top >= from - 0.01) {
                cut = top;
                moved = true;
            }
    }
    // Nothing of this part above the cut: nothing fits.
    bool any = false;
    for (const auto &[top, bottom] : std::as_const(pieces))
        any = any || (top >= from - 0.01 && bottom <= cut + 0.01);
    return any ? qMax(cut, from) : from;
}

void FormLayout::addTable(const Table &table)
{
    const qreal bottom = m_paper.size.height() - m_margins.bottom();
    QList<Placed> rows;
    rows.reserve(table.rows.size());
    for (const Row &row : table.rows)
        rows << layOutRow(table, row);
    qreal headingsHeight = 0;
    for (int j = 0; j < table.repeatedRows && j < rows.size(); ++j)
        headingsHeight += rows.at(j).height;
    const auto nextPage = [&] {
        newPage();
        for (int j = 0; j < table.repeatedRows && j < rows.size(); ++j)
            put(rows.at(j));
    };
    for (int i = 0; i < rows.size(); ++i) {
        const Placed &row = rows.at(i);
        // Headings stay with the first row under them.
        qreal needed = row.height;
        if (i < table.repeatedRows) // (of a row taller than a page, its first lines)
            for (int j = i + 1; j <= table.repeatedRows && j < rows.size(); ++j)
                needed += j < table.repeatedRows ? rows.at(j).height : qMin<qreal>(rows.at(j).height, 60);
        const qreal pageRoom = bottom - m_margins.top() - (i < table.repeatedRows ? 0 : headingsHeight);
        if (m_y + needed > bottom && m_y > m_margins.top() && (i < table.repeatedRows || row.height <= pageRoom)) {
            if (i < table.repeatedRows)
                newPage();
            else
                nextPage();
        }
        if (i < table.repeatedRows || m_y + row.height <= bottom) {
            put(row);
            continue;
        }
        // Taller than what is left of the page (a long description): the row goes on, cut
        // between two of its lines, on the next page, under the headings again. Nothing of it
        // is left out.
        qreal from = 0;
        while (from < row.height) {
            const qreal padTop = from > 0 ? row.padding : 0;
            if (m_y + padTop + (row.height - from) <= bottom) {
                put(row, from, row.height);
                break;
            }
            const qreal room = bottom - m_y - padTop - row.padding;
            qreal cut = cutAt(row, from, from + room);
            const bool freshPage = m_y <= m_margins.top() + headingsHeight + 0.01;
            if (cut <= from && !freshPage) {
                nextPage();
                continue;
            }
            if (cut <= from) // a line or picture taller than a page: cut through it
                cut = from + qMax<qreal>(room, 1);
            put(row, from, cut);
            from = cut;
            nextPage();
        }
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
