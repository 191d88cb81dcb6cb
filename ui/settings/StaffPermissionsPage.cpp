#include "ui/settings/StaffPermissionsPage.h"

#include "models/club/StaffAccessService.h"

#include "models/club/ClubPermissions.h"
#include "models/club/ItemTypeRepository.h"
#include "models/auth/UserRepository.h"
#include "models/core/Store.h"
#include "ui/settings/PageStyle.h"
#include "ui/settings/SettingsLabels.h"
#include "ui_StaffPermissionsPage.h"
#include "ui/widgets/Ask.h"

#include <QHeaderView>

#include <algorithm>

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kIsGroupRole = Qt::UserRole + 1;

QTreeWidgetItem *checkable(QTreeWidgetItem *parent, const QString &text, const QString &key)
{
    auto *item = new QTreeWidgetItem(parent, {text});
    item->setData(0, kIdRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    return item;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
}

StaffPermissionsPage::StaffPermissionsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::StaffPermissionsPage>())
{
    m_ui->setupUi(this);
    PageStyle::heading(m_ui->titleLabel);
    PageStyle::heading(m_ui->principalLabel, 1.15);
    PageStyle::errorLine(m_ui->errorLabel);
    m_ui->pageLayout->setStretchFactor(m_ui->splitter, 1); // the lists take the height, not the titles
    m_ui->buttonsLayout->setStretchFactor(m_ui->errorLabel, 1);
    m_ui->principalsPane->setMinimumWidth(220);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->principalsTreeWidget->header()->hide();
    m_ui->permissionsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->permissionsTreeWidget->header()->setStretchLastSection(false);
    m_ui->permissionsTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    fillPrincipals();
    fillPermissionTree();
    connect(m_ui->principalFilterLineEdit, &QLineEdit::textChanged, this, &StaffPermissionsPage::filterPrincipals);
    connect(m_ui->principalsTreeWidget, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item, QTreeWidgetItem *previous) {
                if (!item || item->data(0, kIdRole).toString().isEmpty())
                    return;
                if (hasChanges()) {
                    // keep the unsaved ticks: go back to their owner and say what to do
                    const QSignalBlocker block(m_ui->principalsTreeWidget);
                    m_ui->principalsTreeWidget->setCurrentItem(previous);
                    report(tr("Save or revert the changes to %1 first.").arg(m_current.name));
                    return;
                }
                showPrincipal({item->data(0, kIdRole).toString(), item->data(0, kIsGroupRole).toBool(), item->text(0)});
            });
    connect(m_ui->permissionsTreeWidget, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_ui->membershipListWidget, &QListWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &StaffPermissionsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &StaffPermissionsPage::revert);
    connect(m_ui->newGroupButton, &QPushButton::clicked, this, &StaffPermissionsPage::createGroup);

    QTreeWidgetItem *groups = m_ui->principalsTreeWidget->topLevelItem(0);
    if (groups && groups->childCount() > 0)
        m_ui->principalsTreeWidget->setCurrentItem(groups->child(0));
    else
        showPrincipal({});
}

StaffPermissionsPage::~StaffPermissionsPage() = default;

void StaffPermissionsPage::fillPrincipals()
{
    QTreeWidget *tree = m_ui->principalsTreeWidget;
    const QSignalBlocker block(tree);
    tree->clear();
    UserRepository users(*m_session.store);
    auto *groups = new QTreeWidgetItem(tree, {tr("Groups")});
    auto *staff = new QTreeWidgetItem(tree, {tr("Staff users")});
    PageStyle::groupRow(groups);
    PageStyle::groupRow(staff);
    const QList<UserGroup> allGroups = users.groups();
    for (const UserGroup &g : allGroups) {
        auto *item = new QTreeWidgetItem(groups, {g.name});
        item->setData(0, kIdRole, g.id);
        item->setData(0, kIsGroupRole, true);
    }
    const QList<User> staffUsers = users.byKind(UserKind::Staff);
    for (const User &u : staffUsers) {
        auto *item = new QTreeWidgetItem(staff, {u.username});
        item->setData(0, kIdRole, u.id);
        item->setData(0, kIsGroupRole, false);
    }
    tree->expandAll();
}

