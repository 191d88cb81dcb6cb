#include "ui/finance/ProductEditor.h"

#include "ui_ProductEditor.h"

#include "models/persian/Digits.h"
#include "models/loyalty/ProductRepository.h"
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
    auto fail = [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
    };
    m_product.name = m_ui->nameLineEdit->text().trimmed();
    m_product.code = Persian::toLatinDigits(m_ui->codeLineEdit->text().trimmed()); // codes are stored in Latin digits
    m_product.unit = m_ui->unitLineEdit->text().trimmed();
    m_product.unitPrice = m_ui->priceEdit->rials();
    m_product.taxable = m_ui->taxableCheckBox->isChecked();
    m_product.clubVisible = m_ui->clubVisibleCheckBox->isChecked();
    m_product.active = m_ui->activeCheckBox->isChecked();
    if (m_product.name.isEmpty())
        return fail(tr("Give the product a name."));
    ProductRepository products(*m_session.store);
    if (!m_product.code.isEmpty()) {
        const auto same = products.findByCode(m_product.code);
        if (same && same->id != m_product.id)
            return fail(tr("Another product already has this code."));
    }
    const bool ok = m_product.id.isEmpty() ? products.insert(m_product) : products.update(m_product);
    if (!ok)
        return fail(tr("The product could not be saved."));
    QDialog::accept();
}

void ProductEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
