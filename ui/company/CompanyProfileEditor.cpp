#include "ui/company/CompanyProfileEditor.h"

#include "models/company/CompanyProfile.h"
#include "models/core/SettingsRepository.h"
#include "ui/company/CompanyProfileForm.h"
#include "ui/widgets/UnsavedChanges.h"
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
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("companyProfileEditor"));
    auto *fields = new QWizardPage(this); // the form is the wizard's page; here it shows its title as a heading
    m_form->setupUi(fields);
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
    CompanyProfileForm::show(*m_form, SettingsRepository(*session.store).company().value_or(Company()));
    m_unsaved = std::make_unique<UnsavedChanges>(fields);
    m_unsaved->markSaved();
    connect(m_save, &QPushButton::clicked, this, &CompanyProfileEditor::save);
}

CompanyProfileEditor::~CompanyProfileEditor() = default;

bool CompanyProfileEditor::save()
{
    SettingsRepository settings(*m_session.store);
    Company company = CompanyProfileForm::read(*m_form, settings.company().value_or(Company()));
    QString error;
    if (!CompanyProfile::save(*m_session.store, m_session.actor(), company, &error)) {
        m_form->profileErrorLabel->setText(error);
        return false;
    }
    CompanyProfileForm::show(*m_form, company);
    m_unsaved->markSaved();
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
