#pragma once
#include "models/club/ItemTypeRepository.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

// The custom fields of one item type as an editable table (name, type, required); a field's
// order is its row. The model only holds the list: every edit emits edited() and the item
// type form writes the whole list through ItemTypeService.
class CustomFieldsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Required, ColumnCount };

    explicit CustomFieldsModel(QObject *parent = nullptr);

    void setFields(const QList<CustomField> &fields);
    QList<CustomField> fields() const { return m_fields; }
    int add(const QString &name); // returns the new row
    void remove(int row);
    void move(int row, int delta); // -1 up, +1 down

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void edited();

private:
    QList<CustomField> m_fields;
};

// Edits the Type column with a list of the field types.
class FieldTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
