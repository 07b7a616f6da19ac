#include "rewritediff.h"

#include "drillevent.h"
#include "runbookwriter.h"
#include "steprewrite.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
std::vector<std::string> linesOf(const QString &text)
{
    std::vector<std::string> lines;
    if (text.isEmpty())
        return lines;
    QStringList split = text.split(u'\n');
    if (text.endsWith(u'\n'))
        split.removeLast();
    lines.reserve(size_t(split.size()));
    for (const QString &l : std::as_const(split))
        lines.push_back(l.toStdString());
    return lines;
}

QString placeOf(const QString &phaseId, int index)
{
    return u"# phase %1, position %2\n"_s.arg(phaseId).arg(index + 1);
}
} // namespace

QString RewriteDiff::Line::toString() const
{
    switch (kind) {
    case Kind::Hunk:
        return text;
    case Kind::Context:
        return u' ' + text;
    case Kind::Removed:
        return u'-' + text;
    case Kind::Added:
        return u'+' + text;
    }
    return text;
}

QList<RewriteDiff::Line> RewriteDiff::unified(const QString &before, const QString &after)
{
    QList<Line> out;
    if (before == after)
        return out;
    const std::vector<std::string> a = linesOf(before);
    const std::vector<std::string> b = linesOf(after);
    if (a.empty() || b.empty()) { // all added or all removed, numbered as diff -u does
        const bool added = a.empty();
        const std::vector<std::string> &lines = added ? b : a;
        const qsizetype n = qsizetype(lines.size());
        out.append({Line::Kind::Hunk,
                    added ? u"@@ -0,0 +1,%1 @@"_s.arg(n) : u"@@ -1,%1 +0,0 @@"_s.arg(n)});
        for (const std::string &l : lines)
            out.append(
                {added ? Line::Kind::Added : Line::Kind::Removed, QString::fromStdString(l)});
        return out;
    }
    dtl::Diff<std::string> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();
    for (const auto &hunk : diff.getUniHunks()) {
        out.append({Line::Kind::Hunk,
                    u"@@ -%1,%2 +%3,%4 @@"_s.arg(hunk.a).arg(hunk.b).arg(hunk.c).arg(hunk.d)});
        auto add = [&out](const auto &elements) {
            for (const auto &e : elements) {
                Line::Kind kind = Line::Kind::Context;
                if (e.second.type == dtl::SES_DELETE)
                    kind = Line::Kind::Removed;
                else if (e.second.type == dtl::SES_ADD)
                    kind = Line::Kind::Added;
                out.append({kind, QString::fromStdString(e.first)});
            }
        };
        add(hunk.common[0]);
        add(hunk.change);
        add(hunk.common[1]);
    }
    return out;
}

QString RewriteDiff::unifiedText(const QString &before, const QString &after)
{
    QString text;
    for (const Line &l : unified(before, after))
        text += l.toString() + u'\n';
    return text;
}

QString RewriteDiff::beforeText(const DrillEvent &event)
{
    const auto r = StepRewrite::fromEvent(event);
    if (!r || r->kind == StepRewrite::Kind::Insert)
        return {};
    QString text = QString::fromUtf8(RunbookWriter::stepToYaml(r->before));
    if (r->kind == StepRewrite::Kind::Move)
        text.prepend(placeOf(r->phaseId, r->index));
    return text;
}

QString RewriteDiff::afterText(const DrillEvent &event)
{
    const auto r = StepRewrite::fromEvent(event);
    if (!r || r->kind == StepRewrite::Kind::Remove)
        return {};
    if (r->kind == StepRewrite::Kind::Move)
        return placeOf(r->toPhaseId, r->toIndex) +
               QString::fromUtf8(RunbookWriter::stepToYaml(r->before));
    return QString::fromUtf8(RunbookWriter::stepToYaml(r->after));
}
