#include "terminationsignals.h"

#include "interruptcleanup.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<int, 3> handledSignals = {SIGTERM, SIGINT, SIGHUP};

int g_pipe[2] = {-1, -1};

extern "C" void writeSignalNumber(int signal)
{
    const int savedErrno = errno;
    const char byte = char(signal);
    // Async-signal-safe; a full pipe means an earlier signal is still unread, which is enough.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

// Creates the pipe (once) and routes the signals to it. False when no pipe could be made.
bool routeSignalsToPipe()
{
    if (g_pipe[0] < 0) {
        if (::pipe2(g_pipe, O_CLOEXEC) != 0)
            return false;
        ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    }
    struct sigaction action = {};
    action.sa_handler = &writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : handledSignals)
        ::sigaction(signal, &action, nullptr);
    return true;
}

void restoreDefaultActions()
{
    for (int signal : handledSignals)
        ::signal(signal, SIG_DFL);
}

int readSignalNumber()
{
    char byte = 0;
    for (;;) {
        const ssize_t n = ::read(g_pipe[0], &byte, 1);
        if (n == 1)
            return int(static_cast<unsigned char>(byte));
        if (n < 0 && errno == EINTR)
            continue;
        return 0;
    }
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (!routeSignalsToPipe())
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
}

TerminationSignals::~TerminationSignals()
{
    if (m_notifier)
        restoreDefaultActions();
}

void TerminationSignals::readSignal()
{
    const int signal = readSignalNumber();
    if (signal == 0)
        return;
    // Asked twice: whoever asks again does not want to wait for the orderly end.
    restoreDefaultActions();
    Q_EMIT received(signal);
}

void TerminationSignals::cleanUpAndDie()
{
    if (!routeSignalsToPipe())
        return;
    std::thread([] {
        const int signal = readSignalNumber();
        if (signal == 0)
            return;
        // Waits for a step that must not be cut in half, and holds off the next one (which
        // would register its files first) until the process is gone.
        const InterruptCleanup::Deferral hold;
        InterruptCleanup::removeAll();
        restoreDefaultActions();
        ::raise(signal);
    }).detach();
}

QString TerminationSignals::name(int signal)
{
    switch (signal) {
    case SIGTERM:
        return u"SIGTERM"_s;
    case SIGINT:
        return u"SIGINT"_s;
    case SIGHUP:
        return u"SIGHUP"_s;
    default:
        return u"signal %1"_s.arg(signal);
    }
}
