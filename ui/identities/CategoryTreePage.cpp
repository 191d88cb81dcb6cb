#include "ui/identities/CategoryTreePage.h"

#include "models/club/ClubPermissions.h"
#include "models/core/Store.h"
#include "models/identities/CategoryService.h"
#include "models/persian/Digits.h"
#include "ui/settings/PageStyle.h"
#include "ui/widgets/Ask.h"
#include "ui_CategoryMoveDialog.h"

#include <QAction>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

enum Column { NameColumn, MembersColumn, ChildrenColumn };

const QColor kPrivateColour(0xb0, 0x00, 0x20); // «اختصاصی» shows in red (reference §1.23)

QString kindTitle(const QString &kind)
{
    return kind == QLatin1String("activity") ? CategoryTreePage::tr("Fields of activity")
                                             : CategoryTreePage::tr("Identity database");
}

QString count(qint64 n)
{
    return Persian::toReadersDigits(QString::number(n));
}

// A tree whose dropped rows are not moved by Qt but handed to the page, which asks the service:
// the tree is read again afterwards, so it shows what was stored, not what was dragged.
class CategoryTree final : public QTreeWidget
{
public:
    using Drop = std::function<void(const QString &id, const QString &parentId, bool sameTree)>;
    CategoryTree(Drop drop, QWidget *parent) : QTreeWidget(parent), m_drop(std::move(drop))
    {
        setDragDropMode(QAbstractItemView::InternalMove);
        setDefaultDropAction(Qt::MoveAction);
    }

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidgetItem *dragged = currentItem();
        QTreeWidgetItem *target = itemAt(event->position().toPoint());
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (!dragged || !target || dragged == target)
            return;
        // dropped on a row: under it; between rows: beside it, under the same parent
        QTreeWidgetItem *parent = dropIndicatorPosition() == QAbstractItemView::OnItem ? target : target->parent();
        const QString id = dragged->data(0, CategoryTreePage::kIdRole).toString();
        const QString parentId = parent ? parent->data(0, CategoryTreePage::kIdRole).toString() : QString();
        const bool sameTree = parent && parent->data(0, CategoryTreePage::kKindRole) == dragged->data(0, CategoryTreePage::kKindRole);
        // the page reads the tree again: do it once this drop has finished with its items
        QTimer::singleShot(0, this, [this, id, parentId, sameTree] { m_drop(id, parentId, sameTree); });
    }

private:
    Drop m_drop;
};

} // namespace

CategoryTreePage::CategoryTreePage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("categoryTreePage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Categories"), this);
    PageStyle::heading(title);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Drag a category onto another to move it under it. Private categories (red) are seen only "
                               "by their creator, system administrators and the database manager."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("categoryToolBar"));
    layout->addWidget(toolbar);
    m_tree = new CategoryTree([this](const QString &id, const QString &parentId, bool sameTree) {
        if (!sameTree) {
            // a kind's own row takes only its own categories: the service never sees the other tree
            report(CategoryService::tr("A category cannot be moved into another tree."));
            return;
        }
        moveTo(id, parentId);
    }, this);
    m_tree->setObjectName(QStringLiteral("categoryTreeWidget"));
    m_tree->setHeaderLabels({tr("Category"), tr("Identities"), tr("Sub-categories")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MembersColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ChildrenColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_tree, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("categoryErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    PageStyle::errorLine(m_error);
    layout->addWidget(m_error);

    const auto add = [&](const QString &text, const char *name, const QKeySequence &key, std::function<void()> run,
                         bool needsRow) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, std::move(run));
        toolbar->addAction(a);
        m_tree->addAction(a);
        if (needsRow)
            m_rowActions << a;
        return a;
    };
    add(tr("New category…"), "newCategoryAction", QKeySequence::New, [this] { createCategory(false); }, false);
    add(tr("New sub-category…"), "newSubCategoryAction", {}, [this] { createCategory(true); }, true);
    add(tr("Rename…"), "renameCategoryAction", QKeySequence(Qt::Key_F2), [this] { renameCategory(); }, true);
    add(tr("Move to…"), "moveCategoryAction", {}, [this] { moveCategory(); }, true);
    add(tr("Delete"), "deleteCategoryAction", QKeySequence::Delete, [this] { deleteCategory(); }, true);
    m_privacyAction = add(tr("Make private"), "privacyCategoryAction", {}, [this] { togglePrivate(); }, true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    reload();
}

QVector<SectionKit::Section> CategoryTreePage::sections(const Session &session)
{
    const Actor &a = session.signedIn();
    if (!a.may(ClubPermission::manageCategories()) && !a.may(ClubPermission::databaseManager()))
        return {};
    return {SectionKit::Section{QStringLiteral("categories"), tr("Categories"),
                                [session](QWidget *parent) -> QWidget * { return new CategoryTreePage(session, parent); }}};
}

void CategoryTreePage::reload()
{
    const QString keep = currentId();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    CategoryService service(*m_session.store, m_session.actor());
    const QList<Category> categories = service.visible();
    const QHash<QString, CategoryRepository::Counts> counts = CategoryRepository(*m_session.store).counts();
    QHash<QString, QTreeWidgetItem *> roots;
    for (const QString &kind : {QStringLiteral("database"), QStringLiteral("activity")}) {
        auto *root = new QTreeWidgetItem(m_tree, {kindTitle(kind)});
        root->setData(0, kKindRole, kind);
        PageStyle::groupRow(root);
        root->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
        roots.insert(kind, root);
    }
    QHash<QString, QTreeWidgetItem *> items;
    for (const Category &c : categories) {
        const CategoryRepository::Counts n = counts.value(c.id);
        auto *item = new QTreeWidgetItem({c.name, count(n.members), count(n.children)});
        item->setData(0, kIdRole, c.id);
        item->setData(0, kKindRole, c.kind);
        item->setData(0, Qt::UserRole + 2, c.isPrivate);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        if (c.isPrivate) {
            for (int col = NameColumn; col <= ChildrenColumn; ++col)
                item->setForeground(col, kPrivateColour);
            item->setToolTip(NameColumn, tr("Private"));
        }
        items.insert(c.id, item);
    }
    for (const Category &c : categories) {
        QTreeWidgetItem *parent = items.value(c.parentId);
        if (!parent)
            parent = roots.value(c.kind, roots.value(QStringLiteral("database")));
        parent->addChild(items.value(c.id));
    }
    m_tree->expandAll();
    if (!keep.isEmpty())
        selectCategory(keep);
    updateActions();
}

bool CategoryTreePage::selectCategory(const QString &id)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it)
        if ((*it)->data(0, kIdRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    return false;
}

QString CategoryTreePage::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QString CategoryTreePage::kindOfCurrent() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString kind = item ? item->data(0, kKindRole).toString() : QString();
    return kind.isEmpty() ? QStringLiteral("database") : kind;
}

