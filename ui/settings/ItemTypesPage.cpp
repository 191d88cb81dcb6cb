#include "ui/settings/ItemTypesPage.h"

#include "models/club/ItemTypeRepository.h"
#include "models/club/ItemTypeService.h"
#include "ui/settings/ClubFlagsMatrixModel.h"
#include "ui/settings/IdentitySubtypesTab.h"
#include "ui/settings/ItemTypeEditor.h"
#include "ui/settings/PageStyle.h"
#include "ui/settings/SettingsLabels.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/TableLook.h"
#include "ui_ItemTypesPage.h"

#include <QHeaderView>
#include <QMap>
#include <QSortFilterProxyModel>

ItemTypesPage::ItemTypesPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ItemTypesPage>())
    , m_matrix(new ClubFlagsMatrixModel(session, this))
    , m_matrixProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    PageStyle::heading(m_ui->titleLabel);
    PageStyle::errorLine(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->typesPane->setMinimumWidth(200); // room for a type's whole name
    m_ui->pageLayout->setStretchFactor(m_ui->tabWidget, 1);
    m_ui->editor->attach(session);
    m_ui->editor->showType({});

    m_ui->typesTreeWidget->header()->hide();
    fillTree();
    connect(m_ui->typeFilterLineEdit, &QLineEdit::textChanged, this, &ItemTypesPage::filterTree);
    connect(m_ui->typesTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ui->editor->showType(item ? item->data(0, Qt::UserRole).toString() : QString());
    });

    m_matrixProxy->setSourceModel(m_matrix);
    m_matrixProxy->setFilterKeyColumn(ClubFlagsMatrixModel::Name);
    m_matrixProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_matrixProxy->setSortRole(Qt::UserRole);
    QTableView *view = m_ui->matrixTableView;
    view->setModel(m_matrixProxy);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    TableLook::apply(view);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(ClubFlagsMatrixModel::Name, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the repository's order (entity, name) until a header is clicked
    connect(m_ui->matrixFilterLineEdit, &QLineEdit::textChanged, m_matrixProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->allowSelectedButton, &QPushButton::clicked, this, [this] { setSelectedCells(true); });
    connect(m_ui->denySelectedButton, &QPushButton::clicked, this, [this] { setSelectedCells(false); });

    // the form and the matrix show the same rows: a change in one is read again by the other
    connect(m_matrix, &ClubFlagsMatrixModel::failed, this, &ItemTypesPage::report);
    connect(m_matrix, &ClubFlagsMatrixModel::typeChanged, this, [this](const QString &typeId) {
        report({});
        if (m_ui->editor->typeId() == typeId)
            m_ui->editor->showType(typeId);
    });
    connect(m_ui->editor, &ItemTypeEditor::failed, this, &ItemTypesPage::report);
    connect(m_ui->editor, &ItemTypeEditor::changed, this, [this](const QString &typeId) {
        report({});
        m_matrix->refresh(typeId);
    });
    m_subtypes = new IdentitySubtypesTab(session, m_ui->tabWidget);
    m_ui->tabWidget->addTab(m_subtypes, tr("Identity subtypes"));
    connect(m_subtypes, &IdentitySubtypesTab::failed, this, &ItemTypesPage::report);
    connect(m_ui->typesTreeWidget, &QTreeWidget::currentItemChanged, this, &ItemTypesPage::updateButtons);
    connect(m_ui->newTypeButton, &QPushButton::clicked, this, &ItemTypesPage::newType);
    connect(m_ui->renameTypeButton, &QPushButton::clicked, this, &ItemTypesPage::renameType);
    connect(m_ui->activeTypeButton, &QPushButton::clicked, this, &ItemTypesPage::toggleActive);
    connect(m_ui->deleteTypeButton, &QPushButton::clicked, this, &ItemTypesPage::deleteType);
    QTreeWidgetItem *first = m_ui->typesTreeWidget->topLevelItemCount() > 0
        ? m_ui->typesTreeWidget->topLevelItem(0)->child(0)
        : nullptr;
    if (first)
        m_ui->typesTreeWidget->setCurrentItem(first);
    updateButtons();
}

ItemTypesPage::~ItemTypesPage() = default;

void ItemTypesPage::fillTree(const QString &selectId)
{
    // every entity has its group, even one without types yet, so a type can be added to it
    QTreeWidget *tree = m_ui->typesTreeWidget;
    tree->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    for (const QString &entity : SettingsLabels::entities()) {
        auto *group = new QTreeWidgetItem({SettingsLabels::entity(entity)});
        group->setData(0, EntityRole, entity);
        PageStyle::groupRow(group);
        groups.insert(entity, group);
        tree->addTopLevelItem(group);
    }
    QTreeWidgetItem *selected = nullptr;
    for (const ItemType &t : ItemTypeRepository(*m_session.store).byEntity(QString())) {
        QTreeWidgetItem *group = groups.value(t.entity);
        if (!group)
            continue; // an entity this version does not know
        auto *item = new QTreeWidgetItem(group, {t.active ? t.name : tr("%1 (inactive)").arg(t.name)});
        item->setData(0, Qt::UserRole, t.id);
        item->setData(0, EntityRole, t.entity);
        item->setToolTip(0, t.code);
        if (t.id == selectId)
            selected = item;
    }
    tree->expandAll();
    if (selected)
        tree->setCurrentItem(selected);
}

