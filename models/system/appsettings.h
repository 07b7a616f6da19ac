// The user's preferences over QSettings, in one place, with change signals.
#pragma once

#include "participant.h"

#include <QList>
#include <QObject>
#include <QStringList>

class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRecentRunbooks = 10;

    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    QStringList recentRunbooks() const;
    // Puts the path first, drops duplicates and paths beyond the limit.
    void addRecentRunbook(const QString &path);
    void clearRecentRunbooks();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // Who ran the last drill, and where: the start dialog's defaults for the next one.
    struct LastTeam
    {
        QString environment;
        QString facilitator;
        QList<Participant> participants;
    };
    LastTeam lastTeam() const;
    void setLastTeam(const LastTeam &team);

    // The Drill menu's option: ready steps start by themselves when their dependencies finish.
    bool autoStartReadySteps() const;
    void setAutoStartReadySteps(bool on);
    // Which previous drill the ghost races: "best" (default) or "last" (ReferenceRun::choiceName).
    QString ghostReference() const;
    void setGhostReference(const QString &choice);

Q_SIGNALS:
    void recentRunbooksChanged();
};
