#include "ui/identities/IdentityEditor.h"

#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "models/identities/CategoryRepository.h"
#include "models/identities/IdentityRepository.h"
#include "models/identities/IdentityRules.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/persian/Digits.h"
#include "ui/shell/Labels.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/JalaliDateEdit.h"
#include "ui/widgets/WindowGeometry.h"
#include "ui_DuplicateWarningDialog.h"
#include "ui_IdentityEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace {
enum PhoneColumn { PhoneType, PhoneCountry, PhoneNumber, PhoneExtension, PhoneDefault, PhoneDescription };
enum AddressColumn { AddressCountry, AddressProvince, AddressCity, AddressText, AddressPostalCode, AddressDefault };

// The colours an identity can be marked with («تغییر رنگ»): a few that read well on white and
// in the caller-ID window. A colour saved elsewhere is added to the list when it is not one of them.
struct Swatch
{
    const char *hex;
    const char *name;
};
const Swatch kSwatches[] = {
    {"", QT_TRANSLATE_NOOP("IdentityEditor", "No colour")},     {"#c62828", QT_TRANSLATE_NOOP("IdentityEditor", "Red")},
    {"#ef6c00", QT_TRANSLATE_NOOP("IdentityEditor", "Orange")}, {"#2e7d32", QT_TRANSLATE_NOOP("IdentityEditor", "Green")},
    {"#1565c0", QT_TRANSLATE_NOOP("IdentityEditor", "Blue")},   {"#6a1b9a", QT_TRANSLATE_NOOP("IdentityEditor", "Purple")},
};

QIcon swatchIcon(const QString &hex)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    if (!hex.isEmpty()) {
        QPainter p(&pixmap);
        p.setBrush(QColor(hex));
        p.setPen(Qt::gray);
        p.drawRoundedRect(1, 1, 14, 14, 3, 3);
    }
    return QIcon(pixmap);
}

QString shown(const QString &digits) { return Persian::toReadersDigits(digits); }
QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}
bool cellChecked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}
QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
void selectData(QComboBox *combo, const QVariant &data) { combo->setCurrentIndex(qMax(0, combo->findData(data))); }
} // namespace

IdentityEditor::IdentityEditor(const Session &session, IdentityKind kind, const QString &identityId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IdentityEditor>()), m_session(session), m_kind(kind),
      m_identityId(identityId)
{
    m_ui->setupUi(this);
    m_ui->phonesTable->horizontalHeader()->setSectionResizeMode(PhoneNumber, QHeaderView::Stretch);
    m_ui->addressesTable->horizontalHeader()->setSectionResizeMode(AddressText, QHeaderView::Stretch);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IdentityEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IdentityEditor::reject);
    connect(m_ui->functionCombo, &QComboBox::currentIndexChanged, this, &IdentityEditor::showFunctionFields);
    connect(m_ui->subtypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        // a subtype decides the profile type and may number the customer
        const QString profile = m_ui->subtypeCombo->currentData(Qt::UserRole + 1).toString();
        if (!profile.isEmpty())
            selectData(m_ui->profileTypeCombo, profile);
        m_ui->profileTypeCombo->setEnabled(profile.isEmpty());
        const bool numbered = m_ui->subtypeCombo->currentData(Qt::UserRole + 2).toBool();
        m_ui->customerNumberEdit->setPlaceholderText(numbered ? tr("Left empty: the next number of the subtype's pattern")
                                                              : QString());
    });
    connect(m_ui->addPhoneButton, &QPushButton::clicked, this, [this] {
        Phone p;
        p.isDefault = m_ui->phonesTable->rowCount() == 0;
        addPhoneRow(p);
        m_ui->phonesTable->setCurrentCell(m_ui->phonesTable->rowCount() - 1, PhoneNumber); // typing fills it
    });
    connect(m_ui->removePhoneButton, &QPushButton::clicked, this,
            [this] { m_ui->phonesTable->removeRow(m_ui->phonesTable->currentRow()); });
    connect(m_ui->addAddressButton, &QPushButton::clicked, this, [this] {
        Address a;
        a.isDefault = m_ui->addressesTable->rowCount() == 0;
        addAddressRow(a);
    });
    connect(m_ui->removeAddressButton, &QPushButton::clicked, this,
            [this] { m_ui->addressesTable->removeRow(m_ui->addressesTable->currentRow()); });
    // the default column works as a radio button: checking one unchecks the others
    connect(m_ui->phonesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == PhoneDefault && item->checkState() == Qt::Checked)
            keepOneDefault(m_ui->phonesTable, PhoneDefault, item->row());
    });
    connect(m_ui->addressesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == AddressDefault && item->checkState() == Qt::Checked)
            keepOneDefault(m_ui->addressesTable, AddressDefault, item->row());
    });
    connect(m_ui->convertButton, &QPushButton::clicked, this, &IdentityEditor::convertToContact);
    fillChoices();
    load();
    m_unsaved.markSaved();
    WindowGeometry::keep(this, QStringLiteral("identityEditor"));
}

