// A drill's event log as a list for views, newest last: time, who, what happened in words.
#pragma once

#include "drillevent.h"
#include "runbook.h"

#include <QAbstractListModel>

class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn = 0, AuthorColumn, WhatColumn, NUM_COLUMNS };
    enum Roles { KindRole = Qt::UserRole, StepIdRole, TimeMsRole, IsObservationRole, CategoryRole };

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    void setRunbook(const Runbook &runbook);
    void setEvents(const QList<DrillEvent> &events);
    void append(const DrillEvent &event);
    const QList<DrillEvent> &events() const { return m_events; }

    // "Step “Bake the AMI” done", "Paused", "Observation: text" — for logs and the projector.
    QString describe(const DrillEvent &event) const;
    // An observation as the room reads it: "! DNS record is missing" for an issue.
    static QString observationText(const DrillEvent &event);
    QStringList authors() const;
    // Local wall-clock time, "10:41".
    static QString clockTime(qint64 utcMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stepTitle(const QString &stepId) const;

    Runbook m_runbook;
    QList<DrillEvent> m_events;
};
