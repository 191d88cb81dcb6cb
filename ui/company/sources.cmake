# files of ui/company: starting a new company (the new-company wizard) and its profile page
qt_wrap_ui(vafa_company_forms
    company/forms/CompanyProfilePage.ui
    company/forms/CompanyInvoicePage.ui
    company/forms/CompanyAdminPage.ui)
target_sources(vafa_ui PRIVATE ${vafa_company_forms}
    company/CompanyProfileForm.h company/CompanyProfileForm.cpp
    company/CompanyProfileEditor.h company/CompanyProfileEditor.cpp
    company/GettingStartedPage.h company/GettingStartedPage.cpp
    company/NewCompanyWizard.h company/NewCompanyWizard.cpp)
