#include "reports/paper/PdfFile.h"

#include "models/persian/Bidi.h"

#include <QBuffer>
#include <QCache>
#include <QPageSize>
#include <QPainterPath>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <memory>

namespace {

// zlib's fastest level: a few per cent larger than its default, several times faster.
QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 1).mid(4); // qCompress = 4-byte length + a zlib stream (FlateDecode)
}

// Two decimals are 1/7200 inch: finer than any printer's dot. Written by hand: a page has
// thousands of numbers, and QByteArray::number allocates for each.
void number(QByteArray &out, qreal v)
{
    qint64 n = qRound64(v * 100);
    char buffer[32];
    char *end = buffer + sizeof buffer, *p = end;
    *--p = ' ';
    const bool negative = n < 0;
    if (negative)
        n = -n;
    if (const int f = int(n % 100)) {
        if (f % 10)
            *--p = char('0' + f % 10);
        *--p = char('0' + f / 10);
        *--p = '.';
    }
    n /= 100;
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void hex4(QByteArray &out, uint v)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(v >> shift) & 0xF];
}

quint16 u16(const QByteArray &table, int offset)
{
    if (offset < 0 || offset + 2 > table.size())
        return 0;
    const auto *bytes = reinterpret_cast<const uchar *>(table.constData()) + offset;
    return quint16(bytes[0] << 8 | bytes[1]);
}

qint16 s16(const QByteArray &table, int offset)
{
    return qint16(u16(table, offset));
}

// ---- fonts ---------------------------------------------------------------------------------------

// Everything about one font face that does not depend on the document.
struct EmbeddedFont
{
    QByteArray name;          // PostScript-style name
    // The tables a PDF reader draws TrueType glyphs with, but glyf and loca: tag and data, in tag
    // order; head says that loca has long offsets.
    QList<std::pair<QByteArray, QByteArray>> tables;
    QByteArray glyf;
    QList<quint32> loca;      // where each glyph starts in glyf, and glyf's end
    QList<quint16> widths;    // per glyph, 1/1000 em
    QList<char16_t> text;     // per glyph, the character it stands for (0: none)
    int ascent = 0, descent = 0;
    int box[4] = {0, 0, 0, 0};
};

void put16(QByteArray &out, quint16 v)
{
    out += char(v >> 8);
    out += char(v & 0xFF);
}

void put32(QByteArray &out, quint32 v)
{
    for (int s = 24; s >= 0; s -= 8)
        out += char((v >> s) & 0xFF);
}

// The glyphs `used` draws, and the glyphs those are composed of.
void addComponents(const EmbeddedFont &f, QList<bool> &used)
{
    QList<int> pending;
    for (int g = 0; g < used.size(); ++g)
        if (used.at(g))
            pending << g;
    while (!pending.isEmpty()) {
        const int g = pending.takeLast();
        const int start = int(f.loca.at(g)), end = int(f.loca.at(g + 1));
        if (end - start < 10 || s16(f.glyf, start) >= 0)
            continue; // empty or simple
        int at = start + 10;
        for (quint16 flags = 0x20; (flags & 0x20) && at + 4 <= end;) { // MORE_COMPONENTS
            flags = u16(f.glyf, at);
            const int component = u16(f.glyf, at + 2);
            at += 4 + ((flags & 0x01) ? 4 : 2);                       // ARG_1_AND_2_ARE_WORDS
            at += (flags & 0x08) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0; // the transform
            if (component < used.size() && !used.at(component)) {
                used[component] = true;
                pending << component;
            }
        }
    }
}

