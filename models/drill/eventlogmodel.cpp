#include "eventlogmodel.h"

#include "commandevidence.h"
#include "duration.h"
#include "interfacedates.h"
#include "quickentry.h"

#include <QDateTime>
#include <QTimeZone>

EventLogModel::EventLogModel(QObject *parent) : QAbstractListModel(parent) {}

EventLogModel::~EventLogModel() = default;

void EventLogModel::setRunbook(const Runbook &runbook)
{
    beginResetModel();
    m_runbook = runbook;
    endResetModel();
}

void EventLogModel::setEvents(const QList<DrillEvent> &events)
{
    beginResetModel();
    m_events = events;
    m_ledger = ObservationLedger(events);
    m_rows.clear();
    m_attachments.clear();
    for (int row = 0; row < int(m_events.size()); ++row)
        if (m_events[row].id > 0)
            m_rows.insert(m_events[row].id, row);
    endResetModel();
}

void EventLogModel::append(const DrillEvent &event)
{
    if (event.id > 0) {
        int firstPending = int(m_events.size());
        while (firstPending > 0 && m_events[firstPending - 1].id == 0)
            --firstPending;
        if (firstPending < m_events.size()) {
            DrillEvent shown = m_events[firstPending];
            shown.id = event.id;
            if (shown == event) {
                storePending(firstPending, event);
                return;
            }
        }
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event);
    const qint64 changed = event.id > 0 ? recordStored(row, event) : 0;
    endInsertRows();
    if (changed > 0 && changed != event.id)
        changedRow(changed);
}

qint64 EventLogModel::recordStored(int row, const DrillEvent &stored)
{
    m_rows.insert(stored.id, row);
    return m_ledger.apply(stored);
}

void EventLogModel::storePending(int row, const DrillEvent &stored)
{
    m_events[row] = stored;
    const qint64 changed = recordStored(row, stored);
    Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
    if (changed > 0 && changed != stored.id)
        changedRow(changed);
}

void EventLogModel::setAttachments(const QList<EventAttachment> &attachments)
{
    m_attachments.clear();
    for (const EventAttachment &a : attachments)
        m_attachments.insert(a.eventId, a);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, NUM_COLUMNS - 1));
}

void EventLogModel::addAttachment(const EventAttachment &attachment)
{
    EventAttachment description = attachment;
    description.data.clear(); // the bytes stay in the database
    m_attachments.insert(attachment.eventId, description);
    changedRow(attachment.eventId);
}

int EventLogModel::rowOfEvent(qint64 eventId) const
{
    return m_rows.value(eventId, -1);
}

void EventLogModel::changedRow(qint64 eventId)
{
    const int row = rowOfEvent(eventId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, NUM_COLUMNS - 1));
}

QString EventLogModel::clockTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(u"HH:mm");
}

QString EventLogModel::stepTitle(const QString &stepId) const
{
    const Step *step = m_runbook.findStep(stepId);
    return step ? step->title : stepId;
}

