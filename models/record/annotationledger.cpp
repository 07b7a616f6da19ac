#include "annotationledger.h"

#include "quickentry.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotationLedger", text);
}
} // namespace

AnnotationLedger::AnnotationLedger(const QList<DrillEvent> &events)
{
    for (const DrillEvent &e : events)
        apply(e);
}

QString AnnotationLedger::payload(const QString &text, bool onProjector)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"text"_s, text}, {u"projector"_s, onProjector}})
            .toJson(QJsonDocument::Compact));
}

QString AnnotationLedger::check(const DrillEvent &e) const
{
    using Kind = DrillEvent::Kind;
    if (e.kind != Kind::AnnotationAdded && e.kind != Kind::AnnotationEdited &&
        e.kind != Kind::AnnotationRemoved)
        return {};
    if (e.stepId.isEmpty())
        return tr("a note is pinned to a step; this %1 event names none")
            .arg(DrillEvent::kindName(e.kind));
    const bool exists = m_byStep.contains(e.stepId);
    if (e.kind == Kind::AnnotationAdded && exists)
        return tr("step `%1` already has a note; change that one").arg(e.stepId);
    if (e.kind != Kind::AnnotationAdded && !exists)
        return tr("step `%1` has no note to change").arg(e.stepId);
    if (e.kind == Kind::AnnotationRemoved)
        return {};
    return QuickEntry::textProblem(e.text());
}

void AnnotationLedger::apply(const DrillEvent &e)
{
    using Kind = DrillEvent::Kind;
    switch (e.kind) {
    case Kind::AnnotationAdded:
    case Kind::AnnotationEdited: {
        Annotation &a = m_byStep[e.stepId];
        a.stepId = e.stepId;
        a.text = e.text();
        a.onProjector = e.payloadObject().value(u"projector"_s).toBool();
        a.author = e.author;
        a.timeMs = e.timeMs;
        break;
    }
    case Kind::AnnotationRemoved:
        m_byStep.remove(e.stepId);
        break;
    default:
        break;
    }
}

const AnnotationLedger::Annotation *AnnotationLedger::find(const QString &stepId) const
{
    const auto it = m_byStep.constFind(stepId);
    return it == m_byStep.constEnd() ? nullptr : &*it;
}

QList<AnnotationLedger::Annotation> AnnotationLedger::annotations() const
{
    return m_byStep.values();
}

QStringList AnnotationLedger::projectorTexts(const QStringList &stepOrder) const
{
    QStringList out;
    for (const QString &id : stepOrder)
        if (const Annotation *a = find(id); a && a->onProjector)
            out.append(a->text);
    return out;
}
