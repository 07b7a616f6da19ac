// A database holding one long drill, for the report's and the timeline's scale (tests and
// bench): the fixture runbook of reportfixture.h run through its three steps, and between them
// as many events as asked, mostly observations, with edits, deletions, pauses and an inject.
// Written through the real DrillStore in one transaction (the engine commits event by event,
// which a fixture of 40,000 events has no time for); the events follow the engine's rules.
#pragma once

#include "database.h"
#include "drillevent.h"
#include "drillstore.h"
#include "observationledger.h"
#include "reportfixture.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "storebatch.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace BigDrillFixture {

using namespace Qt::StringLiterals;

struct Built
{
    qint64 drillId = 0;
    int events = 0;
    // The observations as the report must show them, in the order logged: the text as last
    // edited, deleted ones left out.
    QStringList observations;
    int edited = 0;  // how many of them were edited
    int deleted = 0; // observations logged and deleted again (not in the list)
};

// The text of observation number n; "|", "<b>" and "*" for the writers to escape.
inline QString observationText(int n)
{
    return u"Observation %1: the spare took a while to answer <b>pings</b> | retry *now*"_s.arg(n);
}

// Writes a drill of `events` events (at least 4) into a new database at path; nullopt when
// anything fails.
inline std::optional<Built> build(const QString &path, int events)
{
    auto opened = Database::open(path);
    if (!opened)
        return std::nullopt;
    std::unique_ptr<Database> db = std::move(opened).value();
    Built built;
    {
        DrillStore store(*db);
        RunbookRevisionStore revisions(*db);
        const QByteArray yaml = ReportFixture::yaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"jenkins.yaml"_s);
        if (!loaded.ok())
            return std::nullopt;
        const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title,
                                               DrillTestSupport::T0);
        if (!rev)
            return std::nullopt;
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = loaded.runbook->id;
        d.environment = u"test"_s;
        d.scenario = u"A day of many observations."_s;
        d.facilitator = u"Maria"_s;
        d.participants = {{u"Jonas"_s, u"driver"_s}, {u"Ada"_s, u"scribe"_s}};
        const auto created = store.createDrill(d, DrillTestSupport::T0);
        if (!created)
            return std::nullopt;
        built.drillId = created->id;

        StoreBatch batch(*db);
        if (batch.error())
            return std::nullopt;
        qint64 now = DrillTestSupport::T0;
        bool ok = true;
        QList<qint64> logged;        // observation event ids, in order
        QHash<qint64, int> position; // event id -> index into built.observations
        QList<bool> deleted;
        auto add = [&](DrillEvent::Kind kind, const QString &step = {}, const QString &payload = {},
                       const QString &author = u"Maria"_s) {
            now += 1000;
            DrillEvent e;
            e.drillId = built.drillId;
            e.kind = kind;
            e.timeMs = now;
            e.author = author;
            e.stepId = step;
            e.payload = payload;
            const auto id = store.appendEvent(e);
            ok = ok && id.ok();
            ++built.events;
            return id ? id.value() : 0;
        };
        const QStringList steps = {u"bake-ami"_s, u"launch"_s, u"verify"_s};
        add(DrillEvent::Kind::Started);
        add(DrillEvent::Kind::StepStarted, steps[0]);
        // Started, the first step started; the last step done, finished: the rest between.
        const int between = std::max(events - 4, 0);
        int step = 0;
        bool paused = false;
        bool revealed = false;
        for (int i = 1; i <= between; ++i) {
            if (paused) {
                add(DrillEvent::Kind::Resumed);
                paused = false;
            } else if (step < 2 && i >= (step + 1) * between / 3 && i < between) {
                add(DrillEvent::Kind::StepDone, steps[step]); // two events for i and i + 1
                add(DrillEvent::Kind::StepStarted, steps[++step]);
                ++i;
            } else if (!revealed && i >= between / 2) {
                add(DrillEvent::Kind::InjectRevealed, {},
                    DrillEvent::payloadWith(u"inject"_s, u"efs-slow"_s));
                revealed = true;
            } else if (i % 40 == 0 && i < between) {
                add(DrillEvent::Kind::Paused, {}, DrillEvent::payloadWith(u"reason"_s, u"lunch"_s));
                paused = true;
            } else if (i % 25 == 0 && !logged.isEmpty() && !deleted.constLast()) {
                const qint64 target = logged.constLast();
                const QString text = u"Edited observation %1 | *again*"_s.arg(i);
                add(DrillEvent::Kind::ObservationEdited, {},
                    ObservationLedger::editPayload(target, text, u"issue"_s, u"Ada"_s,
                                                   steps[step]));
                built.observations[position.value(target)] = text + u" (edited)"_s;
            } else if (i % 50 == 10 && logged.size() > 10 && !deleted[logged.size() - 10]) {
                const qint64 target = logged[logged.size() - 10];
                add(DrillEvent::Kind::ObservationDeleted, {},
                    ObservationLedger::deletePayload(target, u"duplicate"_s));
                deleted[logged.size() - 10] = true;
            } else {
                QJsonObject payload{{u"text"_s, observationText(i)},
                                    {u"category"_s, i % 3 == 0 ? u"issue"_s : u"note"_s}};
                const qint64 id =
                    add(DrillEvent::Kind::Observation, steps[step],
                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                        u"Ada"_s);
                position.insert(id, int(built.observations.size()));
                logged << id;
                deleted << false;
                built.observations << observationText(i);
            }
        }
        if (paused)
            add(DrillEvent::Kind::Resumed);
        add(DrillEvent::Kind::StepDone, steps[step]);
        add(DrillEvent::Kind::Finished);
        if (!ok || batch.commit())
            return std::nullopt;
        // Deleted observations leave the report; edited ones that were deleted too, with them.
        QStringList shown;
        int edited = 0;
        for (qsizetype i = 0; i < built.observations.size(); ++i)
            if (!deleted[i]) {
                shown << built.observations[i];
                edited += built.observations[i].endsWith(u" (edited)"_s) ? 1 : 0;
            }
        built.deleted = int(built.observations.size() - shown.size());
        built.observations = shown;
        built.edited = edited;
    }
    return built;
}

} // namespace BigDrillFixture