QString ItemTypesPage::selectedTypeId() const
{
    const QTreeWidgetItem *item = m_ui->typesTreeWidget->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString ItemTypesPage::selectedEntity() const
{
    const QTreeWidgetItem *item = m_ui->typesTreeWidget->currentItem();
    return item ? item->data(0, EntityRole).toString() : QString();
}

void ItemTypesPage::updateButtons()
{
    const QString id = selectedTypeId();
    m_ui->newTypeButton->setEnabled(!selectedEntity().isEmpty());
    m_ui->renameTypeButton->setEnabled(!id.isEmpty());
    m_ui->deleteTypeButton->setEnabled(!id.isEmpty());
    m_ui->activeTypeButton->setEnabled(!id.isEmpty());
    const auto type = id.isEmpty() ? std::nullopt : ItemTypeRepository(*m_session.store).get(id);
    m_ui->activeTypeButton->setText(type && !type->active ? tr("Activate") : tr("Deactivate"));
}

void ItemTypesPage::newType()
{
    const QString entity = selectedEntity();
    if (entity.isEmpty())
        return;
    const auto name = Ask::text(this, tr("New item type"),
                                tr("Name of the new type among %1:").arg(SettingsLabels::entity(entity)));
    if (!name)
        return;
    ItemTypeService service(*m_session.store);
    const std::optional<QString> id = service.create(m_session.actor(), entity, *name);
    report(service.error());
    if (id)
        typesChanged(*id);
}

void ItemTypesPage::renameType()
{
    const QString id = selectedTypeId();
    ItemTypeService service(*m_session.store);
    const auto type = service.stored(id);
    if (!type)
        return;
    const auto name = Ask::text(this, tr("Rename item type"), tr("New name:"), type->name);
    if (!name || *name == type->name)
        return;
    const bool ok = service.rename(m_session.actor(), id, *name);
    report(service.error());
    if (ok)
        typesChanged(id);
}

void ItemTypesPage::toggleActive()
{
    const QString id = selectedTypeId();
    ItemTypeService service(*m_session.store);
    const auto type = service.stored(id);
    if (!type)
        return;
    const bool ok = service.setActive(m_session.actor(), id, !type->active);
    report(service.error());
    if (ok)
        typesChanged(id);
}

void ItemTypesPage::deleteType()
{
    const QString id = selectedTypeId();
    ItemTypeService service(*m_session.store);
    const auto type = service.stored(id);
    if (!type || !Ask::confirm(this, tr("Delete item type"), tr("Delete the type “%1” for good?").arg(type->name)))
        return;
    const bool ok = service.remove(m_session.actor(), id);
    report(service.error());
    if (ok)
        typesChanged({});
}

void ItemTypesPage::typesChanged(const QString &selectId)
{
    fillTree(selectId);
    filterTree(m_ui->typeFilterLineEdit->text());
    m_matrix->reload();
    m_ui->editor->showType(selectedTypeId());
    updateButtons();
}

void ItemTypesPage::filterTree(const QString &text)
{
    QTreeWidget *tree = m_ui->typesTreeWidget;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || groupMatches || item->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void ItemTypesPage::selectType(const QString &typeId)
{
    m_ui->tabWidget->setCurrentWidget(m_ui->detailTab);
    QTreeWidget *tree = m_ui->typesTreeWidget;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString() == typeId)
                tree->setCurrentItem(tree->topLevelItem(g)->child(i));
}

void ItemTypesPage::showMatrix()
{
    m_ui->tabWidget->setCurrentWidget(m_ui->matrixTab);
}

ItemTypeEditor *ItemTypesPage::editor() const
{
    return m_ui->editor;
}

QTableView *ItemTypesPage::matrixView() const
{
    return m_ui->matrixTableView;
}

QString ItemTypesPage::errorText() const
{
    return m_ui->errorLabel->text();
}

void ItemTypesPage::setSelectedCells(bool on)
{
    const QModelIndexList cells = m_ui->matrixTableView->selectionModel()->selectedIndexes();
    const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
    for (const QModelIndex &cell : cells) {
        if (!ClubFlagsMatrixModel::isFlagColumn(cell.column()))
            continue;
        if (!m_matrixProxy->setData(cell, state, Qt::CheckStateRole))
            break; // refused: the reason is on screen already, and the rest would be refused too
    }
}

void ItemTypesPage::report(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

IdentitySubtypesTab *ItemTypesPage::subtypesTab() const
{
    return m_subtypes;
}
