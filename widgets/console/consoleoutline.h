// The console's runbook outline: steps by phase with status, planned against actual and a note
// icon; it follows the step in focus by jumps and lays out the rows just ahead of a jump.
#pragma once

#include <QPersistentModelIndex>
#include <QSet>
#include <QTreeView>

class RunbookModel;
class StepStatusDelegate;

class ConsoleOutline : public QTreeView
{
    Q_OBJECT
public:
    ConsoleOutline(RunbookModel *model, QWidget *parent);

    // The step of the selected row; empty when none is.
    QString selectedStep() const;
    // Makes the step's row the current one without telling the selection's followers, repaints
    // the two rows whose highlight moved and scrolls only when the row is out of view.
    void follow(const QModelIndex &index);
    // The steps with a note pinned to them; only the rows whose note came or went repaint.
    void setAnnotatedSteps(const QSet<QString> &stepIds);

private:
    void prepareAhead();

    RunbookModel *m_model;
    StepStatusDelegate *m_delegate;
    QPersistentModelIndex m_prepared; // the last row prepareAhead laid out
};
