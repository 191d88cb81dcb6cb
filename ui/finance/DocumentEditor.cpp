#include "ui/finance/DocumentEditor.h"

#include "ui_DocumentEditor.h"

#include "models/finance/DocumentApproval.h"
#include "models/persian/Digits.h"
#include "models/persian/Money.h"
#include "models/finance/DocumentRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/club/ItemTypeRepository.h"
#include "models/loyalty/ProductRepository.h"
#include "ui/shell/Labels.h"
#include "ui/shell/SectionKit.h"
#include "ui/shell/Workspace.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/FinanceRights.h"
#include "ui/finance/FinanceFormat.h"
#include "ui/finance/ListPickerDialog.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui/widgets/WindowGeometry.h"

#include <QBoxLayout>
#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>

namespace {

enum LineColumn { LcProduct, LcCode, LcUnit, LcQuantity, LcUnitPrice, LcDiscount, LcTax, LcLevy, LcTotal, LcFinal, LcCount };
enum SurchargeColumn { ScTitle, ScAmount, ScPercent, ScTaxable, ScCount };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

DocumentEditor::DocumentEditor(const Session &session, const QString &documentId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentEditor>())
    , m_session(session)
    , m_documentId(documentId)
{
    m_ui->setupUi(this);
    m_ui->linesTableWidget->setColumnCount(LcCount);
    m_ui->linesTableWidget->setHorizontalHeaderLabels({tr("Product"), tr("Code"), tr("Unit"), tr("Quantity"),
                                                       tr("Unit price"), tr("Discount"), tr("Tax"), tr("Levy"),
                                                       tr("Total"), tr("Final")});
    TableLook::apply(m_ui->linesTableWidget);
    m_ui->linesTableWidget->horizontalHeader()->setSectionResizeMode(LcProduct, QHeaderView::Stretch);
    m_ui->linesTableWidget->verticalHeader()->hide(); // its numbers would be Latin (toolchain G3)
    m_ui->surchargesTableWidget->setColumnCount(ScCount);
    m_ui->surchargesTableWidget->setHorizontalHeaderLabels({tr("Title"), tr("Amount (%1)").arg(Persian::shownUnitName()), tr("Percent"), tr("Taxable")});
    TableLook::apply(m_ui->surchargesTableWidget);
    m_ui->surchargesTableWidget->horizontalHeader()->setSectionResizeMode(ScTitle, QHeaderView::Stretch);
    TableLook::fitColumns(m_ui->surchargesTableWidget);
    // the lines are what a document is about and take the height (see onTypeChanged)
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_ui->linesGroupBox, 1);
    m_ui->surchargesTableWidget->verticalHeader()->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_ui->errorLabel->hide();

    const bool mayNumber = session.signedIn().may(FinancePermission::Number);
    m_ui->numberLineEdit->setEnabled(mayNumber && documentId.isEmpty());
    if (!mayNumber)
        m_ui->numberLineEdit->setToolTip(tr("Typing a number by hand needs the numbering permission."));

    fillTypes();
    fillProducts();
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &DocumentEditor::onTypeChanged);
    connect(m_ui->chooseCustomerButton, &QPushButton::clicked, this, &DocumentEditor::chooseCustomer);
    connect(m_ui->chooseSourceButton, &QPushButton::clicked, this, &DocumentEditor::chooseSource);
    connect(m_ui->productComboBox, &QComboBox::activated, this, &DocumentEditor::onProductChosen);
    connect(m_ui->addLineButton, &QPushButton::clicked, this, &DocumentEditor::addLine);
    connect(m_ui->updateLineButton, &QPushButton::clicked, this, &DocumentEditor::updateLine);
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, &DocumentEditor::removeLine);
    connect(m_ui->linesTableWidget, &QTableWidget::itemSelectionChanged, this, &DocumentEditor::onLineSelected);
    connect(m_ui->addSurchargeButton, &QPushButton::clicked, this, [this] { addSurchargeRow(tr("Surcharge"), 0, 0, false); });
    connect(m_ui->removeSurchargeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->surchargesTableWidget->currentRow();
        if (row >= 0)
            m_ui->surchargesTableWidget->removeRow(row);
        recompute();
    });
    connect(m_ui->surchargesTableWidget, &QTableWidget::itemChanged, this, [this] { recompute(); });
    connect(m_ui->issueDateEdit, &JalaliDateEdit::dateChanged, this, [this] {
        if (m_documentId.isEmpty())
            reapplyRates(); // an issued document keeps the rates of its day
        recompute();
    });
    connect(m_ui->contractAmountEdit, &MoneyEdit::rialsChanged, this, &DocumentEditor::recompute);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DocumentEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DocumentEditor::reject);

    if (!documentId.isEmpty())
        load(documentId);
    onTypeChanged();
    showBanner();
    recompute();
    m_unsaved.markSaved();
    WindowGeometry::keep(this, QStringLiteral("documentEditor"));
}

