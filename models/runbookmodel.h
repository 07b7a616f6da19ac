// A runbook as a tree for views: phases at the top level, their steps beneath.
#pragma once

#include "runbook.h"

#include <QAbstractItemModel>

class RunbookModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns { TitleColumn = 0, RoleColumn, ExpectedColumn, AutomationColumn, NUM_COLUMNS };
    enum Roles { StepIdRole = Qt::UserRole, PhaseIdRole, IsStepRole };

    explicit RunbookModel(QObject *parent = nullptr);
    ~RunbookModel() override;

    void setRunbook(const Runbook &runbook);
    const Runbook &runbook() const { return m_runbook; }
    QModelIndex indexOfStep(const QString &stepId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr PhaseMarker = ~quintptr(0);
    Runbook m_runbook;
};
