#include "scorecard.h"

#include "quickentry.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Scorecard", text);
}
} // namespace

Scorecard::Scorecard(const QList<DrillEvent> &events)
{
    for (const DrillEvent &e : events)
        apply(e);
}

QString Scorecard::payload(const QString &criterion, int score, const QString &comment)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"criterion"_s, criterion}, {u"score"_s, score}, {u"comment"_s, comment}})
            .toJson(QJsonDocument::Compact));
}

QString Scorecard::check(const DrillEvent &e, const QStringList &criteria)
{
    if (e.kind != DrillEvent::Kind::ScoreRecorded)
        return {};
    const QJsonObject p = e.payloadObject();
    const QString criterion = p.value(u"criterion"_s).toString();
    if (!criteria.contains(criterion))
        return criteria.isEmpty()
                   ? tr("the runbook has no evaluation criteria to rate")
                   : tr("`%1` is not one of the runbook's evaluation criteria").arg(criterion);
    const QJsonValue score = p.value(u"score"_s);
    if (!score.isDouble() || score.toDouble() != double(score.toInt()) ||
        score.toInt() < minScore || score.toInt() > maxScore)
        return tr("a score is a whole number from %1 to %2").arg(minScore).arg(maxScore);
    const QString comment = p.value(u"comment"_s).toString();
    if (!comment.trimmed().isEmpty())
        if (const QString problem = QuickEntry::textProblem(comment); !problem.isEmpty())
            return tr("the comment on “%1”: %2").arg(criterion, problem);
    return {};
}

void Scorecard::apply(const DrillEvent &e)
{
    if (e.kind != DrillEvent::Kind::ScoreRecorded)
        return;
    const QJsonObject p = e.payloadObject();
    const QString criterion = p.value(u"criterion"_s).toString();
    auto it = std::find_if(m_scores.begin(), m_scores.end(),
                           [&](const Score &s) { return s.criterion == criterion; });
    if (it == m_scores.end()) {
        Score fresh;
        fresh.criterion = criterion;
        m_scores.append(fresh);
        it = std::prev(m_scores.end());
    }
    it->score = p.value(u"score"_s).toInt();
    it->comment = p.value(u"comment"_s).toString();
    it->author = e.author;
    it->timeMs = e.timeMs;
    ++it->ratings;
}

const Scorecard::Score *Scorecard::find(const QString &criterion) const
{
    for (const Score &s : m_scores)
        if (s.criterion == criterion)
            return &s;
    return nullptr;
}
