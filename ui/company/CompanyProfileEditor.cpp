#include "ui/company/CompanyProfileEditor.h"

#include "models/club/LicenceService.h"
#include "models/company/CompanyProfile.h"
#include "models/core/SettingsRepository.h"
#include "models/persian/Digits.h"
#include "models/persian/Money.h"
#include "ui/company/CompanyProfileForm.h"
#include "ui/widgets/UnsavedChanges.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ImagePicker.h"
#include "ui_CompanyInvoicePage.h"
#include "ui_CompanyProfilePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

CompanyProfileEditor::CompanyProfileEditor(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(std::make_unique<Ui::CompanyProfilePage>())
    , m_invoice(std::make_unique<Ui::CompanyInvoicePage>())
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("companyProfileEditor"));
    // the forms are the wizard's pages; here their titles show as headings, side by side
    auto *fields = new QWidget(this);
    auto *profilePage = new QWizardPage(fields);
    m_form->setupUi(profilePage);
    auto *invoicePage = new QWizardPage(fields);
    m_invoice->setupUi(invoicePage);
    CompanyProfileForm::setUp(*m_invoice);
    m_invoice->bankGroup->hide(); // accounts are kept under finance once the company runs
    for (ImagePicker *picker : {m_invoice->logoPicker, m_invoice->sealPicker})
        connect(picker, &ImagePicker::failed, m_invoice->invoiceErrorLabel, &QLabel::setText);
    auto *pages = new QHBoxLayout(fields);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(profilePage, 3);
    pages->addWidget(invoicePage, 2);
    auto *heading = new QLabel(tr("The company's profile, as the official invoice prints it."), this);
    heading->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->addWidget(heading);
    column->addWidget(fields);
    column->addLayout(buttons);
    column->addStretch(1);
    const Company company = SettingsRepository(*session.store).company().value_or(Company());
    CompanyProfileForm::show(*m_form, company);
    CompanyProfileForm::show(*m_invoice, company);
    m_unsaved = std::make_unique<UnsavedChanges>(fields);
    m_unsaved->markSaved();
    connect(m_save, &QPushButton::clicked, this, &CompanyProfileEditor::save);
}

CompanyProfileEditor::~CompanyProfileEditor() = default;

bool CompanyProfileEditor::save()
{
    const Company stored = SettingsRepository(*m_session.store).company().value_or(Company());
    Company company = CompanyProfileForm::read(*m_invoice, CompanyProfileForm::read(*m_form, stored));
    // the licence belongs to the company by its national ID: say so before it stops applying
    const QString storedId = stored.nationalId;
    if (Persian::toLatinDigits(company.nationalId) != Persian::toLatinDigits(storedId)
        && LicenceService::current(*m_session.store).inForce()
        && !Ask::confirm(this, tr("Company profile"),
                         tr("The installed licence names the national ID %1. With another national ID it no longer "
                            "applies and the standard edition's limits return until a licence for the new ID is "
                            "installed. Change the national ID anyway?")
                             .arg(Persian::toReadersDigits(storedId))))
        return false;
    QString error;
    if (!CompanyProfile::save(*m_session.store, m_session.actor(), company, &error)) {
        m_form->profileErrorLabel->setText(error);
        return false;
    }
    CompanyProfileForm::show(*m_form, company);
    CompanyProfileForm::show(*m_invoice, company);
    m_unsaved->markSaved();
    Persian::setShownUnit(company.moneyUnit); // lists opened from now on count the new way
    emit saved(company);
    return true;
}

QString CompanyProfileEditor::errorText() const
{
    return m_form->profileErrorLabel->text();
}

bool CompanyProfileEditor::hasChanges() const
{
    return m_unsaved->hasChanges();
}
