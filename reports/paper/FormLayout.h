#pragma once
// Lays out a right-to-left form (tables of cells with Persian text, pictures) on A4 sheets, page
// after page: the built-in forms are drawn with it instead of an HTML layout engine, because
// shaping each cell once with QTextLayout is several times faster than QTextDocument's tables
// (tests/bench/README.md, print).
#include "reports/paper/Paper.h"

#include <QMarginsF>
#include <QString>

class FormLayout
{
public:
    struct Span
    {
        QString text;
        bool bold = false;
        QColor colour = Qt::black;
    };
    // A paragraph, or a picture when `image` is set.
    struct Block
    {
        QList<Span> spans;
        Qt::Alignment align = Qt::AlignRight;
        qreal size = 8; // points
        QImage image;
        qreal imageHeight = 0; // points; the width follows the picture's proportions
        // Never broken across lines (an amount, a number): when it is wider than its cell, its
        // letters get smaller until it fits.
        bool oneLine = false;
    };
    struct Cell
    {
        QList<Block> blocks;
        int span = 1; // columns
        QColor background; // invalid: none
        Qt::Alignment valign = Qt::AlignVCenter;
        qreal minHeight = 0;
    };
    using Row = QList<Cell>; // cells from right to left

    struct Table
    {
        QList<qreal> columns; // widths as parts of the text area, from right to left
        QList<Row> rows;
        int repeatedRows = 0; // the first rows come again at the top of each new page
        bool frame = true;
        qreal padding = 3;
    };

    static Block paragraph(const QList<Span> &spans, qreal size, Qt::Alignment align = Qt::AlignRight);
    static Block picture(const QImage &image, qreal height, Qt::Alignment align);
    // A paragraph kept on one line, smaller when it must be (amounts).
    static Block oneLine(const QList<Span> &spans, qreal size, Qt::Alignment align = Qt::AlignRight);
    static Cell cell(const QList<Block> &blocks, int span = 1, const QColor &background = {});

    // An A4 sheet with these margins (points).
    explicit FormLayout(const QMarginsF &margins);

    void addTable(const Table &table);
    void addBlock(const Block &block);
    void addSpace(qreal points);

    Paper finish();

private:
    struct Placed; // a row laid out, ready to be put at a height
    Placed layOutRow(const Table &table, const Row &row) const;
    // Puts the part of `row` between `from` and `to` (points from its top) at the current height.
    void put(const Placed &row, qreal from, qreal to);
    void put(const Placed &row);
    // Where `row` can be cut at or above `limit` without cutting a line of text or a picture;
    // `from` (the start of the part still to put) when nothing fits.
    static qreal cutAt(const Placed &row, qreal from, qreal limit);
    void newPage();

    Paper m_paper;
    QMarginsF m_margins;
    qreal m_y = 0;
};