QString CategoryTreePage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CategoryTreePage::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    reload(); // what is stored now, whether or not the change went through
}

void CategoryTreePage::updateActions()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool row = item && !item->data(0, kIdRole).toString().isEmpty();
    for (QAction *a : std::as_const(m_rowActions))
        a->setEnabled(row);
    m_privacyAction->setText(row && item->data(0, Qt::UserRole + 2).toBool() ? tr("Make public") : tr("Make private"));
}

void CategoryTreePage::createCategory(bool under)
{
    const QString parentId = under ? currentId() : QString();
    if (under && parentId.isEmpty())
        return;
    const std::optional<QString> name = Ask::text(this, under ? tr("New sub-category") : tr("New category"), tr("Name:"));
    if (!name)
        return;
    CategoryService service(*m_session.store, m_session.actor());
    const std::optional<QString> id = service.create(*name, parentId, kindOfCurrent());
    report(service.error());
    if (id)
        selectCategory(*id);
}

void CategoryTreePage::renameCategory()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const std::optional<QString> name =
        Ask::text(this, tr("Rename category"), tr("New name:"), m_tree->currentItem()->text(NameColumn));
    if (!name)
        return;
    CategoryService service(*m_session.store, m_session.actor());
    service.rename(id, *name);
    report(service.error());
}

void CategoryTreePage::moveCategory()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    CategoryService service(*m_session.store, m_session.actor());
    const QList<Category> visible = service.visible();
    Category moving;
    for (const Category &c : visible)
        if (c.id == id)
            moving = c;
    CategoryMoveDialog dialog(visible, moving, this);
    if (Ask::exec(&dialog) != QDialog::Accepted)
        return;
    moveTo(id, dialog.targetId());
}

void CategoryTreePage::moveTo(const QString &id, const QString &parentId)
{
    CategoryService service(*m_session.store, m_session.actor());
    service.move(id, parentId);
    report(service.error());
    selectCategory(id);
}

void CategoryTreePage::deleteCategory()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (!Ask::confirm(this, tr("Delete category"), tr("Delete the category «%1»?").arg(m_tree->currentItem()->text(NameColumn))))
        return;
    CategoryService service(*m_session.store, m_session.actor());
    service.remove(id);
    report(service.error());
}

void CategoryTreePage::togglePrivate()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = currentId();
    if (id.isEmpty())
        return;
    CategoryService service(*m_session.store, m_session.actor());
    service.setPrivate(id, !item->data(0, Qt::UserRole + 2).toBool());
    report(service.error());
    selectCategory(id);
}

// «انتقال به…» -----------------------------------------------------------------------------------

CategoryMoveDialog::CategoryMoveDialog(const QList<Category> &categories, const Category &moving, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CategoryMoveDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Move «%1» under:").arg(moving.name));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QTreeWidget *tree = m_ui->targetTreeWidget;
    auto *top = new QTreeWidgetItem(tree, {tr("(the top of «%1»)").arg(kindTitle(moving.kind))});
    top->setData(0, CategoryTreePage::kIdRole, QString());
    QHash<QString, QTreeWidgetItem *> items;
    for (const Category &c : categories)
        if (c.kind == moving.kind) {
            auto *item = new QTreeWidgetItem({c.name});
            item->setData(0, CategoryTreePage::kIdRole, c.id);
            // a category cannot go under itself; its own branch stays visible but not choosable
            if (c.id == moving.id)
                item->setFlags(Qt::ItemIsEnabled);
            items.insert(c.id, item);
        }
    for (const Category &c : categories)
        if (QTreeWidgetItem *item = items.value(c.id)) {
            QTreeWidgetItem *parentItem = items.value(c.parentId, top);
            parentItem->addChild(item);
        }
    tree->expandAll();
    tree->setCurrentItem(top);
}

CategoryMoveDialog::~CategoryMoveDialog() = default;

QString CategoryMoveDialog::targetId() const
{
    const QTreeWidgetItem *item = m_ui->targetTreeWidget->currentItem();
    return item ? item->data(0, CategoryTreePage::kIdRole).toString() : QString();
}

bool CategoryMoveDialog::selectTarget(const QString &id)
{
    QTreeWidgetItemIterator it(m_ui->targetTreeWidget);
    for (; *it; ++it)
        if ((*it)->data(0, CategoryTreePage::kIdRole).toString() == id) {
            m_ui->targetTreeWidget->setCurrentItem(*it);
            return true;
        }
    return false;
}