// The font file with the outlines of the used glyphs only; every glyph keeps its index, so the
// page's glyph indexes stay valid (CIDToGIDMap /Identity).
QByteArray subset(const EmbeddedFont &f, QList<bool> used)
{
    used[0] = true; // .notdef
    addComponents(f, used);
    QByteArray glyf, loca;
    loca.reserve(4 * f.loca.size());
    for (int g = 0; g + 1 < f.loca.size(); ++g) {
        put32(loca, quint32(glyf.size()));
        if (g < used.size() && used.at(g))
            glyf.append(f.glyf.constData() + f.loca.at(g), f.loca.at(g + 1) - f.loca.at(g));
        while (glyf.size() % 4)
            glyf += '\0';
    }
    put32(loca, quint32(glyf.size()));

    QList<std::pair<QByteArray, QByteArray>> tables = f.tables;
    tables << std::pair(QByteArray("glyf"), glyf) << std::pair(QByteArray("loca"), loca);
    std::sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const quint16 count = quint16(tables.size());
    quint16 entrySelector = 0;
    while ((2u << entrySelector) <= count)
        ++entrySelector;
    const quint16 searchRange = quint16(16u << entrySelector);
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, count);
    put16(out, searchRange);
    put16(out, entrySelector);
    put16(out, quint16(count * 16 - searchRange));
    quint32 offset = 12 + 16 * count;
    for (const auto &[tag, data] : std::as_const(tables)) {
        quint32 sum = 0;
        for (qsizetype i = 0; i + 4 <= data.size(); i += 4)
            sum += qFromBigEndian<quint32>(data.constData() + i);
        out += tag;
        put32(out, sum);
        put32(out, offset);
        put32(out, quint32(data.size()));
        offset += quint32((data.size() + 3) / 4 * 4);
    }
    for (const auto &[tag, data] : std::as_const(tables)) {
        out += data;
        while (out.size() % 4)
            out += '\0';
    }
    return out;
}

std::shared_ptr<const EmbeddedFont> embed(const QRawFont &font)
{
    auto e = std::make_shared<EmbeddedFont>();
    const QByteArray head = font.fontTable("head");
    const QByteArray hhea = font.fontTable("hhea");
    const QByteArray hmtx = font.fontTable("hmtx");
    const QByteArray maxp = font.fontTable("maxp");
    const QByteArray loca = font.fontTable("loca");
    e->glyf = font.fontTable("glyf");
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6 || hmtx.isEmpty() || loca.isEmpty() || e->glyf.isEmpty())
        return {}; // not TrueType outlines
    const int glyphs = u16(maxp, 4);
    const bool longOffsets = s16(head, 50) == 1;
    e->loca.resize(glyphs + 1);
    for (int g = 0; g <= glyphs; ++g) {
        const quint32 at = longOffsets ? (4 * g + 4 <= loca.size() ? qFromBigEndian<quint32>(loca.constData() + 4 * g) : 0)
                                       : 2u * u16(loca, 2 * g);
        e->loca[g] = qMin<quint32>(at, quint32(e->glyf.size()));
    }
    for (const char *tag : {"cvt ", "fpgm", "head", "hhea", "hmtx", "maxp", "prep"}) {
        QByteArray data = font.fontTable(tag);
        if (data.isEmpty())
            continue;
        if (qstrcmp(tag, "head") == 0) {
            data.replace(8, 4, QByteArray(4, '\0')); // checkSumAdjustment: not kept up to date here
            data[50] = 0;
            data[51] = 1; // indexToLocFormat: long
        }
        e->tables << std::pair(QByteArray(tag), data);
    }
    for (const QChar c : QString(font.familyName() + QLatin1Char('-') + font.styleName()))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            e->name += char(c.unicode());
        else if (c == QLatin1Char('-'))
            e->name += '-';

    const int unitsPerEm = qMax<int>(1, u16(head, 18));
    const auto perMille = [unitsPerEm](int units) { return units * 1000 / unitsPerEm; };
    for (int i = 0; i < 4; ++i)
        e->box[i] = perMille(s16(head, 36 + 2 * i));
    e->ascent = perMille(s16(hhea, 4));
    e->descent = perMille(s16(hhea, 6));
    const int metrics = qMax<int>(1, u16(hhea, 34));
    e->widths.resize(glyphs);
    for (int g = 0; g < glyphs; ++g)
        e->widths[g] = quint16(perMille(u16(hmtx, 4 * qMin(g, metrics - 1))));

    // Which character each glyph stands for: every character of the basic plane asked once.
    // Lower code points first, so a letter wins over its presentation forms.
    QString all;
    all.reserve(0x10000);
    for (uint c = 0x20; c < 0x10000; ++c)
        if (!QChar::isSurrogate(c))
            all += QChar(c);
    QList<quint32> indexes(all.size());
    int found = int(indexes.size());
    font.glyphIndexesForChars(all.constData(), int(all.size()), indexes.data(), &found);
    e->text.resize(glyphs);
    for (int i = 0; i < found; ++i) {
        const quint32 g = indexes.at(i);
        if (g > 0 && g < quint32(glyphs) && e->text.at(g) == 0)
            e->text[g] = all.at(i).unicode();
    }
    return e;
}

