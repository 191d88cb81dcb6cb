#include "ui/members/NewPasswordDialog.h"

#include "ui_NewPasswordDialog.h"

#include <QPushButton>

NewPasswordDialog::NewPasswordDialog(const PasswordPolicy &policy, const QString &intro, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewPasswordDialog>()), m_policy(policy)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    m_ui->introLabel->setVisible(!intro.isEmpty());
    m_ui->policyLabel->setText(describe(policy));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewPasswordDialog::reject);
}

NewPasswordDialog::~NewPasswordDialog() = default;

QString NewPasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

QString NewPasswordDialog::describe(const PasswordPolicy &policy)
{
    return policy.requireComplexity
        ? tr("At least %n characters, with an upper-case letter, a lower-case letter and a digit.", nullptr, policy.minLength)
        : tr("At least %n characters.", nullptr, policy.minLength);
}

void NewPasswordDialog::accept()
{
    QString error;
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text())
        error = tr("The two passwords differ.");
    else
        error = m_policy.check(m_ui->passwordEdit->text());
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}
