#pragma once
#include "reports/paper/Paper.h"

#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

// The one way Vafa puts a document on paper: the same layout for preview, printer and PDF.
// A document is either right-to-left HTML, laid out on A4 with the Vazirmatn font, or pages a
// built-in form has already laid out (Paper). Pages are painted by this class (not
// QTextDocument::print), so one document or a batch of many come out the same.
class PrintService
{
public:
    // One item: the HTML, or the laid-out pages when there are any; the file name (without
    // directory) for one-file-per-item.
    struct Item
    {
        QString html;
        Paper paper;
        QString fileName; // e.g. "invoice-1403-0012.pdf"
        QString title;    // for messages and the PDF's title
    };

    // Paints the item on the printer's pages (the preview dialog passes its own printer).
    static void print(const Item &item, QPrinter *printer);
    // Writes a PDF; returns false with a translated reason when the file cannot be written.
    // Every PDF is written by PdfFile: HTML is laid out into pages first (HtmlPaper).
    static bool writePdf(const Item &item, const QString &path, QString *error = nullptr);
    static bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
    // Sets up an A4 printer with Vafa's margins.
    static void preparePrinter(QPrinter *printer);
    // Registers the bundled Vazirmatn faces (":/fonts/…" of vafa_resources, when the program
    // links them) once per process: the one place for it, for the app's start-up
    // (AppSetup::installFonts) as for printing without a window (`vafa print`, tests).
    static void ensureFonts();

    // ---- batches -------------------------------------------------------------------------------
    // Produces item `index` (0-based) or returns false with a reason; the batch then records the
    // error and goes on with the next item.
    using Source = std::function<bool(int index, Item *item, QString *error)>;
    // Called after each item: done items so far, and the total.
    using Progress = std::function<void(int done, int total)>;
    // Polled before each item; true stops the batch.
    using Cancelled = std::function<bool()>;

    struct BatchResult
    {
        int printed = 0;       // items that reached the printer or a file
        bool cancelled = false;
        QStringList files;     // files written (PDF modes)
        QStringList errors;    // one translated line per item that failed
        bool ok() const { return !cancelled && errors.isEmpty(); }
    };

    // All items on one printer job, each starting on a new page.
    static BatchResult printBatch(int count, const Source &source, QPrinter *printer, const Progress &progress = {},
                                  const Cancelled &cancelled = {});
    // All items in one PDF (PdfFile), each starting on a new page. The file is written under a temporary
    // name and renamed at the end: a cancelled or failed batch leaves no file behind.
    static BatchResult writeBatchPdf(int count, const Source &source, const QString &path,
                                     const Progress &progress = {}, const Cancelled &cancelled = {});
    // One PDF per item in `directory` (created when missing), named by Item::fileName. Files
    // already finished stay when the batch is cancelled; the one in progress never half-exists.
    static BatchResult writePdfPerItem(int count, const Source &source, const QString &directory,
                                       const Progress &progress = {}, const Cancelled &cancelled = {});

    // A file name safe on every desktop file system: Persian digits become Latin, anything but
    // letters, digits, '-', '_' and '.' becomes '-'.
    static QString safeFileName(const QString &name);

private:
    // The item's pages: its own, or its HTML laid out on A4.
    static Paper paperOf(const Item &item);
    // Paints every page with `painter` on `device` (a printer or the preview); starts with
    // newPage() unless this is the first page of the job.
    static void paint(const Paper &paper, QPagedPaintDevice *device, QPainter &painter, bool *firstPage);
    // The batch loop of printers; `painter` is begun on `device` lazily.
    static BatchResult paintBatch(int count, const Source &source, QPagedPaintDevice *device, QPainter &painter,
                                  const Progress &progress, const Cancelled &cancelled);
};
