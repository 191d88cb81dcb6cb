#include "ui/finance/ReceiptEditor.h"

#include "ui_ReceiptEditor.h"

#include "models/finance/ClubPayments.h"
#include "models/persian/Digits.h"
#include "models/finance/FinancialAccountRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/FinanceRights.h"
#include "ui/finance/FinanceFormat.h"
#include "ui/finance/ListPickerDialog.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>

ReceiptEditor::ReceiptEditor(const Session &session, const QString &receiptId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReceiptEditor>())
    , m_session(session)
    , m_receiptId(receiptId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    for (const ItemType &t : ItemTypeRepository(*session.store).byEntity(QString()))
        if (t.active && FinanceRights::receiptEntities().contains(t.entity))
            m_ui->typeComboBox->addItem(t.name, t.id);
    const auto methods = Labels::receiptMethods();
    for (const char *m : {"cash", "cheque", "credit"})
        m_ui->methodComboBox->addItem(methods.value(QLatin1String(m)), QLatin1String(m));
    const auto cash = Labels::cashMethods();
    for (const char *m : {"card_to_card", "deposit", "online", "in_person", "payment_link"})
        m_ui->cashMethodComboBox->addItem(cash.value(QLatin1String(m)), QLatin1String(m));
    const bool mayNumber = session.signedIn().may(FinancePermission::Number);
    m_ui->numberLineEdit->setEnabled(mayNumber && receiptId.isEmpty());

    connect(m_ui->chooseCustomerButton, &QPushButton::clicked, this, &ReceiptEditor::chooseCustomer);
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this, &ReceiptEditor::onMethodChanged);
    connect(m_ui->cashMethodComboBox, &QComboBox::currentIndexChanged, this, &ReceiptEditor::fillAccounts);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReceiptEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReceiptEditor::reject);
    if (!receiptId.isEmpty())
        load(receiptId);
    onMethodChanged();
    if (receiptId.isEmpty()) {
        FinanceFormat::paintBanner(m_ui->bannerLabel, std::nullopt, {});
    } else {
        auto approval = std::make_unique<DocumentApproval>(*session.store, session.actor());
        FinanceFormat::paintBanner(m_ui->bannerLabel, approval->banner(DocumentApproval::Subject::Receipt, receiptId),
                                   m_loaded.approval.rejectReason);
    }
    m_unsaved.markSaved();
    WindowGeometry::keep(this, QStringLiteral("receiptEditor"));
}

ReceiptEditor::~ReceiptEditor() = default;

void ReceiptEditor::load(const QString &id)
{
    const auto r = ReceiptRepository(*m_session.store).get(id);
    if (!r)
        return showError(tr("The receipt was not found."));
    m_loaded = *r;
    m_ui->typeComboBox->setCurrentIndex(m_ui->typeComboBox->findData(r->itemTypeId));
    m_ui->typeComboBox->setEnabled(false);
    if (const auto identity = IdentityRepository(*m_session.store).get(r->identityId))
        setPayer(identity->id, identity->displayName);
    m_ui->amountEdit->setRials(r->amount);
    m_ui->methodComboBox->setCurrentIndex(qMax(0, m_ui->methodComboBox->findData(r->method)));
    m_ui->cashMethodComboBox->setCurrentIndex(qMax(0, m_ui->cashMethodComboBox->findData(r->cashMethod)));
    fillAccounts();
    m_ui->accountComboBox->setCurrentIndex(qMax(0, m_ui->accountComboBox->findData(r->accountId)));
    m_ui->trackingLineEdit->setText(Persian::toPersianDigits(r->trackingNumber));
    m_ui->chequeNumberLineEdit->setText(Persian::toPersianDigits(r->chequeNumber));
    m_ui->bankLineEdit->setText(r->bank);
    m_ui->dueDateEdit->setDate(r->chequeDueDate);
    m_ui->receivedOnEdit->setDate(r->receivedOn);
    m_ui->numberLineEdit->setText(Persian::toPersianDigits(r->number));
    m_ui->descriptionLineEdit->setText(r->description);
}

void ReceiptEditor::setPayer(const QString &identityId, const QString &name)
{
    m_identityId = identityId;
    m_ui->customerLineEdit->setText(name);
    m_unsaved.markSaved(); // the payer the editor was opened for is not a change the person made
}

