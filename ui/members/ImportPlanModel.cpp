#include "ui/members/ImportPlanModel.h"

#include "models/persian/Digits.h"
#include "ui/members/MemberLabels.h"

#include <QBrush>
#include <QLocale>

void ImportPlanModel::setPlans(const QList<ImportRow> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

QString ImportPlanModel::actionCode(ImportRow::Action action)
{
    using A = ImportRow::Action;
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
    using A = ImportRow::Action;
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
    const ImportRow &p = m_plans.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Action && p.action == ImportRow::Action::Error)
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
    case Key:
        return m_keyInReadersDigits ? Persian::toReadersDigits(p.key) : p.key;
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
    case Key:
        return m_keyTitle.isEmpty() ? tr("Username") : m_keyTitle;
    case Name:
        return tr("Name");
    case Reason:
        return tr("Reason");
    }
    return {};
}
