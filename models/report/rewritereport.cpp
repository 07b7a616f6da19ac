#include "rewritereport.h"

#include "drillreport.h"
#include "duration.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RewriteReport)
};

using Kind = DrillEvent::Kind;
using Role = RewriteHistory::Role;

QString verb(Kind kind)
{
    switch (kind) {
    case Kind::StepInserted:
        return Text::tr("inserted");
    case Kind::StepRemoved:
        return Text::tr("removed");
    case Kind::StepMoved:
        return Text::tr("moved");
    default:
        return Text::tr("edited");
    }
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// The keys whose values differ, in the order the step has them.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList changed;
    for (const QString &key : std::as_const(keys))
        if (before.value(key) != after.value(key))
            changed << key;
    return changed;
}

// The fields of a step that changed, as "- old" / "+ new" lines under "key:" headers.
// Durations are stored in seconds and shown as the runbook writes them.
QStringList stepDiff(const QJsonObject &before, const QJsonObject &after)
{
    auto text = [](const QString &key, const QJsonValue &v) {
        return key == u"expected" && v.isDouble() ? Duration::format(qint64(v.toDouble()))
                                                  : jsonText(v);
    };
    QStringList lines;
    for (const QString &key : changedKeys(before, after)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        lines << u"  "_s + key + u':';
        for (const QString &l : text(key, a).split(u'\n'))
            if (!a.isUndefined())
                lines << u"- "_s + l;
        for (const QString &l : text(key, b).split(u'\n'))
            if (!b.isUndefined())
                lines << u"+ "_s + l;
    }
    return lines;
}

// "step 3 of Rebuild the instance"
QString placeOf(const Runbook &runbook, const QString &phaseId, int index)
{
    QString phase = phaseId;
    for (const Phase &p : runbook.phases)
        if (p.id == phaseId && !p.title.isEmpty())
            phase = p.title;
    return Text::tr("step %1 of %2").arg(index + 1).arg(phase);
}

QString titleOf(const QJsonObject &before, const QJsonObject &after, const QString &stepId)
{
    QString title = after.value(u"title"_s).toString();
    if (title.isEmpty())
        title = before.value(u"title"_s).toString();
    return title.isEmpty() ? stepId : title;
}

// One step's rewrites folded: the step before the first of them and after the last.
struct NetChange
{
    QString stepId;
    QJsonObject before; // empty: the step was not there (inserted)
    QJsonObject after;  // empty: it is not there any more (removed)
    QString fromPhase;
    int fromIndex = -1;
    QString toPhase;
    int toIndex = -1;
    bool moved = false;
    QList<const DrillReport::Rewrite *> rewrites;

    bool placeChanged() const { return moved && (fromPhase != toPhase || fromIndex != toIndex); }
};

QList<NetChange> netChanges(const QList<DrillReport::Rewrite> &rewrites)
{
    QList<NetChange> out;
    for (const DrillReport::Rewrite &w : rewrites) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const NetChange &n) { return n.stepId == w.stepId; });
        if (it == out.end()) {
            NetChange n;
            n.stepId = w.stepId;
            n.before = w.kind == Kind::StepInserted ? QJsonObject() : w.before;
            n.fromPhase = w.phaseId;
            n.fromIndex = w.index;
            out.append(n);
            it = out.end() - 1;
        }
        it->after = w.kind == Kind::StepRemoved ? QJsonObject() : w.after;
        if (w.kind == Kind::StepMoved) {
            it->moved = true;
            it->toPhase = w.toPhaseId;
            it->toIndex = w.toIndex;
        }
        it->rewrites.append(&w);
    }
    return out;
}

// "edited, undone, redone; by Sam, the last at 01-02 10:12:03"
QString account(const NetChange &n)
{
    QStringList steps;
    QStringList authors;
    for (const DrillReport::Rewrite *w : n.rewrites) {
        steps << (w->role == Role::Undo   ? Text::tr("undone")
                  : w->role == Role::Redo ? Text::tr("redone")
                                          : verb(w->kind));
        if (!authors.contains(w->author))
            authors << w->author;
    }
    return Text::tr("%1; by %2, the last at %3")
        .arg(steps.join(u", "_s), authors.join(u", "_s),
             RewriteReport::clockTime(n.rewrites.last()->timeMs));
}

