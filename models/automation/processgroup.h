// A command's process group (its shell leads it, its children share it): signalling all of it,
// and whether any member still runs. A zombie does not run: on a machine whose init does not
// reap orphans, a killed member stays as one, and waiting for it would never end.
#pragma once

#include <QtGlobal>

class ProcessGroup
{
public:
    // kill(-groupId, sig); false when no process is left in the group (or groupId is not one).
    static bool signal(qint64 groupId, int sig);
    // Whether a member of the group is alive (not a zombie), read from /proc.
    static bool hasLiveMembers(qint64 groupId);
    // Whether a process exists and is not a zombie.
    static bool isAlive(qint64 pid);
};
