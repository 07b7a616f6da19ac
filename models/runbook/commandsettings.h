// How a step's command runs: the keys `shell`, `workdir`, `env` and `timeout`. A runbook's are
// the defaults of all its steps; a step's own win, key by key (`env` entry by entry).
#pragma once

#include <QList>
#include <QPair>
#include <QString>

struct CommandSettings
{
    QString shell; // the program and its arguments before the command, e.g. "bash -c"; empty: unset
    QString workdir; // relative to the runbook's folder, or absolute; empty: unset
    QList<QPair<QString, QString>> env; // in file order
    qint64 timeoutSeconds = 0;          // 0: unset

    bool operator==(const CommandSettings &) const = default;
};
