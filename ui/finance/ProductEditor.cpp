#include "ui/finance/ProductEditor.h"

#include "ui_ProductEditor.h"

#include "models/persian/Digits.h"
#include "models/loyalty/ProductRepository.h"
#include "models/loyalty/ProductService.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>

ProductEditor::ProductEditor(const Session &session, const QString &productId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductEditor>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProductEditor::reject);
    WindowGeometry::keep(this, QStringLiteral("productEditor"));
    const auto p = productId.isEmpty() ? std::nullopt : ProductRepository(*session.store).get(productId);
    if (p) {
        m_product = *p;
        m_ui->nameLineEdit->setText(p->name);
        m_ui->codeLineEdit->setText(Persian::toPersianDigits(p->code));
        m_ui->unitLineEdit->setText(p->unit);
        m_ui->priceEdit->setRials(p->unitPrice);
        m_ui->taxableCheckBox->setChecked(p->taxable);
        m_ui->clubVisibleCheckBox->setChecked(p->clubVisible);
        m_ui->activeCheckBox->setChecked(p->active);
    }
    m_unsaved.markSaved();
}

ProductEditor::~ProductEditor() = default;

void ProductEditor::accept()
{
    m_product.name = m_ui->nameLineEdit->text();
    m_product.code = m_ui->codeLineEdit->text();
    m_product.unit = m_ui->unitLineEdit->text();
    m_product.unitPrice = m_ui->priceEdit->rials();
    m_product.taxable = m_ui->taxableCheckBox->isChecked();
    m_product.clubVisible = m_ui->clubVisibleCheckBox->isChecked();
    m_product.active = m_ui->activeCheckBox->isChecked();
    ProductService service(*m_session.store, m_session.actor());
    if (!service.save(m_product)) { // nothing typed is lost: the dialog stays as it was
        m_ui->errorLabel->setText(service.error());
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void ProductEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
