#pragma once
#include "ui/SectionKit.h"

// The club-member pages of the back office (issue 3): members, their actions and dialogs,
// the bulk user wizard.
namespace MemberPages {
QVector<SectionKit::Section> staffSections(const Session &session);
// Extra pictures for the screenshot tour (dialogs, wizard pages), taken inside `window`.
bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
}
