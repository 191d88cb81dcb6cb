#pragma once
#include "models/club/ClubUserImport.h"

#include <QAbstractTableModel>

// The bulk wizard's preview: one row per input row and what will happen to it. A thin adapter
// over ClubUserImport's plans; it copies them so the wizard may re-validate underneath it.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Action, Username, Name, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlans(const QList<ClubUserImport::RowPlan> &plans);
    static QString actionCode(ClubUserImport::RowPlan::Action action); // create|update|skip|error
    // Row of the model whose plan is a problem (error or skip).
    bool isProblem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClubUserImport::RowPlan> m_plans;
};
