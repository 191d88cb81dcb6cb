#include "ui/settings/CustomFieldsModel.h"

#include "ui/settings/SettingsLabels.h"

#include <QComboBox>

namespace {
QString typeLabel(const QString &code)
{
    for (const auto &[c, text] : SettingsLabels::fieldTypes())
        if (c == code)
            return text;
    return code;
}
}

CustomFieldsModel::CustomFieldsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomFieldsModel::setFields(const QList<CustomField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int CustomFieldsModel::add(const QString &name)
{
    const int row = int(m_fields.size());
    beginInsertRows({}, row, row);
    CustomField f;
    f.name = name;
    m_fields << f;
    endInsertRows();
    emit edited();
    return row;
}

void CustomFieldsModel::remove(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
    emit edited();
}

void CustomFieldsModel::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_fields.size() || to < 0 || to >= m_fields.size())
        return;
    // beginMoveRows wants the destination before which the row lands
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_fields.move(row, to);
    endMoveRows();
    emit edited();
}

int CustomFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int CustomFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CustomField &f = m_fields.at(index.row());
    switch (index.column()) {
    case Name:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(f.name) : QVariant();
    case Type:
        if (role == Qt::DisplayRole)
            return typeLabel(f.fieldType);
        return role == Qt::EditRole ? QVariant(f.fieldType) : QVariant();
    case Required:
        return role == Qt::CheckStateRole ? QVariant(f.required ? Qt::Checked : Qt::Unchecked) : QVariant();
    default:
        return {};
    }
}

QVariant CustomFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1); // the order, in the reader's digits
    switch (section) {
    case Name: return tr("Field name");
    case Type: return tr("Type");
    case Required: return tr("Required");
    default: return {};
    }
}

Qt::ItemFlags CustomFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == Required ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

bool CustomFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    CustomField &f = m_fields[index.row()];
    if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == f.name)
            return false; // a field keeps a name; an emptied cell goes back to the old one
        f.name = name;
    } else if (index.column() == Type && role == Qt::EditRole) {
        if (value.toString() == f.fieldType)
            return false;
        f.fieldType = value.toString();
    } else if (index.column() == Required && role == Qt::CheckStateRole) {
        f.required = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

QWidget *FieldTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    for (const auto &[code, text] : SettingsLabels::fieldTypes())
        box->addItem(text, code);
    return box;
}

void FieldTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
}

void FieldTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}
