#pragma once
#include "ui/SectionKit.h"

// The financial pages of the back office (issue 4): document and receipt lists, editors,
// the approval cartable, balances, templates, batch printing.
namespace FinancePages {
QVector<SectionKit::Section> staffSections(const Session &session);
// Extra pictures for the screenshot tour (editors, dialogs), taken inside `window`.
bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
}
