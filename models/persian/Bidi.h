#pragma once
// Directional formatting characters: recognising them in what people type or paste, and
// wrapping printed values so that the bidi algorithm keeps their order inside Persian text.
#include <QString>

namespace Persian {

// LRM, RLM, ALM, the embeddings and overrides (LRE … RLO) and the isolates (LRI … PDI): invisible
// marks that copy-paste and QLocale leave around numbers and dates.
bool isBidiControl(QChar c) noexcept;
// The text without them. What people type or paste is stored without directional marks: a mark
// pasted into a name reorders every place that shows it (lists, paper, exports), and Vafa adds
// its own where a value needs one. ZWNJ (U+200C), part of Persian spelling, stays.
QString withoutBidiControls(const QString &text);
// The text without the white space and invisible marks (ZWNJ, RLM, BOM…: Unicode "format"
// characters) that spreadsheets and copy-paste leave at its ends: a name made only of those
// is no name. Marks inside the text stay.
QString trimmedOfInvisibles(const QString &text);

// Left-to-right text inside right-to-left text, e.g. «۱۴۰۳-۰۰۱۲», which plain bidi draws as
// ۰۰۱۲-۱۴۰۳ next to Persian letters (toolchain gotcha G5). Empty text stays empty.
//
// The wrapper is an embedding (LRE … PDF), not an isolate (LRI … PDI): Vazirmatn has glyphs for
// the embedding controls and none for the isolates, so every isolate sent Qt to fontconfig for a
// fallback font, which made table rows taller and put a second font family into each PDF (a
// quarter of an invoice's print time). For a value between a label and the next cell the two
// give the same order.
QString leftToRight(const QString &text);

// Text in the direction of its first strong letter (RLE or LRE … PDF), as FSI would: a Latin
// name keeps its order, a Persian one stays right to left. Text without letters (digits only)
// is left to right. Empty text stays empty.
QString ownDirection(const QString &text);

// A file's name, path or extension inside Persian text («.csv», «C:\Users\…\list.xlsx»), with
// the platform's separators, left to right: plain bidi shows «.csv» as «csv.» and breaks a
// path into pieces in reverse order next to Persian letters. Every message or label that names
// a file goes through this. Empty text stays empty.
QString filePath(const QString &path);

// A file dialog's filters («Excel workbook (*.xlsx);;CSV file (*.csv)») with each pattern list
// read left to right after a Persian description: «(*.xlsx)», not «(xlsx.*)». Only a mark before
// the parenthesis is added (an embedding that ends with the line), because Qt reads the
// patterns from between the last parentheses and accepts nothing else there.
QString fileFilter(const QString &filters);

} // namespace Persian
