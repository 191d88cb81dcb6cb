#pragma once
#include "ui/shell/SectionKit.h"

// The club-member pages of the back office (issue 3): customer and agent members, their
// actions and dialogs, the bulk user wizard.
namespace MemberPages {
// "customer-members" and "agent-members", each only for staff who may manage that kind.
QVector<SectionKit::Section> staffSections(const Session &session);
// «تعریف کاربر» on the staff identities list.
void decorateIdentities(ListPage *page, const Session &session);
// Extra pictures for the screenshot tour (dialogs, wizard pages), taken inside `window`.
bool tour(const Session &session, MainWindow &window, const SectionKit::TourShot &shoot);
}
