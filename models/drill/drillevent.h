// One entry of a drill's append-only event log: what happened, when (UTC ms), who said so.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct DrillEvent
{
    // Stored by name (kindName), never by number: the names are the stable format.
    enum class Kind {
        Started,
        StepStarted,
        StepDone,
        StepSkipped, // payload {"reason": "..."}
        StepBlocked, // payload {"reason": "..."}
        StepUnblocked,
        StepReopened, // payload {"reason": "mis-click"}
        Paused,
        Resumed,
        InjectRevealed, // payload {"inject": "efs-slow"}
        DataRestoredAt, // payload {"dataTimeMs": 1700000000000}: the time of the restored data
        Observation,    // payload {"text": "..."}
        Finished,
        Aborted,       // payload {"reason": "..."}
        StepUnstarted, // payload {"reason": "mis-click"}: a step started by mistake goes back
        // Live rewrite of the procedure (the step id names the step concerned):
        StepEdited,   // a step's fields changed
        StepInserted, // a missing step added
        StepRemoved,  // a step taken out
        StepMoved,    // a step moved to another place
        RunbookSaved, // the rewritten runbook stored as a new revision (and written to its file)
        // Records that may follow the end of the drill (see isRecordKind):
        ObservationEdited,  // an observation's text, category, author or step changed
        ObservationDeleted, // an observation withdrawn
        AnnotationAdded,    // a note pinned to a step
        AnnotationEdited,
        AnnotationRemoved,
        ScoreRecorded, // one evaluation criterion rated 1-5 with a comment
        // A run of the step's command ended (CommandEvidence::toPayload); while the step runs.
        CommandRun,
        // A record after the end: someone vouches for the drill's record (SignOff::toPayload):
        // payload {"name", "role", "statement", "reservations"}; the author is who signed.
        SignedOff,
        // A decision step's question answered (the step id names the decision step): payload
        // {"option": 1-based index, "label", "goto": step id or empty, "abort": bool,
        // "decisionMs": how long the decision took}. Branches not chosen are "not taken".
        DecisionMade,
        // "Now we only wait" on a machine within a running step (key W), and back to hands-on
        // work; the step's end ends its wait too.
        WaitStarted,
        WaitEnded,
    };

    qint64 id = 0; // 0 until stored
    qint64 drillId = 0;
    qint64 timeMs = 0; // UTC milliseconds since the epoch
    QString author;
    Kind kind = Kind::Observation;
    QString stepId;  // empty unless the event concerns a step
    QString payload; // a JSON object as text, or empty

    bool operator==(const DrillEvent &) const = default;

    bool isStepEvent() const { return isStepKind(kind); }
    QJsonObject payloadObject() const;
    QString reason() const;                   // payload "reason"
    QString text() const;                     // payload "text"
    QString category() const;                 // payload "category"; "note" when absent
    QString injectId() const;                 // payload "inject"
    std::optional<qint64> dataTimeMs() const; // payload "dataTimeMs"

    // The event as JSON (keys id, drillId, timeMs, author, kind, stepId, payload) and back.
    QJsonObject toJson() const;
    static std::optional<DrillEvent> fromJson(const QJsonObject &object);

    static QString kindName(Kind kind); // "step-started"
    static std::optional<Kind> kindFromName(QStringView name);
    static QStringList kindNames();
    static bool isStepKind(Kind kind);
    static bool isRewriteKind(Kind kind); // step-edited, -inserted, -removed, -moved
    // Kinds that may be logged before the start and after the end of the drill: editing the
    // record (observations, annotations, the scorecard, saving the rewritten runbook).
    static bool isRecordKind(Kind kind);
    static QString payloadWith(const QString &key, const QJsonValue &value);
    // category() of a payload already parsed.
    static QString categoryOf(const QJsonObject &payload);
};
