#include "reports/PrintService.h"

#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "reports/paper/HtmlPaper.h"
#include "reports/paper/PaperPainter.h"
#include "reports/paper/PdfFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPaintEngine>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QResource>

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("PrintService", "Cannot write %1: %2").arg(Persian::filePath(QFileInfo(path).fileName()), reason);
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

namespace {

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

Paper PrintService::paperOf(const Item &item)
{
    if (!item.paper.isEmpty())
        return item.paper;
    ensureFonts();
    return HtmlPaper::lay(item.html);
}

void PrintService::paint(const Paper &paper, QPagedPaintDevice *device, QPainter &painter, bool *firstPage)
{
    // The paper is in points from the sheet's corner; the painter starts at the printable
    // area's corner, in the device's pixels.
    const QSizeF printable = device->pageLayout().paintRectPixels(device->logicalDpiX()).size();
    const QPointF corner = device->pageLayout().paintRect(QPageLayout::Point).topLeft();
    const qreal scale = device->logicalDpiX() / 72.0;
    paintPages(device, painter, firstPage, int(paper.pages.size()), printable, [&](QPainter &p, int index) {
        p.save();
        p.scale(scale, scale);
        p.translate(-corner);
        PaperPainter::paint(p, paper.pages.at(index));
        p.restore();
    });
}

void PrintService::print(const Item &item, QPrinter *printer)
{
    ensureFonts();
    QPainter painter;
    if (!painter.begin(printer))
        return;
    bool first = true;
    paint(paperOf(item), printer, painter, &first);
    painter.end();
}

bool PrintService::writePdf(const QString &html, const QString &path, QString *error)
{
    return writePdf(Item{html, {}, {}, {}}, path, error);
}

bool PrintService::writePdf(const Item &item, const QString &path, QString *error)
{
    return PdfFile::write(paperOf(item), item.title, path, error);
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
            paint(paperOf(item), device, painter, &first);
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
    // One PDF writer for one document and for many: each item's pages are written to the file
    // as soon as they are laid out.
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.errors << cannotWrite(path, file.errorString());
        return result;
    }
    bool written = true;
    {
        PdfFile::Writer pdf(&file);
        QString title;
        for (int i = 0; i < count && written; ++i) {
            if (cancelled && cancelled()) {
                result.cancelled = true;
                break;
            }
            Item item;
            QString itemError;
            if (!source(i, &item, &itemError)) {
                result.errors << itemError;
            } else {
                written = pdf.add(paperOf(item));
                if (title.isEmpty())
                    title = item.title;
                ++result.printed;
            }
            if (progress)
                progress(i + 1, count);
        }
        if (written && !result.cancelled && result.printed > 0)
            written = pdf.finish(title) && file.flush();
    }
    file.close();
    if (!written) {
        QFile::remove(part);
        result.errors << cannotWrite(path, file.errorString());
        result.printed = 0;
        return result;
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
