#include "evidencepackexporter.h"

#include "actionitemstore.h"
#include "commandevidence.h"
#include "drillreport.h"
#include "drillstore.h"
#include "eventattachment.h"
#include "evidencemanifest.h"
#include "outputfile.h"
#include "rewritediff.h"
#include "runbookrevisionstore.h"
#include "signoff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePackExporter)
};

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

// A step id as a file name: letters, digits, '.', '_' and '-' kept, anything else '_'.
QString fileSafe(const QString &name)
{
    QString safe = name;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    safe.replace(unsafe, u"_"_s);
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u"step"_s);
    return safe.left(100);
}

QString outputText(const CommandEvidence::Output &output)
{
    QString text = output.text;
    if (output.truncated)
        text += u"\n"_s +
                Text::tr("[truncated: the process wrote %1 bytes; the head and the tail are kept]")
                    .arg(output.totalBytes);
    return text;
}

QByteArray commandText(const DrillEvent &event, const CommandEvidence &run)
{
    QString t;
    t += Text::tr("Step: %1").arg(event.stepId) + u'\n';
    t += Text::tr("Command: %1").arg(run.command) + u'\n';
    t +=
        Text::tr("Outcome: %1 (%2)").arg(CommandEvidence::outcomeName(run.outcome), run.summary()) +
        u'\n';
    t += Text::tr("Exit code: %1").arg(run.exitCode) + u'\n';
    if (run.signal)
        t += Text::tr("Signal: %1").arg(run.signal) + u'\n';
    t += Text::tr("Started: %1").arg(isoTime(run.startMs)) + u'\n';
    t += Text::tr("Ended: %1").arg(isoTime(run.endMs)) + u'\n';
    if (!run.error.isEmpty())
        t += Text::tr("Error: %1").arg(run.error) + u'\n';
    t += u"\n== stdout ==\n"_s + outputText(run.standardOutput) + u"\n\n== stderr ==\n"_s +
         outputText(run.standardError) + u'\n';
    if (!run.verifyCommand.isEmpty()) {
        t += u"\n== verify: "_s + run.verifyCommand + u" ==\n"_s;
        if (run.verifyExitCode)
            t += Text::tr("Exit code: %1").arg(*run.verifyExitCode) + u'\n';
        t += outputText(run.verifyOutput) + u'\n';
    }
    return t.toUtf8();
}

QString describe(const QString &path)
{
    if (path == u"report.pdf")
        return Text::tr("The drill report, printable (PDF)");
    if (path == u"report.html")
        return Text::tr("The drill report as one self-contained HTML page");
    if (path == u"events.json")
        return Text::tr("The drill's complete event log, in the order written (JSON)");
    if (path == u"runbook-drilled.yaml")
        return Text::tr("The runbook revision that was drilled (YAML)");
    if (path == u"runbook-saved.yaml")
        return Text::tr("The runbook revision saved after the drill's live rewrites (YAML)");
    if (path == u"runbook.diff")
        return Text::tr("What changed from the drilled revision to the saved one (unified diff)");
    if (path == u"scorecard.json")
        return Text::tr("The scorecard: each criterion's newest score and comment (JSON)");
    if (path == u"action-items.json")
        return Text::tr("Action items: owner, due date, status, closing note and link (JSON)");
    if (path == u"signoffs.json")
        return Text::tr("Sign-offs: who, role, when, statement, reservations, later changes "
                        "(JSON)");
    if (path.startsWith(u"commands/"))
        return Text::tr("A step's command run: outcome, exit code, output");
    if (path.startsWith(u"images/"))
        return Text::tr("An image attached to the drill's log");
    return {};
}