void StaffPermissionsPage::fillPermissionTree()
{
    QTreeWidget *tree = m_ui->permissionsTreeWidget;
    auto *general = new QTreeWidgetItem(tree, {tr("General and club")});
    const QStringList keys = ClubPermission::all();
    for (const QString &key : keys)
        checkable(general, SettingsLabels::permission(key), key)->setToolTip(0, key);
    auto *financial = new QTreeWidgetItem(tree, {tr("Financial item types")});
    const QList<ItemType> types = ItemTypeRepository(*m_session.store).byEntity(QString());
    for (const ItemType &t : types) {
        if (!SettingsLabels::isFinancial(t.entity))
            continue;
        auto *type = new QTreeWidgetItem(financial, {QStringLiteral("%1 — %2").arg(t.name, SettingsLabels::entity(t.entity))});
        type->setFlags(Qt::ItemIsEnabled);
        checkable(type, tr("Approve"), ClubPermission::approve(t.id));
        checkable(type, tr("Reject"), ClubPermission::reject(t.id));
        checkable(type, tr("Number"), ClubPermission::number(t.id));
    }
    PageStyle::groupRow(general);
    PageStyle::groupRow(financial);
    tree->expandAll();
}

void StaffPermissionsPage::showPrincipal(const Principal &p)
{
    m_loading = true;
    m_current = p;
    UserRepository users(*m_session.store);
    m_ui->principalLabel->setText(p.id.isEmpty() ? tr("Choose a group or a staff user.")
                                  : p.isGroup    ? tr("Group: %1").arg(p.name)
                                                 : tr("Staff user: %1").arg(p.name));
    // Only what the page shows is compared and changed: keys it does not list (another module's)
    // and club users in a group stay as they are.
    const QStringList permissions = p.id.isEmpty() ? QStringList()
        : p.isGroup                                ? users.permissionsOfGroup(p.id)
                                                   : users.ownPermissionsOf(p.id);
    m_storedPermissions.clear();
    for (const QString &key : permissions)
        if (permissionItem(key))
            m_storedPermissions << key;
    const QStringList membership = p.id.isEmpty() ? QStringList() : p.isGroup ? users.memberIdsOf(p.id) : users.groupIdsOf(p.id);
    const QList<User> staff = users.byKind(UserKind::Staff);
    const QList<UserGroup> groups = users.groups();
    m_storedMembership.clear();
    for (const QString &id : membership) {
        const bool shown = p.isGroup ? std::any_of(staff.cbegin(), staff.cend(), [&](const User &u) { return u.id == id; })
                                     : std::any_of(groups.cbegin(), groups.cend(), [&](const UserGroup &g) { return g.id == id; });
        if (shown)
            m_storedMembership << id;
    }

    // what a user holds through groups, shown beside the user's own ticks
    QHash<QString, QStringList> inherited;
    if (!p.id.isEmpty() && !p.isGroup) {
        for (const UserGroup &g : groups)
            if (m_storedMembership.contains(g.id)) {
                const QStringList keys = users.permissionsOfGroup(g.id);
                for (const QString &key : keys)
                    inherited[key] << g.name;
            }
    }
    QTreeWidgetItemIterator it(m_ui->permissionsTreeWidget);
    for (; *it; ++it) {
        const QString key = (*it)->data(0, kIdRole).toString();
        if (key.isEmpty())
            continue;
        (*it)->setCheckState(0, m_storedPermissions.contains(key) ? Qt::Checked : Qt::Unchecked);
        (*it)->setText(1, inherited.value(key).join(QStringLiteral("، ")));
    }
    m_ui->permissionsTreeWidget->setEnabled(!p.id.isEmpty());

    QListWidget *list = m_ui->membershipListWidget;
    list->clear();
    m_ui->membershipLabel->setText(p.isGroup ? tr("Members of this group:") : tr("Groups of this user:"));
    if (!p.id.isEmpty()) {
        if (p.isGroup) {
            for (const User &u : staff) {
                auto *item = new QListWidgetItem(u.username, list);
                item->setData(kIdRole, u.id);
            }
        } else {
            for (const UserGroup &g : groups) {
                auto *item = new QListWidgetItem(g.name, list);
                item->setData(kIdRole, g.id);
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_storedMembership.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    list->setEnabled(!p.id.isEmpty());
    m_loading = false;
    report({});
    updateButtons();
}

QStringList StaffPermissionsPage::checkedPermissions() const
{
    QStringList out;
    QTreeWidgetItemIterator it(m_ui->permissionsTreeWidget, QTreeWidgetItemIterator::Checked);
    for (; *it; ++it)
        out << (*it)->data(0, kIdRole).toString();
    return sorted(out);
}

QStringList StaffPermissionsPage::checkedMembership() const
{
    QStringList out;
    for (int i = 0; i < m_ui->membershipListWidget->count(); ++i)
        if (m_ui->membershipListWidget->item(i)->checkState() == Qt::Checked)
            out << m_ui->membershipListWidget->item(i)->data(kIdRole).toString();
    return sorted(out);
}

QTreeWidgetItem *StaffPermissionsPage::permissionItem(const QString &key) const
{
    QTreeWidgetItemIterator it(m_ui->permissionsTreeWidget);
    for (; *it; ++it)
        if ((*it)->data(0, kIdRole).toString() == key)
            return *it;
    return nullptr;
}

bool StaffPermissionsPage::hasChanges() const
{
    return !m_current.id.isEmpty()
        && (checkedPermissions() != sorted(m_storedPermissions) || checkedMembership() != sorted(m_storedMembership));
}

bool StaffPermissionsPage::selectPrincipal(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        QTreeWidgetItemIterator it(m_ui->principalsTreeWidget);
        for (; *it; ++it)
            if ((*it)->data(0, kIdRole).toString() == id) {
                m_ui->principalsTreeWidget->setCurrentItem(*it);
                return m_current.id == id;
            }
        // a user made on the staff users page since this page was built: read the list again
        if (pass > 0 || hasChanges())
            break;
        fillPrincipals();
    }
    return false;
}

bool StaffPermissionsPage::setPermissionChecked(const QString &key, bool on)
{
    QTreeWidgetItem *item = permissionItem(key);
    if (item)
        item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    return item != nullptr;
}

bool StaffPermissionsPage::setMembershipChecked(const QString &id, bool on)
{
    for (int i = 0; i < m_ui->membershipListWidget->count(); ++i) {
        QListWidgetItem *item = m_ui->membershipListWidget->item(i);
        if (item->data(kIdRole).toString() == id) {
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool StaffPermissionsPage::save()
{
    if (!StaffPermissions(m_session.actor()).canManageStaff()) {
        report(SettingsLabels::refusal());
        return false;
    }
    if (!hasChanges()) {
        report({});
        return true;
    }
    // the page sends what differs on screen; the service applies it inside its transaction
    const QStringList permissions = checkedPermissions();
    const QStringList membership = checkedMembership();
    StaffAccessService::Change change;
    change.principalId = m_current.id;
    change.isGroup = m_current.isGroup;
    for (const QString &key : permissions)
        if (!m_storedPermissions.contains(key))
            change.grant << key;
    for (const QString &key : std::as_const(m_storedPermissions))
        if (!permissions.contains(key))
            change.revoke << key;
    for (const QString &other : membership)
        if (!m_storedMembership.contains(other))
            change.join << other;
    for (const QString &other : std::as_const(m_storedMembership))
        if (!membership.contains(other))
            change.leave << other;
    StaffAccessService service(*m_session.store, m_session.actor());
    if (!service.apply(change)) {
        report(service.error());
        return false;
    }
    showPrincipal(m_current);
    return true;
}

void StaffPermissionsPage::revert()
{
    showPrincipal(m_current);
}

QString StaffPermissionsPage::errorText() const
{
    return m_ui->errorLabel->text();
}

void StaffPermissionsPage::filterPrincipals(const QString &text)
{
    QTreeWidgetItemIterator it(m_ui->principalsTreeWidget);
    for (; *it; ++it)
        if (!(*it)->data(0, kIdRole).toString().isEmpty())
            (*it)->setHidden(!text.isEmpty() && !(*it)->text(0).contains(text, Qt::CaseInsensitive));
}

void StaffPermissionsPage::createGroup()
{
    if (!StaffPermissions(m_session.actor()).canManageStaff()) {
        report(SettingsLabels::refusal());
        return;
    }
    if (hasChanges()) {
        report(tr("Save or revert the changes to %1 first.").arg(m_current.name));
        return;
    }
    const QString name = Ask::text(this, tr("New group"), tr("Name of the group:")).value_or(QString()).trimmed();
    if (name.isEmpty())
        return;
    StaffAccessService service(*m_session.store, m_session.actor());
    const std::optional<QString> created = service.createGroup(name);
    if (!created) {
        report(service.error());
        return;
    }
    fillPrincipals();
    selectPrincipal(*created);
}

void StaffPermissionsPage::report(const QString &error)
{
    m_ui->errorLabel->setText(error);
}

void StaffPermissionsPage::updateButtons()
{
    if (m_loading)
        return;
    const bool changed = hasChanges();
    m_ui->saveButton->setEnabled(changed);
    m_ui->revertButton->setEnabled(changed);
}
