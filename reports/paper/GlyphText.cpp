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
void joinFormatCharacters(PaperText &t)
{
    for (qsizetype g = 1; g < t.glyphText.size(); ++g) {
        const QString &says = t.glyphText.at(g);
        if (says.isEmpty() || !std::all_of(says.begin(), says.end(), [](QChar c) { return c.category() == QChar::Other_Format; }))
            continue;
        t.glyphText[g - 1] += says;
        t.glyphText[g].clear();
    }
}

// Qt 6.4 does not say which characters a glyph comes from (QGlyphRun::stringIndexes is 6.5).
// A word's glyphs come in the order of its letters, in either direction: as many glyphs as
// letters is one glyph per letter. Otherwise (a ligature, a mark drawn apart) the cursor says it
// for right-to-left words: character k lies between the cursor positions k and k + 1, and belongs
// to the glyph that covers most of it (both letters of a ligature to the one glyph). Qt 6.4 puts
// the cursor one character off inside a left-to-right number in right-to-left text, so such
// words keep the font's own map.
void assign(const QTextLine &line, const QString &text, int from, int to, PaperText &t)
{
    const QList<QPointF> positions = t.glyphs.positions();
    QList<int> letters;
    bool leftToRight = false;
    for (int k = from; k < to; ++k) {
        if (isDirectionMark(text.at(k)))
            continue;
        letters << k;
        const QChar::Direction d = text.at(k).direction();
        leftToRight = leftToRight || d == QChar::DirL || d == QChar::DirEN || d == QChar::DirAN;
    }
    if (letters.size() == positions.size()) {
        t.glyphText = QStringList(positions.size());
        for (qsizetype g = 0; g < positions.size(); ++g)
            t.glyphText[g] = text.at(letters.at(g));
        joinFormatCharacters(t);
        return;
    }
    if (leftToRight)
        return;
    const QList<QPointF> advances = t.glyphs.rawFont().advancesForGlyphIndexes(t.glyphs.glyphIndexes());
    const qsizetype glyphs = positions.size();
    t.glyphText = QStringList(glyphs);
    for (int k = from; k < to; ++k) {
        if (isDirectionMark(text.at(k)))
            continue;
        const qreal a = line.cursorToX(k), b = line.cursorToX(k + 1);
        const qreal lo = qMin(a, b), hi = qMax(a, b), middle = (lo + hi) / 2;
        qsizetype best = 0;
        qreal bestScore = -1e9;
        for (qsizetype g = 0; g < glyphs; ++g) {
            const qreal left = positions.at(g).x();
            const qreal right = left + (g < advances.size() ? advances.at(g).x() : 0);
            const qreal overlap = qMin(hi, right) - qMax(lo, left);
            // the most overlap; for a character of no width, the glyph nearest to it
            const qreal score = overlap > 0.01 ? overlap : -qAbs((left + right) / 2 - middle) - 1000;
            if (score > bestScore) {
                bestScore = score;
                best = g;
            }
        }
        if (best < glyphs)
            t.glyphText[best] += text.at(k);
    }
    joinFormatCharacters(t);
}

} // namespace

QList<PaperText> words(const QTextLine &line, const QString &text, int from, int to, const QColor &colour)
{
    QList<PaperText> out;
    for (int c = from; c < to;) {
        if (text.at(c).isSpace() || isDirectionMark(text.at(c))) {
            ++c;
            continue;
        }
        int end = c + 1;
        while (end < to && !text.at(end).isSpace() && !isDirectionMark(text.at(end)))
            ++end;
        const QList<QGlyphRun> runs = line.glyphRuns(c, end - c);
        for (const QGlyphRun &run : runs) {
            if (run.glyphIndexes().isEmpty())
                continue;
            PaperText t{run, QPointF(), colour, {}};
            if (runs.size() == 1)
                assign(line, text, c, end, t);
            out << t;
        }
        c = end;
    }
    return out;
}

} // namespace GlyphText
