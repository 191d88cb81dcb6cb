#include "ui/settings/ItemTypeEditor.h"

#include "models/finance/FinanceStateRepository.h"
#include "models/finance/NumberPattern.h"
#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "models/club/ItemTypeRepository.h"
#include "ui/settings/CustomFieldsModel.h"
#include "ui/settings/PageStyle.h"
#include "ui/settings/SettingsLabels.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/ImagePicker.h"
#include "ui/widgets/TableLook.h"
#include "ui_ItemTypeEditor.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>

namespace {
QString boolText(bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); }
}

ItemTypeEditor::ItemTypeEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ItemTypeEditor>())
    , m_fields(new CustomFieldsModel(this))
{
    m_ui->setupUi(this);
    PageStyle::heading(m_ui->typeNameLabel, 1.3);
    for (QComboBox *box : {m_ui->customerDisplayModeComboBox, m_ui->agentDisplayModeComboBox})
        for (const auto &[code, text] : SettingsLabels::displayModes())
            box->addItem(text, code);
    m_ui->signaturePreviewLabel->setFixedSize(120, 48);
    m_ui->signaturePreviewLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->signaturePreviewLabel->setAlignment(Qt::AlignCenter);

    m_ui->customFieldsTableView->setModel(m_fields);
    TableLook::apply(m_ui->customFieldsTableView);
    m_ui->customFieldsTableView->setItemDelegateForColumn(CustomFieldsModel::Type, new FieldTypeDelegate(this));
    m_ui->customFieldsTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->customFieldsTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->customFieldsTableView->horizontalHeader()->setSectionResizeMode(CustomFieldsModel::Name, QHeaderView::Stretch);
    m_ui->customFieldsTableView->setMinimumHeight(140);

    connectCheck(m_ui->customerCanCreateCheckBox, "customer_can_create", &ItemType::customerCanCreate);
    connectCheck(m_ui->customerCanViewCheckBox, "customer_can_view", &ItemType::customerCanView);
    connectCheck(m_ui->customerCanViewFieldsCheckBox, "customer_can_view_fields", &ItemType::customerCanViewFields);
    connectCheck(m_ui->agentCanCreateCheckBox, "agent_can_create", &ItemType::agentCanCreate);
    connectCheck(m_ui->agentCanViewCheckBox, "agent_can_view", &ItemType::agentCanView);
    connectCheck(m_ui->agentCanViewFieldsCheckBox, "agent_can_view_fields", &ItemType::agentCanViewFields);
    connectDisplayMode(m_ui->customerDisplayModeComboBox, "customer_display_mode", &ItemType::customerDisplayMode);
    connectDisplayMode(m_ui->agentDisplayModeComboBox, "agent_display_mode", &ItemType::agentDisplayMode);
    connectCheck(m_ui->needsApprovalCheckBox, "needs_approval", &ItemType::needsApproval);
    connectCheck(m_ui->needsNumberingCheckBox, "needs_numbering", &ItemType::needsNumbering);
    connectCheck(m_ui->customerNumberOnApprovalCheckBox, "customer_number_on_approval", &ItemType::customerNumberOnApproval);
    connectCheck(m_ui->pendingAfterEditCheckBox, "pending_after_edit", &ItemType::pendingAfterEdit);
    connect(m_ui->patternComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->patternComboBox->currentData().toString();
        change(QStringLiteral("numbering_pattern_id"), id, [id](ItemType &t) { t.numberingPatternId = id; });
    });
    // keyboardTracking is off in the form, so these fire once the value is settled, not per key
    connect(m_ui->taxSpinBox, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        const int bp = qRound(percent * 100);
        change(QStringLiteral("tax_bp"), QString::number(bp), [bp](ItemType &t) { t.taxBp = bp; });
    });
    connect(m_ui->levySpinBox, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        const int bp = qRound(percent * 100);
        change(QStringLiteral("levy_bp"), QString::number(bp), [bp](ItemType &t) { t.levyBp = bp; });
    });
    connect(m_ui->chooseSignatureButton, &QPushButton::clicked, this, &ItemTypeEditor::chooseSignature);
    connect(m_ui->clearSignatureButton, &QPushButton::clicked, this, [this] {
        change(QStringLiteral("signature_image"), QStringLiteral("removed"), [](ItemType &t) { t.signatureImage.clear(); });
    });

    connect(m_fields, &CustomFieldsModel::edited, this, &ItemTypeEditor::saveFields);
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_fields->add(tr("New field"));
        const QModelIndex name = m_fields->index(row, CustomFieldsModel::Name);
        m_ui->customFieldsTableView->setCurrentIndex(name);
        m_ui->customFieldsTableView->edit(name);
    });
    const auto currentRow = [this] { return m_ui->customFieldsTableView->currentIndex().row(); };
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this, [this, currentRow] { m_fields->remove(currentRow()); });
    const auto moveBy = [this, currentRow](int delta) {
        const int row = currentRow();
        m_fields->move(row, delta);
        m_ui->customFieldsTableView->selectRow(qBound(0, row + delta, m_fields->rowCount() - 1));
    };
    connect(m_ui->moveFieldUpButton, &QPushButton::clicked, this, [moveBy] { moveBy(-1); });
    connect(m_ui->moveFieldDownButton, &QPushButton::clicked, this, [moveBy] { moveBy(+1); });
    m_ui->moveFieldUpButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_ui->moveFieldDownButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    setEnabled(false);
}

