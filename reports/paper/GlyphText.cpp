#include "reports/paper/GlyphText.h"

#include <QRawFont>

#include <algorithm>

namespace GlyphText {

bool isDirectionMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
}

namespace {

// A zero-width non-joiner (or joiner) has a glyph of no width, which readers would put on either
// side of the letter it follows: it goes with that letter's glyph.
void joinFormatCharacters(QList<PaperText> &runs)
{
    QString *before = nullptr;
    for (PaperText &t : runs)
        for (QString &says : t.glyphText) {
            if (before && !says.isEmpty()
                && std::all_of(says.begin(), says.end(), [](QChar c) { return c.category() == QChar::Other_Format; })) {
                *before += says;
                says.clear();
            } else if (!says.isEmpty()) {
                before = &says;
            }
        }
}

bool isDigit(QChar c)
{
    return c.direction() == QChar::DirEN || c.direction() == QChar::DirAN;
}

bool isNeutral(QChar c)
{
    switch (c.direction()) {
    case QChar::DirON: case QChar::DirCS: case QChar::DirES: case QChar::DirET:
        return true;
    default:
        return false;
    }
}

// Per character: whether it is in right-to-left text, by the embeddings (RLE, LRE … PDF) around
// it, in a paragraph of `base` direction.
QList<bool> rightToLeft(const QString &text, int to, bool base)
{
    QList<bool> out(to);
    QList<bool> stack{base};
    for (int k = 0; k < to; ++k) {
        const char16_t u = text.at(k).unicode();
        if (u == 0x202B || u == 0x202E || u == 0x2067)
            stack << true;
        else if (u == 0x202A || u == 0x202D || u == 0x2066)
            stack << false;
        else if ((u == 0x202C || u == 0x2069) && stack.size() > 1)
            stack.removeLast();
        out[k] = stack.constLast();
    }
    return out;
}

// What character k says. Readers (poppler's pdftotext among them) put punctuation next to a
// number or a letter on the left-to-right side of it: «۱۲،» came back as «،۱۲» and «سریال:» with
// its colon after the number that follows. In right-to-left text such a character is marked as
// right to left (an RLM on either side), unless it lies between two digits («۱۲/۰۵»), where it belongs to
// the number.
QString says(const QString &text, int k, int from, int to, const QList<bool> &rtl)
{
    const QChar c = text.at(k);
    if (!rtl.at(k) || !isNeutral(c))
        return QString(c);
    const bool betweenDigits = k > from && k + 1 < to && isDigit(text.at(k - 1)) && isDigit(text.at(k + 1));
    return betweenDigits ? QString(c) : QString(QChar(0x200F)) + c + QChar(0x200F);
}

// Qt 6.4 does not say which characters a glyph comes from (QGlyphRun::stringIndexes is 6.5).
// A word drawn with one run has its glyphs in the order of its letters, in either direction: as
// many glyphs as letters is one glyph per letter. Otherwise (a ligature, a mark drawn apart, a
// second run) the cursor says it for right-to-left words: character k lies between the cursor
// positions k and k + 1, and belongs to the glyph that covers most of it (both letters of a
// ligature to the one glyph). Qt 6.4 puts the cursor one character off inside a left-to-right
// number in right-to-left text, so such words keep the font's own map.
void assign(const QTextLine &line, const QString &text, int from, int to, const QList<bool> &rtl, QList<PaperText> &runs)
{
    QList<int> letters;
    bool leftToRight = false;
    for (int k = from; k < to; ++k) {
        if (isDirectionMark(text.at(k)))
            continue;
        letters << k;
        const QChar::Direction d = text.at(k).direction();
        leftToRight = leftToRight || d == QChar::DirL || d == QChar::DirEN || d == QChar::DirAN;
    }
    if (runs.size() == 1 && letters.size() == runs.first().glyphs.glyphIndexes().size()) {
        PaperText &t = runs.first();
        t.glyphText = QStringList(letters.size());
        for (qsizetype g = 0; g < letters.size(); ++g)
            t.glyphText[g] = says(text, letters.at(g), from, to, rtl);
        joinFormatCharacters(runs);
        return;
    }
    if (leftToRight)
        return;
    struct Box
    {
        qreal left, right;
        QString *says;
    };
    QList<Box> boxes;
    for (PaperText &t : runs) {
        const QList<QPointF> positions = t.glyphs.positions();
        const QList<QPointF> advances = t.glyphs.rawFont().advancesForGlyphIndexes(t.glyphs.glyphIndexes());
        t.glyphText = QStringList(positions.size());
        for (qsizetype g = 0; g < positions.size(); ++g)
            boxes << Box{positions.at(g).x(), positions.at(g).x() + (g < advances.size() ? advances.at(g).x() : 0),
                         &t.glyphText[g]};
    }
    if (boxes.isEmpty())
        return;
    for (const int k : std::as_const(letters)) {
        const qreal a = line.cursorToX(k), b = line.cursorToX(k + 1);
        const qreal lo = qMin(a, b), hi = qMax(a, b), middle = (lo + hi) / 2;
        const Box *best = &boxes.first();
        qreal bestScore = -1e9;
        for (const Box &box : std::as_const(boxes)) {
            const qreal overlap = qMin(hi, box.right) - qMax(lo, box.left);
            // the most overlap; for a character of no width, the glyph nearest to it
            const qreal score = overlap > 0.01 ? overlap : -qAbs((box.left + box.right) / 2 - middle) - 1000;
            if (score > bestScore) {
                bestScore = score;
                best = &box;
            }
        }
        *best->says += says(text, k, from, to, rtl);
    }
    joinFormatCharacters(runs);
}

} // namespace

QList<PaperText> words(const QTextLine &line, const QString &text, int from, int to, const QColor &colour,
                       bool rightToLeftParagraph)
{
    QList<PaperText> out;
    const QList<bool> rtl = rightToLeft(text, to, rightToLeftParagraph);
    for (int c = from; c < to;) {
        if (text.at(c).isSpace() || isDirectionMark(text.at(c))) {
            ++c;
            continue;
        }
        int end = c + 1;
        while (end < to && !text.at(end).isSpace() && !isDirectionMark(text.at(end)))
            ++end;
        // a number and what is next to it are texts of their own («۱۲،»: the number, the comma)
        const auto numeric = [&](int k) {
            return isDigit(text.at(k))
                || (isNeutral(text.at(k)) && k > c && k + 1 < end && isDigit(text.at(k - 1)) && isDigit(text.at(k + 1)));
        };
        for (int split = c + 1; split < end; ++split)
            if (numeric(split) != numeric(c)) {
                end = split;
                break;
            }
        QList<PaperText> runs;
        for (const QGlyphRun &run : line.glyphRuns(c, end - c))
            if (!run.glyphIndexes().isEmpty())
                runs << PaperText{run, QPointF(), colour, {}};
        if (!runs.isEmpty())
            assign(line, text, c, end, rtl, runs);
        out << runs;
        c = end;
    }
    return out;
}

} // namespace GlyphText
