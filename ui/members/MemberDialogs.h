#pragma once
#include "models/club/ClubSettings.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MemberCreateDialog;
class MemberEditDialog;
class DefineUserDialog;
}

// «کاربر جدید» on a members page (reference §1.4 M1): a new identity of the page's kind and its
// account, approved and active. The dialog checks what a person can fix on the spot (national
// ID, mobile, the repeated password); ClubMemberService decides the rest (permission, licence,
// username, policy) and its sentence is shown under the fields.
class MemberCreateDialog final : public QDialog
{
    Q_OBJECT
public:
    MemberCreateDialog(const Session &session, ClubKind kind, QWidget *parent = nullptr);
    ~MemberCreateDialog() override;
    QString createdUserId() const { return m_userId; }

public slots:
    void accept() override;
    void reject() override;

private:
    void showKindFields();
    std::unique_ptr<Ui::MemberCreateDialog> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    ClubKind m_kind;
    QString m_userId;
};

// Edits what may change on an account: contact details, language, an agent's commission. The
// username never changes (rule 11).
class MemberEditDialog final : public QDialog
{
    Q_OBJECT
public:
    MemberEditDialog(const Session &session, const QString &userId, QWidget *parent = nullptr);
    ~MemberEditDialog() override;
    bool isLoaded() const { return m_loaded; }

public slots:
    void accept() override;
    void reject() override;

private:
    std::unique_ptr<Ui::MemberEditDialog> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    QString m_userId;
    bool m_loaded = false;
};

// «تعریف کاربر» (reference §1.4 M2): an account on an existing identity.
class DefineUserDialog final : public QDialog
{
    Q_OBJECT
public:
    DefineUserDialog(const Session &session, const QString &identityId, QWidget *parent = nullptr);
    ~DefineUserDialog() override;
    QString createdUserId() const { return m_userId; }

public slots:
    void accept() override;
    void reject() override;

private:
    std::unique_ptr<Ui::DefineUserDialog> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    QString m_identityId;
    QString m_userId;
};