ItemTypeEditor::~ItemTypeEditor() = default;

void ItemTypeEditor::attach(const Session &session)
{
    m_session = session;
    m_writer = std::make_unique<ItemTypeService>(*session.store);
    m_loading = true;
    m_ui->patternComboBox->clear();
    m_ui->patternComboBox->addItem(tr("(none)"), QString());
    const QList<NumberingPattern> patterns = FinanceStateRepository(*session.store).patterns();
    // each pattern with the number it issues next, which a clerk reads more easily than its syntax
    const QDate today = QDate::currentDate();
    for (const NumberingPattern &p : patterns) {
        const NumberPattern parsed = NumberPattern::parse(p.pattern);
        const bool restarts = p.yearlyReset && p.lastYear != parsed.restartYear(today);
        const QString sample = parsed.format((restarts ? p.initialValue : qMax(p.lastValue, p.initialValue)) + 1, today);
        m_ui->patternComboBox->addItem(
            sample.isEmpty() ? p.title
                             : tr("%1 — next number %2").arg(p.title, Persian::leftToRight(Persian::toReadersDigits(sample))),
            p.id);
        m_ui->patternComboBox->setItemData(m_ui->patternComboBox->count() - 1, p.pattern, Qt::ToolTipRole);
    }
    m_loading = false;
}

void ItemTypeEditor::showType(const QString &typeId)
{
    m_typeId = typeId;
    const std::optional<ItemType> type = typeId.isEmpty() || !m_writer ? std::nullopt : m_writer->stored(typeId);
    setEnabled(type.has_value());
    if (type) {
        load(*type);
    } else {
        m_ui->typeNameLabel->setText(tr("Choose an item type on the list."));
        m_ui->typeEntityLabel->clear();
    }
}

void ItemTypeEditor::connectCheck(QCheckBox *box, const char *setting, bool ItemType::*member)
{
    const QString name = QString::fromLatin1(setting);
    connect(box, &QCheckBox::toggled, this, [this, name, member](bool on) {
        change(name, boolText(on), [member, on](ItemType &t) { t.*member = on; });
    });
}

void ItemTypeEditor::connectDisplayMode(QComboBox *box, const char *setting, QString ItemType::*member)
{
    const QString name = QString::fromLatin1(setting);
    connect(box, &QComboBox::currentIndexChanged, this, [this, box, name, member] {
        const QString mode = box->currentData().toString();
        change(name, mode, [member, mode](ItemType &t) { t.*member = mode; });
    });
}

