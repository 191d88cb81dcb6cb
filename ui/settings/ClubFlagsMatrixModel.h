#pragma once
#include "models/club/ItemType.h"
#include "models/club/ItemTypeService.h"
#include "ui/shell/Session.h"

#include <QAbstractTableModel>

// The matrix of «شخصی‌سازی»: one row per item type, one checkable column per club flag
// (customers and agents may create / view / view custom fields). A checked cell is written at
// once through ItemTypeService; a refused write leaves the cell as stored and reports why.
class ClubFlagsMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, CustomerCreate, CustomerView, CustomerFields, AgentCreate, AgentView, AgentFields, ColumnCount };

    ClubFlagsMatrixModel(const Session &session, QObject *parent = nullptr);

    void reload();
    // Re-reads one type after it changed elsewhere (the detail form).
    void refresh(const QString &typeId);
    QString typeIdAt(int row) const;
    int rowOf(const QString &typeId) const;
    static bool isFlagColumn(int column) { return column > Name && column < ColumnCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void failed(const QString &error);
    void typeChanged(const QString &typeId);

private:
    static bool flag(const ItemType &t, int column);
    static void setFlag(ItemType &t, int column, bool on);
    static QString settingName(int column);

    Session m_session;
    ItemTypeService m_writer;
    QList<ItemType> m_types;
};
