#pragma once
#include "models/company/CompanySetup.h"

#include <QWizard>

#include <memory>

namespace Ui {
class CompanyProfilePage;
class CompanyInvoicePage;
class CompanyAdminPage;
}

// «شرکت جدید»: the company's profile, then its logo, seal, money unit, VAT and bank account,
// then the first administrator and where the company's
// file goes. Nothing is written before Finish; then CompanySetup makes the company in one
// transaction, and a refusal (a weak password, a file that already exists) keeps the person on
// the page with the reason and leaves no file behind. Cancel writes nothing at all.
class NewCompanyWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewCompanyWizard(const QString &suggestedPath, QWidget *parent = nullptr);
    ~NewCompanyWizard() override;

    // The company file made on Finish; empty until then.
    QString createdPath() const { return m_createdPath; }
    // Lines saying what was made (shown once more by the caller, or in tests).
    QStringList created() const { return m_created; }

    // Checks the page shown and, on the last one, creates the company (what Finish does).
    bool validateCurrentPage() override;

private:
    bool checkProfile();
    bool checkInvoice();
    void readBank(CompanySetup::NewCompany &company) const;
    bool createCompany();
    void chooseFile();

    std::unique_ptr<Ui::CompanyProfilePage> m_profile;
    std::unique_ptr<Ui::CompanyInvoicePage> m_invoice;
    std::unique_ptr<Ui::CompanyAdminPage> m_admin;
    QWizardPage *m_profilePage;
    QWizardPage *m_invoicePage;
    QWizardPage *m_adminPage;
    QString m_createdPath;
    QStringList m_created;
};