QByteArray indexHtml(const DrillReport &report, const QList<EvidenceZipWriter::File> &files,
                     const QList<QByteArray> &hashes, const QList<SignOff> &signOffs, qint64 nowMs)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"_s;
    h +=
        u"<title>"_s + esc(Text::tr("Evidence of drill %1").arg(report.drill.id)) + u"</title>\n"_s;
    h += u"<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
         "line-height:1.4}table{border-collapse:collapse}td,th{border:1px solid #888;"
         "padding:.2em .5em;text-align:left;vertical-align:top}code{font-size:90%;"
         "word-break:break-all}</style>\n</head><body>\n"_s;
    h += u"<h1>"_s +
         esc(Text::tr("Evidence of drill %1: %2").arg(report.drill.id).arg(report.runbookTitle())) +
         u"</h1>\n"_s;
    h += u"<p>"_s +
         esc(Text::tr("This folder is the evidence pack of one disaster-recovery drill, written "
                      "by DrillDeck on %1. Every file is listed below with what it holds; the "
                      "file MANIFEST gives the SHA-256 of each, so that anyone can check that "
                      "nothing was changed since.")
                 .arg(isoTime(nowMs))) +
         u"</p>\n<table>\n"_s;
    auto fact = [&](const QString &name, const QString &value) {
        h += u"<tr><th>"_s + esc(name) + u"</th><td>"_s + esc(value) + u"</td></tr>\n"_s;
    };
    fact(Text::tr("Runbook"), report.runbookTitle() + u" ("_s + report.drill.runbookId + u')');
    fact(Text::tr("Revision drilled"), report.revision.sha256);
    fact(Text::tr("Environment"), report.drill.environment);
    fact(Text::tr("Iteration"), QString::number(report.drill.iteration));
    fact(Text::tr("Run"), Drill::runKindName(report.drill.runKind));
    fact(Text::tr("State"), Drill::stateName(report.metrics.state));
    fact(Text::tr("Facilitator"), report.drill.facilitator);
    if (!report.events.isEmpty())
        fact(Text::tr("Logged"),
             Text::tr("%1 to %2 (UTC), %3 events")
                 .arg(isoTime(report.events.first().timeMs), isoTime(report.events.last().timeMs))
                 .arg(report.events.size()));
    fact(Text::tr("Sign-offs"),
         signOffs.isEmpty() ? Text::tr("none") : QString::number(signOffs.size()));
    h += u"</table>\n<h2>"_s + esc(Text::tr("Files")) + u"</h2>\n<table>\n<tr><th>"_s +
         esc(Text::tr("File")) + u"</th><th>"_s + esc(Text::tr("What it holds")) + u"</th><th>"_s +
         esc(Text::tr("Bytes")) + u"</th><th>SHA-256</th></tr>\n"_s;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const EvidenceZipWriter::File &f = files.at(i);
        h += u"<tr><td><a href=\""_s + esc(f.path) + u"\">"_s + esc(f.path) + u"</a></td><td>"_s +
             esc(describe(f.path)) + u"</td><td>"_s + QString::number(f.bytes.size()) +
             u"</td><td><code>"_s + QString::fromLatin1(hashes.at(i)) + u"</code></td></tr>\n"_s;
    }
    h += u"<tr><td><a href=\"MANIFEST\">MANIFEST</a></td><td>"_s +
         esc(Text::tr("The SHA-256 of every file above and of this page, index.html")) +
         u"</td><td></td><td></td></tr>\n</table>\n"_s;
    h += u"<h2>"_s + esc(Text::tr("How to check this pack")) + u"</h2>\n<p>"_s +
         esc(Text::tr("Unzip it, then in its folder run:")) +
         u"</p>\n<pre>sha256sum -c MANIFEST</pre>\n<p>"_s +
         esc(Text::tr("Every line must say OK. DrillDeck checks the zip itself, without "
                      "extracting it, and the signature of MANIFEST when there is one "
                      "(MANIFEST.asc: OpenPGP, MANIFEST.sig: SSH):")) +
         u"</p>\n<pre>drilldeck verify PACK.zip [--allowed-signers FILE]</pre>\n<p>"_s +
         esc(Text::tr("Without DrillDeck: gpg --verify MANIFEST.asc MANIFEST, or ssh-keygen -Y "
                      "verify -f allowed_signers -I SIGNER -n drilldeck-evidence -s "
                      "MANIFEST.sig < MANIFEST.")) +
         u"</p>\n</body></html>\n"_s;
    return h.toUtf8();
}
} // namespace

