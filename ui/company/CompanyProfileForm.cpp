#include "ui/company/CompanyProfileForm.h"

#include "ui_CompanyProfilePage.h"

namespace CompanyProfileForm {

void show(Ui::CompanyProfilePage &form, const Company &c)
{
    form.nameEdit->setText(c.name);
    form.nationalIdEdit->setText(c.nationalId);
    form.economicCodeEdit->setText(c.economicCode);
    form.registrationEdit->setText(c.registrationNumber);
    form.postalCodeEdit->setText(c.postalCode);
    form.addressEdit->setText(c.address);
    form.phoneEdit->setText(c.phone);
    form.profileErrorLabel->clear();
}

Company read(const Ui::CompanyProfilePage &form, Company c)
{
    c.name = form.nameEdit->text().trimmed();
    c.nationalId = form.nationalIdEdit->text().trimmed();
    c.economicCode = form.economicCodeEdit->text().trimmed();
    c.registrationNumber = form.registrationEdit->text().trimmed();
    c.postalCode = form.postalCodeEdit->text().trimmed();
    c.address = form.addressEdit->text().trimmed();
    c.phone = form.phoneEdit->text().trimmed();
    return c;
}

} // namespace CompanyProfileForm
