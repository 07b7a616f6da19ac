// The notes pinned to steps, as they stand now: annotation-added, -edited and -removed events
// folded. One note per step; the facilitator chooses whether the projector shows it.
#pragma once

#include "drillevent.h"

#include <QList>
#include <QMap>

class AnnotationLedger
{
public:
    struct Annotation
    {
        QString stepId;
        QString text;
        bool onProjector = false; // shown to the room only when the facilitator said so
        QString author;
        qint64 timeMs = 0; // last added or changed

        bool operator==(const Annotation &) const = default;
    };

    AnnotationLedger() = default;
    explicit AnnotationLedger(const QList<DrillEvent> &events);

    void apply(const DrillEvent &event); // other kinds are ignored
    // Why an annotation event cannot apply (no step id, a second note on a step, a change to
    // a note that is not there, bad text), or empty. Other kinds: empty.
    QString check(const DrillEvent &event) const;

    const Annotation *find(const QString &stepId) const;
    QList<Annotation> annotations() const; // by step id
    // The texts the projector may show, in the given step order.
    QStringList projectorTexts(const QStringList &stepOrder) const;

    static QString payload(const QString &text, bool onProjector);

private:
    QMap<QString, Annotation> m_byStep;
};
