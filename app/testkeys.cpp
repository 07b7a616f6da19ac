#include "testkeys.h"
#include "drillengine.h"
#include "drillevent.h"
#include "drillsession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDialog>
#include <QEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QSocketNotifier>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

QCommandLineOption TestKeys::option()
{
    QCommandLineOption o(u"test-keys"_s, u"Test builds: press the keys read from standard "
                                         "input; say what the console stores."_s);
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

void TestKeys::installIfRequested(const QCommandLineParser &parser, MainWindow *window)
{
    if (parser.isSet(option()))
        new TestKeys(window);
}

TestKeys::TestKeys(MainWindow *window)
    : QObject(window), m_window(window),
      m_input(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this)),
      m_pace(new QTimer(this))
{
    qApp->installEventFilter(this);
    connect(m_input, &QSocketNotifier::activated, this, &TestKeys::readInput);
    // One key at a time, each from the event loop, as a keyboard's arrive.
    m_pace->setSingleShot(true);
    m_pace->setInterval(1);
    connect(m_pace, &QTimer::timeout, this, &TestKeys::pressNext);
    connect(window, &MainWindow::databaseReady, this, [this] {
        if (DrillSession *session = m_window->session())
            connect(session, &DrillSession::engineChanged, this, &TestKeys::follow);
        say(u"ready"_s);
        follow(m_window->engine()); // a drill resumed at the offer
    });
}

void TestKeys::say(const QString &line)
{
    QByteArray bytes = line.toUtf8().replace('\n', ' ');
    bytes += '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool TestKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        const auto *dialog = qobject_cast<QDialog *>(watched);
        if (dialog && dialog->isModal()) {
            const auto *box = qobject_cast<const QMessageBox *>(dialog);
            say(u"dialog %1: %2"_s.arg(dialog->windowTitle(), box ? box->text() : QString()));
        }
    }
    return false;
}

void TestKeys::readInput()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) { // the test closed its end: nothing more will come
        m_input->setEnabled(false);
        return;
    }
    m_partial.append(buffer, n);
    qsizetype end;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        m_lines << QString::fromUtf8(m_partial.left(end));
        m_partial.remove(0, end + 1);
    }
    if (!m_lines.isEmpty() && !m_pace->isActive())
        m_pace->start();
}

void TestKeys::pressNext()
{
    if (m_lines.isEmpty())
        return;
    const QString line = m_lines.takeFirst();
    QMetaObject::invokeMethod(
        this,
        [this, line] {
            // Offscreen there is no window manager to give the console the keyboard back when
            // a dialog closes: do what one would, and press the key once it has.
            if (!QApplication::activeWindow()) {
                m_window->activateWindow();
                m_lines.prepend(line);
                m_pace->start();
                return;
            }
            // The next key is taken once this one is being pressed, in order: a key that opens
            // a modal dialog returns when it closes, and the keys after it go to the dialog.
            if (!m_lines.isEmpty())
                m_pace->start();
            // Where a keyboard's key goes: the focused widget of the active window (a dialog
            // while one is open). Shortcuts are tried first, as for a real key.
            QWidget *target = QApplication::focusWidget();
            if (!target)
                target = QApplication::activeWindow();
            if (line.startsWith(u"type "_s)) {
                QTest::keyClicks(target, line.mid(5));
                return;
            }
            if (line == u"close"_s) { // the window manager's close button (Ctrl+Q is none here)
                m_window->close();
                return;
            }
            const QKeySequence keys = QKeySequence::fromString(line.mid(4));
            if (!line.startsWith(u"key "_s) || keys.count() != 1) {
                say(u"error cannot press `%1`"_s.arg(line));
                return;
            }
            QTest::keyClick(target, keys[0].key(), keys[0].keyboardModifiers());
        },
        Qt::QueuedConnection);
}

void TestKeys::follow(DrillEngine *engine)
{
    if (!engine)
        return;
    connect(engine, &DrillEngine::eventAppended, this, [](const DrillEvent &e) {
        say(u"committed %1 %2 %3"_s.arg(e.id).arg(DrillEvent::kindName(e.kind), e.text()));
    });
    connect(engine, &DrillEngine::eventPending, this, [](const DrillEvent &e) {
        say(u"pending %1 %2"_s.arg(DrillEvent::kindName(e.kind), e.text()));
    });
    connect(engine, &DrillEngine::storageFailed, this,
            [](const QString &message) { say(u"unsaved "_s + message); });
    QStringList steps;
    for (const Step &s : engine->runbook().allSteps())
        steps << s.id;
    const QList<DrillEvent> stored = engine->committedEvents();
    say(u"drill %1 %2 %3 %4 %5"_s.arg(engine->drill().id)
            .arg(Drill::stateName(engine->state()))
            .arg(stored.size())
            .arg(stored.isEmpty() ? 0 : stored.constLast().id)
            .arg(steps.join(u',')));
    const qint64 from = DrillEngine::systemClock();
    const DrillMetrics metrics = engine->metrics();
    const qint64 to = DrillEngine::systemClock();
    say(u"clock %1 %2 %3 %4"_s.arg(metrics.wallMs).arg(metrics.activeMs).arg(from).arg(to));
}
