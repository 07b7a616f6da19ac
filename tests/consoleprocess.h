// The real drilldeck console as the fault suite drives it: started offscreen with its test hook
// (--test-keys, app/testkeys.h), in a home of its own so that no setting of the machine is read
// or written, fed key presses on its standard input and read line by line on its output.
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <csignal>

class ConsoleProcess
{
public:
    // home: a folder for its settings, data and caches.
    explicit ConsoleProcess(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }

    ~ConsoleProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
    }

    bool start(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(DRILLDECK_BINARY),
                        arguments + QStringList{QStringLiteral("--test-keys")});
        return m_process.waitForStarted();
    }

    // A line for the hook: `key SEQUENCE` or `type TEXT`.
    void send(const QString &line) { m_process.write(line.toUtf8() + '\n'); }
    void press(const QString &keys) { send(QStringLiteral("key ") + keys); }
    void type(const QString &text) { send(QStringLiteral("type ") + text); }

    // The next whole line (after those already taken) that starts with prefix and ends with
    // suffix; the lines before it are taken too. Empty when the process ends or says nothing
    // more for timeoutMs.
    QByteArray take(const QByteArray &prefix, const QByteArray &suffix = {}, int timeoutMs = 60'000)
    {
        for (;;) {
            while (m_taken < m_lines.size()) {
                const QByteArray &line = m_lines.at(m_taken++);
                if (line.startsWith(prefix) && line.endsWith(suffix))
                    return line;
            }
            if (!readMore(timeoutMs))
                return {};
        }
    }

    // Kills it with SIGKILL, waits for it and keeps every whole line it wrote.
    void kill()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(60'000);
        collect();
    }

    // Waits for it to exit by itself (every line kept); false if it does not within timeoutMs.
    bool waitForExit(int timeoutMs = 60'000)
    {
        const bool exited = m_process.waitForFinished(timeoutMs);
        collect();
        return exited;
    }

    // Every whole line it wrote so far; the last piece of a killed process (no newline) is not.
    const QList<QByteArray> &lines() const { return m_lines; }
    QProcess &process() { return m_process; }
    QString errors() { return QString::fromLocal8Bit(m_process.readAllStandardError()); }

private:
    bool readMore(int timeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(timeoutMs))
            return collect();
        collect();
        return true;
    }

    // Moves whole lines from the output into m_lines; true when there were new ones.
    bool collect()
    {
        m_partial += m_process.readAllStandardOutput();
        const qsizetype before = m_lines.size();
        qsizetype end;
        while ((end = m_partial.indexOf('\n')) >= 0) {
            m_lines << m_partial.left(end);
            m_partial.remove(0, end + 1);
        }
        return m_lines.size() > before;
    }

    QProcess m_process;
    QByteArray m_partial;
    QList<QByteArray> m_lines;
    qsizetype m_taken = 0;
};
