#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kRecent = u"runbooks/recent"_s;
const QString kGeometry = u"mainwindow/geometry"_s;
const QString kState = u"mainwindow/state"_s;
const QString kFacilitator = u"drill/facilitator"_s;
const QString kParticipants = u"drill/participants"_s; // "name\trole" entries
const QString kEnvironment = u"drill/environment"_s;
const QString kAutoStartReady = u"drill/autoStartReadySteps"_s;
const QString kGhostReference = u"drill/ghostReference"_s;
} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent) {}

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentRunbooks() const
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentRunbook(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = recentRunbooks();
    QStringList recent = before;
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentRunbooks)
        recent.removeLast();
    if (recent == before)
        return; // the runbook opened last time, again: nothing to write (writing syncs the file)
    QSettings().setValue(kRecent, recent);
    Q_EMIT recentRunbooksChanged();
}

void AppSettings::clearRecentRunbooks()
{
    QSettings().remove(kRecent);
    Q_EMIT recentRunbooksChanged();
}

bool AppSettings::autoStartReadySteps() const
{
    return QSettings().value(kAutoStartReady, false).toBool();
}

void AppSettings::setAutoStartReadySteps(bool on)
{
    QSettings().setValue(kAutoStartReady, on);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

AppSettings::LastTeam AppSettings::lastTeam() const
{
    const QSettings settings;
    LastTeam team;
    team.environment = settings.value(kEnvironment).toString();
    team.facilitator = settings.value(kFacilitator).toString();
    const QStringList entries = settings.value(kParticipants).toStringList();
    for (const QString &entry : entries)
        team.participants.append({entry.section(u'\t', 0, 0), entry.section(u'\t', 1)});
    return team;
}

void AppSettings::setLastTeam(const LastTeam &team)
{
    QSettings settings;
    settings.setValue(kEnvironment, team.environment);
    settings.setValue(kFacilitator, team.facilitator);
    QStringList entries;
    for (const Participant &p : team.participants)
        entries << p.name + u'\t' + p.role;
    settings.setValue(kParticipants, entries);
}

QString AppSettings::ghostReference() const
{
    return QSettings().value(kGhostReference, u"best"_s).toString();
}

void AppSettings::setGhostReference(const QString &choice)
{
    QSettings().setValue(kGhostReference, choice);
}