IdentityEditor::~IdentityEditor() = default;

void IdentityEditor::fillChoices()
{
    const QHash<QString, QString> profiles = Labels::profileTypes();
    for (ProfileType t : {ProfileType::Customer, ProfileType::Agent, ProfileType::Supplier, ProfileType::Operator,
                          ProfileType::Competitor})
        m_ui->profileTypeCombo->addItem(profiles.value(IdentityCode::text(t)), IdentityCode::text(t));
    const QList<User> staff = UserRepository(*m_session.store).byKind(UserKind::Staff);
    for (QComboBox *combo : {m_ui->salesCombo, m_ui->supportCombo, m_ui->miscCombo}) {
        combo->addItem(tr("(nobody)"), QString());
        for (const User &u : staff)
            if (u.active)
                combo->addItem(u.username, u.id);
    }
    for (const Swatch &s : kSwatches)
        m_ui->colourCombo->addItem(swatchIcon(QLatin1String(s.hex)), tr(s.name), QLatin1String(s.hex));
    const QList<Category> categories = CategoryRepository(*m_session.store).all();
    for (const Category &c : categories) {
        auto *item = new QListWidgetItem(c.name, m_ui->categoriesList);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void IdentityEditor::fillSubtypes()
{
    m_ui->subtypeCombo->clear();
    m_ui->subtypeCombo->addItem(tr("(none)"), QString());
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(*m_session.store).all();
    for (const IdentitySubtype &s : subtypes) {
        if (s.kind != m_kind)
            continue; // a person's subtypes for a person, an organisation's for an organisation
        m_ui->subtypeCombo->addItem(s.name, s.id);
        const int at = m_ui->subtypeCombo->count() - 1;
        m_ui->subtypeCombo->setItemData(at, IdentityCode::text(s.profileType), Qt::UserRole + 1);
        m_ui->subtypeCombo->setItemData(at, !s.numberingPatternId.isEmpty(), Qt::UserRole + 2);
    }
}

void IdentityEditor::load()
{
    Identity i;
    IdentityRepository repo(*m_session.store);
    if (!m_identityId.isEmpty()) {
        if (const auto stored = repo.get(m_identityId)) {
            i = *stored;
            m_kind = i.kind;
        } else {
            m_identityId.clear();
        }
    }
    i.kind = m_kind;
    m_stored = i;
    const bool isNew = m_identityId.isEmpty();
    setWindowTitle(isNew ? (i.isPerson() ? tr("New person") : tr("New organisation"))
                         : tr("Identity: %1").arg(i.displayName));
    fillSubtypes();
    selectData(m_ui->subtypeCombo, i.subtypeId);
    if (isNew) // the kind's first customer subtype: a new customer is numbered by its pattern
        selectData(m_ui->subtypeCombo, IdentityRules::defaultSubtypeId(IdentitySubtypeRepository(*m_session.store).all(),
                                                                       i.kind, ProfileType::Customer));
    m_ui->subtypeCombo->setEnabled(isNew); // chosen before the first save (§1.23)
    selectData(m_ui->profileTypeCombo, IdentityCode::text(i.profileType));
    m_ui->functionCombo->setCurrentIndex(i.isLead() ? 1 : 0);
    m_ui->functionCombo->setEnabled(isNew); // a saved lead becomes a contact with the button below
    m_ui->leadSubjectEdit->setText(i.leadSubject);
    m_ui->leadStatusCombo->setCurrentIndex(int(i.leadStatus));
    m_ui->customerNumberEdit->setText(shown(i.customerNumber));
    m_ui->titleEdit->setText(i.title);
    m_ui->firstNameEdit->setText(i.firstName);
    m_ui->lastNameEdit->setText(i.lastName);
    m_ui->orgNameEdit->setText(i.orgName);
    m_ui->brandNameEdit->setText(i.brandName);
    m_ui->managerNameEdit->setText(i.managerName);
    m_ui->genderCombo->setCurrentIndex(i.gender == QLatin1String("male") ? 1 : i.gender == QLatin1String("female") ? 2 : 0);
    m_ui->birthDateEdit->setDate(i.birthDate);
    m_ui->nationalIdEdit->setText(shown(i.nationalId));
    m_ui->economicCodeEdit->setText(shown(i.economicCode));
    m_ui->registrationNumberEdit->setText(i.registrationNumber);
    m_ui->emailEdit->setText(i.email);
    m_ui->email2Edit->setText(i.email2);
    m_ui->websiteEdit->setText(i.website);
    selectData(m_ui->salesCombo, i.salesResponsibleId);
    selectData(m_ui->supportCombo, i.supportResponsibleId);
    selectData(m_ui->miscCombo, i.miscResponsibleId);
    if (!i.colour.isEmpty() && m_ui->colourCombo->findData(i.colour) < 0)
        m_ui->colourCombo->addItem(swatchIcon(i.colour), i.colour, i.colour);
    selectData(m_ui->colourCombo, i.colour);
    m_ui->sourceEdit->setText(i.source);
    m_ui->acquaintanceEdit->setText(i.acquaintance);
    m_ui->customerSinceEdit->setDate(i.customerSince);
    m_ui->descriptionEdit->setPlainText(i.description);
    if (!isNew) {
        for (const Phone &p : repo.phones(m_identityId))
            addPhoneRow(p);
        for (const Address &a : repo.addresses(m_identityId))
            addAddressRow(a);
        const QStringList categories = repo.categoryIds(m_identityId);
        for (int r = 0; r < m_ui->categoriesList->count(); ++r) {
            QListWidgetItem *item = m_ui->categoriesList->item(r);
            item->setCheckState(categories.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->headerLabel->setText(isNew ? QString()
                                     : tr("Created %1").arg(Persian::toReadersDigits(i.createdAt.toLocalTime().toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm")))));
    m_ui->headerLabel->setVisible(!isNew);
    m_ui->convertButton->setVisible(!isNew && i.isLead());
    showKindFields();
    showFunctionFields();
}

void IdentityEditor::showKindFields()
{
    const bool person = m_kind == IdentityKind::Person;
    const auto show = [](QWidget *field, QWidget *label, bool visible) {
        field->setVisible(visible);
        label->setVisible(visible);
    };
    show(m_ui->titleEdit, m_ui->titleEditLabel, person);
    show(m_ui->firstNameEdit, m_ui->firstNameEditLabel, person);
    show(m_ui->lastNameEdit, m_ui->lastNameEditLabel, person);
    show(m_ui->genderCombo, m_ui->genderComboLabel, person);
    show(m_ui->birthDateEdit, m_ui->birthDateEditLabel, person);
    show(m_ui->orgNameEdit, m_ui->orgNameEditLabel, !person);
    show(m_ui->brandNameEdit, m_ui->brandNameEditLabel, !person);
    show(m_ui->managerNameEdit, m_ui->managerNameEditLabel, !person);
    show(m_ui->registrationNumberEdit, m_ui->registrationNumberEditLabel, !person);
    m_ui->nationalIdEditLabel->setText(person ? tr("&National code:") : tr("&National ID:"));
}

void IdentityEditor::showFunctionFields()
{
    const bool lead = m_ui->functionCombo->currentIndex() == 1;
    m_ui->leadSubjectEdit->setVisible(lead);
    m_ui->leadSubjectEditLabel->setVisible(lead);
    m_ui->leadStatusCombo->setVisible(lead);
    m_ui->leadStatusComboLabel->setVisible(lead);
    m_ui->customerNumberEdit->setEnabled(!lead); // a lead gets its number when it becomes a contact
}

void IdentityEditor::addPhoneRow(const Phone &p)
{
    QTableWidget *t = m_ui->phonesTable;
    const QSignalBlocker block(t);
    const int r = t->rowCount();
    t->insertRow(r);
    auto *type = new QComboBox;
    type->addItem(tr("Mobile"), QStringLiteral("mobile"));
    type->addItem(tr("Phone"), QStringLiteral("phone"));
    type->addItem(tr("Fax"), QStringLiteral("fax"));
    selectData(type, p.type);
    t->setCellWidget(r, PhoneType, type);
    t->setItem(r, PhoneCountry, new QTableWidgetItem(shown(p.countryCode)));
    t->setItem(r, PhoneNumber, new QTableWidgetItem(shown(p.number)));
    t->setItem(r, PhoneExtension, new QTableWidgetItem(shown(p.extension)));
    t->setItem(r, PhoneDefault, checkItem(p.isDefault));
    t->setItem(r, PhoneDescription, new QTableWidgetItem(p.description));
}

void IdentityEditor::addAddressRow(const Address &a)
{
    QTableWidget *t = m_ui->addressesTable;
    const QSignalBlocker block(t);
    const int r = t->rowCount();
    t->insertRow(r);
    t->setItem(r, AddressCountry, new QTableWidgetItem(a.country));
    t->setItem(r, AddressProvince, new QTableWidgetItem(a.province));
    t->setItem(r, AddressCity, new QTableWidgetItem(a.city));
    t->setItem(r, AddressText, new QTableWidgetItem(a.address));
    t->setItem(r, AddressPostalCode, new QTableWidgetItem(shown(a.postalCode)));
    t->setItem(r, AddressDefault, checkItem(a.isDefault));
}

void IdentityEditor::keepOneDefault(QTableWidget *table, int column, int checkedRow)
{
    const QSignalBlocker block(table);
    for (int r = 0; r < table->rowCount(); ++r)
        if (r != checkedRow && table->item(r, column))
            table->item(r, column)->setCheckState(Qt::Unchecked);
}

IdentityDraft IdentityEditor::draft() const
{
    IdentityDraft d;
    Identity &i = d.identity;
    i = m_stored;
    i.kind = m_kind;
    i.function = m_ui->functionCombo->currentIndex() == 1 ? IdentityFunction::Lead : IdentityFunction::Contact;
    i.leadSubject = m_ui->leadSubjectEdit->text();
    i.leadStatus = LeadStatus(m_ui->leadStatusCombo->currentIndex());
    i.subtypeId = m_ui->subtypeCombo->currentData().toString();
    i.profileType = IdentityCode::profileType(m_ui->profileTypeCombo->currentData().toString()).value_or(ProfileType::Customer);
    i.customerNumber = m_ui->customerNumberEdit->text();
    const bool person = m_kind == IdentityKind::Person;
    i.title = person ? m_ui->titleEdit->text() : QString();
    i.firstName = person ? m_ui->firstNameEdit->text() : QString();
    i.lastName = person ? m_ui->lastNameEdit->text() : QString();
    i.gender = !person ? QString() : QStringList{QString(), QStringLiteral("male"), QStringLiteral("female")}.value(m_ui->genderCombo->currentIndex());
    i.birthDate = person ? m_ui->birthDateEdit->date() : QDate();
    i.orgName = person ? QString() : m_ui->orgNameEdit->text();
    i.brandName = person ? QString() : m_ui->brandNameEdit->text();
    i.managerName = person ? QString() : m_ui->managerNameEdit->text();
    i.registrationNumber = person ? QString() : m_ui->registrationNumberEdit->text();
    i.nationalId = m_ui->nationalIdEdit->text();
    i.economicCode = m_ui->economicCodeEdit->text();
    i.email = m_ui->emailEdit->text();
    i.email2 = m_ui->email2Edit->text();
    i.website = m_ui->websiteEdit->text();
    i.salesResponsibleId = m_ui->salesCombo->currentData().toString();
    i.supportResponsibleId = m_ui->supportCombo->currentData().toString();
    i.miscResponsibleId = m_ui->miscCombo->currentData().toString();
    i.colour = m_ui->colourCombo->currentData().toString();
    i.source = m_ui->sourceEdit->text();
    i.acquaintance = m_ui->acquaintanceEdit->text();
    i.customerSince = m_ui->customerSinceEdit->date();
    i.description = m_ui->descriptionEdit->toPlainText();
    const QTableWidget *phones = m_ui->phonesTable;
    for (int r = 0; r < phones->rowCount(); ++r) {
        Phone p;
        p.type = static_cast<QComboBox *>(phones->cellWidget(r, PhoneType))->currentData().toString();
        p.countryCode = cellText(phones, r, PhoneCountry);
        p.number = cellText(phones, r, PhoneNumber);
        p.extension = cellText(phones, r, PhoneExtension);
        p.isDefault = cellChecked(phones, r, PhoneDefault);
        p.description = cellText(phones, r, PhoneDescription);
        if (!p.number.trimmed().isEmpty())
            d.phones << p;
    }
    const QTableWidget *addresses = m_ui->addressesTable;
    for (int r = 0; r < addresses->rowCount(); ++r) {
        Address a;
        a.country = cellText(addresses, r, AddressCountry);
        a.province = cellText(addresses, r, AddressProvince);
        a.city = cellText(addresses, r, AddressCity);
        a.address = cellText(addresses, r, AddressText);
        a.postalCode = cellText(addresses, r, AddressPostalCode);
        a.isDefault = cellChecked(addresses, r, AddressDefault);
        if (!QString(a.province + a.city + a.address + a.postalCode).trimmed().isEmpty())
            d.addresses << a;
    }
    for (int r = 0; r < m_ui->categoriesList->count(); ++r)
        if (m_ui->categoriesList->item(r)->checkState() == Qt::Checked)
            d.categoryIds << m_ui->categoriesList->item(r)->data(Qt::UserRole).toString();
    return d;
}

bool IdentityEditor::duplicatesAccepted(const IdentityDraft &d)
{
    const QList<IdentityDuplicate> found = IdentityService(*m_session.store, m_session.actor()).duplicatesOf(d);
    if (found.isEmpty())
        return true;
    DuplicateWarningDialog dialog(found, this);
    return Ask::exec(&dialog) == QDialog::Accepted;
}

void IdentityEditor::showVerdict(const IdentityVerdict &v)
{
    m_ui->errorLabel->setText(v.error);
    m_ui->errorLabel->setVisible(!v.ok);
    if (v.ok)
        return;
    // take the person to the first field the service named
    static const QHash<QString, int> tabOf{{QStringLiteral("phones"), 1}, {QStringLiteral("addresses"), 1},
                                           {QStringLiteral("categories"), 2}, {QStringLiteral("responsibles"), 2}};
    if (!v.problems.isEmpty())
        m_ui->tabs->setCurrentIndex(tabOf.value(v.problems.first().field, 0));
}

void IdentityEditor::accept()
{
    const IdentityDraft d = draft();
    if (!duplicatesAccepted(d))
        return; // back to the editor, nothing saved
    IdentityService service(*m_session.store, m_session.actor());
    const IdentityVerdict v = m_identityId.isEmpty() ? service.create(d) : service.update(d);
    showVerdict(v);
    if (!v.ok)
        return;
    m_identityId = v.identityId;
    m_unsaved.markSaved();
    QDialog::accept();
}

void IdentityEditor::reject()
{
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}

void IdentityEditor::convertToContact()
{
    if (m_unsaved.hasChanges()) {
        Ask::warn(this, windowTitle(), tr("Save or undo your changes before converting the lead."));
        return;
    }
    const IdentityVerdict v = IdentityService(*m_session.store, m_session.actor()).convertToContact(m_identityId);
    showVerdict(v);
    if (!v.ok)
        return;
    Ask::inform(this, windowTitle(),
                v.customerNumber.isEmpty() ? tr("The lead is now a contact.")
                                           : tr("The lead is now a contact with customer number %1.")
                                                 .arg(Persian::toReadersDigits(v.customerNumber)));
    // show the identity as it is now saved
    while (m_ui->phonesTable->rowCount() > 0)
        m_ui->phonesTable->removeRow(0);
    while (m_ui->addressesTable->rowCount() > 0)
        m_ui->addressesTable->removeRow(0);
    load();
    m_unsaved.markSaved();
}

DuplicateWarningDialog::DuplicateWarningDialog(const QList<IdentityDuplicate> &duplicates, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DuplicateWarningDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("%n identity(ies) already in the database look like this one. Save anyway only if it is a different "
           "person or organisation; otherwise go back and open the existing one.",
           nullptr, int(duplicates.size())));
    m_ui->matchesTable->setRowCount(int(duplicates.size()));
    for (int r = 0; r < duplicates.size(); ++r) {
        const IdentityDuplicate &d = duplicates.at(r);
        m_ui->matchesTable->setItem(r, 0, new QTableWidgetItem(d.identity.displayName));
        m_ui->matchesTable->setItem(r, 1, new QTableWidgetItem(Persian::toReadersDigits(d.identity.customerNumber)));
        m_ui->matchesTable->setItem(r, 2, new QTableWidgetItem(Persian::toReadersDigits(d.identity.nationalId)));
        m_ui->matchesTable->setItem(r, 3, new QTableWidgetItem(d.reasonText()));
    }
    m_ui->matchesTable->resizeColumnsToContents();
    connect(m_ui->backButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->saveAnywayButton, &QPushButton::clicked, this, &QDialog::accept);
}

DuplicateWarningDialog::~DuplicateWarningDialog() = default;
