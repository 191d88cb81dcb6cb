#include "ui/finance/BatchPrint.h"

#include "models/persian/Bidi.h"
#include "reports/TemplateRenderer.h"
#include "ui/widgets/ListPage.h"
#include "ui/widgets/Ask.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

BatchPrint::BatchPrint(const Session &session, ListPage *page, bool receipts)
    : QObject(page)
    , m_session(session)
    , m_page(page)
    , m_receipts(receipts)
{
}

PrintService::Source BatchPrint::source() const
{
    const Session session = m_session;
    const QStringList ids = m_ids;
    const bool receipts = m_receipts;
    return [session, ids, receipts](int index, PrintService::Item *item, QString *error) {
        TemplateRenderer renderer(*session.store);
        const auto rendered = receipts ? renderer.renderReceipt(ids.at(index), TemplateRenderer::Variant::Main, error)
                                       : renderer.renderDocument(ids.at(index), TemplateRenderer::Variant::Main, error);
        if (!rendered)
            return false;
        *item = rendered->item(PrintService::safeFileName(rendered->kind + QLatin1Char('-') + rendered->number)
                               + QStringLiteral(".pdf"));
        return true;
    };
}

template<typename Job>
PrintService::BatchResult BatchPrint::withProgress(const Job &job)
{
    m_ids.clear();
    const int rows = m_page->model()->rowCount();
    for (int r = 0; r < rows; ++r)
        m_ids << m_page->model()->idAt(r);
    QProgressDialog progress(tr("Printing %Ln document(s)…", nullptr, int(m_ids.size())), tr("Cancel"), 0,
                             int(m_ids.size()), m_page);
    progress.setObjectName(QStringLiteral("batchPrintProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    return job(
        int(m_ids.size()), source(),
        [this, &progress](int done, int total) {
            progress.setValue(done);
            emit progressed(done, total);
            QCoreApplication::processEvents();
        },
        [&progress] {
            QCoreApplication::processEvents();
            return progress.wasCanceled();
        });
}

PrintService::BatchResult BatchPrint::toPdf(const QString &path)
{
    return withProgress([&](int count, const PrintService::Source &src, const PrintService::Progress &progress,
                            const PrintService::Cancelled &cancelled) {
        return PrintService::writeBatchPdf(count, src, path, progress, cancelled);
    });
}

PrintService::BatchResult BatchPrint::toPrinter(QPrinter *printer)
{
    return withProgress([&](int count, const PrintService::Source &src, const PrintService::Progress &progress,
                            const PrintService::Cancelled &cancelled) {
        return PrintService::printBatch(count, src, printer, progress, cancelled);
    });
}

void BatchPrint::run()
{
    const int rows = m_page->model()->rowCount();
    if (rows == 0)
        return;
    enum { Pdf, Paper };
    const int where = Ask::choose(m_page, tr("Print all in this list"),
                                  tr("Print the %Ln document(s) of this list, as they are filtered now?", nullptr, rows),
                                  {tr("To a &PDF file…"), tr("To a p&rinter…")});
    if (where == Pdf) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QLatin1Char('/') + tr("documents") + QStringLiteral(".pdf");
        const QString path = Ask::saveFile(m_page, tr("Print to PDF"), suggested, tr("PDF file (*.pdf)"));
        if (!path.isEmpty())
            report(toPdf(path), Persian::filePath(path));
    } else if (where == Paper) {
        QPrinter printer(QPrinter::HighResolution);
        PrintService::preparePrinter(&printer);
        QPrintDialog dialog(&printer, m_page);
        if (Ask::exec(&dialog) == QDialog::Accepted)
            report(toPrinter(&printer), printer.printerName());
    }
}

void BatchPrint::report(const PrintService::BatchResult &result, const QString &where)
{
    if (result.cancelled)
        return; // the person stopped it and knows
    if (result.errors.isEmpty()) {
        Ask::inform(m_page, tr("Print all in this list"),
                    tr("%Ln document(s) printed to %1.", nullptr, result.printed).arg(where));
        return;
    }
    Ask::warn(m_page, tr("Print all in this list"),
              tr("%Ln document(s) printed; these could not be:", nullptr, result.printed) + QLatin1Char('\n')
                  + result.errors.join(QLatin1Char('\n')));
}
