#include "drill.h"

#include "drillevent.h"

using namespace Qt::StringLiterals;

QString Drill::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return u"planned"_s;
    case State::Running:
        return u"running"_s;
    case State::Paused:
        return u"paused"_s;
    case State::Finished:
        return u"finished"_s;
    case State::Aborted:
        return u"aborted"_s;
    }
    return {};
}

QString Drill::runKindName(RunKind kind)
{
    return kind == RunKind::Automated ? u"automated"_s : u"hand"_s;
}

Drill::RunKind Drill::runKindFromName(QStringView name)
{
    return name == u"automated" ? RunKind::Automated : RunKind::Hand;
}

Drill::State Drill::stateFromEvents(const QList<DrillEvent> &events)
{
    State state = State::Planned;
    for (const DrillEvent &e : events) {
        switch (e.kind) {
        case DrillEvent::Kind::Started:
        case DrillEvent::Kind::Resumed:
            if (!isEnded(state))
                state = State::Running;
            break;
        case DrillEvent::Kind::Paused:
            if (state == State::Running)
                state = State::Paused;
            break;
        case DrillEvent::Kind::Finished:
            state = State::Finished;
            break;
        case DrillEvent::Kind::Aborted:
            state = State::Aborted;
            break;
        default:
            break;
        }
    }
    return state;
}
