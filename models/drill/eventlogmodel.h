// A drill's event log as a list for views, newest last: time, who, what happened in words.
#pragma once

#include "drillevent.h"
#include "eventattachment.h"
#include "observationledger.h"
#include "runbook.h"

#include <QAbstractListModel>

class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn = 0, AuthorColumn, WhatColumn, NUM_COLUMNS };
    // An observation's row shows it as it stands now (edits applied, "edited" marked, a
    // deleted one struck through); the edit and delete events keep their own rows.
    enum Roles {
        KindRole = Qt::UserRole,
        StepIdRole,
        TimeMsRole,
        IsObservationRole,
        CategoryRole,
        EventIdRole,
        IsDeletedRole,      // an observation that was deleted
        AttachmentIdRole,   // the id of the row's image, 0 when none
        ObservationTextRole // the current text, without prefix or marks
    };

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    void setRunbook(const Runbook &runbook);
    void setEvents(const QList<DrillEvent> &events);
    // Appends an event, pending (id 0: the database has not taken it yet) or stored. A stored
    // event that is shown already as pending — the engine stores its pending queue in order,
    // before any newer event — takes that row instead of a second one.
    void append(const DrillEvent &event);
    // Images (descriptions only) of the events; shown as a mark in the row.
    void setAttachments(const QList<EventAttachment> &attachments);
    void addAttachment(const EventAttachment &attachment);
    const QList<DrillEvent> &events() const { return m_events; }
    const ObservationLedger &ledger() const { return m_ledger; }
    int rowOfEvent(qint64 eventId) const; // -1 when not there

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

    void changedRow(qint64 eventId);
    // A stored event's row found by its id, and its effect on the observations: the id of the
    // observation it changed, or 0.
    qint64 recordStored(int row, const DrillEvent &stored);
    void storePending(int row, const DrillEvent &stored);

    Runbook m_runbook;
    QList<DrillEvent> m_events;
    ObservationLedger m_ledger;
    QHash<qint64, int> m_rows;                    // event id -> row
    QHash<qint64, EventAttachment> m_attachments; // by event id
};
