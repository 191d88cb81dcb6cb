#pragma once
#include "ui/shell/SectionKit.h"

// The financial pages of the back office (issue 4): document and receipt lists with their
// editors, the approval cartable, balances, products, print templates, batch printing. Each
// page is shown only to staff who may use it (models/finance/FinanceRights); the services refuse anyway.
namespace FinancePages {
QVector<SectionKit::Section> staffSections(const Session &session);
// Extra pictures for the screenshot tour (editors, dialogs), taken inside `window`.
bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
}
