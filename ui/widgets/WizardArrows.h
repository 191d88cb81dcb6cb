#pragma once

class QWizard;

// The Back and Next buttons of a wizard point the way the reader goes (issue 10 §4): in Persian,
// read right to left, «بعدی» points left and «بازگشت» right. The texts are Vafa's own, so the
// arrows do not depend on Qt's translations being installed beside the program.
namespace WizardArrows {
void apply(QWizard *wizard);
} // namespace WizardArrows
