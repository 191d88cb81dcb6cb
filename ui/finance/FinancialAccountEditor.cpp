#include "ui/finance/FinancialAccountEditor.h"

#include "ui_FinancialAccountEditor.h"

#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/FinancialAccountService.h"
#include "models/persian/Digits.h"
#include "models/persian/Validators.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>

using namespace Persian::Validate;

FinancialAccountEditor::FinancialAccountEditor(const Session &session, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FinancialAccountEditor>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FinancialAccountEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FinancialAccountEditor::reject);
    m_ui->kindComboBox->addItem(tr("Bank account"), int(AccountKind::Bank));
    m_ui->kindComboBox->addItem(tr("Cash box"), int(AccountKind::Cash));
    m_ui->gatewayComboBox->addItem(tr("Choose a gateway"), int(PaymentGateway::None));
    for (PaymentGateway g : PaymentGatewayCode::all())
        m_ui->gatewayComboBox->addItem(FinancialAccountService::gatewayTitle(g), int(g));
    // numbers read left to right, whatever the direction of the form
    for (QLineEdit *e : {m_ui->accountNumberLineEdit, m_ui->ibanLineEdit, m_ui->cardNumberLineEdit, m_ui->merchantLineEdit})
        e->setLayoutDirection(Qt::LeftToRight);
    WindowGeometry::keep(this, QStringLiteral("financialAccountEditor"));

    const auto stored = accountId.isEmpty() ? std::nullopt : FinancialAccountRepository(*session.store).get(accountId);
    if (stored) {
        m_account = *stored;
        setWindowTitle(tr("Financial account: %1").arg(stored->name));
    } else {
        setWindowTitle(tr("New financial account"));
    }
    const FinancialAccount &a = m_account;
    m_ui->nameLineEdit->setText(a.name);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(a.kind)));
    m_ui->holderLineEdit->setText(a.holder);
    m_ui->bankNameLineEdit->setText(a.bankName);
    m_ui->accountNumberLineEdit->setText(Persian::toReadersDigits(a.accountNumber));
    m_ui->ibanLineEdit->setText(Persian::toReadersDigits(a.iban));
    m_ui->cardNumberLineEdit->setText(Persian::toReadersDigits(a.cardNumber));
    m_ui->cardToCardCheckBox->setChecked(a.allowsCardToCard);
    m_ui->cashDepositCheckBox->setChecked(a.allowsCashDeposit);
    m_ui->onlineCheckBox->setChecked(a.allowsOnline);
    m_ui->gatewayComboBox->setCurrentIndex(qMax(0, m_ui->gatewayComboBox->findData(int(a.gateway))));
    m_ui->merchantLineEdit->setText(a.gatewayMerchant);
    m_ui->activeCheckBox->setChecked(a.active);

    watchNumber(m_ui->ibanLineEdit, m_ui->ibanProblemLabel, 24, true,
                [](const QString &t) { return errorMessage(Field::Iban, checkIban(t)); });
    watchNumber(m_ui->cardNumberLineEdit, m_ui->cardProblemLabel, 16, true,
                [](const QString &t) { return errorMessage(Field::CardNumber, checkCardNumber(t)); });
    watchNumber(m_ui->merchantLineEdit, m_ui->merchantProblemLabel, 32, false, [this](const QString &t) {
        const auto gateway = PaymentGateway(m_ui->gatewayComboBox->currentData().toInt());
        return gateway == PaymentGateway::None ? QString() : FinancialAccountService::checkMerchant(gateway, t.trimmed());
    });
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &FinancialAccountEditor::showKind);
    connect(m_ui->onlineCheckBox, &QCheckBox::toggled, this, &FinancialAccountEditor::showKind);
    showKind();
    m_unsaved.markSaved();
}

FinancialAccountEditor::~FinancialAccountEditor() = default;

void FinancialAccountEditor::watchNumber(QLineEdit *edit, QLabel *problem, int length, bool digitsOnly,
                                         std::function<QString(const QString &)> check)
{
    problem->hide();
    auto update = [edit, problem, length, digitsOnly, check](bool left) {
        const QString text = edit->text().trimmed();
        const QString bad = text.isEmpty() ? QString() : check(text);
        if (bad.isEmpty()) {
            problem->hide(); // a fix clears the message at once
            return;
        }
        // while typing, a message appears only once the whole number is there (or the person
        // moved on); once shown, it follows every key
        int typed = 0;
        for (const QChar c : text)
            typed += (digitsOnly ? c.isDigit() : c.isLetterOrNumber()) ? 1 : 0;
        if (left || problem->isVisible() || typed >= length) {
            problem->setText(bad);
            problem->show();
        }
    };
    connect(edit, &QLineEdit::textChanged, problem, [update] { update(false); });
    connect(edit, &QLineEdit::editingFinished, problem, [update] { update(true); });
}

void FinancialAccountEditor::showKind()
{
    const bool bank = AccountKind(m_ui->kindComboBox->currentData().toInt()) == AccountKind::Bank;
    // a cash box is a name only (§1.14): nothing of a bank, nothing a club user pays into
    m_ui->bankGroupBox->setVisible(bank);
    m_ui->paymentsGroupBox->setVisible(bank);
    m_ui->onlineGroupBox->setVisible(bank);
    m_ui->onlineGroupBox->setEnabled(m_ui->onlineCheckBox->isChecked());
}

FinancialAccount FinancialAccountEditor::fromFields() const
{
    FinancialAccount a = m_account;
    a.name = m_ui->nameLineEdit->text();
    a.kind = AccountKind(m_ui->kindComboBox->currentData().toInt());
    a.holder = m_ui->holderLineEdit->text();
    a.bankName = m_ui->bankNameLineEdit->text();
    a.accountNumber = m_ui->accountNumberLineEdit->text();
    a.iban = m_ui->ibanLineEdit->text();
    a.cardNumber = m_ui->cardNumberLineEdit->text();
    a.allowsCardToCard = m_ui->cardToCardCheckBox->isChecked();
    a.allowsCashDeposit = m_ui->cashDepositCheckBox->isChecked();
    a.allowsOnline = m_ui->onlineCheckBox->isChecked();
    a.gateway = PaymentGateway(m_ui->gatewayComboBox->currentData().toInt());
    a.gatewayMerchant = m_ui->merchantLineEdit->text();
    a.active = m_ui->activeCheckBox->isChecked();
    return a;
}

void FinancialAccountEditor::accept()
{
    FinancialAccount a = fromFields();
    FinancialAccountService service(*m_session.store, m_session.actor());
    if (!service.save(a)) {
        m_ui->errorLabel->setText(service.error());
        m_ui->errorLabel->show();
        return;
    }
    m_account = a;
    QDialog::accept();
}

void FinancialAccountEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
