// For the cold-start benchmark: with DRILLDECK_EXIT_AFTER_FIRST_PAINT=1 in the environment, the
// program prints `first-paint vmhwm-kib=N` once its window has painted its first frame, then
// quits. drilldeck and the benchmark's minimal Qt window both use it, so both are measured alike.
#pragma once

#include <QObject>

class QWidget;

class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // Watches window when the environment asks for it; otherwise does nothing.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_seen = false;
};
