#include "ui/members/ImportPlanModel.h"

#include "ui/members/MemberLabels.h"

#include <QBrush>
#include <QLocale>

void ImportPlanModel::setPlans(const QList<ClubUserImport::RowPlan> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

QString ImportPlanModel::actionCode(ClubUserImport::RowPlan::Action action)
{
    using A = ClubUserImport::RowPlan::Action;
    switch (action) {
    case A::Create:
        return QStringLiteral("create");
    case A::Update:
        return QStringLiteral("update");
    case A::Skip:
        return QStringLiteral("skip");
    case A::Error:
        break;
    }
    return QStringLiteral("error");
}

bool ImportPlanModel::isProblem(int row) const
{
    using A = ClubUserImport::RowPlan::Action;
    const A a = m_plans.value(row).action;
    return a == A::Error || a == A::Skip;
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const ClubUserImport::RowPlan &p = m_plans.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Action && p.action == ClubUserImport::RowPlan::Action::Error)
        return QBrush(Qt::darkRed);
    if (role == Qt::UserRole)
        return actionCode(p.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return QLocale().toString(p.line);
    case Action:
        return MemberLabels::planActions().value(actionCode(p.action));
    case Username:
        return p.username;
    case Name:
        return p.displayName;
    case Reason:
        return p.reasons.join(QStringLiteral("؛ "));
    }
    return {};
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Row");
    case Action:
        return tr("What happens");
    case Username:
        return tr("Username");
    case Name:
        return tr("Name");
    case Reason:
        return tr("Reason");
    }
    return {};
}
