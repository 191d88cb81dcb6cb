#include "ui/settings/ClubFlagsMatrixModel.h"

#include "models/club/ItemTypeRepository.h"
#include "ui/settings/SettingsLabels.h"

ClubFlagsMatrixModel::ClubFlagsMatrixModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_writer(*session.store)
{
    reload();
}

void ClubFlagsMatrixModel::reload()
{
    beginResetModel();
    m_types = ItemTypeRepository(*m_session.store).byEntity(QString());
    endResetModel();
}

void ClubFlagsMatrixModel::refresh(const QString &typeId)
{
    const int row = rowOf(typeId);
    if (row < 0)
        return;
    if (const auto t = m_writer.stored(typeId)) {
        m_types[row] = *t;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString ClubFlagsMatrixModel::typeIdAt(int row) const
{
    return row >= 0 && row < m_types.size() ? m_types.at(row).id : QString();
}

int ClubFlagsMatrixModel::rowOf(const QString &typeId) const
{
    for (int i = 0; i < m_types.size(); ++i)
        if (m_types.at(i).id == typeId)
            return i;
    return -1;
}

int ClubFlagsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int ClubFlagsMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClubFlagsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ItemType &t = m_types.at(index.row());
    if (index.column() == Name) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return t.name;
        if (role == Qt::ToolTipRole)
            return SettingsLabels::entity(t.entity);
        return {};
    }
    if (role == Qt::CheckStateRole)
        return flag(t, index.column()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::UserRole) // sorts by the flag
        return flag(t, index.column());
    return {};
}

QVariant ClubFlagsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Item type");
    case CustomerCreate: return tr("Customers\ncreate");
    case CustomerView: return tr("Customers\nview");
    case CustomerFields: return tr("Customers\nsee custom fields");
    case AgentCreate: return tr("Agents\ncreate");
    case AgentView: return tr("Agents\nview");
    case AgentFields: return tr("Agents\nsee custom fields");
    default: return {};
    }
}

Qt::ItemFlags ClubFlagsMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isFlagColumn(index.column()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ClubFlagsMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !isFlagColumn(index.column()))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    ItemType &t = m_types[index.row()];
    if (flag(t, index.column()) == on)
        return true;
    const int column = index.column();
    if (!m_writer.change(m_session.actor(), t.id, settingName(column), on ? QStringLiteral("true") : QStringLiteral("false"),
                         [column, on](ItemType &stored) { setFlag(stored, column, on); })) {
        emit failed(m_writer.error());
        return false;
    }
    setFlag(t, column, on);
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::UserRole});
    emit typeChanged(t.id);
    return true;
}

bool ClubFlagsMatrixModel::flag(const ItemType &t, int column)
{
    switch (column) {
    case CustomerCreate: return t.customerCanCreate;
    case CustomerView: return t.customerCanView;
    case CustomerFields: return t.customerCanViewFields;
    case AgentCreate: return t.agentCanCreate;
    case AgentView: return t.agentCanView;
    case AgentFields: return t.agentCanViewFields;
    default: return false;
    }
}

void ClubFlagsMatrixModel::setFlag(ItemType &t, int column, bool on)
{
    switch (column) {
    case CustomerCreate: t.customerCanCreate = on; break;
    case CustomerView: t.customerCanView = on; break;
    case CustomerFields: t.customerCanViewFields = on; break;
    case AgentCreate: t.agentCanCreate = on; break;
    case AgentView: t.agentCanView = on; break;
    case AgentFields: t.agentCanViewFields = on; break;
    default: break;
    }
}

QString ClubFlagsMatrixModel::settingName(int column)
{
    static const char *const names[] = {"", "customer_can_create", "customer_can_view", "customer_can_view_fields",
                                        "agent_can_create", "agent_can_view", "agent_can_view_fields"};
    return QString::fromLatin1(names[column]);
}
