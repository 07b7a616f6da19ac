// The real `drilldeck` binary run by tests: a command or the console, in an environment of its
// own (offscreen, settings and data under a test folder), optionally as an unprivileged user.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace DrillDeckProcess {

using namespace Qt::StringLiterals;

struct Result
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1; // the exit code, or the signal that ended it (CrashExit)
    QString out;
    QString err;
    bool exitedWith(int expected) const
    {
        return status == QProcess::NormalExit && code == expected;
    }
    QString describe() const
    {
        return (status == QProcess::NormalExit ? u"exit %1"_s : u"killed by signal %1"_s)
                   .arg(code) +
               u"\nstdout: "_s + out + u"\nstderr: "_s + err;
    }
};

// Offscreen; settings, data and temporary files under home, never the user's own.
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"TMPDIR"_s, home + u"/tmp"_s);
    env.remove(u"DRILLDECK_EXIT_AFTER_FIRST_PAINT"_s);
    // English, whatever the machine's language: a test that wants another sets LANG after this.
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    QDir().mkpath(home + u"/tmp"_s);
    return env;
}

#ifdef KILLSHIM
// env with the fault injector (tests/killshim.cpp) preloaded: at the call-th file-system step on
// a path containing match (0: none), the process gets signal, before the step or after it.
inline QProcessEnvironment withFaultInjector(QProcessEnvironment env, const QString &match,
                                             int call, int signal,
                                             const QString &when = u"before"_s)
{
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(KILLSHIM));
    // A sanitized drilldeck accepts a library loaded before its sanitizer's runtime.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s,
               (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    env.insert(u"DRILLDECK_SHIM_MATCH"_s, match);
    env.insert(u"DRILLDECK_SHIM_CALL"_s, QString::number(call));
    env.insert(u"DRILLDECK_SHIM_SIGNAL"_s, QString::number(signal));
    env.insert(u"DRILLDECK_SHIM_WHEN"_s, when);
    return env;
}
#endif

// program and its arguments as nobody (uid and gid 65534) when the test runs as root, for
// whom permission bits do not apply; as another user, as they are.
inline QStringList unprivileged(const QString &program, const QStringList &arguments)
{
    if (::geteuid() != 0)
        return QStringList{program} + arguments;
    return QStringList{
               u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s,
               program} +
           arguments;
}

inline void start(QProcess &p, const QStringList &arguments, const QProcessEnvironment &env,
                  bool asUnprivileged = false)
{
    p.setProcessEnvironment(env);
    const QString binary = QStringLiteral(DRILLDECK_BINARY);
    const QStringList command =
        asUnprivileged ? unprivileged(binary, arguments) : QStringList{binary} + arguments;
    p.start(command.constFirst(), command.mid(1));
}

inline Result finish(QProcess &p, int timeoutMs = 120'000)
{
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"(did not finish within %1 ms) "_s.arg(timeoutMs);
    }
    r.status = p.exitStatus();
    r.code = p.exitCode();
    r.out += QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err += QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

inline Result run(const QStringList &arguments, const QProcessEnvironment &env,
                  bool asUnprivileged = false)
{
    QProcess p;
    start(p, arguments, env, asUnprivileged);
    return finish(p);
}

} // namespace DrillDeckProcess
