#pragma once
// Pages already laid out: what the built-in forms draw, in points (1/72 inch) from the top-left
// corner of the sheet. One description serves every output: PaperPainter paints it on a printer
// or the preview, PdfFile writes it straight to a PDF file.
#include <QColor>
#include <QGlyphRun>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

struct PaperText
{
    QGlyphRun glyphs; // positions relative to `origin`, the raw font's pixel size is in points
    QPointF origin;
    QColor colour;
    // What each glyph says, in reading order: the letters a PDF reader copies and searches,
    // whatever form shaping chose for them (a glyph of a contextual form has no character of its
    // own; a ligature says two). Empty for a glyph that is part of the one before it (a mark
    // drawn apart); an empty list: the characters of the font's own map.
    QStringList glyphText;
};

struct PaperFill
{
    QRectF rect;
    QColor colour;
};

struct PaperFrame // a rectangle's outline
{
    QRectF rect;
    qreal width = 0.5;
    QColor colour;
};

struct PaperImage
{
    QRectF rect;
    QImage image;
};

struct PaperPage
{
    // Painted in this order: fills under frames under images under text.
    QList<PaperFill> fills;
    QList<PaperFrame> frames;
    QList<PaperImage> images;
    QList<PaperText> texts;
};

struct Paper
{
    QSizeF size; // the sheet, points
    QList<PaperPage> pages;
    bool isEmpty() const { return pages.isEmpty(); }
};
