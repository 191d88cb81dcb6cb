#pragma once
// Lays out a right-to-left HTML document (a print template) on A4 sheets with QTextDocument and
// keeps what it draws as Paper: the same pages go to the preview, a printer and PdfFile, so HTML
// documents are written by the one PDF writer too, with the text a reader copies equal to the
// text of the document.
#include "reports/paper/Paper.h"

#include <QString>

namespace HtmlPaper {

// A4, 12 mm margins, Vazirmatn 10 pt unless the HTML says otherwise, right to left.
Paper lay(const QString &html);

} // namespace HtmlPaper
