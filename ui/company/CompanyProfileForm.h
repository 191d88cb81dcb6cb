#pragma once
#include "models/core/Company.h"

namespace Ui {
class CompanyProfilePage;
}

// The company-profile form (forms/CompanyProfilePage.ui) filled from a Company and read back:
// the new-company wizard and the profile page show the same fields the same way.
namespace CompanyProfileForm {
void show(Ui::CompanyProfilePage &form, const Company &company);
// The fields over `base` (its id, logo and what the form does not show are kept).
Company read(const Ui::CompanyProfilePage &form, Company base = Company());
}