DocumentEditor::~DocumentEditor() = default;

void DocumentEditor::fillTypes()
{
    const QStringList entities = FinanceRights::documentEntities();
    for (const ItemType &t : ItemTypeRepository(*m_session.store).byEntity(QString())) {
        if (!t.active || !entities.contains(t.entity))
            continue;
        m_types << t;
        QString name = t.name;
        if (t.entity == QLatin1String("contract"))
            name += t.contractKind == QLatin1String("financial") ? tr(" (financial)") : tr(" (legal)");
        m_ui->typeComboBox->addItem(name, t.id);
    }
}

void DocumentEditor::fillProducts()
{
    m_products = ProductRepository(*m_session.store).all(true);
    m_ui->productComboBox->addItem(QString(), QString());
    for (const Product &p : std::as_const(m_products)) {
        m_ui->productComboBox->addItem(p.code.isEmpty() ? p.name : p.name + QStringLiteral(" — ") + p.code, p.id);
        m_taxable.insert(p.id, p.taxable);
    }
    // typing finds a product by any part of its name or code
    m_ui->productComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->productComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->productComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

ItemType DocumentEditor::currentType() const
{
    const QString id = m_ui->typeComboBox->currentData().toString();
    for (const ItemType &t : m_types)
        if (t.id == id)
            return t;
    return {};
}

bool DocumentEditor::isContract() const
{
    return currentType().entity == QLatin1String("contract");
}

void DocumentEditor::load(const QString &id)
{
    const auto d = DocumentRepository(*m_session.store).get(id);
    if (!d) {
        m_loadFailed = true;
        showError(tr("The document was not found."));
        return;
    }
    m_loaded = *d;
    m_filling = true;
    const int typeIndex = m_ui->typeComboBox->findData(d->itemTypeId);
    m_ui->typeComboBox->setCurrentIndex(typeIndex);
    m_ui->typeComboBox->setEnabled(false); // the type (and so the numbering pattern) is fixed once saved
    if (const auto identity = IdentityRepository(*m_session.store).get(d->identityId))
        setCustomer(identity->id, identity->displayName);
    m_ui->issueDateEdit->setDate(d->issueDate);
    m_ui->numberLineEdit->setText(Persian::toPersianDigits(d->number));
    m_ui->titleLineEdit->setText(d->title);
    m_ui->descriptionLineEdit->setText(d->description);
    m_ui->startDateEdit->setDate(d->startDate);
    m_ui->endDateEdit->setDate(d->endDate);
    m_sourceId = d->sourceDocumentId;
    if (!m_sourceId.isEmpty())
        if (const auto source = DocumentRepository(*m_session.store).get(m_sourceId))
            m_ui->sourceLineEdit->setText(FinanceFormat::documentCaption(*source));
    m_lines = d->lines;
    if (d->kind == QLatin1String("contract"))
        m_ui->contractAmountEdit->setRials(d->finalAmount - d->surcharge);
    // the stored surcharges come back as one row: their sum, taxed when it carried tax
    const qint64 base = d->surcharge - d->surchargeTax - d->surchargeLevy;
    if (d->surcharge != 0)
        addSurchargeRow(tr("Surcharges"), base, 0, d->surchargeTax != 0);
    m_filling = false;
    showLines();
}

void DocumentEditor::setCustomer(const QString &id, const QString &name)
{
    if (id != m_identityId) {
        m_sourceId.clear();
        m_ui->sourceLineEdit->clear();
    }
    m_identityId = id;
    m_ui->customerLineEdit->setText(name);
}

void DocumentEditor::chooseCustomer()
{
    QString name;
    const QString id = ListPickerDialog::chooseIdentity(*m_session.store, tr("Choose a customer"), this, &name);
    if (!id.isEmpty())
        setCustomer(id, name);
}

void DocumentEditor::chooseSource()
{
    if (m_identityId.isEmpty()) {
        showError(tr("Choose the customer first."));
        return;
    }
    Store *store = m_session.store;
    const QString identityId = m_identityId;
    // every invoice of the customer is listed with its state; the service refuses one that is
    // not approved, with its own reason
    ListPickerDialog picker(store->db(), tr("Choose the returned invoice"), Workspace::documentColumns(),
                            [store, identityId](const QString &search, const QString &) {
                                DocumentFilter f;
                                f.search = search;
                                f.kind = QStringLiteral("invoice");
                                f.identityId = identityId;
                                return DocumentRepository(*store).list(f);
                            },
                            this);
    if (Ask::exec(&picker) != QDialog::Accepted)
        return;
    m_sourceId = picker.chosenId();
    const auto source = DocumentRepository(*store).get(m_sourceId);
    m_ui->sourceLineEdit->setText(source ? FinanceFormat::documentCaption(*source) : picker.chosenText(1));
    if (source && m_lines.isEmpty()) { // a return usually gives back what was sold: start from its lines
        m_lines = source->lines;
        for (DocumentLine &l : m_lines) {
            l.id.clear();
            l.documentId.clear();
        }
        showLines();
    }
}

void DocumentEditor::onTypeChanged()
{
    const ItemType type = currentType();
    const bool contract = type.entity == QLatin1String("contract");
    const bool isReturn = type.entity == QLatin1String("return_invoice");
    m_ui->linesGroupBox->setVisible(!contract);
    // beside the lines, surcharges (rare) show three rows, so the editor fits a 1366×768 laptop;
    // a contract has no lines and its surcharges take the room
    QTableWidget *surcharges = m_ui->surchargesTableWidget;
    surcharges->setMaximumHeight(contract ? QWIDGETSIZE_MAX
                                          : surcharges->horizontalHeader()->sizeHint().height()
                                                + 3 * surcharges->verticalHeader()->defaultSectionSize()
                                                + 2 * surcharges->frameWidth());
    m_ui->contractAmountLabel->setVisible(contract);
    m_ui->contractAmountEdit->setVisible(contract);
    m_ui->periodLabel->setVisible(contract);
    m_ui->startDateEdit->setVisible(contract);
    m_ui->endDateEdit->setVisible(contract);
    m_ui->sourceLabel->setVisible(isReturn);
    m_ui->sourceLineEdit->setVisible(isReturn);
    m_ui->chooseSourceButton->setVisible(isReturn);
    m_ui->numberLineEdit->setPlaceholderText(type.numberingPatternId.isEmpty() ? tr("This type is not numbered")
                                                                                : tr("Given by the numbering pattern"));
    setWindowTitle(type.name.isEmpty() ? tr("Sales document") : type.name);
    if (!m_filling && m_documentId.isEmpty())
        reapplyRates();
    recompute();
}

void DocumentEditor::onProductChosen()
{
    const QString id = m_ui->productComboBox->currentData().toString();
    for (const Product &p : std::as_const(m_products)) {
        if (p.id != id)
            continue;
        m_ui->unitLabel->setText(p.unit);
        m_ui->unitPriceEdit->setRials(p.unitPrice);
        return;
    }
}

void DocumentEditor::onLineSelected()
{
    const int row = m_ui->linesTableWidget->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    const DocumentLine &l = m_lines.at(row);
    const int index = m_ui->productComboBox->findData(l.productId);
    m_ui->productComboBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_ui->productComboBox->setEditText(l.description);
    m_ui->unitLabel->setText(l.unit);
    m_ui->quantitySpinBox->setValue(double(l.quantityMilli) / 1000.0);
    m_ui->unitPriceEdit->setRials(l.unitPrice);
    m_ui->discountEdit->setRials(l.discount);
}

DocumentLine DocumentEditor::lineFromEntry() const
{
    DocumentLine l;
    const QString productId = m_ui->productComboBox->currentData().toString();
    const bool known = !productId.isEmpty() && m_ui->productComboBox->currentText() == m_ui->productComboBox->itemText(m_ui->productComboBox->currentIndex());
    for (const Product &p : m_products) {
        if (!known || p.id != productId)
            continue;
        l.productId = p.id;
        l.productCode = p.code;
        l.description = p.name;
        l.unit = p.unit;
    }
    if (l.productId.isEmpty())
        l.description = m_ui->productComboBox->currentText().trimmed(); // a free line («سایر»)
    l.quantityMilli = qRound64(m_ui->quantitySpinBox->value() * 1000.0);
    l.unitPrice = m_ui->unitPriceEdit->rials();
    l.discount = m_ui->discountEdit->rials();
    Totals::applyRates(l, l.productId.isEmpty() ? false : m_taxable.value(l.productId), currentType(),
                       m_ui->issueDateEdit->date());
    return l;
}

void DocumentEditor::addLine()
{
    const DocumentLine l = lineFromEntry();
    if (l.description.isEmpty()) {
        showError(tr("Choose a product or type what the line is for."));
        return;
    }
    m_lines << l;
    showLines();
    m_ui->linesTableWidget->setCurrentCell(int(m_lines.size()) - 1, 0);
    recompute();
}

void DocumentEditor::updateLine()
{
    const int row = m_ui->linesTableWidget->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    DocumentLine l = lineFromEntry();
    l.id = m_lines.at(row).id;
    m_lines[row] = l;
    showLines();
    recompute();
}

void DocumentEditor::removeLine()
{
    const int row = m_ui->linesTableWidget->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    showLines();
    recompute();
}

void DocumentEditor::reapplyRates()
{
    for (DocumentLine &l : m_lines)
        Totals::applyRates(l, !l.productId.isEmpty() && m_taxable.value(l.productId), currentType(),
                           m_ui->issueDateEdit->date());
    showLines();
}

void DocumentEditor::showLines()
{
    QTableWidget *t = m_ui->linesTableWidget;
    const QSignalBlocker block(t);
    t->setRowCount(int(m_lines.size()));
    for (int r = 0; r < m_lines.size(); ++r) {
        DocumentLine l = m_lines.at(r);
        l.compute();
        t->setItem(r, LcProduct, cell(l.description));
        t->setItem(r, LcCode, cell(Persian::toPersianDigits(l.productCode)));
        t->setItem(r, LcUnit, cell(l.unit));
        t->setItem(r, LcQuantity, cell(FinanceFormat::quantity(l.quantityMilli), true));
        t->setItem(r, LcUnitPrice, cell(FinanceFormat::money(l.unitPrice), true));
        t->setItem(r, LcDiscount, cell(FinanceFormat::money(l.discount), true));
        // the rate stored on the line, then what it comes to
        t->setItem(r, LcTax, cell(FinanceFormat::rated(l.tax, l.taxBp), true));
        t->setItem(r, LcLevy, cell(FinanceFormat::rated(l.levy, l.levyBp), true));
        t->setItem(r, LcTotal, cell(FinanceFormat::money(l.total), true));
        t->setItem(r, LcFinal, cell(FinanceFormat::money(l.final), true));
    }
    TableLook::fitColumns(t);
}

void DocumentEditor::addSurchargeRow(const QString &title, qint64 amount, int percentBp, bool taxable)
{
    QTableWidget *t = m_ui->surchargesTableWidget;
    const QSignalBlocker block(t);
    const int r = t->rowCount();
    t->insertRow(r);
    t->setItem(r, ScTitle, cell(title));
    t->setItem(r, ScAmount, cell(Persian::formatNumber(amount), true));
    t->setItem(r, ScPercent, cell(FinanceFormat::percent(percentBp), true));
    auto *check = cell(QString());
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    check->setCheckState(taxable ? Qt::Checked : Qt::Unchecked);
    t->setItem(r, ScTaxable, check);
    recompute();
}

QList<Surcharge> DocumentEditor::surcharges() const
{
    QList<Surcharge> out;
    const QTableWidget *t = m_ui->surchargesTableWidget;
    for (int r = 0; r < t->rowCount(); ++r) {
        Surcharge s;
        s.title = t->item(r, ScTitle) ? t->item(r, ScTitle)->text() : QString();
        const int percentBp = FinanceFormat::parsePercentBp(t->item(r, ScPercent) ? t->item(r, ScPercent)->text() : QString());
        // a percent is taken of the amount before tax (taxable then), else the fixed amount counts
        if (percentBp > 0) {
            s.base = Surcharge::Base::PercentOfPreTax;
            s.percentBp = percentBp;
        } else {
            s.amount = Persian::parseInteger(t->item(r, ScAmount) ? t->item(r, ScAmount)->text() : QString()).value_or(0);
        }
        s.taxable = t->item(r, ScTaxable) && t->item(r, ScTaxable)->checkState() == Qt::Checked;
        s.levyable = s.taxable;
        out << s;
    }
    return out;
}

Document DocumentEditor::currentDocument() const
{
    Document d = m_loaded;
    const ItemType type = currentType();
    d.id = m_documentId;
    d.itemTypeId = type.id;
    d.kind = type.entity.isEmpty() ? d.kind : type.entity;
    d.identityId = m_identityId;
    d.issueDate = m_ui->issueDateEdit->date();
    d.number = m_documentId.isEmpty() ? Persian::toLatinDigits(m_ui->numberLineEdit->text().trimmed()) : m_loaded.number;
    d.title = m_ui->titleLineEdit->text().trimmed();
    d.description = m_ui->descriptionLineEdit->text().trimmed();
    d.sourceDocumentId = d.kind == QLatin1String("return_invoice") ? m_sourceId : QString();
    d.sellerUserId = d.sellerUserId.isEmpty() ? m_session.userId : d.sellerUserId;
    if (d.kind == QLatin1String("contract")) {
        d.startDate = m_ui->startDateEdit->date();
        d.endDate = m_ui->endDateEdit->date();
        Totals::setContractAmount(d, m_ui->contractAmountEdit->rials());
    } else {
        d.lines = m_lines;
    }
    const auto [taxBp, levyBp] = Totals::lineRates(true, type, d.issueDate);
    SurchargeResult result;
    if (Totals::applySurcharges(d, surcharges(), taxBp, levyBp, &result)) {
        d.surchargeTax = result.tax;
        d.surchargeLevy = result.levy;
    }
    return d;
}

void DocumentEditor::recompute()
{
    const Document d = currentDocument();
    m_ui->totalAmountLabel->setText(FinanceFormat::money(d.totalAmount));
    m_ui->totalDiscountLabel->setText(FinanceFormat::money(d.totalDiscount));
    m_ui->totalTaxLabel->setText(FinanceFormat::money(d.totalTax + d.surchargeTax));
    m_ui->totalLevyLabel->setText(FinanceFormat::money(d.totalLevy + d.surchargeLevy));
    m_ui->surchargeLabel->setText(FinanceFormat::money(d.surcharge));
    m_ui->finalAmountLabel->setText(QStringLiteral("<b>%1</b>").arg(FinanceFormat::money(d.finalAmount)));
}

void DocumentEditor::showBanner()
{
    if (m_documentId.isEmpty() || m_loadFailed) {
        FinanceFormat::paintBanner(m_ui->bannerLabel, std::nullopt, {});
        return;
    }
    auto approval = std::make_unique<DocumentApproval>(*m_session.store, m_session.actor());
    FinanceFormat::paintBanner(m_ui->bannerLabel, approval->banner(DocumentApproval::Subject::Document, m_documentId),
                               m_loaded.approval.rejectReason);
}

void DocumentEditor::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void DocumentEditor::accept()
{
    if (m_loadFailed)
        return QDialog::reject();
    if (m_identityId.isEmpty())
        return showError(tr("Choose the customer."));
    QString surchargeError;
    for (const Surcharge &s : surcharges())
        if (!Totals::validate(s, &surchargeError))
            return showError(surchargeError);
    Document d = currentDocument();
    auto approval = std::make_unique<DocumentApproval>(*m_session.store, m_session.actor());
    const bool ok = m_documentId.isEmpty() ? approval->createDocument(d) : approval->editDocument(d);
    if (!ok)
        return showError(approval->lastError()); // nothing typed is lost: the dialog stays as it was
    m_documentId = d.id;
    QDialog::accept();
}

void DocumentEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}

QSize DocumentEditor::sizeHint() const
{
    return QDialog::sizeHint().boundedTo(WindowGeometry::kLaptop);
}