QString fontKey(const QRawFont &font)
{
    return font.familyName() + QLatin1Char('|') + font.styleName() + QLatin1Char('|') + QString::number(font.weight());
}

std::shared_ptr<const EmbeddedFont> embeddedFont(const QRawFont &font)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const EmbeddedFont>> known;
    const QMutexLocker lock(&mutex);
    const QString key = fontKey(font);
    auto it = known.find(key);
    if (it == known.end())
        it = known.insert(key, embed(font));
    return it.value();
}

// ---- pictures ------------------------------------------------------------------------------------

struct EncodedImage
{
    int width = 0, height = 0;
    QByteArray colour; // RGB, deflated
    QByteArray alpha;  // deflated; empty when opaque
};

std::shared_ptr<const EncodedImage> encode(const QImage &image)
{
    static QMutex mutex;
    static QCache<qint64, std::shared_ptr<const EncodedImage>> known(16);
    const QMutexLocker lock(&mutex);
    if (auto *e = known.object(image.cacheKey()))
        return *e;
    auto e = std::make_shared<EncodedImage>();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    e->width = rgb.width();
    e->height = rgb.height();
    QByteArray raw;
    for (int y = 0; y < rgb.height(); ++y)
        raw.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
    e->colour = deflate(raw);
    if (image.hasAlphaChannel()) {
        const QImage alpha = image.convertToFormat(QImage::Format_Alpha8);
        QByteArray a;
        for (int y = 0; y < alpha.height(); ++y)
            a.append(reinterpret_cast<const char *>(alpha.constScanLine(y)), alpha.width());
        e->alpha = deflate(a);
    }
    known.insert(image.cacheKey(), new std::shared_ptr<const EncodedImage>(e));
    return e;
}

// ---- the document --------------------------------------------------------------------------------

struct UsedFont
{
    std::shared_ptr<const EmbeddedFont> font;
    QList<bool> glyphs; // which glyphs this document drew
};

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

QByteArray textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        hex4(out, c.unicode());
    return out + '>';
}

void colour(QByteArray &out, const QColor &c, const char *op)
{
    number(out, c.redF());
    number(out, c.greenF());
    number(out, c.blueF());
    out += op;
    out += '\n';
}

QByteArray toUnicode(const UsedFont &used)
{
    QByteArray map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                     "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
    QByteArray entries;
    int count = 0;
    const auto flush = [&] {
        if (count)
            map += QByteArray::number(count) + " beginbfchar\n" + entries + "endbfchar\n";
        entries.clear();
        count = 0;
    };
    for (int g = 0; g < used.glyphs.size(); ++g) {
        if (!used.glyphs.at(g) || used.font->text.at(g) == 0)
            continue;
        entries += '<';
        hex4(entries, uint(g));
        entries += "> <";
        hex4(entries, used.font->text.at(g));
        entries += ">\n";
        if (++count == 100) // a bfchar block holds at most 100 entries
            flush();
    }
    flush();
    return map + "endcmap CMapName currentdict /CMap defineresource pop end end\n";
}

QByteArray widths(const UsedFont &used)
{
    QByteArray w = "[";
    for (int g = 0; g < used.glyphs.size(); ++g)
        if (used.glyphs.at(g))
            w += QByteArray::number(g) + " [" + QByteArray::number(used.font->widths.at(g)) + "] ";
    return w + ']';
}

// The letters a glyph says, each with the marks that belong to it: a right-to-left mark (RLM)
// that says which way a punctuation mark goes stays with it.
QStringList letterUnits(const QString &says)
{
    QStringList units;
    QString unit;
    bool hasLetter = false;
    for (const QChar c : says) {
        const bool mark = c.unicode() == 0x200F;
        if (!mark && hasLetter) {
            units << unit;
            unit.clear();
            hasLetter = false;
        }
        unit += c;
        hasLetter = hasLetter || !mark;
    }
    if (!unit.isEmpty())
        units << unit;
    return units;
}

