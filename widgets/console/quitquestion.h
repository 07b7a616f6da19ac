// Asks before the console closes in the middle of a drill: the room would lose the projector.
#pragma once

#include "drill.h"

#include <QCoreApplication>

class QWidget;

class QuitQuestion
{
    Q_DECLARE_TR_FUNCTIONS(QuitQuestion)
public:
    // True when closing needs no question (no drill, or one not going on), or the facilitator
    // chose Quit; false on Cancel. Says that the drill can be resumed later. Cancel is the
    // default button: an Enter meant for the drill never quits.
    static bool confirm(QWidget *parent, Drill::State state);
};