void ReceiptEditor::chooseCustomer()
{
    QString name;
    const QString id = ListPickerDialog::chooseIdentity(*m_session.store, tr("Choose the payer"), this, &name);
    if (!id.isEmpty())
        setPayer(id, name);
}

void ReceiptEditor::onMethodChanged()
{
    const QString method = m_ui->methodComboBox->currentData().toString();
    const bool cash = method == QLatin1String("cash");
    const bool cheque = method == QLatin1String("cheque");
    m_ui->cashMethodLabel->setVisible(cash);
    m_ui->cashMethodComboBox->setVisible(cash);
    m_ui->trackingLabel->setVisible(cash);
    m_ui->trackingLineEdit->setVisible(cash);
    m_ui->chequeNumberLabel->setVisible(cheque);
    m_ui->chequeNumberLineEdit->setVisible(cheque);
    m_ui->bankLabel->setVisible(cheque);
    m_ui->bankLineEdit->setVisible(cheque);
    m_ui->dueDateLabel->setVisible(!cash); // cheque and credit have a due date («سررسید»)
    m_ui->dueDateEdit->setVisible(!cash);
    fillAccounts();
}

void ReceiptEditor::fillAccounts()
{
    const QString keep = m_ui->accountComboBox->currentData().toString();
    m_ui->accountComboBox->clear();
    const bool cash = m_ui->methodComboBox->currentData().toString() == QLatin1String("cash");
    ClubPayments::Method clubMethod = ClubPayments::Method::CardToCard;
    QList<FinancialAccount> accounts;
    if (cash && ClubPayments::methodFromCashMethod(m_ui->cashMethodComboBox->currentData().toString(), &clubMethod))
        accounts = ClubPayments(*m_session.store).accountsFor(clubMethod); // the same accounts the club offers
    else
        accounts = FinancialAccountRepository(*m_session.store).all(true);
    for (const FinancialAccount &a : std::as_const(accounts))
        m_ui->accountComboBox->addItem(a.bankName.isEmpty() ? a.name : a.name + QStringLiteral(" — ") + a.bankName, a.id);
    m_ui->accountComboBox->setCurrentIndex(qMax(0, m_ui->accountComboBox->findData(keep)));
    m_ui->accountComboBox->setPlaceholderText(tr("No account takes this method"));
}

void ReceiptEditor::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ReceiptEditor::accept()
{
    if (m_identityId.isEmpty())
        return showError(tr("Choose the payer."));
    Receipt r = m_loaded;
    r.id = m_receiptId;
    r.itemTypeId = m_ui->typeComboBox->currentData().toString();
    const auto type = ItemTypeRepository(*m_session.store).get(r.itemTypeId);
    r.direction = type && type->entity == QLatin1String("payment") ? QStringLiteral("out") : QStringLiteral("in");
    r.identityId = m_identityId;
    r.amount = m_ui->amountEdit->rials();
    r.method = m_ui->methodComboBox->currentData().toString();
    const bool cash = r.method == QLatin1String("cash");
    r.cashMethod = cash ? m_ui->cashMethodComboBox->currentData().toString() : QString();
    r.accountId = m_ui->accountComboBox->currentData().toString();
    r.trackingNumber = cash ? Persian::toLatinDigits(m_ui->trackingLineEdit->text().trimmed()) : QString();
    r.chequeNumber = r.method == QLatin1String("cheque") ? Persian::toLatinDigits(m_ui->chequeNumberLineEdit->text().trimmed()) : QString();
    r.bank = r.method == QLatin1String("cheque") ? m_ui->bankLineEdit->text().trimmed() : QString();
    r.chequeDueDate = cash ? QDate() : m_ui->dueDateEdit->date();
    r.receivedOn = m_ui->receivedOnEdit->date();
    r.description = m_ui->descriptionLineEdit->text().trimmed();
    if (m_receiptId.isEmpty())
        r.number = Persian::toLatinDigits(m_ui->numberLineEdit->text().trimmed());
    if (r.amount <= 0)
        return showError(tr("The amount must be more than zero."));
    auto approval = std::make_unique<DocumentApproval>(*m_session.store, m_session.actor());
    const bool ok = m_receiptId.isEmpty() ? approval->createReceipt(r) : approval->editReceipt(r);
    if (!ok)
        return showError(approval->lastError());
    m_receiptId = r.id;
    QDialog::accept();
}

void ReceiptEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