// A glyph's outline as a filled path, for a font whose outlines cannot be embedded (not
// TrueType): (x, y) is where its origin goes, in PDF coordinates.
void glyphPath(QByteArray &out, const QRawFont &font, quint32 glyph, qreal x, qreal y)
{
    const QPainterPath path = font.pathForGlyph(glyph);
    if (path.isEmpty())
        return;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const auto point = [&](const QPainterPath::Element &p) {
            number(out, x + p.x);
            number(out, y - p.y);
        };
        if (e.isMoveTo()) {
            point(e);
            out += "m\n";
        } else if (e.isLineTo()) {
            point(e);
            out += "l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            point(e);
            point(path.elementAt(i + 1));
            point(path.elementAt(i + 2));
            out += "c\n";
            i += 2;
        }
    }
    out += path.fillRule() == Qt::OddEvenFill ? "f*\n" : "f\n";
}

} // namespace

namespace PdfFile {

struct Writer::Private
{
    QIODevice *device = nullptr;
    QByteArray out; // not yet on the device
    qint64 written = 0;
    QList<qint64> offsets;
    bool failed = false;

    int catalog = 0, pages = 0, info = 0, resources = 0;
    QList<UsedFont> fonts;
    QHash<QString, int> fontIndex;
    QHash<qint64, int> imageIndex; // picture's cache key → /Im number
    QByteArray imageDictionary;
    QByteArray kids;
    int pageCount = 0;

