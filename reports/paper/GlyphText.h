#pragma once
// Which letters each glyph of a laid-out line stands for: what PdfFile writes as the text of the
// glyphs, so that the text read back from a PDF is the text that was laid out.
#include "reports/paper/Paper.h"

#include <QTextLayout>

namespace GlyphText {

// Bidi controls (LRE … PDF, marks, isolates) order the text; they are not part of what is read.
bool isDirectionMark(QChar c);

// The words of `text` between `from` and `to` on `line` (of a layout of `text`) as texts, their
// origin (0, 0) being the layout's, each glyph with the letters it stands for. The text is a
// paragraph of that direction (with its own embeddings, LRE … PDF).
QList<PaperText> words(const QTextLine &line, const QString &text, int from, int to, const QColor &colour,
                       bool rightToLeftParagraph = true);

} // namespace GlyphText
