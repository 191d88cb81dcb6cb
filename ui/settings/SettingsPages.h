#pragma once
#include "ui/shell/SectionKit.h"

// The configuration pages of the back office (issue 3): club settings, item types and their
// club permissions («شخصی‌سازی»), staff permissions.
namespace SettingsPages {
QVector<SectionKit::Section> staffSections(const Session &session);
// Extra pictures for the screenshot tour (dialogs, tabs), taken inside `window`.
bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
}