void ItemTypeEditor::change(const QString &setting, const QString &value, const Edit &edit)
{
    if (m_loading || m_typeId.isEmpty() || !m_writer)
        return;
    const bool ok = m_writer->change(m_session.actor(), m_typeId, setting, value, edit);
    if (!ok)
        emit failed(m_writer->error());
    // show what is stored now: the new value, or the old one after a refusal
    if (const auto type = m_writer->stored(m_typeId))
        load(*type);
    if (ok)
        emit changed(m_typeId);
}

void ItemTypeEditor::load(const ItemType &t)
{
    m_loading = true;
    m_ui->typeNameLabel->setText(t.name);
    m_ui->typeEntityLabel->setText(t.active ? SettingsLabels::entity(t.entity)
                                            : tr("%1 (inactive)").arg(SettingsLabels::entity(t.entity)));
    m_ui->customerCanCreateCheckBox->setChecked(t.customerCanCreate);
    m_ui->customerCanViewCheckBox->setChecked(t.customerCanView);
    m_ui->customerCanViewFieldsCheckBox->setChecked(t.customerCanViewFields);
    m_ui->customerDisplayModeComboBox->setCurrentIndex(qMax(0, m_ui->customerDisplayModeComboBox->findData(t.customerDisplayMode)));
    m_ui->agentCanCreateCheckBox->setChecked(t.agentCanCreate);
    m_ui->agentCanViewCheckBox->setChecked(t.agentCanView);
    m_ui->agentCanViewFieldsCheckBox->setChecked(t.agentCanViewFields);
    m_ui->agentDisplayModeComboBox->setCurrentIndex(qMax(0, m_ui->agentDisplayModeComboBox->findData(t.agentDisplayMode)));

    m_ui->financialGroupBox->setVisible(SettingsLabels::isFinancial(t.entity));
    m_ui->needsApprovalCheckBox->setChecked(t.needsApproval);
    m_ui->needsNumberingCheckBox->setChecked(t.needsNumbering);
    m_ui->patternComboBox->setCurrentIndex(qMax(0, m_ui->patternComboBox->findData(t.numberingPatternId)));
    m_ui->customerNumberOnApprovalCheckBox->setChecked(t.customerNumberOnApproval);
    m_ui->pendingAfterEditCheckBox->setChecked(t.pendingAfterEdit);
    m_ui->taxSpinBox->setValue(t.taxBp / 100.0);
    m_ui->levySpinBox->setValue(t.levyBp / 100.0);
    showSignature(t.signatureImage);

    if (m_writer)
        m_fields->setFields(m_writer->customFields(t.id));
    m_loading = false;
}

void ItemTypeEditor::showSignature(const QByteArray &image)
{
    ImagePicker::showPreview(m_ui->signaturePreviewLabel, image);
    m_ui->clearSignatureButton->setEnabled(!image.isEmpty());
}

void ItemTypeEditor::saveFields()
{
    if (m_loading || m_typeId.isEmpty() || !m_writer)
        return;
    QList<CustomField> fields = m_fields->fields();
    const bool ok = m_writer->saveCustomFields(m_session.actor(), m_typeId, fields);
    if (!ok)
        emit failed(m_writer->error());
    m_loading = true;
    m_fields->setFields(ok ? fields : m_writer->customFields(m_typeId)); // the new ids, or what is stored
    m_loading = false;
    if (ok)
        emit changed(m_typeId);
}

bool ItemTypeEditor::setSignatureFile(const QString &path)
{
    QString error;
    const auto bytes = ImagePicker::readImageFile(path, &error);
    if (!bytes) {
        emit failed(error);
        return false;
    }
    change(QStringLiteral("signature_image"), QFileInfo(path).fileName(),
           [image = *bytes](ItemType &t) { t.signatureImage = image; });
    return m_writer && m_writer->error().isEmpty();
}

void ItemTypeEditor::chooseSignature()
{
    const QString path = Ask::openFile(this, tr("Choose the signature image"), QString(),
                                       tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        setSignatureFile(path);
}