// The history says more than the net changes: a step was rewritten twice, or a rewrite was
// undone or redone.
bool historyNeeded(const QList<DrillReport::Rewrite> &rewrites)
{
    QSet<QString> steps;
    for (const DrillReport::Rewrite &w : rewrites) {
        if (w.role != Role::Change || steps.contains(w.stepId))
            return true;
        steps.insert(w.stepId);
    }
    return false;
}
} // namespace

QString RewriteReport::clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"MM-dd HH:mm:ss"_s);
}

QString RewriteReport::label(DrillEvent::Kind kind, RewriteHistory::Role role)
{
    switch (role) {
    case Role::Undo:
        return Text::tr("%1 (undo)").arg(verb(kind));
    case Role::Redo:
        return Text::tr("%1 (redo)").arg(verb(kind));
    case Role::Change:
        break;
    }
    return verb(kind);
}

void RewriteReport::addNetChanges(ReportDocument &doc, const DrillReport &r)
{
    doc.heading(Text::tr("Rewrites"));
    if (r.rewrites.isEmpty()) {
        doc.paragraph(Text::tr("The procedure was not rewritten during this drill."));
        return;
    }
    const bool history = historyNeeded(r.rewrites);
    if (history)
        doc.paragraph(
            Text::tr("The net change to each step: the step as the revision had it against "
                     "the step as the drill left it. Every rewrite, undo and redo is listed "
                     "in the appendix “Rewrite history” at the end."));
    for (const NetChange &n : netChanges(r.rewrites)) {
        const QString title = titleOf(n.before, n.after, n.stepId);
        if (n.before.isEmpty() && n.after.isEmpty()) {
            doc.paragraph(Text::tr("Step “%1”: inserted and removed again, no net change (%2).")
                              .arg(title, account(n)));
            continue;
        }
        QStringList lines;
        QString what;
        if (n.before.isEmpty()) {
            what = verb(Kind::StepInserted);
            lines << u"  place:"_s
                  << u"+ "_s + placeOf(r.runbook, n.moved ? n.toPhase : n.fromPhase,
                                       n.moved ? n.toIndex : n.fromIndex);
        } else if (n.after.isEmpty()) {
            what = verb(Kind::StepRemoved);
        } else if (n.placeChanged()) {
            what = changedKeys(n.before, n.after).isEmpty() ? verb(Kind::StepMoved)
                                                            : Text::tr("edited and moved");
            if (n.fromIndex >= 0 && n.toIndex >= 0)
                lines << u"  place:"_s << u"- "_s + placeOf(r.runbook, n.fromPhase, n.fromIndex)
                      << u"+ "_s + placeOf(r.runbook, n.toPhase, n.toIndex);
        } else {
            what = verb(Kind::StepEdited);
        }
        lines << stepDiff(n.before, n.after);
        if (lines.isEmpty()) {
            doc.paragraph(Text::tr("Step “%1”: no net change (%2).").arg(title, account(n)));
            continue;
        }
        if (n.rewrites.size() == 1) {
            const DrillReport::Rewrite *w = n.rewrites.first();
            doc.heading(Text::tr("Step “%1” %2 at %3 by %4")
                            .arg(title, what, clockTime(w->timeMs), w->author),
                        3);
        } else {
            doc.heading(Text::tr("Step “%1” %2").arg(title, what), 3);
            doc.paragraph(Text::tr("The net change of these rewrites: %1.").arg(account(n)));
        }
        doc.diff(lines);
    }
}

void RewriteReport::addHistory(ReportDocument &doc, const DrillReport &r)
{
    if (!historyNeeded(r.rewrites))
        return;
    doc.heading(Text::tr("Appendix: rewrite history"));
    doc.paragraph(
        Text::tr("Every live rewrite in the order it was made; an undo takes back the latest "
                 "change still in force, a redo brings back the latest change undone."));
    QList<QStringList> rows;
    for (const DrillReport::Rewrite &w : r.rewrites) {
        QStringList fields = changedKeys(w.before, w.after);
        if (w.kind == Kind::StepMoved)
            fields.prepend(Text::tr("place"));
        rows.append({clockTime(w.timeMs), w.author, titleOf(w.before, w.after, w.stepId),
                     label(w.kind, w.role), fields.join(u", "_s)});
    }
    doc.table({Text::tr("Time (UTC)"), Text::tr("Who"), Text::tr("Step"), Text::tr("Rewrite"),
               Text::tr("Fields")},
              rows, 2);
}
