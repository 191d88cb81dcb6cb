#include "reports/PrintService.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

void PrintService::preparePrinter(QPrinter *printer)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

void PrintService::layOut(QTextDocument &doc, QPrinter *printer)
{
    // Without a page size and zero margin QTextDocument::print() adds 2 cm margins and page
    // numbers of its own on top of the printer's (toolchain note G4).
    doc.documentLayout()->setPaintDevice(printer);
    doc.setPageSize(printer->pageRect(QPrinter::DevicePixel).size());
    doc.setDocumentMargin(0);
    QTextFrameFormat root = doc.rootFrame()->frameFormat();
    root.setLayoutDirection(Qt::RightToLeft);
    doc.rootFrame()->setFrameFormat(root);
}

void PrintService::print(const QString &html, QPrinter *printer)
{
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("Vazirmatn"), 10));
    layOut(doc, printer);
    doc.setHtml(html);
    doc.print(printer);
}

bool PrintService::writePdf(const QString &html, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("PrintService", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), probe.errorString());
        return false;
    }
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    preparePrinter(&printer);
    print(html, &printer);
    return true;
}
