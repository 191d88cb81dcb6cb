#pragma once
#include "ui/shell/SectionKit.h"

#include <QDialog>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
struct Category;

namespace Ui {
class CategoryMoveDialog;
}

// «بانک اطلاعاتی»: the category tree, one branch per kind (database, activity), each row with
// its identities and sub-categories. New, rename, move (drag a row, or «انتقال به…»), delete
// (empty ones only) and «تبدیل به اختصاصی / عمومی»; private categories show in red. Every change
// goes through CategoryService; its refusal is shown in Persian under the tree.
class CategoryTreePage final : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryTreePage(const Session &session, QWidget *parent = nullptr);

    // key "categories", for staff who may shape the tree or manage the database
    static QVector<SectionKit::Section> sections(const Session &session);

    // What a person does with the mouse and the menu, for tests and the tour.
    bool selectCategory(const QString &id);
    QString currentId() const;
    QTreeWidget *tree() const { return m_tree; }
    QString errorText() const;
    void reload();
    // The actions: each asks what it needs through Ask (name, target, confirmation).
    void createCategory(bool under);
    void renameCategory();
    void moveCategory();
    void moveTo(const QString &id, const QString &parentId); // the drop of a dragged row
    void deleteCategory();
    void togglePrivate();

    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kKindRole = Qt::UserRole + 1;

private:
    void report(const QString &error);
    void updateActions();
    QString kindOfCurrent() const;

    Session m_session;
    QTreeWidget *m_tree;
    QLabel *m_error;
    QList<QAction *> m_rowActions;
    QAction *m_privacyAction = nullptr;
};

// «انتقال به…»: picks the new parent of a category among those of its tree (or the top).
class CategoryMoveDialog final : public QDialog
{
    Q_OBJECT
public:
    CategoryMoveDialog(const QList<Category> &categories, const Category &moving, QWidget *parent = nullptr);
    ~CategoryMoveDialog() override;
    QString targetId() const; // empty = the top of the tree
    bool selectTarget(const QString &id);

private:
    std::unique_ptr<Ui::CategoryMoveDialog> m_ui;
};
