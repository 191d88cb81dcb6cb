#pragma once
#include "models/core/Company.h"

namespace Ui {
class CompanyProfilePage;
class CompanyInvoicePage;
}

// The company-profile forms (forms/CompanyProfilePage.ui, forms/CompanyInvoicePage.ui) filled
// from a Company and read back: the new-company wizard and the profile page show the same
// fields the same way.
namespace CompanyProfileForm {
void show(Ui::CompanyProfilePage &form, const Company &company);
// The fields over `base` (its id and what the form does not show are kept).
Company read(const Ui::CompanyProfilePage &form, Company base = Company());

void setUp(Ui::CompanyInvoicePage &form); // the money-unit choices
void show(Ui::CompanyInvoicePage &form, const Company &company);
Company read(const Ui::CompanyInvoicePage &form, Company base);
}
