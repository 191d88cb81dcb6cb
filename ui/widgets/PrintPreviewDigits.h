#pragma once

class QPrintPreviewDialog;

// Qt's print preview writes its zoom («125%»), the page number and the page count with Latin
// digits, and reads back only Latin digits. A Persian clerk sees Persian digits everywhere else
// (issue 10 §4), so this shows those three in Persian digits (with «٪» and «٫») and reads what
// is typed into them in Persian, Arabic-Indic or Latin digits. Qt's own parsing of those boxes
// then finds no number and does nothing; the handlers installed here take its place.
namespace PrintPreviewDigits {
void apply(QPrintPreviewDialog *dialog);
} // namespace PrintPreviewDigits
