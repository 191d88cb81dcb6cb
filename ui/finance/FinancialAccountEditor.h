#pragma once
#include "models/finance/FinancialAccount.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FinancialAccountEditor;
}
class QLabel;
class QLineEdit;

// One financial account («حساب مالی», reference §1.14): a cash box (a name only) or a bank
// account with its bank, holder, account number, IBAN and card (checked as they are typed), the
// club payment methods it takes and, for online payment, its gateway. FinancialAccountService
// decides; this dialog shows what it would refuse before the person presses Save.
class FinancialAccountEditor final : public QDialog
{
    Q_OBJECT
public:
    FinancialAccountEditor(const Session &session, const QString &accountId = {}, QWidget *parent = nullptr);
    ~FinancialAccountEditor() override;
    void accept() override;
    void reject() override;

private:
    FinancialAccount fromFields() const;
    void showKind();
    // A checked field says what is wrong under itself once the person has typed `length` digits
    // (or letters and digits) or left the field; nothing while a number is still being typed.
    void watchNumber(QLineEdit *edit, QLabel *problem, int length, bool digitsOnly,
                     std::function<QString(const QString &)> check);

    std::unique_ptr<Ui::FinancialAccountEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    FinancialAccount m_account;
};
