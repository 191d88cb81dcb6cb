#pragma once
#include "models/club/ClubSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewPasswordDialog;
}

// Asks for a new password twice and holds it to the password policy before it is accepted, so
// the person sees what is wrong while the dialog is still open. Used by "Set password" on a
// member and when sign-in says the password must be changed.
class NewPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    NewPasswordDialog(const PasswordPolicy &policy, const QString &intro, QWidget *parent = nullptr);
    ~NewPasswordDialog() override;

    QString password() const;
    // "At least 8 characters, with an upper-case letter, a lower-case letter and a digit."
    static QString describe(const PasswordPolicy &policy);

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::NewPasswordDialog> m_ui;
    PasswordPolicy m_policy;
};
