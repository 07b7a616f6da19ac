#include "evidencereport.h"

#include "commandevidence.h"
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceReport)
};

QString utcSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString exitStatus(const CommandEvidence &e)
{
    if (e.signal > 0)
        return Text::tr("ended by signal %1").arg(e.signal);
    if (e.exitCode < 0)
        return u"—"_s;
    return QString::number(e.exitCode);
}

// The last lines of the output, each line and the whole capped, as lines of a code block.
QStringList tailOf(const CommandEvidence &e, bool *cut)
{
    QStringList lines = e.outputTail(EvidenceReport::tailLines).split(u'\n');
    qsizetype total = 0;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines[i].size() > EvidenceReport::lineChars) {
            lines[i] = lines[i].left(EvidenceReport::lineChars - 1) + u'…';
            *cut = true;
        }
        total += lines[i].size() + 1;
        if (total > EvidenceReport::tailChars) {
            lines = lines.mid(i + 1);
            *cut = true;
            break;
        }
    }
    return lines;
}

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

void addRun(ReportDocument &doc, const CommandEvidence &e)
{
    QList<QStringList> facts = {
        {Text::tr("Outcome"), e.summary()},
        {Text::tr("Exit status"), exitStatus(e)},
        {Text::tr("Started"), utcSeconds(e.startMs)},
        {Text::tr("Duration"), DrillReportComposer::span(e.durationMs())},
    };
    if (!e.verifyCommand.isEmpty())
        facts.append({Text::tr("Verification"),
                      e.verifyExitCode
                          ? Text::tr("%1 — exit %2").arg(e.verifyCommand).arg(*e.verifyExitCode)
                          : Text::tr("%1 — not run").arg(e.verifyCommand)});
    if (!e.error.isEmpty() && e.outcome != CommandEvidence::Outcome::FailedToStart)
        facts.append({Text::tr("Note"), e.error});
    doc.facts(facts);
    doc.paragraph(Text::tr("Command:"));
    doc.code(e.command.trimmed().split(u'\n'));
    const qint64 written =
        e.standardOutput.totalBytes + e.standardError.totalBytes + e.verifyOutput.totalBytes;
    bool cut = false;
    const QStringList tail = tailOf(e, &cut);
    if (tail.join(QString()).trimmed().isEmpty()) {
        doc.paragraph(Text::tr("No output."));
        return;
    }
    const bool capped =
        e.standardOutput.truncated || e.standardError.truncated || e.verifyOutput.truncated;
    QString label = Text::tr("Output, up to its last %1 lines (%2 written; stderr after stdout):")
                        .arg(EvidenceReport::tailLines)
                        .arg(bytes(written));
    if (capped)
        label += u' ' + Text::tr("DrillDeck kept only the head and the tail of it.");
    if (cut)
        label += u' ' + Text::tr("Long lines are cut here.");
    doc.paragraph(label);
    doc.code(tail);
}
} // namespace

void EvidenceReport::addEvidence(ReportDocument &doc, const DrillReport &r)
{
    bool any = false;
    int number = 0;
    for (const StepMetrics &s : r.metrics.steps) {
        ++number;
        QList<CommandEvidence> runs;
        for (const DrillEvent &e : r.events)
            if (e.kind == DrillEvent::Kind::CommandRun && e.stepId == s.stepId)
                if (auto evidence = CommandEvidence::fromPayload(e.payloadObject()))
                    runs.append(*evidence);
        if (runs.isEmpty())
            continue;
        if (!any) {
            doc.heading(Text::tr("Command evidence"));
            doc.paragraph(Text::tr("What the steps' commands did when DrillDeck ran them: "
                                   "each run's outcome, the command, and the end of its "
                                   "output."));
            any = true;
        }
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QString title = u"%1. %2"_s.arg(number).arg(s.title);
            doc.heading(runs.size() == 1
                            ? title
                            : Text::tr("%1 — run %2 of %3").arg(title).arg(i + 1).arg(runs.size()),
                        3);
            addRun(doc, runs[i]);
        }
    }
}
