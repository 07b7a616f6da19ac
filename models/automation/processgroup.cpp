// Signals a process group and finds its live members in /proc.
#include "processgroup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {
struct ProcessStat
{
    char state = 0;
    qint64 group = 0;
};

// /proc/PID/stat: "pid (comm) state ppid pgrp ...", the command name may hold spaces and ')'.
std::optional<ProcessStat> readStat(const QString &pid)
{
    QFile file(u"/proc/"_s + pid + u"/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 3 || fields[0].isEmpty())
        return std::nullopt;
    return ProcessStat{fields[0][0], fields[2].toLongLong()};
}
} // namespace

bool ProcessGroup::signal(qint64 groupId, int sig)
{
    if (groupId <= 1)
        return false; // kill(0) or kill(-1) would reach far more than the command
    return ::kill(-pid_t(groupId), sig) == 0;
}

bool ProcessGroup::hasLiveMembers(qint64 groupId)
{
    if (groupId <= 1 || ::kill(-pid_t(groupId), 0) != 0)
        return false;
    const QDir proc(u"/proc"_s);
    if (!proc.exists())
        return true; // no /proc: kill() said the group still has members
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (!pid.front().isDigit())
            continue;
        const std::optional<ProcessStat> stat = readStat(pid);
        if (stat && stat->group == groupId && stat->state != 'Z' && stat->state != 'X')
            return true;
    }
    return false;
}

bool ProcessGroup::isAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    const std::optional<ProcessStat> stat = readStat(QString::number(pid));
    return !stat || (stat->state != 'Z' && stat->state != 'X');
}
