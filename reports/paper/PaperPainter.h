#pragma once
#include "reports/paper/Paper.h"

class QPainter;

namespace PaperPainter {

// Paints one page with `painter`, whose coordinate system is the sheet in points (the caller
// scales and moves it to the device's page).
void paint(QPainter &painter, const PaperPage &page);

} // namespace PaperPainter
