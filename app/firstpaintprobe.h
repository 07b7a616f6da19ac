// For the cold-start benchmark: with DRILLDECK_EXIT_AFTER_FIRST_PAINT=1 in the environment, the
// program prints `first-paint vmhwm-kib=N` once its window has painted its first frame, and
// `ready` once it is ready to drill (drilldeck: its database open), then quits. drilldeck and the
// benchmark's minimal Qt window both use it, so both are measured alike.
#pragma once

#include <QObject>

class QWidget;

class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    enum class Readiness { AtFirstPaint, WhenSetReady };
    // Watches window when the environment asks for it; otherwise does nothing. WhenSetReady: the
    // program is ready to be used only once it calls setReady(), which may come before or after
    // the first frame.
    static void installIfRequested(QWidget *window, Readiness readiness = Readiness::AtFirstPaint);
    static void setReady();

private:
    using QObject::QObject;
    void quitWhenDone();

    bool m_painted = false; // and said so
    bool m_ready = false;
};
