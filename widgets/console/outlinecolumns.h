// Sizes the console outline's columns: every column but the title is as wide as its header and
// the widest cell it has shown, and the title column stretches over the rest of the room.
#pragma once

#include <QObject>
#include <QStringList>

class QModelIndex;
class QTreeView;

class OutlineColumns : public QObject
{
    Q_OBJECT
public:
    // The outline's model must be set; the fitting lives as long as the outline.
    static void install(QTreeView *outline);

private:
    explicit OutlineColumns(QTreeView *outline);
    // A new runbook: each column back to its header and the runbook's texts.
    void fitAll();
    // Cells that changed (a status, a clock) widen their column when they need more room.
    void fitCells(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // The widest of texts in the outline's font (bold: as a running step's row is drawn), with
    // a cell's margins; 0: all empty.
    int textWidth(const QStringList &texts, bool bold = true) const;
    void grow(int column, int width);

    QTreeView *m_outline;
};
