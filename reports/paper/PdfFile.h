#pragma once
// Writes laid-out pages (Paper) straight to a PDF file, without a paint engine in between: the one
// PDF writer of Vafa, for one document and for a batch of many in one file alike.
//
// Why not QPdfWriter: per document it walks all 65,536 code points of each embedded font to find
// which characters its glyphs stand for, although the fonts are the same in every invoice; and
// the text a reader copies from its files is the characters of the glyphs, so a letter drawn with
// a glyph of a contextual form (the ی of «میلیون» in Vazirmatn) is lost. Here everything about a
// font is worked out once per process (its tables, where each glyph's outline is, glyph widths,
// glyph → text) and each document only writes its pages: glyphs by index with their exact
// positions from the layout (Identity-H), the outlines of the glyphs it used (glyph indexes
// unchanged), a ToUnicode map of them, and around each word the text it says (ActualText), so
// what is copied or searched is the logical text, letter for letter.
//
// TrueType outlines are embedded; glyphs of another kind of font are drawn as filled outlines.
#include "reports/paper/Paper.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace PdfFile {

// One PDF written to `device` page by page: pages go out as they are added (a batch of thousands
// of documents is never all in memory), the fonts they used at the end.
class Writer
{
public:
    explicit Writer(QIODevice *device);
    ~Writer();
    // Appends the pages of `paper`; false when the device refused to write.
    bool add(const Paper &paper);
    int pageCount() const;
    // Writes the fonts, the page tree and the cross-reference table. A writer without pages
    // writes one empty A4 page (a PDF has at least one).
    bool finish(const QString &title);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The PDF of `paper`.
QByteArray bytes(const Paper &paper, const QString &title);
// Writes the PDF to `path`. False with a translated reason in *error on failure.
bool write(const Paper &paper, const QString &title, const QString &path, QString *error = nullptr);

} // namespace PdfFile
