// The programme as a table (View › Programme): one row per runbook and environment. Words, not
// colours: an overdue row says "overdue" in its status column (the view adds an icon through
// OverdueRole); the confidence column says the level and its tooltip says why.
#pragma once

#include "programmestatus.h"

#include <QAbstractTableModel>

class ProgrammeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunbookColumn,
        EnvironmentColumn,
        LastDrillColumn,
        NextDueColumn,
        StatusColumn,
        ConfidenceColumn,
        RtoColumn,
        ActionItemsColumn,
        ChangedColumn,
        DriversColumn,
        ColumnCount
    };
    enum Role {
        OverdueRole = Qt::UserRole + 1, // bool: the row's next drill is past due
        ConfidenceRole,                 // int: RunbookConfidence::Level
        RunbookIdRole,                  // QString
        NeedsAttentionRole,             // bool: the cell says something to act on
    };

    explicit ProgrammeModel(QObject *parent = nullptr);

    void setRows(const QList<ProgrammeStatus::Row> &rows, const QDate &today);
    const QList<ProgrammeStatus::Row> &rows() const { return m_rows; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The status column's words: "overdue 12 days", "due today", "due in 30 days".
    static QString dueText(const ProgrammeStatus::Row &row, const QDate &today);
    // "4h 10m of 4h (met)", "not restored", "-".
    static QString rtoText(const ProgrammeStatus::Row &row);
    // "Single driver — a knowledge silo: mysql-backup-verification (only Eva)."; empty when
    // every runbook has had more than one driver (or none recorded).
    static QString singleDriverText(const QList<ProgrammeStatus::Row> &rows);

private:
    QString text(const ProgrammeStatus::Row &row, int column) const;
    QString toolTip(const ProgrammeStatus::Row &row, int column) const;

    QList<ProgrammeStatus::Row> m_rows;
    QDate m_today;
};
