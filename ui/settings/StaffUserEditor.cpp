#include "ui/settings/StaffUserEditor.h"

#include "models/auth/StaffUserService.h"
#include "models/auth/UserRepository.h"
#include "models/club/ClubSettings.h"
#include "models/core/Store.h"
#include "ui/members/NewPasswordDialog.h"
#include "ui/settings/PageStyle.h"
#include "ui_StaffUserEditor.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>

namespace {
constexpr int kGroupIdRole = Qt::UserRole;
}

StaffUserEditor::StaffUserEditor(const Session &session, const QString &userId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StaffUserEditor>()), m_session(session), m_userId(userId)
{
    m_ui->setupUi(this);
    PageStyle::errorLine(m_ui->errorLabel);
    WindowGeometry::keep(this, QStringLiteral("staffUserEditor"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StaffUserEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaffUserEditor::reject);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this, &StaffUserEditor::resetPassword);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &StaffUserEditor::unlock);
    connect(m_ui->permissionsButton, &QPushButton::clicked, this, &StaffUserEditor::openPermissions);
    m_ui->passwordEdit->setPlaceholderText(NewPasswordDialog::describe(ClubSettings(*session.store).passwordPolicy()));
    load();
    m_unsaved.markSaved();
}

StaffUserEditor::~StaffUserEditor() = default;

QString StaffUserEditor::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void StaffUserEditor::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

void StaffUserEditor::load()
{
    UserRepository users(*m_session.store);
    const QList<UserGroup> groups = users.groups();
    for (const UserGroup &g : groups) {
        auto *item = new QListWidgetItem(g.name, m_ui->groupsListWidget);
        item->setData(kGroupIdRole, g.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const bool creating = m_userId.isEmpty();
    // a new user gets a first password here; an existing one is reset with its own button
    for (QWidget *w : {static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->passwordEditLabel),
                       static_cast<QWidget *>(m_ui->repeatEdit), static_cast<QWidget *>(m_ui->repeatEditLabel),
                       static_cast<QWidget *>(m_ui->mustChangeCheck)})
        w->setVisible(creating);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->resetPasswordButton), static_cast<QWidget *>(m_ui->unlockButton),
                       static_cast<QWidget *>(m_ui->permissionsButton), static_cast<QWidget *>(m_ui->stateValue),
                       static_cast<QWidget *>(m_ui->stateValueLabel)})
        w->setVisible(!creating);
    if (creating) {
        setWindowTitle(tr("New staff user"));
        m_loaded = true;
        return;
    }
    const auto form = StaffUserService(*m_session.store, m_session.actor()).load(m_userId);
    m_loaded = form.has_value();
    if (!form)
        return;
    setWindowTitle(tr("Staff user %1").arg(form->username));
    m_ui->usernameEdit->setText(form->username);
    m_ui->usernameEdit->setReadOnly(true); // usernames never change (rule 11)
    m_ui->firstNameEdit->setText(form->firstName);
    m_ui->lastNameEdit->setText(form->lastName);
    m_ui->emailEdit->setText(form->email);
    m_ui->mobileEdit->setText(form->mobile);
    m_ui->languageCombo->setCurrentIndex(form->language == QLatin1String("en") ? 1 : 0);
    m_ui->activeCheck->setChecked(form->active);
    for (int i = 0; i < m_ui->groupsListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->groupsListWidget->item(i);
        item->setCheckState(form->groupIds.contains(item->data(kGroupIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    showState();
}

void StaffUserEditor::showState()
{
    const auto user = UserRepository(*m_session.store).get(m_userId);
    if (!user)
        return;
    QStringList state;
    state << (user->active ? tr("Active") : tr("Inactive"));
    if (user->locked)
        state << tr("Locked after failed sign-ins");
    else if (user->failedAttempts > 0)
        state << tr("%n failed sign-in attempts", nullptr, user->failedAttempts);
    if (user->mustChangePassword)
        state << tr("Must change the password at the next sign-in");
    m_ui->stateValue->setText(state.join(QStringLiteral("، ")));
    m_ui->unlockButton->setEnabled(user->locked || user->failedAttempts > 0);
}

void StaffUserEditor::accept()
{
    QString error;
    QWidget *focus = nullptr;
    const bool creating = m_userId.isEmpty();
    if (error.isEmpty() && creating && m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        error = tr("The two passwords differ.");
        focus = m_ui->passwordEdit;
    }
    if (error.isEmpty()) {
        StaffUserService::Form f;
        f.username = m_ui->usernameEdit->text().trimmed();
        f.firstName = m_ui->firstNameEdit->text();
        f.lastName = m_ui->lastNameEdit->text();
        f.email = m_ui->emailEdit->text();
        f.mobile = m_ui->mobileEdit->text();
        f.language = m_ui->languageCombo->currentIndex() == 1 ? QStringLiteral("en") : QStringLiteral("fa");
        f.active = m_ui->activeCheck->isChecked();
        for (int i = 0; i < m_ui->groupsListWidget->count(); ++i)
            if (m_ui->groupsListWidget->item(i)->checkState() == Qt::Checked)
                f.groupIds << m_ui->groupsListWidget->item(i)->data(kGroupIdRole).toString();
        StaffUserService service(*m_session.store, m_session.actor());
        if (creating) {
            const auto id = service.create(f, m_ui->passwordEdit->text(), m_ui->mustChangeCheck->isChecked());
            if (id)
                m_userId = *id;
        } else {
            service.update(m_userId, f);
        }
        error = service.error();
    }
    showError(error);
    if (!error.isEmpty()) {
        if (focus)
            focus->setFocus();
        return;
    }
    QDialog::accept();
}

void StaffUserEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}

void StaffUserEditor::resetPassword()
{
    NewPasswordDialog dialog(ClubSettings(*m_session.store).passwordPolicy(),
                             tr("%1 will be asked to change it at the next sign-in.").arg(m_ui->usernameEdit->text()), this);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    StaffUserService service(*m_session.store, m_session.actor());
    const bool ok = service.resetPassword(m_userId, dialog.password());
    showError(service.error());
    if (ok) {
        showState();
        Ask::inform(this, tr("Reset password"), tr("The new password is set. Tell it to %1 in person.").arg(m_ui->usernameEdit->text()));
    }
}

void StaffUserEditor::unlock()
{
    StaffUserService service(*m_session.store, m_session.actor());
    service.unlock(m_userId);
    showError(service.error());
    showState();
}

void StaffUserEditor::openPermissions()
{
    // the permissions page keeps its own unsaved edits; this dialog's must be kept or dropped first
    if (!m_unsaved.mayDiscard())
        return;
    m_wantsPermissions = true;
    QDialog::reject();
}
