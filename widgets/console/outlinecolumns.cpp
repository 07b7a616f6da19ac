// Sizes the console outline's columns: every column but the title is as wide as its header and
// the widest cell it has shown, and the title column stretches over the rest of the room.
#include "outlinecolumns.h"

#include "runbookmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

void OutlineColumns::install(QTreeView *outline)
{
    new OutlineColumns(outline);
}

OutlineColumns::OutlineColumns(QTreeView *outline) : QObject(outline), m_outline(outline)
{
    QHeaderView *header = m_outline->header();
    header->setStretchLastSection(false);
    // Widths measured from the texts, never ResizeToContents: that measures every row on every
    // change, which a 500-step runbook turns into a visible lag on each clicker press. Here a
    // change measures only the cells it changed.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunbookModel::TitleColumn, QHeaderView::Stretch);
    QAbstractItemModel *model = m_outline->model();
    connect(model, &QAbstractItemModel::modelReset, this, &OutlineColumns::fitAll);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutlineColumns::fitCells);
    fitAll();
}

void OutlineColumns::fitAll()
{
    QAbstractItemModel *model = m_outline->model();
    for (int column = RunbookModel::TitleColumn + 1; column < model->columnCount(); ++column)
        m_outline->setColumnWidth(column, m_outline->header()->sectionSizeHint(column));
    grow(RunbookModel::StatusColumn, textWidth(RunbookModel::statusColumnTexts()));
    grow(RunbookModel::StatusColumn, textWidth({RunbookModel::unfinishedText()}, false));
    for (int phase = 0; phase < model->rowCount(); ++phase) {
        const QModelIndex parent = model->index(phase, 0);
        const int steps = model->rowCount(parent);
        if (steps > 0)
            fitCells(model->index(0, 0, parent),
                     model->index(steps - 1, model->columnCount(parent) - 1, parent));
    }
}

void OutlineColumns::fitCells(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid())
        return;
    const int first = qMax(topLeft.column(), int(RunbookModel::TitleColumn) + 1);
    for (int column = first; column <= bottomRight.column(); ++column) {
        QStringList texts;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            texts << topLeft.sibling(row, column).data().toString();
        grow(column, textWidth(texts));
    }
}

int OutlineColumns::textWidth(const QStringList &texts, bool bold) const
{
    // In bold, as a running step's row is drawn, so the column does not widen when it starts;
    // the margins the view's style draws around a cell's text, and a gap to the next column.
    QFont font = m_outline->font();
    font.setBold(bold);
    const QFontMetrics metrics(font);
    const int padding =
        2 * (m_outline->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_outline) +
             1) +
        metrics.averageCharWidth() / 2;
    int widest = 0;
    for (const QString &text : texts)
        if (!text.isEmpty())
            widest = qMax(widest, metrics.horizontalAdvance(text) + padding);
    return widest;
}

void OutlineColumns::grow(int column, int width)
{
    if (width > m_outline->columnWidth(column))
        m_outline->setColumnWidth(column, width);
}
