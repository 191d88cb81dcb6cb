#pragma once
#include "models/core/TabularImport.h"

#include <QAbstractTableModel>

// An import wizard's preview: one row per input row and what will happen to it. A thin adapter
// over a TabularImport's plans; it copies them so the wizard may re-validate underneath it.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Action, Key, Name, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlans(const QList<ImportRow> &plans);
    // The title of the Key column: what the rows are known by ("Username" unless set).
    void setKeyTitle(const QString &title) { m_keyTitle = title; }
    // Keys that are numbers (customer numbers, national IDs) are shown in the reader's digits;
    // usernames are not.
    void setKeyInReadersDigits(bool on) { m_keyInReadersDigits = on; }
    static QString actionCode(ImportRow::Action action); // create|update|skip|error
    // Row of the model whose plan is a problem (error or skip).
    bool isProblem(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRow> m_plans;
    QString m_keyTitle;
    bool m_keyInReadersDigits = false;
};
