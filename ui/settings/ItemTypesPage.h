#pragma once
#include "ui/shell/Session.h"

#include <QWidget>

#include <memory>

class ClubFlagsMatrixModel;
class IdentitySubtypesTab;
class ItemTypeEditor;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ItemTypesPage;
}

// «شخصی‌سازی»: every item type grouped by entity with the chosen type's settings beside the
// list, and a matrix that sets the club flags of many types at once (reference §1.12).
// Changes are written as they are made (no Apply step), each one audited. Types are created in
// the selected entity's group, renamed, deactivated, and deleted while nothing uses them; a third
// tab keeps the identity subtypes.
class ItemTypesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ItemTypesPage(const Session &session, QWidget *parent = nullptr);
    ~ItemTypesPage() override;

    void selectType(const QString &typeId);
    void showMatrix();
    ItemTypeEditor *editor() const;
    QTableView *matrixView() const;
    IdentitySubtypesTab *subtypesTab() const;
    ClubFlagsMatrixModel *matrixModel() const { return m_matrix; }
    QString errorText() const;
    // Sets one flag column in every selected matrix cell (what the two buttons do).
    void setSelectedCells(bool on);

    // What the buttons under the list do, for the selected type or group.
    void newType();
    void renameType();
    void toggleActive();
    void deleteType();

private:
    void fillTree(const QString &selectId = {});
    QString selectedTypeId() const;
    QString selectedEntity() const;
    void updateButtons();
    void typesChanged(const QString &selectId); // the list, the matrix and the form read again
    static constexpr int EntityRole = Qt::UserRole + 1;
    void filterTree(const QString &text);
    void report(const QString &error);

    Session m_session;
    std::unique_ptr<Ui::ItemTypesPage> m_ui;
    ClubFlagsMatrixModel *m_matrix;
    QSortFilterProxyModel *m_matrixProxy;
    IdentitySubtypesTab *m_subtypes = nullptr;
};
