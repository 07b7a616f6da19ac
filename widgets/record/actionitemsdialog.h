// The action items of a drill and the ones still open from earlier drills of the runbook:
// title, owner, due date (yyyy-MM-dd) and status, each change stored at once. A bad value is
// refused with the reason and the cell goes back.
#pragma once

#include "actionitem.h"

#include <QDialog>
#include <functional>

class ActionItemStore;
class QLabel;
class QTableWidget;

class ActionItemsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Columns { TitleColumn = 0, OwnerColumn, DueColumn, StatusColumn, FromColumn };

    // drillLabel names a drill id for the "from" column ("test #2").
    ActionItemsDialog(ActionItemStore &store, qint64 drillId, const QString &runbookId,
                      std::function<QString(qint64)> drillLabel, std::function<qint64()> clock,
                      QWidget *parent = nullptr);
    ~ActionItemsDialog() override;

    QTableWidget *table() const { return m_table; }
    QString problem() const;
    void reload();

Q_SIGNALS:
    void itemsChanged();

private:
    void store(int row);

    ActionItemStore &m_store;
    qint64 m_drillId;
    QString m_runbookId;
    std::function<QString(qint64)> m_drillLabel;
    std::function<qint64()> m_clock;
    QList<ActionItem> m_items;
    QTableWidget *m_table;
    QLabel *m_problem;
    bool m_loading = false;
};
