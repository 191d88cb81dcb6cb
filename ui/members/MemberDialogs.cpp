#include "ui/members/MemberDialogs.h"

#include "models/club/ClubMemberService.h"
#include "models/persian/Validators.h"
#include "models/identities/IdentityRepository.h"
#include "models/auth/UserRepository.h"
#include "ui_DefineUserDialog.h"
#include "ui_MemberCreateDialog.h"
#include "ui_MemberEditDialog.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>
#include <cmath>

namespace {

void showError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

// The Validators' sentence for a filled-in field that is not valid; empty when it is valid or empty.
QString identifierError(Persian::Validate::Field field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return Persian::Validate::errorMessage(field, Persian::Validate::check(field, text));
}

QString passwordsDiffer(const QString &password, const QString &repeat)
{
    return password == repeat ? QString() : MemberCreateDialog::tr("The two passwords differ.");
}

int basisPoints(double percent)
{
    return int(std::lround(percent * 100.0));
}

} // namespace

MemberCreateDialog::MemberCreateDialog(const Session &session, ClubKind kind, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MemberCreateDialog>()), m_session(session), m_kind(kind)
{
    m_ui->setupUi(this);
    setWindowTitle(kind == ClubKind::Agent ? tr("New agent") : tr("New customer member"));
    connect(m_ui->identityKindCombo, &QComboBox::currentIndexChanged, this, &MemberCreateDialog::showKindFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberCreateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberCreateDialog::reject);
    m_ui->commissionSpin->setVisible(kind == ClubKind::Agent);
    m_ui->commissionSpinLabel->setVisible(kind == ClubKind::Agent);
    m_ui->activeCheckLabel->hide();
    showKindFields();
    m_unsaved.markSaved();
    WindowGeometry::keep(this, QStringLiteral("memberCreateDialog"));
}

MemberCreateDialog::~MemberCreateDialog() = default;

void MemberCreateDialog::showKindFields()
{
    const bool person = m_ui->identityKindCombo->currentIndex() == 0;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->firstNameEdit), static_cast<QWidget *>(m_ui->firstNameEditLabel),
                       static_cast<QWidget *>(m_ui->lastNameEdit), static_cast<QWidget *>(m_ui->lastNameEditLabel)})
        w->setVisible(person);
    m_ui->orgNameEdit->setVisible(!person);
    m_ui->orgNameEditLabel->setVisible(!person);
    m_ui->nationalIdEditLabel->setText(person ? tr("&National code:") : tr("&National ID:"));
}

void MemberCreateDialog::accept()
{
    using Persian::Validate::Field;
    const bool person = m_ui->identityKindCombo->currentIndex() == 0;
    QString error = identifierError(person ? Field::NationalCode : Field::NationalId, m_ui->nationalIdEdit->text());
    QWidget *focus = m_ui->nationalIdEdit;
    if (error.isEmpty()) {
        error = identifierError(Field::Mobile, m_ui->mobileEdit->text());
        focus = m_ui->mobileEdit;
    }
    if (error.isEmpty()) {
        error = passwordsDiffer(m_ui->passwordEdit->text(), m_ui->repeatEdit->text());
        focus = m_ui->passwordEdit;
    }
    if (error.isEmpty()) {
        ClubMemberService::NewMember m;
        m.kind = m_kind;
        m.identityKind = person ? QStringLiteral("person") : QStringLiteral("organisation");
        m.firstName = person ? m_ui->firstNameEdit->text().trimmed() : QString();
        m.lastName = person ? m_ui->lastNameEdit->text().trimmed() : QString();
        m.orgName = person ? QString() : m_ui->orgNameEdit->text().trimmed();
        m.nationalId = m_ui->nationalIdEdit->text();
        m.email = m_ui->emailEdit->text().trimmed();
        m.mobile = m_ui->mobileEdit->text();
        m.username = m_ui->usernameEdit->text().trimmed();
        m.password = m_ui->passwordEdit->text();
        m.active = m_ui->activeCheck->isChecked();
        m.commissionBp = m_kind == ClubKind::Agent ? basisPoints(m_ui->commissionSpin->value()) : 0;
        const ClubActionResult r = ClubMemberService(*m_session.store, m_session.actor()).createMember(m);
        error = r.error;
        focus = nullptr;
        if (r.ok)
            m_userId = r.userId;
    }
    showError(m_ui->errorLabel, error);
    if (!error.isEmpty()) {
        if (focus)
            focus->setFocus();
        return;
    }
    QDialog::accept();
}

