// The box that says a runbook cannot be opened: its first problems as plain text, every problem
// behind Show Details only when there are more than it shows, and Enter closes it.
#pragma once

#include "diagnostic.h"

class QMessageBox;
class QWidget;

class InvalidRunbookBox
{
public:
    static constexpr int shownProblems = 3;

    // Opened window-modal, deleted when closed; not waited for.
    static QMessageBox *open(const QString &path, const QList<Diagnostic> &diagnostics,
                             QWidget *parent);
};
