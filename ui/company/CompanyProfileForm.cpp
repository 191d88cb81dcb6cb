#include "ui/company/CompanyProfileForm.h"

#include "ui_CompanyInvoicePage.h"
#include "ui_CompanyProfilePage.h"

#include <QCoreApplication>
#include <cmath>

namespace CompanyProfileForm {

void show(Ui::CompanyProfilePage &form, const Company &c)
{
    form.organisationRadio->setChecked(c.kind == SellerKind::Organisation);
    form.personRadio->setChecked(c.kind == SellerKind::Person);
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
    c.kind = form.personRadio->isChecked() ? SellerKind::Person : SellerKind::Organisation;
    c.name = form.nameEdit->text().trimmed();
    c.nationalId = form.nationalIdEdit->text().trimmed();
    c.economicCode = form.economicCodeEdit->text().trimmed();
    c.registrationNumber = form.registrationEdit->text().trimmed();
    c.postalCode = form.postalCodeEdit->text().trimmed();
    c.address = form.addressEdit->text().trimmed();
    c.phone = form.phoneEdit->text().trimmed();
    return c;
}

void setUp(Ui::CompanyInvoicePage &form)
{
    form.moneyUnitCombo->addItem(QCoreApplication::translate("CompanyInvoicePage", "Rial"), int(Persian::MoneyUnit::Rial));
    form.moneyUnitCombo->addItem(QCoreApplication::translate("CompanyInvoicePage", "Toman (ten rials)"),
                                 int(Persian::MoneyUnit::Toman));
}

void show(Ui::CompanyInvoicePage &form, const Company &c)
{
    form.logoPicker->setImage(c.logo);
    form.sealPicker->setImage(c.seal);
    form.moneyUnitCombo->setCurrentIndex(form.moneyUnitCombo->findData(int(c.moneyUnit)));
    form.vatSpin->setValue(c.defaultVatBp / 100.0);
    form.invoiceErrorLabel->clear();
}

Company read(const Ui::CompanyInvoicePage &form, Company c)
{
    c.logo = form.logoPicker->image();
    c.seal = form.sealPicker->image();
    c.moneyUnit = Persian::MoneyUnit(form.moneyUnitCombo->currentData().toInt());
    c.defaultVatBp = int(std::lround(form.vatSpin->value() * 100));
    return c;
}

} // namespace CompanyProfileForm
