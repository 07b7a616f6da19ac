// A test hook, compiled only with the CMake option DRILLDECK_TEST_HOOKS (the ci and asan presets;
// never in a build that is installed): `drilldeck --test-keys ...` takes key presses from its
// standard input and presses them where the keyboard's would go (the focused window, a dialog
// when one is open), and says on its standard output what the console shows and stores, so that
// the fault suite can drive the real console, kill it at any moment and check what it resumes.
//
// Input, one per line:  key SEQUENCE   e.g. `key F5`, `key PgDown`, `key Ctrl+N` (portable text)
//                       type TEXT      the text's characters, one key each
//                       close          the console's close button, as a window manager's would
// Output, one per line, flushed:
//   dialog TITLE: TEXT                a modal dialog was shown (a message box with its text)
//   ready                             the database is open and any resume offer answered
//   drill ID STATE EVENTS LAST-ID STEP-IDS   the drill the console now runs, its stored events
//   clock WALL ACTIVE FROM TO        its metrics (ms), read between FROM and TO (UTC ms)
//   committed ID KIND TEXT           an event stored (TEXT: an observation's)
//   pending KIND TEXT                an event kept in memory: the store refused it
//   unsaved MESSAGE                  the console says events are not saved
#pragma once

#include <QObject>
#include <QStringList>

class DrillEngine;
class MainWindow;
class QCommandLineOption;
class QCommandLineParser;
class QSocketNotifier;
class QTimer;

// No Q_OBJECT: it has no signal or slot (its connections are to members and lambdas), so it
// needs no moc, which a build directory switched to DRILLDECK_TEST_HOOKS would not rerun.
class TestKeys : public QObject
{
public:
    static QCommandLineOption option();
    // Starts reading keys when the parsed command line asks for it; window outlives the hook.
    static void installIfRequested(const QCommandLineParser &parser, MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TestKeys(MainWindow *window);
    void readInput();
    void pressNext();
    void follow(DrillEngine *engine);
    static void say(const QString &line);

    MainWindow *m_window;
    QSocketNotifier *m_input;
    QTimer *m_pace;
    QByteArray m_partial;
    QStringList m_lines;
};
