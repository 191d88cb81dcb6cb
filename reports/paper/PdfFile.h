#pragma once
// Writes laid-out pages (Paper) straight to a PDF file, without a paint engine in between.
//
// Why not QPdfWriter: per document it walks all 65,536 code points of each embedded font to find
// which characters its glyphs stand for, although the fonts are the same in every invoice. Here
// everything about a font is worked out once per process (its tables, where each glyph's outline
// is, glyph widths, glyph → text) and each document only writes its pages: glyphs by index with
// their exact positions from the layout (Identity-H), the outlines of the glyphs it used (glyph
// indexes unchanged), and a ToUnicode map of them, so the text can be searched and copied.
//
// TrueType outlines only: a page whose text uses another kind of font is not written; write()
// returns false and the caller paints through QPdfWriter instead.
#include "reports/paper/Paper.h"

#include <QByteArray>
#include <QString>

namespace PdfFile {

// The PDF of `paper`; empty when a font cannot be embedded.
QByteArray bytes(const Paper &paper, const QString &title);
// Writes the PDF to `path`. False with a translated reason in *error on failure; a false return
// with an empty *error means only that the fonts could not be embedded.
bool write(const Paper &paper, const QString &title, const QString &path, QString *error = nullptr);

} // namespace PdfFile
