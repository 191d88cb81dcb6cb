#pragma once
#include <QString>

class QPrinter;
class QTextDocument;

// The one way Vafa puts a document on paper: the same layout for preview, printer and PDF.
// Documents are right-to-left HTML laid out on A4 with the Vazirmatn font.
class PrintService
{
public:
    // Paints the HTML on the printer's pages (the preview dialog passes its own printer).
    static void print(const QString &html, QPrinter *printer);
    // Writes a PDF; returns false with a translated reason when the file cannot be written.
    static bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
    // Sets up an A4 printer with Vafa's margins.
    static void preparePrinter(QPrinter *printer);

private:
    static void layOut(QTextDocument &doc, QPrinter *printer);
};