MemberEditDialog::MemberEditDialog(const Session &session, const QString &userId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MemberEditDialog>()), m_session(session), m_userId(userId)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MemberEditDialog::reject);
    WindowGeometry::keep(this, QStringLiteral("memberEditDialog"));
    const auto user = UserRepository(*session.store).get(userId);
    m_loaded = user.has_value();
    if (!user)
        return;
    PlainText::show(m_ui->usernameValue, user->username);
    m_ui->emailEdit->setText(user->email);
    m_ui->mobileEdit->setText(user->mobile);
    m_ui->languageCombo->setCurrentIndex(user->language == QLatin1String("en") ? 1 : 0);
    const bool agent = user->kind == UserKind::Agent;
    m_ui->commissionSpin->setValue(user->commissionBp / 100.0);
    m_ui->commissionSpin->setVisible(agent);
    m_ui->commissionSpinLabel->setVisible(agent);
    m_unsaved.markSaved();
}

MemberEditDialog::~MemberEditDialog() = default;

void MemberEditDialog::accept()
{
    QString error = identifierError(Persian::Validate::Field::Mobile, m_ui->mobileEdit->text());
    if (error.isEmpty()) {
        ClubMemberService::MemberEdit e;
        e.email = m_ui->emailEdit->text().trimmed();
        e.mobile = m_ui->mobileEdit->text();
        e.language = m_ui->languageCombo->currentIndex() == 1 ? QStringLiteral("en") : QStringLiteral("fa");
        e.commissionBp = basisPoints(m_ui->commissionSpin->value());
        error = ClubMemberService(*m_session.store, m_session.actor()).edit(m_userId, e).error;
    }
    showError(m_ui->errorLabel, error);
    if (error.isEmpty())
        QDialog::accept();
}

DefineUserDialog::DefineUserDialog(const Session &session, const QString &identityId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DefineUserDialog>()), m_session(session), m_identityId(identityId)
{
    m_ui->setupUi(this);
    m_ui->activeCheckLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DefineUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DefineUserDialog::reject);
    IdentityRepository identities(*session.store);
    if (const auto identity = identities.get(identityId)) {
        PlainText::show(m_ui->identityValue, identity->displayName);
        // a customer number is what people are told to sign in with (reference §1.4 M4)
        m_ui->usernameEdit->setText(identity->customerNumber);
    }
    m_unsaved.markSaved();
    WindowGeometry::keep(this, QStringLiteral("defineUserDialog"));
}

DefineUserDialog::~DefineUserDialog() = default;

void DefineUserDialog::accept()
{
    QString error = passwordsDiffer(m_ui->passwordEdit->text(), m_ui->repeatEdit->text());
    if (error.isEmpty()) {
        const ClubActionResult r = ClubMemberService(*m_session.store, m_session.actor())
                                       .defineUser(m_identityId, m_ui->usernameEdit->text().trimmed(),
                                                   m_ui->passwordEdit->text(), m_ui->activeCheck->isChecked());
        error = r.error;
        if (r.ok)
            m_userId = r.userId;
    }
    showError(m_ui->errorLabel, error);
    if (error.isEmpty())
        QDialog::accept();
}

void MemberCreateDialog::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}

void MemberEditDialog::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}

void DefineUserDialog::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
