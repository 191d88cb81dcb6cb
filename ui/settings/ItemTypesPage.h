#pragma once
#include "ui/shell/Session.h"

#include <QWidget>

#include <memory>

class ClubFlagsMatrixModel;
class ItemTypeEditor;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ItemTypesPage;
}

// «شخصی‌سازی»: every item type grouped by entity with the chosen type's settings beside the
// list, and a matrix that sets the club flags of many types at once (reference §1.12).
// Changes are written as they are made (no Apply step), each one audited.
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
    ClubFlagsMatrixModel *matrixModel() const { return m_matrix; }
    QString errorText() const;
    // Sets one flag column in every selected matrix cell (what the two buttons do).
    void setSelectedCells(bool on);

private:
    void fillTree();
    void filterTree(const QString &text);
    void report(const QString &error);

    Session m_session;
    std::unique_ptr<Ui::ItemTypesPage> m_ui;
    ClubFlagsMatrixModel *m_matrix;
    QSortFilterProxyModel *m_matrixProxy;
};
