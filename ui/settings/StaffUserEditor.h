#pragma once
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StaffUserEditor;
}

// One staff user («کاربر»): name, contact details, language, active, and the groups it belongs
// to; a new user also gets a first password. Reset password and unlock act at once (each is its
// own audited action); what a group may do is edited on the staff permissions page, which
// «مجوزها…» opens. StaffUserService decides everything; its refusal is shown under the fields.
class StaffUserEditor final : public QDialog
{
    Q_OBJECT
public:
    // `userId` empty: a new staff user.
    StaffUserEditor(const Session &session, const QString &userId, QWidget *parent = nullptr);
    ~StaffUserEditor() override;

    QString userId() const { return m_userId; }
    bool isLoaded() const { return m_loaded; }
    // True when the dialog was closed to open the staff permissions page for this user.
    bool wantsPermissions() const { return m_wantsPermissions; }
    QString errorText() const;

public slots:
    void accept() override;
    void reject() override;

private:
    void load();
    void showState();
    void resetPassword();
    void unlock();
    void openPermissions();
    void showError(const QString &error);

    std::unique_ptr<Ui::StaffUserEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    QString m_userId;
    bool m_loaded = false;
    bool m_wantsPermissions = false;
};