QString EvidencePackExporter::suggestedFileName(qint64 drillId)
{
    return u"drill-%1-evidence.zip"_s.arg(drillId);
}

std::optional<QList<EvidenceZipWriter::File>>
EvidencePackExporter::files(StoreConnection &database, qint64 drillId, const Options &options,
                            const Progress &progress, QString *error)
{
    constexpr int stages = 5;
    auto step = [&](int done, const QString &stage) {
        return !progress || progress(done, stages, stage);
    };
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qint64 nowMs = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    if (!step(0, Text::tr("Reading the drill")))
        return fail({});
    const DrillStore drills(database);
    const RunbookRevisionStore revisions(database);
    auto loaded = DrillReport::load(drills, revisions, drillId, nowMs);
    if (!loaded)
        return fail(loaded.error().message);
    const DrillReport report = std::move(loaded).value();
    QList<EvidenceZipWriter::File> out;
    auto add = [&out](const QString &path, QByteArray bytes, bool compress = true) {
        out.append({path, std::move(bytes), compress});
    };

    if (!step(1, Text::tr("Writing the reports")))
        return fail({});
    {
        ReportExporter::Options reportOptions;
        reportOptions.exampleData = options.exampleData;
        reportOptions.pageSize = options.pageSize;
        reportOptions.format = ReportExporter::Format::Pdf;
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(u"report.pdf"_s);
        QString why;
        if (!dir.isValid())
            return fail(Text::tr("cannot make a temporary folder for the report"));
        if (ReportExporter::write(report, pdfPath, reportOptions, {}, &why) !=
            ReportExporter::Result::Written)
            return fail(why);
        QFile pdf(pdfPath);
        if (!pdf.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot read the report back: %1").arg(pdf.errorString()));
        add(u"report.pdf"_s, pdf.readAll(), false); // its streams are compressed already
        reportOptions.format = ReportExporter::Format::Html;
        add(u"report.html"_s,
            ReportExporter::html(report, ReportExporter::renderCharts(report, reportOptions))
                .toUtf8());
    }

    if (!step(2, Text::tr("Writing the log and the runbook")))
        return fail({});
    QJsonArray events;
    for (const DrillEvent &e : report.events)
        events.append(e.toJson());
    add(u"events.json"_s, json(events));
    add(u"runbook-drilled.yaml"_s, report.revision.yaml.toUtf8());
    QString savedHash;
    for (const DrillEvent &e : report.events)
        if (e.kind == DrillEvent::Kind::RunbookSaved)
            savedHash = e.payloadObject().value(u"sha256"_s).toString();
    if (!savedHash.isEmpty()) {
        auto saved = revisions.revisionByHash(savedHash);
        if (!saved)
            return fail(Text::tr("the runbook revision %1 the drill saved cannot be read: %2")
                            .arg(savedHash.left(12), saved.error().message));
        add(u"runbook-saved.yaml"_s, saved->yaml.toUtf8());
        add(u"runbook.diff"_s, (u"--- runbook-drilled.yaml\n+++ runbook-saved.yaml\n"_s +
                                RewriteDiff::unifiedText(report.revision.yaml, saved->yaml))
                                   .toUtf8());
    }
    QHash<QString, int> runsOfStep;
    for (const DrillEvent &e : report.events) {
        if (e.kind != DrillEvent::Kind::CommandRun)
            continue;
        const auto run = CommandEvidence::fromPayload(e.payloadObject());
        if (!run)
            continue;
        const QString step = fileSafe(e.stepId);
        const int n = ++runsOfStep[step];
        add(u"commands/%1-%2.txt"_s.arg(step).arg(n), commandText(e, *run));
    }

    if (!step(3, Text::tr("Adding the images")))
        return fail({});
    auto attachments = drills.attachments(drillId);
    if (!attachments)
        return fail(attachments.error().message);
    int image = 0;
    for (const EventAttachment &a : attachments.value()) {
        auto full = drills.attachment(a.id);
        if (!full)
            return fail(full.error().message);
        const QString suffix = a.mimeType == u"image/jpeg" ? u"jpg"_s : u"png"_s;
        add(u"images/%1-event-%2.%3"_s.arg(++image, 3, 10, QChar(u'0')).arg(a.eventId).arg(suffix),
            full->data, false);
    }

    if (!step(4, Text::tr("Adding the record")))
        return fail({});
    QJsonArray scores;
    for (const DrillReport::Score &s : report.scores)
        scores.append(QJsonObject{{u"criterion"_s, s.criterion},
                                  // null: not rated yet
                                  {u"score"_s, s.score > 0 ? QJsonValue(s.score) : QJsonValue()},
                                  {u"comment"_s, s.comment},
                                  {u"author"_s, s.author}});
    add(u"scorecard.json"_s, json(scores));
    const ActionItemStore itemStore(database);
    auto items = itemStore.items(drillId);
    if (!items)
        return fail(items.error().message);
    QJsonArray itemArray;
    for (const ActionItem &i : items.value())
        itemArray.append(QJsonObject{{u"id"_s, i.id},
                                     {u"title"_s, i.title},
                                     {u"owner"_s, i.owner},
                                     {u"due"_s, i.dueDate},
                                     {u"status"_s, ActionItem::statusName(i.status)},
                                     {u"created"_s, isoTime(i.createdMs)},
                                     {u"closedInDrill"_s, i.closedInDrillId},
                                     {u"closingNote"_s, i.closingNote},
                                     {u"closingLink"_s, i.closingLink},
                                     {u"closed"_s, isoTime(i.closedMs)}});
    add(u"action-items.json"_s, json(itemArray));
    const QList<SignOff> signOffs = SignOff::of(report.events);
    QJsonArray signArray;
    for (const SignOff &s : signOffs)
        signArray.append(QJsonObject{{u"name"_s, s.name},
                                     {u"role"_s, s.role},
                                     {u"time"_s, isoTime(s.timeMs)},
                                     {u"statement"_s, s.statement},
                                     {u"reservations"_s, s.reservations},
                                     {u"changesAfter"_s, s.changesAfter},
                                     {u"eventId"_s, s.eventId}});
    add(u"signoffs.json"_s, json(signArray));
    // Each file hashed once, for index.html and MANIFEST.
    QList<QByteArray> hashes;
    QList<EvidenceManifest::Entry> entries;
    for (const EvidenceZipWriter::File &f : std::as_const(out)) {
        hashes << EvidenceManifest::sha256Hex(f.bytes);
        entries.append({f.path, hashes.last()});
    }
    add(u"index.html"_s, indexHtml(report, out, hashes, signOffs, nowMs));
    entries.append({out.last().path, EvidenceManifest::sha256Hex(out.last().bytes)});
    add(QString::fromLatin1(EvidenceManifest::fileName), EvidenceManifest(entries).text());
    return out;
}

EvidencePackExporter::Result EvidencePackExporter::write(StoreConnection &database, qint64 drillId,
                                                         const QString &path,
                                                         const Options &options,
                                                         const Progress &progress, QString *error)
{
    if (const QString refusal = OutputFile::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return Result::Failed;
    }
    QString why;
    std::optional<QList<EvidenceZipWriter::File>> files =
        EvidencePackExporter::files(database, drillId, options, progress, &why);
    if (!files) {
        if (error)
            *error = why;
        return why.isEmpty() ? Result::Cancelled : Result::Failed;
    }
    const QByteArray manifest = files->last().bytes; // files() ends with MANIFEST
    if (options.signer) {
        if (progress && !progress(5, 5, Text::tr("Signing MANIFEST")))
            return Result::Cancelled;
        const auto signature = EvidenceSignature::sign(manifest, *options.signer, error);
        if (!signature)
            return Result::Failed;
        files->append({EvidenceSignature::fileName(options.signer->kind), *signature, false});
    }
    if (progress && !progress(5, 5, Text::tr("Writing the zip")))
        return Result::Cancelled;
    const qint64 nowMs = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    return EvidenceZipWriter::write(path, *files, nowMs, error) ? Result::Written : Result::Failed;
}
