#include "reports/PrintService.h"

#include "models/persian/Digits.h"
#include "reports/paper/PaperPainter.h"
#include "reports/paper/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QImage>
#include <QPaintEngine>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QResource>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("PrintService", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), reason);
}

// Checks that `path` can be created, without leaving it behind.
bool probeWritable(const QString &path, QString *error)
{
    const bool existed = QFileInfo::exists(path);
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = cannotWrite(path, probe.errorString());
        return false;
    }
    probe.close();
    if (!existed)
        QFile::remove(path);
    return true;
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

// PDFs are written by QPdfWriter rather than a QPrinter in PDF mode, which would ask the print
// system (CUPS) for its printers first. 600 dpi places glyphs to 0.04 mm, finer than any
// printer's dot (the resolution does not change the time: tests/bench/README.md, print).
void setUpPdf(QPdfWriter &writer)
{
    writer.setCreator(QStringLiteral("Vafa"));
    writer.setResolution(600);
    writer.setPageLayout(a4());
}

} // namespace

void PrintService::ensureFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    for (const char *face : {":/fonts/Vazirmatn-Regular.ttf", ":/fonts/Vazirmatn-Bold.ttf"}) {
        // read where it lies: addApplicationFont(path) would copy it first, and the main
        // window's first paint waits for this
        const QResource resource{QLatin1String(face)};
        if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
            QFontDatabase::addApplicationFontFromData(
                QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size())));
        else if (resource.isValid())
            QFontDatabase::addApplicationFont(QLatin1String(face));
    }
}

void PrintService::preparePrinter(QPrinter *printer)
{
    printer->setPageLayout(a4());
}

void PrintService::layOut(QTextDocument &doc, QPagedPaintDevice *device)
{
    // Lay out for the printer's resolution, one page = the printable rect, no margin of the
    // document's own: QTextDocument::print() on an unpaginated document would add 2 cm margins
    // and page numbers on top of the printer's (toolchain note G4).
    doc.documentLayout()->setPaintDevice(device);
    doc.setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    doc.setDocumentMargin(0);
}

namespace {

void paintHtmlPage(QAbstractTextDocumentLayout *layout, QPainter &painter, const QSizeF &page, int index)
{
    painter.save();
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = view;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    layout->draw(&painter, ctx);
    painter.restore();
}

// Paints page `index` of the item on a painter in the device's pixels, (0,0) at the corner of
// the page's printable area.
using PagePainter = std::function<void(QPainter &painter, int index)>;

// The page as an image at `scale` times the device's resolution (the image's own resolution is
// the device's, so fonts keep the sizes they were laid out with).
QImage pageImage(const PagePainter &paintPage, const QSizeF &page, int index, int dpi, qreal scale)
{
    QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

// QPrintPreviewDialog records pages as a QPicture, which keeps each run of text as a string and
// lays it out again when replayed, without its paragraph's direction: a colon at the end of a
// Persian label jumps to the label's other side. The preview therefore gets each page as an
// image; printers and PDF files get the text itself.
bool replaysText(QPagedPaintDevice *device)
{
    return device->paintEngine() && device->paintEngine()->type() == QPaintEngine::Picture;
}

void paintPages(QPagedPaintDevice *device, QPainter &painter, bool *firstPage, int pages, const QSizeF &page,
                const PagePainter &paintPage)
{
    const bool asImages = replaysText(device);
    if (asImages) // the preview scales the pages to its zoom: smoothly, or thin strokes vanish
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // about 200 dpi: sharp up to the preview's 200 % zoom
    const qreal imageScale = qBound(0.25, 200.0 / device->logicalDpiY(), 2.0);
    for (int p = 0; p < pages; ++p) {
        if (!*firstPage)
            device->newPage();
        *firstPage = false;
        if (asImages)
            painter.drawImage(QRectF(QPointF(0, 0), page),
                              pageImage(paintPage, page, p, device->logicalDpiY(), imageScale));
        else
            paintPage(painter, p);
    }
}

} // namespace

void PrintService::paint(const Item &item, QPagedPaintDevice *device, QPainter &painter, bool *firstPage)
{
    if (!item.paper.isEmpty()) {
        // The paper is in points from the sheet's corner; the painter starts at the printable
        // area's corner, in the device's pixels.
        const QSizeF printable = device->pageLayout().paintRectPixels(device->logicalDpiX()).size();
        const QPointF corner = device->pageLayout().paintRect(QPageLayout::Point).topLeft();
        const qreal scale = device->logicalDpiX() / 72.0;
        paintPages(device, painter, firstPage, int(item.paper.pages.size()), printable, [&](QPainter &p, int index) {
            p.save();
            p.scale(scale, scale);
            p.translate(-corner);
            PaperPainter::paint(p, item.paper.pages.at(index));
            p.restore();
        });
        return;
    }
    QTextDocument doc;
    QFont font(QStringLiteral("Vazirmatn"), 10);
    doc.setDefaultFont(font);
    // Right-to-left as the document's default text option, set before the content: a change
    // of the root frame's direction after setHtml() lays the whole document out a second time.
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(Qt::RightToLeft);
    doc.setDefaultTextOption(option);
    layOut(doc, device);
    doc.setHtml(item.html);
    const QSizeF page = doc.pageSize();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    paintPages(device, painter, firstPage, doc.pageCount(), page,
               [&](QPainter &p, int index) { paintHtmlPage(layout, p, page, index); });
}

void PrintService::print(const Item &item, QPrinter *printer)
{
    ensureFonts();
    QPainter painter;
    if (!painter.begin(printer))
        return;
    bool first = true;
    paint(item, printer, painter, &first);
    painter.end();
}

bool PrintService::writePdf(const QString &html, const QString &path, QString *error)
{
    return writePdf(Item{html, {}, {}, {}}, path, error);
}

bool PrintService::writePdf(const Item &item, const QString &path, QString *error)
{
    if (!item.paper.isEmpty()) {
        QString reason;
        if (PdfFile::write(item.paper, item.title, path, &reason))
            return true;
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
        // a font PdfFile cannot embed: QPdfWriter paints the same pages
    }
    if (!probeWritable(path, error))
        return false;
    QPdfWriter writer(path);
    setUpPdf(writer);
    ensureFonts();
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = cannotWrite(path, QCoreApplication::translate("PrintService", "the PDF could not be started"));
        return false;
    }
    bool first = true;
    paint(item, &writer, painter, &first);
    if (!painter.end()) {
        if (error)
            *error = cannotWrite(path, QCoreApplication::translate("PrintService", "the PDF could not be finished"));
        return false;
    }
    return true;
}

