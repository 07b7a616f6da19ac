// The action items of a drill and the ones still open from earlier drills of the runbook:
// title, owner, due date (yyyy-MM-dd) and status, each change stored at once. A bad value is
// refused with the reason and the cell goes back. Close with Evidence… closes the selected item
// with a note and a link to the proof; the last column shows how each closed item was closed.
#pragma once

#include "actionitem.h"

#include <QDialog>
#include <functional>

class ActionItemStore;
class QLabel;
class QPushButton;
class QTableWidget;

class ActionItemsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Columns {
        TitleColumn = 0,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        FromColumn,
        EvidenceColumn
    };

    // drillLabel names a drill id for the "from" column ("test #2").
    ActionItemsDialog(ActionItemStore &store, qint64 drillId, const QString &runbookId,
                      std::function<QString(qint64)> drillLabel, std::function<qint64()> clock,
                      QWidget *parent = nullptr);
    ~ActionItemsDialog() override;

    QTableWidget *table() const { return m_table; }
    QString problem() const;
    void reload();
    // Closes the item of the row (done or dropped) with a note and a link, as the dialog of
    // Close with Evidence… does once answered; false (and the problem shown) when refused.
    bool closeWithEvidence(int row, ActionItem::Status status, const QString &note,
                           const QString &link);
    // Close with Evidence…: asks for them about the selected row.
    void closeSelected();
    QPushButton *closeButton() const { return m_close; }

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
    QPushButton *m_close;
    bool m_loading = false;
};
