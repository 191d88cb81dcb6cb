#pragma once
#include "models/identities/Identity.h"
#include "models/identities/IdentityService.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IdentityEditor;
class DuplicateWarningDialog;
}
class QTableWidget;

// The identity editor (reference §1.23 «شخص جدید» / «شرکت جدید», §2.1): every field of a
// person or an organisation, phones and addresses with one default each, categories,
// responsibles, subtype (chosen before the first save, filtered by kind), colour, source and
// description. Before saving it lists possible duplicates (same national ID, mobile or name)
// and lets the person go on or go back; IdentityService decides and saves. A lead can be
// turned into a contact here. Cancel asks before anything typed is thrown away.
class IdentityEditor final : public QDialog
{
    Q_OBJECT
public:
    // A new identity of `kind` when identityId is empty; otherwise that identity (its kind).
    IdentityEditor(const Session &session, IdentityKind kind, const QString &identityId = {}, QWidget *parent = nullptr);
    ~IdentityEditor() override;

    QString identityId() const { return m_identityId; } // after a save: the saved identity
    // What the fields hold, as the service would be asked to save it.
    IdentityDraft draft() const;

    void accept() override;
    void reject() override;

private:
    void load();
    void fillChoices();
    void fillSubtypes();
    void showKindFields();
    void showFunctionFields();
    void addPhoneRow(const Phone &phone);
    void addAddressRow(const Address &address);
    void keepOneDefault(QTableWidget *table, int column, int checkedRow);
    bool duplicatesAccepted(const IdentityDraft &draft);
    void convertToContact();
    void showVerdict(const IdentityVerdict &verdict);

    std::unique_ptr<Ui::IdentityEditor> m_ui;
    Session m_session;
    IdentityKind m_kind;
    QString m_identityId;
    Identity m_stored; // the identity as loaded (an edit), for what the editor does not show
    UnsavedChanges m_unsaved{this};
};

// «هویت‌های مشابه»: the identities that look like the one being saved, and the choice to save
// anyway or go back.
class DuplicateWarningDialog final : public QDialog
{
    Q_OBJECT
public:
    DuplicateWarningDialog(const QList<IdentityDuplicate> &duplicates, QWidget *parent = nullptr);
    ~DuplicateWarningDialog() override;

private:
    std::unique_ptr<Ui::DuplicateWarningDialog> m_ui;
};
