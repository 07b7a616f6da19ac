// Runs the rest of a test's scope as the user nobody when the test runs as root (CI does), so
// that a read-only file or folder refuses writes as it does for the people who run DrillDeck:
// root writes them anyway. The process's real and effective user and group become nobody's, its
// supplementary groups none, so it has no capability left; root's saved id brings it back at
// the end of the scope. The paths handed over (and everything under them) become nobody's first.
// As any other user it changes nothing.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

#include <vector>

class RunAsNobody
{
public:
    explicit RunAsNobody(const QStringList &handedOver)
    {
        if (::geteuid() != 0)
            return;
        const passwd *user = ::getpwnam("nobody");
        const uid_t uid = user ? user->pw_uid : 65534;
        const gid_t gid = user ? user->pw_gid : 65534;
        for (const QString &path : handedOver) {
            if (!handOver(path, uid, gid))
                return;
            QDirIterator it(path,
                            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                if (!handOver(it.next(), uid, gid))
                    return;
        }
        const int count = ::getgroups(0, nullptr);
        m_groups.resize(size_t(qMax(count, 0)));
        if (count < 0 || ::getgroups(count, m_groups.data()) != count) {
            m_error = failure("getgroups");
            return;
        }
        // Groups first: once the user is nobody, changing them is not allowed.
        if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, 0) != 0) {
            m_error = failure("setgroups/setresgid");
            restoreGroups();
            return;
        }
        if (::setresuid(uid, uid, 0) != 0) {
            m_error = failure("setresuid");
            restoreGroups();
            return;
        }
        m_dropped = true;
    }

    ~RunAsNobody()
    {
        if (!m_dropped)
            return;
        // The saved id is root's: going back needs no capability, and brings them back.
        if (::setresuid(0, 0, 0) != 0)
            qFatal("cannot become root again: %s", std::strerror(errno));
        restoreGroups();
    }

    RunAsNobody(const RunAsNobody &) = delete;
    RunAsNobody &operator=(const RunAsNobody &) = delete;

    // Why the ids could not be changed (the test should skip and say so); empty when it worked
    // or was not needed.
    QString error() const { return m_error; }

private:
    static QString failure(const char *what)
    {
        return QStringLiteral("cannot run as the user nobody (%1: %2)")
            .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
    }

    bool handOver(const QString &path, uid_t uid, gid_t gid)
    {
        if (::lchown(QFile::encodeName(path).constData(), uid, gid) == 0)
            return true;
        m_error = failure("lchown") + u' ' + path;
        return false;
    }

    void restoreGroups()
    {
        if (::setresgid(0, 0, 0) != 0 || ::setgroups(m_groups.size(), m_groups.data()) != 0)
            qFatal("cannot restore root's groups: %s", std::strerror(errno));
    }

    std::vector<gid_t> m_groups;
    QString m_error;
    bool m_dropped = false;
};
