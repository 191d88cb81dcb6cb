#include "ui/widgets/WizardArrows.h"

#include <QCoreApplication>
#include <QWizard>

namespace WizardArrows {

void apply(QWizard *wizard)
{
    // «›» and «‹» are mirrored by the bidi algorithm: written after the word («بعدی ›») the arrow
    // sits at the end of the reading and points there, in either direction. Vazirmatn has both.
    wizard->setButtonText(QWizard::NextButton, QCoreApplication::translate("WizardArrows", "&Next ›"));
    wizard->setButtonText(QWizard::BackButton, QCoreApplication::translate("WizardArrows", "‹ &Back"));
}

} // namespace WizardArrows
