#include "rewrittenrunbooksaver.h"

#include "drillengine.h"
#include "outputfile.h"
#include "procedurerewriter.h"
#include "rewritediff.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "runbookwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RewrittenRunbookSaver", text);
}

RewrittenRunbookSaver::Outcome failed(const QString &message)
{
    RewrittenRunbookSaver::Outcome o;
    o.status = RewrittenRunbookSaver::Outcome::Status::Failed;
    o.message = message;
    return o;
}
} // namespace

RewrittenRunbookSaver::RewrittenRunbookSaver(DrillEngine &engine, RunbookRevisionStore &revisions)
    : m_engine(engine), m_revisions(revisions)
{}

RunbookRevision RewrittenRunbookSaver::startRevision() const
{
    auto revision = m_revisions.revision(m_engine.drill().revisionId);
    return revision ? revision.value() : RunbookRevision{};
}

QByteArray RewrittenRunbookSaver::yaml() const
{
    return RunbookWriter::toYaml(m_engine.runbook(), startRevision().yaml.toUtf8());
}

QString RewrittenRunbookSaver::fileDiff() const
{
    return RewriteDiff::unifiedText(startRevision().yaml, QString::fromUtf8(yaml()));
}

bool RewrittenRunbookSaver::fileChangedSince(const QString &path, const QString &sha256)
{
    QFile file(path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return false;
    return RunbookRevisionStore::sha256Of(file.readAll()) != sha256;
}

QString RewrittenRunbookSaver::writeAtomically(const QString &path, const QByteArray &bytes)
{
    // Through OutputFile, not a bare QSaveFile: a write QSaveFile buffers and then cannot
    // finish (a full disk, a file size limit) still committed, and put a cut file in the place
    // of the team's runbook.
    QString error;
    return OutputFile::write(path, bytes, &error) ? QString() : error;
}

RewrittenRunbookSaver::Outcome RewrittenRunbookSaver::save(const QString &path,
                                                           bool overwriteChangedFile)
{
    auto start = m_revisions.revision(m_engine.drill().revisionId);
    if (!start)
        return failed(start.error().message);
    const QByteArray text = RunbookWriter::toYaml(m_engine.runbook(), start->yaml.toUtf8());

    // What is written must load back as the very procedure the drill ended with.
    const QString name = path.isEmpty() ? m_engine.runbook().id : path;
    const RunbookLoadResult loaded = RunbookLoader::loadText(text, name);
    if (!loaded.ok())
        return failed(tr("the rewritten runbook does not load back, so nothing was saved:\n%1")
                          .arg(ProcedureRewriter::message(loaded.diagnostics)));
    if (!(*loaded.runbook == m_engine.runbook()))
        return failed(tr("the rewritten runbook does not load back the same (a text yaml-cpp "
                         "cannot write?), so nothing was saved"));

    if (!path.isEmpty() && !overwriteChangedFile && fileChangedSince(path, start->sha256) &&
        fileChangedSince(path, RunbookRevisionStore::sha256Of(text))) {
        Outcome o;
        o.status = Outcome::Status::FileChanged;
        o.path = path;
        o.message = tr("%1 changed on disk since the drill loaded it (revision %2); overwriting "
                       "it would lose those changes")
                        .arg(path, start->shortHash());
        return o;
    }

    auto stored = m_revisions.addRevision(text, m_engine.runbook().id, m_engine.runbook().title,
                                          QDateTime::currentMSecsSinceEpoch());
    if (!stored)
        return failed(stored.error().message);
    if (!path.isEmpty())
        if (const QString why = writeAtomically(path, text); !why.isEmpty())
            return failed(tr("revision %1 is stored, but %2").arg(stored->shortHash(), why));

    DrillEvent event;
    event.kind = DrillEvent::Kind::RunbookSaved;
    QJsonObject payload{{u"revision"_s, double(stored->id)},
                        {u"sha256"_s, stored->sha256},
                        {u"from"_s, start->sha256}};
    if (!path.isEmpty())
        payload.insert(u"file"_s, path);
    event.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const AppendResult logged = m_engine.append(event);
    Outcome o;
    o.revision = stored.value();
    o.path = path;
    if (logged.rejected()) {
        o.status = Outcome::Status::Failed;
        o.message = tr("revision %1 is stored and written, but the drill log refused the "
                       "runbook-saved event: %2")
                        .arg(stored->shortHash(), logged.message);
        return o;
    }
    o.status = Outcome::Status::Saved;
    o.message = path.isEmpty()
                    ? tr("Stored as revision %1").arg(stored->shortHash())
                    : tr("Stored as revision %1 and written to %2").arg(stored->shortHash(), path);
    return o;
}
