#pragma once

class QTableView;

// One look for every table in Vafa, so that lists, editors' line tables and pickers read alike
// (issue 10 §4): each cell's text vertically centred, at the start of the line for text and at
// its end for amounts (the model's TextAlignmentRole decides which), the same padding on both
// sides of it and the same row height everywhere.
//
// Columns are as wide as what they show, within kMaxColumnWidth, and never narrower than their
// header's text; the last one stretches. While the view is too narrow for that, the wide columns
// give up room (never below their header's text) before a horizontal scroll bar appears. Widths
// follow the view's width until a person drags a column border; from then on theirs stay.
namespace TableLook {

constexpr int kCellPadding = 8;     // pixels before and after a cell's text
constexpr int kRowPadding = 5;      // pixels above and below a line of text
constexpr int kMaxColumnWidth = 320;

// Installs the shared cell delegate, the row height and the header's behaviour. Columns that
// need their own delegate (an editor) set it per column afterwards, as before.
void apply(QTableView *view);

// Draws a column's text left to right in any table (codes, numbering patterns, account numbers):
// in a right-to-left table «T-{___(AN)}» would otherwise read «{(AN)___}-T». apply() first.
void setLeftToRight(QTableView *view, int column);

// Sizes the interactive columns to the rows shown now (a list reads its first rows only, see
// ListPage); call it once the rows are in. apply() must have been called.
void fitColumns(QTableView *view);

} // namespace TableLook