QString PrintService::safeFileName(const QString &name)
{
    QString out = Persian::toLatinDigits(name);
    for (QChar &c : out)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            c = QLatin1Char('-');
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("document") : out;
}

// ---- batches -----------------------------------------------------------------------------------

PrintService::BatchResult PrintService::paintBatch(int count, const Source &source, QPagedPaintDevice *device,
                                                   QPainter &painter, const Progress &progress, const Cancelled &cancelled)
{
    BatchResult result;
    ensureFonts();
    bool first = true;
    for (int i = 0; i < count; ++i) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        Item item;
        QString error;
        if (!source(i, &item, &error)) {
            result.errors << error;
        } else {
            if (!painter.isActive() && !painter.begin(device)) {
                result.errors << QCoreApplication::translate("PrintService", "The printer could not be started.");
                return result;
            }
            paint(item, device, painter, &first);
            ++result.printed;
        }
        if (progress)
            progress(i + 1, count);
    }
    return result;
}

PrintService::BatchResult PrintService::printBatch(int count, const Source &source, QPrinter *printer,
                                                   const Progress &progress, const Cancelled &cancelled)
{
    QPainter painter;
    const BatchResult result = paintBatch(count, source, printer, painter, progress, cancelled);
    if (painter.isActive()) {
        if (result.cancelled)
            printer->abort();
        painter.end();
    }
    return result;
}

PrintService::BatchResult PrintService::writeBatchPdf(int count, const Source &source, const QString &path,
                                                      const Progress &progress, const Cancelled &cancelled)
{
    BatchResult result;
    QString error;
    if (!probeWritable(path, &error)) {
        result.errors << error;
        return result;
    }
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        setUpPdf(writer);
        QPainter painter;
        result = paintBatch(count, source, &writer, painter, progress, cancelled);
        if (painter.isActive())
            painter.end();
    }
    if (result.cancelled || result.printed == 0) {
        QFile::remove(part);
        return result;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        result.errors << cannotWrite(path, QCoreApplication::translate("PrintService", "the finished file could not be renamed"));
        result.printed = 0;
        return result;
    }
    result.files << path;
    return result;
}

PrintService::BatchResult PrintService::writePdfPerItem(int count, const Source &source, const QString &directory,
                                                        const Progress &progress, const Cancelled &cancelled)
{
    BatchResult result;
    if (!QDir().mkpath(directory)) {
        result.errors << cannotWrite(directory, QCoreApplication::translate("PrintService", "the folder could not be created"));
        return result;
    }
    const QDir dir(directory);
    QStringList used;
    for (int i = 0; i < count; ++i) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        Item item;
        QString error;
        if (!source(i, &item, &error)) {
            result.errors << error;
        } else {
            // Two items with the same name (no number yet) must not overwrite each other.
            QString name = safeFileName(item.fileName.isEmpty() ? QStringLiteral("document-%1.pdf").arg(i + 1) : item.fileName);
            if (!name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                name += QStringLiteral(".pdf");
            if (used.contains(name, Qt::CaseInsensitive))
                name.insert(name.size() - 4, QStringLiteral("-%1").arg(i + 1));
            used << name;
            const QString path = dir.filePath(name);
            const QString part = path + QStringLiteral(".part");
            QString writeError;
            if (writePdf(item, part, &writeError) && (QFile::remove(path) || !QFileInfo::exists(path))
                && QFile::rename(part, path)) {
                result.files << path;
                ++result.printed;
            } else {
                QFile::remove(part);
                result.errors << (writeError.isEmpty() ? cannotWrite(path, QString()) : writeError);
            }
        }
        if (progress)
            progress(i + 1, count);
    }
    return result;
}
