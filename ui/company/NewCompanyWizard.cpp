#include "ui/company/NewCompanyWizard.h"

#include "models/club/ClubMemberService.h"
#include "models/company/CompanySetup.h"
#include "models/persian/Bidi.h"
#include "models/company/CompanyProfile.h"
#include "ui/company/CompanyProfileForm.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WindowGeometry.h"
#include "ui/widgets/WizardArrows.h"
#include "ui_CompanyAdminPage.h"
#include "ui_CompanyInvoicePage.h"
#include "ui_CompanyProfilePage.h"

#include <QDir>
#include <QFileInfo>

NewCompanyWizard::NewCompanyWizard(const QString &suggestedPath, QWidget *parent)
    : QWizard(parent)
    , m_profile(std::make_unique<Ui::CompanyProfilePage>())
    , m_invoice(std::make_unique<Ui::CompanyInvoicePage>())
    , m_admin(std::make_unique<Ui::CompanyAdminPage>())
    , m_profilePage(new QWizardPage(this))
    , m_invoicePage(new QWizardPage(this))
    , m_adminPage(new QWizardPage(this))
{
    setObjectName(QStringLiteral("newCompanyWizard"));
    setWindowTitle(tr("New company"));
    m_profile->setupUi(m_profilePage);
    m_invoice->setupUi(m_invoicePage);
    CompanyProfileForm::setUp(*m_invoice);
    CompanyProfileForm::show(*m_invoice, Company());
    for (ImagePicker *picker : {m_invoice->logoPicker, m_invoice->sealPicker})
        connect(picker, &ImagePicker::failed, m_invoice->invoiceErrorLabel, &QLabel::setText);
    m_admin->setupUi(m_adminPage);
    m_admin->usernameEdit->setText(QStringLiteral("admin"));
    m_admin->fileEdit->setText(QDir::toNativeSeparators(suggestedPath));
    m_admin->presetLabel->setText(
        tr("Vafa starts the company with the standard item types (proforma, invoice, return invoice, contracts, "
           "receipt, payment, tickets and requests, forms, tasks, notes, calls, appointments and files) and their "
           "numbering patterns, the identity subtypes, the customer and agent categories, a cash box, the bank "
           "account and the staff groups (finance, customer affairs, club administration). All of it can be "
           "changed afterwards."));
    connect(m_admin->browseButton, &QPushButton::clicked, this, &NewCompanyWizard::chooseFile);
    addPage(m_profilePage);
    addPage(m_invoicePage);
    addPage(m_adminPage);
    setButtonText(QWizard::FinishButton, tr("&Create the company"));
    WizardArrows::apply(this);
    resize(760, 600);
    WindowGeometry::keep(this, QStringLiteral("newCompanyWizard"));
}

NewCompanyWizard::~NewCompanyWizard() = default;

void NewCompanyWizard::chooseFile()
{
    const QString path = Ask::saveFile(this, tr("Company file"), m_admin->fileEdit->text(), tr("Vafa company (*.vafa)"));
    if (!path.isEmpty())
        m_admin->fileEdit->setText(QDir::toNativeSeparators(path));
}

bool NewCompanyWizard::validateCurrentPage()
{
    if (currentPage() == m_profilePage)
        return checkProfile();
    if (currentPage() == m_invoicePage)
        return checkInvoice();
    if (currentPage() == m_adminPage)
        return createCompany();
    return true;
}

bool NewCompanyWizard::checkProfile()
{
    const QString error = CompanyProfile::check(CompanyProfileForm::read(*m_profile));
    m_profile->profileErrorLabel->setText(error);
    return error.isEmpty();
}

bool NewCompanyWizard::checkInvoice()
{
    CompanySetup::NewCompany company;
    company.profile = CompanyProfileForm::read(*m_invoice, CompanyProfileForm::read(*m_profile));
    readBank(company);
    QString error = CompanyProfile::check(company.profile);
    if (error.isEmpty())
        error = CompanySetup::checkBank(company);
    m_invoice->invoiceErrorLabel->setText(error);
    return error.isEmpty();
}

void NewCompanyWizard::readBank(CompanySetup::NewCompany &company) const
{
    company.bankName = m_invoice->bankNameEdit->text().trimmed();
    company.bankAccountNumber = m_invoice->accountNumberEdit->text().trimmed();
    company.bankIban = m_invoice->ibanEdit->text().trimmed();
}

bool NewCompanyWizard::createCompany()
{
    auto refuse = [this](const QString &why) {
        m_admin->adminErrorLabel->setText(why);
        return false;
    };
    if (m_admin->passwordEdit->text() != m_admin->repeatEdit->text())
        return refuse(tr("The two passwords differ."));
    const QString path = QDir::fromNativeSeparators(m_admin->fileEdit->text().trimmed());
    if (path.isEmpty())
        return refuse(tr("Choose where the company's file goes."));
    if (QFileInfo::exists(path))
        return refuse(tr("%1 already exists. Choose a new file name; an existing company is opened, not created.")
                          .arg(Persian::filePath(QDir::toNativeSeparators(path))));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refuse(tr("The folder for the company's file cannot be made."));

    CompanySetup::NewCompany company;
    company.profile = CompanyProfileForm::read(*m_invoice, CompanyProfileForm::read(*m_profile));
    readBank(company);
    company.adminFirstName = m_admin->firstNameEdit->text();
    company.adminLastName = m_admin->lastNameEdit->text();
    company.adminUsername = m_admin->usernameEdit->text();
    company.adminPassword = m_admin->passwordEdit->text();

    const CompanySetup::Result r = CompanySetup::createFile(path, company); // refused: no file left
    if (!r.ok)
        return refuse(r.error);
    m_createdPath = path;
    m_created = r.created;
    return true;
}
