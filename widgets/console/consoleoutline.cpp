// The console's runbook outline (see consoleoutline.h).
#include "consoleoutline.h"

#include "outlinecolumns.h"
#include "runbookmodel.h"
#include "stepstatusdelegate.h"

ConsoleOutline::ConsoleOutline(RunbookModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model), m_delegate(new StepStatusDelegate(this))
{
    setModel(m_model);
    setItemDelegate(m_delegate);
    setUniformRowHeights(true);
    // Following the current step scrolls in jumps (see follow), not a row per press: a
    // scrolled outline repaints every visible row.
    setAutoScroll(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Runbook outline"));
    OutlineColumns::install(this);
}

QString ConsoleOutline::selectedStep() const
{
    return currentIndex().data(RunbookModel::StepIdRole).toString();
}

void ConsoleOutline::setAnnotatedSteps(const QSet<QString> &stepIds)
{
    // Only the rows whose note came or went repaint: a whole outline per action (or per tick)
    // costs milliseconds a clicker press does not have.
    for (const QString &stepId : m_delegate->setAnnotatedSteps(stepIds))
        update(m_model->indexOfStep(stepId));
}

void ConsoleOutline::follow(const QModelIndex &index)
{
    if (currentIndex() == index)
        return;
    const QModelIndex previous = currentIndex();
    {
        const QSignalBlocker block(selectionModel());
        setCurrentIndex(index);
    }
    // With the selection model's signals blocked the view does not repaint the highlight:
    // the row that had it and the row that gets it, and nothing else.
    for (const QModelIndex &changed : {previous, index}) {
        if (!changed.isValid())
            continue;
        const QRect cell = visualRect(changed);
        viewport()->update(QRect(0, cell.top(), viewport()->width(), cell.height()));
    }
    const QRect row = visualRect(index);
    if (!viewport()->rect().contains(row))
        scrollTo(index, QAbstractItemView::PositionAtCenter);
    prepareAhead();
}

// Lays out the text of the rows just below the outline's view, three rows per step shown, up
// to a page ahead: the jump that brings them into view then paints them from the delegate's
// cache instead of shaping twenty rows of text at once, which made the slowest presses.
void ConsoleOutline::prepareAhead()
{
    const QRect view = viewport()->rect();
    QModelIndex row = indexAt(QPoint(1, view.bottom()));
    if (!row.isValid())
        return; // the outline ends inside the view
    if (m_prepared.isValid() && visualRect(m_prepared).top() > visualRect(row).top())
        row = m_prepared;
    const int ahead = view.bottom() + view.height();
    for (int n = 0; n < 3; ++n) {
        const QModelIndex next = indexBelow(row);
        if (!next.isValid() || visualRect(next).top() > ahead)
            break;
        for (int column = 0; column < RunbookModel::NUM_COLUMNS; ++column)
            if (!isColumnHidden(column))
                m_delegate->prepare(this, next.siblingAtColumn(column));
        row = next;
    }
    m_prepared = row;
}