    int reserve()
    {
        offsets << 0;
        return int(offsets.size());
    }
    qint64 position() const { return written + out.size(); }
    void begin(int object)
    {
        offsets[object - 1] = position();
        out += QByteArray::number(object) + " 0 obj\n";
    }
    void object(int object, const QByteArray &body)
    {
        begin(object);
        out += body + "\nendobj\n";
        flush(false);
    }
    void stream(int object, const QByteArray &dictionary, const QByteArray &deflated)
    {
        begin(object);
        out += "<< " + dictionary + " /Filter /FlateDecode /Length " + QByteArray::number(deflated.size()) + " >>\nstream\n";
        out += deflated;
        out += "\nendstream\nendobj\n";
        flush(false);
    }
    void flush(bool all)
    {
        if (failed || (!all && out.size() < 256 * 1024))
            return;
        if (device->write(out) != out.size())
            failed = true;
        written += out.size();
        out.clear();
    }
    int image(const QImage &picture);
    bool page(const PaperPage &page, const QSizeF &size);
};

int Writer::Private::image(const QImage &picture)
{
    const auto known = imageIndex.constFind(picture.cacheKey());
    if (known != imageIndex.constEnd())
        return known.value();
    const auto e = encode(picture);
    const int object = reserve();
    QByteArray mask;
    if (!e->alpha.isEmpty()) {
        const int alpha = reserve();
        stream(alpha, "/Type /XObject /Subtype /Image /Width " + QByteArray::number(e->width) + " /Height "
                          + QByteArray::number(e->height) + " /ColorSpace /DeviceGray /BitsPerComponent 8",
               e->alpha);
        mask = " /SMask " + reference(alpha);
    }
    stream(object, "/Type /XObject /Subtype /Image /Width " + QByteArray::number(e->width) + " /Height "
                       + QByteArray::number(e->height) + " /ColorSpace /DeviceRGB /BitsPerComponent 8" + mask,
           e->colour);
    const int index = int(imageIndex.size());
    imageDictionary += "/Im" + QByteArray::number(index) + ' ' + reference(object) + ' ';
    imageIndex.insert(picture.cacheKey(), index);
    return index;
}

bool Writer::Private::page(const PaperPage &page, const QSizeF &size)
{
    const qreal height = size.height();
    QByteArray c;
    c.reserve(32 * 1024);
    for (const PaperFill &f : page.fills) {
        colour(c, f.colour, "rg");
        for (qreal v : {f.rect.left(), height - f.rect.bottom(), f.rect.width(), f.rect.height()})
            number(c, v);
        c += "re f\n";
    }
    for (const PaperFrame &f : page.frames) {
        colour(c, f.colour, "RG");
        number(c, f.width);
        c += "w ";
        for (qreal v : {f.rect.left(), height - f.rect.bottom(), f.rect.width(), f.rect.height()})
            number(c, v);
        c += "re S\n";
    }
    for (const PaperImage &i : page.images) {
        const int index = image(i.image);
        c += "q ";
        for (qreal v : {i.rect.width(), 0.0, 0.0, i.rect.height(), i.rect.left(), height - i.rect.bottom()})
            number(c, v);
        c += "cm /Im" + QByteArray::number(index) + " Do Q\n";
    }
    for (const PaperText &t : page.texts) {
        const QRawFont raw = t.glyphs.rawFont();
        const QString key = fontKey(raw);
        int index = fontIndex.value(key, -1);
        if (index < 0) {
            UsedFont used{embeddedFont(raw), {}};
            if (used.font)
                used.glyphs.resize(used.font->widths.size());
            index = int(fonts.size());
            fonts << used;
            fontIndex.insert(key, index);
        }
        UsedFont &used = fonts[index];
        const QList<quint32> glyphs = t.glyphs.glyphIndexes();
        const QList<QPointF> positions = t.glyphs.positions();
        const bool said = t.glyphText.size() == glyphs.size();
        if (!used.font) { // outlines as paths
            colour(c, t.colour, "rg");
            for (qsizetype g = 0; g < glyphs.size(); ++g)
                glyphPath(c, raw, glyphs.at(g), t.origin.x() + positions.at(g).x(),
                          height - t.origin.y() - positions.at(g).y());
            continue;
        }
        c += "BT\n/F" + QByteArray::number(index) + ' ';
        number(c, raw.pixelSize());
        c += "Tf\n";
        colour(c, t.colour, "rg");
        for (qsizetype g = 0; g < glyphs.size(); ++g) {
            const quint32 glyph = glyphs.at(g);
            if (glyph >= quint32(used.glyphs.size()))
                continue;
            used.glyphs[glyph] = true;
            // A glyph that does not say the one character the font's map gives it (a contextual
            // form, a ligature, a mark drawn apart) is marked with the text it stands for
            // (ActualText): PDF readers copy and search that.
            const QString &says = said ? t.glyphText.at(g) : QString();
            const QStringList units = letterUnits(says);
            const bool actual = said && !(says.size() == 1 && says.at(0).unicode() == used.font->text.at(glyph));
            const qreal x = t.origin.x() + positions.at(g).x(), y = height - t.origin.y() - positions.at(g).y();
            if (actual)
                c += "/Span << /ActualText " + textString(units.size() > 1 ? QString() : says) + " >> BDC ";
            c += "1 0 0 1 ";
            number(c, x);
            number(c, y);
            c += "Tm <";
            hex4(c, glyph);
            c += actual ? "> Tj EMC\n" : "> Tj\n";
            if (units.size() > 1) {
                // A glyph of several letters (a ligature such as «لا»): readers take one text
                // per glyph and order a word's glyphs by where they are, so each letter gets an
                // invisible slice of the glyph of its own, in the order of the word's direction.
                const int n = int(units.size());
                const qreal width = used.font->widths.at(glyph) * raw.pixelSize() / 1000;
                const QChar::Direction d = units.at(0).at(units.at(0).size() > 1 ? 1 : 0).direction();
                const bool rightToLeft = d == QChar::DirR || d == QChar::DirAL;
                c += "3 Tr\n";
                for (int i = 0; i < n; ++i) {
                    c += "/Span << /ActualText " + textString(units.at(i)) + " >> BDC ";
                    number(c, 1.0 / n);
                    c += "0 0 1 ";
                    number(c, x + width * (rightToLeft ? n - 1 - i : i) / n);
                    number(c, y);
                    c += "Tm <";
                    hex4(c, glyph);
                    c += "> Tj EMC\n";
                }
                c += "0 Tr\n";
            }
        }
        c += "ET\n";
    }

    QByteArray mediaBox = "[0 0 ";
    number(mediaBox, size.width());
    number(mediaBox, height);
    mediaBox += ']';
    const int pageObject = reserve(), contents = reserve();
    stream(contents, QByteArray(), deflate(c));
    object(pageObject, "<< /Type /Page /Parent " + reference(pages) + " /MediaBox " + mediaBox + " /Resources "
                           + reference(resources) + " /Contents " + reference(contents) + " >>");
    kids += reference(pageObject) + ' ';
    ++pageCount;
    return !failed;
}

Writer::Writer(QIODevice *device) : d(new Private)
{
    d->device = device;
    d->out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    d->catalog = d->reserve();
    d->pages = d->reserve();
    d->info = d->reserve();
    d->resources = d->reserve();
}

Writer::~Writer() = default;

bool Writer::add(const Paper &paper)
{
    for (const PaperPage &page : paper.pages)
        if (!d->page(page, paper.size))
            return false;
    return true;
}

int Writer::pageCount() const
{
    return d->pageCount;
}

bool Writer::finish(const QString &title)
{
    Private &w = *d;
    if (w.pageCount == 0) // a PDF has at least one page: an empty sheet
        w.page(PaperPage(), QPageSize(QPageSize::A4).size(QPageSize::Point));
    w.object(w.info, "<< /Producer (Vafa) /Creator (Vafa) /Title " + textString(title) + " >>");
    QByteArray fontDictionary;
    for (int i = 0; i < w.fonts.size(); ++i) {
        const UsedFont &used = w.fonts.at(i);
        if (!used.font)
            continue;
        const EmbeddedFont &f = *used.font;
        const int type0 = w.reserve(), cid = w.reserve(), descriptor = w.reserve(), file = w.reserve(),
                  unicode = w.reserve();
        fontDictionary += "/F" + QByteArray::number(i) + ' ' + reference(type0) + ' ';
        w.object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /" + f.name + " /Encoding /Identity-H /DescendantFonts ["
                            + reference(cid) + "] /ToUnicode " + reference(unicode) + " >>");
        w.object(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + f.name
                          + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                          + reference(descriptor) + " /CIDToGIDMap /Identity /DW 0 /W " + widths(used) + " >>");
        QByteArray box;
        for (int v : f.box)
            box += QByteArray::number(v) + ' ';
        w.object(descriptor, "<< /Type /FontDescriptor /FontName /" + f.name + " /Flags 4 /FontBBox [" + box
                                 + "] /ItalicAngle 0 /Ascent " + QByteArray::number(f.ascent) + " /Descent "
                                 + QByteArray::number(f.descent) + " /CapHeight " + QByteArray::number(f.ascent)
                                 + " /StemV 80 /FontFile2 " + reference(file) + " >>");
        const QByteArray program = subset(f, used.glyphs);
        w.stream(file, "/Length1 " + QByteArray::number(program.size()), deflate(program));
        w.stream(unicode, QByteArray(), deflate(toUnicode(used)));
    }
    w.object(w.resources, "<< /ProcSet [/PDF /Text /ImageC] /Font << " + fontDictionary + ">> /XObject << "
                              + w.imageDictionary + ">> >>");
    w.object(w.pages, "<< /Type /Pages /Kids [" + w.kids + "] /Count " + QByteArray::number(w.pageCount) + " >>");
    w.object(w.catalog, "<< /Type /Catalog /Pages " + reference(w.pages) + " >>");

    const qint64 xref = w.position();
    w.out += "xref\n0 " + QByteArray::number(w.offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : std::as_const(w.offsets))
        w.out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    w.out += "trailer\n<< /Size " + QByteArray::number(w.offsets.size() + 1) + " /Root " + reference(w.catalog)
        + " /Info " + reference(w.info) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    w.flush(true);
    return !w.failed;
}

QByteArray bytes(const Paper &paper, const QString &title)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    Writer w(&buffer);
    if (!w.add(paper) || !w.finish(title))
        return {};
    return pdf;
}

bool write(const Paper &paper, const QString &title, const QString &path, QString *error)
{
    QFile file(path);
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (ok) {
        Writer w(&file);
        ok = w.add(paper) && w.finish(title) && file.flush();
    }
    if (!ok && error)
        *error = QCoreApplication::translate("PrintService", "Cannot write %1: %2")
                     .arg(Persian::filePath(QFileInfo(path).fileName()), file.errorString());
    return ok;
}

} // namespace PdfFile