QString EventLogModel::describe(const DrillEvent &e) const
{
    using Kind = DrillEvent::Kind;
    const QString step = stepTitle(e.stepId);
    const QString reason = e.reason();
    auto withReason = [&](const QString &text) {
        return reason.isEmpty() ? text : tr("%1 — %2").arg(text, reason);
    };
    switch (e.kind) {
    case Kind::Started:
        return tr("Drill started");
    case Kind::StepStarted:
        return tr("Started “%1”").arg(step);
    case Kind::StepDone:
        return tr("Done “%1”").arg(step);
    case Kind::StepSkipped:
        return withReason(tr("Skipped “%1”").arg(step));
    case Kind::StepBlocked:
        return withReason(tr("Blocked “%1”").arg(step));
    case Kind::StepUnblocked:
        return tr("Unblocked “%1”").arg(step);
    case Kind::StepReopened:
        return withReason(tr("Reopened “%1”").arg(step));
    case Kind::StepUnstarted:
        return withReason(tr("Not started after all: “%1”").arg(step));
    case Kind::Paused:
        return tr("Paused");
    case Kind::Resumed:
        return tr("Resumed");
    case Kind::InjectRevealed:
        for (const Inject &inject : m_runbook.injects)
            if (inject.id == e.injectId())
                return tr("Inject: %1").arg(inject.title);
        return tr("Inject: %1").arg(e.injectId());
    case Kind::DataRestoredAt:
        return tr("Restored data is from %1")
            .arg(InterfaceDates::dateTime(
                QDateTime::fromMSecsSinceEpoch(e.dataTimeMs().value_or(0)).toLocalTime()));
    case Kind::Observation: {
        const ObservationLedger::Observation *o = m_ledger.find(e.id);
        if (!o)
            return observationText(e);
        QString text = QuickEntry::prefixOf(o->category) + o->text;
        if (o->deleted)
            text = tr("%1 (deleted)").arg(text);
        else if (o->edits > 0)
            text = tr("%1 (edited)").arg(text);
        if (const auto a = m_attachments.constFind(e.id); a != m_attachments.constEnd())
            text += tr(" [image, %1]").arg(EventAttachment::sizeText(a->size));
        return text;
    }
    case Kind::Finished:
        return tr("Drill finished");
    case Kind::Aborted:
        return withReason(tr("Drill aborted"));
    case Kind::StepEdited:
        return tr("Rewrote “%1”").arg(step);
    case Kind::StepInserted:
        return tr("Inserted “%1”").arg(step);
    case Kind::StepRemoved:
        return tr("Removed “%1”").arg(step);
    case Kind::StepMoved:
        return tr("Moved “%1”").arg(step);
    case Kind::RunbookSaved:
        return tr("Saved the rewritten runbook");
    case Kind::ObservationEdited:
        return tr("Edited an observation to: %1")
            .arg(QuickEntry::prefixOf(e.category()) + e.text());
    case Kind::ObservationDeleted: {
        const ObservationLedger::Observation *o = m_ledger.find(ObservationLedger::targetOf(e));
        return withReason(o ? tr("Deleted the observation “%1”").arg(o->text)
                            : tr("Deleted an observation"));
    }
    case Kind::AnnotationAdded:
        return tr("Annotated “%1”: %2").arg(step, e.text());
    case Kind::AnnotationEdited:
        return tr("Changed the note on “%1”: %2").arg(step, e.text());
    case Kind::AnnotationRemoved:
        return tr("Removed the note on “%1”").arg(step);
    case Kind::ScoreRecorded:
        return tr("Scored “%1”").arg(e.payloadObject().value(u"criterion").toString());
    case Kind::CommandRun: {
        const std::optional<CommandEvidence> run = CommandEvidence::fromPayload(e.payloadObject());
        if (!run)
            return tr("Ran the command of “%1”").arg(step);
        return tr("Ran `%1`: %2").arg(run->shortCommand(), run->summary());
    }
    case Kind::SignedOff:
        return tr("Signed off the drill as %1").arg(e.payloadObject().value(u"role").toString());
    case Kind::DecisionMade:
        return tr("Decided at “%1”: %2").arg(step, e.payloadObject().value(u"label").toString());
    case Kind::WaitStarted:
        return tr("Now only waiting on a machine in “%1”").arg(step);
    case Kind::WaitEnded:
        return tr("Back to hands-on work in “%1”").arg(step);
    }
    return {};
}

QString EventLogModel::observationText(const DrillEvent &event)
{
    return QuickEntry::prefixOf(event.category()) + event.text();
}

QStringList EventLogModel::authors() const
{
    QStringList out;
    for (const DrillEvent &e : m_events)
        if (!e.author.isEmpty() && !out.contains(e.author))
            out.append(e.author);
    return out;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillEvent &e = m_events[index.row()];
    const ObservationLedger::Observation *o =
        e.kind == DrillEvent::Kind::Observation ? m_ledger.find(e.id) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return clockTime(e.timeMs);
        case AuthorColumn:
            return o ? o->author : e.author;
        case WhatColumn:
            return describe(e);
        }
        return {};
    case Qt::ToolTipRole:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc())
            .toString(Qt::ISODateWithMs);
    case KindRole:
        return int(e.kind);
    case StepIdRole:
        return o ? o->stepId : e.stepId;
    case TimeMsRole:
        return e.timeMs;
    case IsObservationRole:
        return e.kind == DrillEvent::Kind::Observation;
    case CategoryRole:
        if (o)
            return o->category;
        return e.kind == DrillEvent::Kind::Observation ? e.category() : QString();
    case EventIdRole:
        return e.id;
    case IsDeletedRole:
        return o && o->deleted;
    case AttachmentIdRole:
        return m_attachments.value(e.id).id;
    case ObservationTextRole:
        return o ? o->text : e.text();
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What happened");
    }
    return {};
}
