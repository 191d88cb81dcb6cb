#pragma once
// Enters or edits a receipt or payment (§1.15): cash with how it was paid, cheque or credit; the
// accounts offered follow the club's payment rules (ClubPayments) for the methods a club user
// can also choose, every active account otherwise. Saving goes through DocumentApproval.
#include "models/finance/Receipt.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReceiptEditor;
}

class ReceiptEditor final : public QDialog
{
    Q_OBJECT
public:
    ReceiptEditor(const Session &session, const QString &receiptId = {}, QWidget *parent = nullptr);
    ~ReceiptEditor() override;

    QString receiptId() const { return m_receiptId; }
    void setPayer(const QString &identityId, const QString &name);
    void accept() override;
    void reject() override;

private:
    void load(const QString &id);
    void chooseCustomer();
    void onMethodChanged();
    void fillAccounts();
    void showError(const QString &message);

    std::unique_ptr<Ui::ReceiptEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    QString m_receiptId;
    Receipt m_loaded;
    QString m_identityId;
};
