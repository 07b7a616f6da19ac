// The console's "how to start" panel: the few keys a newcomer needs, shown until a drill opens.
#pragma once

#include <QLabel>

// No dialog to click away: it sits in the console while no drill is open and goes by itself.
class FirstStepsHint : public QLabel
{
    Q_OBJECT
public:
    explicit FirstStepsHint(QWidget *parent = nullptr);
};
