#include "ui/settings/IdentitySubtypesTab.h"

#include "models/finance/FinanceStateRepository.h"
#include "models/identities/IdentitySubtypeRepository.h"
#include "models/identities/IdentitySubtypeService.h"
#include "ui/shell/Labels.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui_IdentitySubtypeDialog.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

IdentitySubtypesTab::IdentitySubtypesTab(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("identitySubtypesTab"));
    m_table->setObjectName(QStringLiteral("subtypesTable"));
    m_edit->setObjectName(QStringLiteral("editSubtypeButton"));
    m_delete->setObjectName(QStringLiteral("deleteSubtypeButton"));
    auto *add = new QPushButton(tr("New subtype…"), this);
    add->setObjectName(QStringLiteral("newSubtypeButton"));
    auto *hint = new QLabel(tr("Persons and organisations are filed under a subtype; a customer subtype with a "
                               "pattern gives each new customer the next customer number."),
                            this);
    hint->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Subtype"), tr("For"), tr("Profile type"), tr("Customer number pattern")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    TableLook::apply(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout(this);
    column->addWidget(hint);
    column->addWidget(m_table, 1);
    column->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &IdentitySubtypesTab::newSubtype);
    connect(m_edit, &QPushButton::clicked, this, [this] { editSubtype(selectedId()); });
    connect(m_delete, &QPushButton::clicked, this, &IdentitySubtypesTab::deleteSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editSubtype(selectedId()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!selectedId().isEmpty());
        m_delete->setEnabled(!selectedId().isEmpty());
    });
    reload();
}

void IdentitySubtypesTab::reload(const QString &selectId)
{
    QHash<QString, QString> patterns;
    for (const NumberingPattern &p : FinanceStateRepository(*m_session.store).patterns())
        patterns.insert(p.id, p.title);
    const QHash<QString, QString> kinds = Labels::identityKinds();
    const QHash<QString, QString> profiles = Labels::profileTypes();
    const QList<IdentitySubtype> subtypes = IdentitySubtypeRepository(*m_session.store).all();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(subtypes.size()));
    for (int r = 0; r < subtypes.size(); ++r) {
        const IdentitySubtype &s = subtypes[r];
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(kinds.value(IdentityCode::text(s.kind))));
        m_table->setItem(r, 2, new QTableWidgetItem(profiles.value(IdentityCode::text(s.profileType))));
        m_table->setItem(r, 3, new QTableWidgetItem(patterns.value(s.numberingPatternId, tr("(none)"))));
    }
    m_table->setSortingEnabled(true);
    selectSubtype(selectId);
    m_edit->setEnabled(!selectedId().isEmpty());
    m_delete->setEnabled(!selectedId().isEmpty());
}

void IdentitySubtypesTab::selectSubtype(const QString &id)
{
    // through the selection model: selectRow() picks nothing while the tab has not been laid out
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == id)
            m_table->selectionModel()->select(m_table->model()->index(r, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString IdentitySubtypesTab::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return {};
    const QTableWidgetItem *first = m_table->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void IdentitySubtypesTab::newSubtype()
{
    runDialog(IdentitySubtype());
}

void IdentitySubtypesTab::editSubtype(const QString &id)
{
    if (const auto subtype = IdentitySubtypeRepository(*m_session.store).get(id))
        runDialog(*subtype);
}

bool IdentitySubtypesTab::runDialog(IdentitySubtype subtype)
{
    QDialog dialog(this);
    Ui::IdentitySubtypeDialog form;
    form.setupUi(&dialog);
    dialog.setObjectName(QStringLiteral("identitySubtypeDialog"));
    const QHash<QString, QString> kinds = Labels::identityKinds();
    for (IdentityKind k : {IdentityKind::Person, IdentityKind::Organisation})
        form.kindCombo->addItem(kinds.value(IdentityCode::text(k)), int(k));
    const QHash<QString, QString> profiles = Labels::profileTypes();
    for (ProfileType p : {ProfileType::Customer, ProfileType::Agent, ProfileType::Supplier, ProfileType::Operator,
                          ProfileType::Competitor})
        form.profileCombo->addItem(profiles.value(IdentityCode::text(p)), int(p));
    form.patternCombo->addItem(tr("(none)"), QString());
    for (const NumberingPattern &p : FinanceStateRepository(*m_session.store).patterns())
        form.patternCombo->addItem(p.title, p.id);
    form.nameEdit->setText(subtype.name);
    form.kindCombo->setCurrentIndex(form.kindCombo->findData(int(subtype.kind)));
    form.profileCombo->setCurrentIndex(form.profileCombo->findData(int(subtype.profileType)));
    form.patternCombo->setCurrentIndex(qMax(0, form.patternCombo->findData(subtype.numberingPatternId)));
    connect(form.buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(form.buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        subtype.name = form.nameEdit->text();
        subtype.kind = IdentityKind(form.kindCombo->currentData().toInt());
        subtype.profileType = ProfileType(form.profileCombo->currentData().toInt());
        subtype.numberingPatternId = form.patternCombo->currentData().toString();
        IdentitySubtypeService service(*m_session.store);
        const bool ok = subtype.id.isEmpty() ? service.create(m_session.actor(), subtype)
                                             : service.update(m_session.actor(), subtype);
        form.errorLabel->setText(service.error()); // refused: the dialog stays with what was typed
        if (ok)
            dialog.accept();
    });
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return false;
    reload(subtype.id);
    emit failed({});
    return true;
}

void IdentitySubtypesTab::deleteSelected()
{
    const QString id = selectedId();
    const auto subtype = IdentitySubtypeRepository(*m_session.store).get(id);
    if (!subtype || !Ask::confirm(this, tr("Delete subtype"), tr("Delete the subtype “%1”?").arg(subtype->name)))
        return;
    IdentitySubtypeService service(*m_session.store);
    const bool ok = service.remove(m_session.actor(), id);
    emit failed(service.error());
    if (ok)
        reload();
}
