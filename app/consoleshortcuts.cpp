// The console's keyboard actions (see consoleshortcuts.h).
#include "consoleshortcuts.h"

void ConsoleShortcuts::setDrillOpen(bool open)
{
    for (QAction *a : std::as_const(m_needDrill))
        a->setEnabled(open || a->shortcuts().contains(QKeySequence(Qt::Key_F5)));
}
