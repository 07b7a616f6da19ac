// Keeps the console's controls and its drill keys apart. A check box, button or list that the
// Tab key moved the focus to takes Space, as everywhere (Space would otherwise complete the
// running step); a mouse click on one leaves the focus where it was, so Space, Page Down and
// the letters go on driving the drill.
#pragma once

#include <QObject>

class QWidget;

class FocusedControlKeys : public QObject
{
public:
    // Applies to every button, check box and list below root.
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
