// RewrittenRunbookSaver: the rewritten procedure becomes the next revision and the file, whole
// or not at all, and never over a file someone changed since the drill loaded it.
#include "database.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "rewrittenrunbooksaver.h"
#include "runasnobody.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "steprewrite.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

namespace {
const QString jenkinsPath = QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class TestRewrittenRunbookSaver : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DrillSession> m_session;
    QString m_file;
    QByteArray m_source;
    DrillEngine *m_engine = nullptr;
    qint64 m_now = T0;

    Step dnsStep() const
    {
        Step s;
        s.id = u"recreate-dns-record"_s;
        s.title = u"Recreate the DNS record with Terraform"_s;
        s.role = u"aws-admin"_s;
        s.expectedSeconds = 600;
        s.automation = Step::Automation::Scripted;
        s.command =
            u"terraform -chdir=terraform/jenkins apply -target=aws_route53_record.jenkins"_s;
        s.dependsOn = {u"terraform-apply"_s};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_file = m_dir->filePath(u"jenkins-rebuild.yaml"_s);
        QVERIFY(QFile::copy(jenkinsPath, m_file));
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        const RunbookLoadResult loaded = RunbookLoader::loadFile(m_file);
        QVERIFY(loaded.ok());
        m_source = loaded.source;
        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
        m_now = T0;
        m_session->setClock([this] { return m_now; });
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Alex"_s;
        auto created = m_session->createDrill(m_source, *loaded.runbook, d);
        QVERIFY(created.ok());
        m_engine = created.value();
        QVERIFY(m_engine->start().committed());
        QVERIFY(m_engine->rewrite(StepRewrite::insert(u"rebuild"_s, 3, dnsStep())).committed());
    }

    void cleanup()
    {
        m_engine = nullptr;
        m_session.reset();
        m_dir.reset();
    }

    void savesTheNextRevisionAndTheFile()
    {
        RewrittenRunbookSaver saver(*m_engine, m_session->revisions());
        const RunbookRevision start = saver.startRevision();
        QCOMPARE(start.sha256, RunbookRevisionStore::sha256Of(m_source));
        QVERIFY(saver.fileDiff().contains(u"\n+      - id: recreate-dns-record\n"_s));

        const auto outcome = saver.save(m_file);
        QVERIFY2(outcome.saved(), qPrintable(outcome.message));
        QVERIFY(outcome.revision.id > start.id);
        QCOMPARE(outcome.revision.sha256, RunbookRevisionStore::sha256Of(readFile(m_file)));
        QCOMPARE(m_session->revisions().revisions(u"jenkins-rebuild"_s)->size(), 2);
        // The file loads as the rewritten procedure; the header comment is still there.
        const RunbookLoadResult again = RunbookLoader::loadFile(m_file);
        QVERIFY(again.ok());
        QCOMPARE(*again.runbook, m_engine->runbook());
        QVERIFY(again.source.startsWith("# yaml-language-server"));
        // Nothing but the file in the folder: no temporary left behind.
        QCOMPARE(QDir(m_dir->path()).entryList({u"*.yaml*"_s}, QDir::Files),
                 QStringList{u"jenkins-rebuild.yaml"_s});
        // Logged: runbook-saved with the revision and the file.
        const DrillEvent last = m_engine->committedEvents().constLast();
        QCOMPARE(last.kind, DrillEvent::Kind::RunbookSaved);
        QCOMPARE(last.author, u"Alex"_s);
        QCOMPARE(qint64(last.payloadObject().value(u"revision"_s).toDouble()), outcome.revision.id);
        QCOMPARE(last.payloadObject().value(u"file"_s).toString(), m_file);
        QCOMPARE(last.payloadObject().value(u"from"_s).toString(), start.sha256);
        // Saving again needs no confirmation: the file is what was written.
        QVERIFY(saver.save(m_file).saved());
        QCOMPARE(m_session->revisions().revisions(u"jenkins-rebuild"_s)->size(), 2);
    }

    void asksBeforeOverwritingAChangedFile()
    {
        const QByteArray edited = m_source + "# a teammate's change\n";
        writeFile(m_file, edited);
        RewrittenRunbookSaver saver(*m_engine, m_session->revisions());
        const qint64 events = m_engine->committedEvents().size();
        const auto refused = saver.save(m_file);
        QCOMPARE(refused.status, RewrittenRunbookSaver::Outcome::Status::FileChanged);
        QVERIFY(refused.message.contains(u"changed on disk since the drill loaded it"_s));
        QCOMPARE(readFile(m_file), edited);
        QCOMPARE(m_session->revisions().revisions(u"jenkins-rebuild"_s)->size(), 1);
        QCOMPARE(m_engine->committedEvents().size(), events);

        const auto overwritten = saver.save(m_file, true);
        QVERIFY2(overwritten.saved(), qPrintable(overwritten.message));
        QCOMPARE(readFile(m_file), saver.yaml());
    }

    // As root (CI) the case runs as the user nobody: root writes read-only folders.
    void failedWriteLeavesTheFileWhole()
    {
        const RunAsNobody user({m_dir->path()});
        if (!user.error().isEmpty())
            QSKIP(qPrintable(user.error()));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        RewrittenRunbookSaver saver(*m_engine, m_session->revisions());
        const auto outcome = saver.save(m_file);
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(outcome.status, RewrittenRunbookSaver::Outcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"cannot write"_s), qPrintable(outcome.message));
        QCOMPARE(readFile(m_file), m_source);
        QCOMPARE(m_engine->committedEvents().constLast().kind, DrillEvent::Kind::StepInserted);
    }

    void writesWholeOrNotAtAll()
    {
        const QString path = m_dir->filePath(u"out.yaml"_s);
        QCOMPARE(RewrittenRunbookSaver::writeAtomically(path, "one\n"), QString());
        QCOMPARE(readFile(path), QByteArray("one\n"));
        QVERIFY(!RewrittenRunbookSaver::fileChangedSince(path,
                                                         RunbookRevisionStore::sha256Of("one\n")));
        QVERIFY(
            RewrittenRunbookSaver::fileChangedSince(path, RunbookRevisionStore::sha256Of("two")));
        QVERIFY(!RewrittenRunbookSaver::fileChangedSince(m_dir->filePath(u"missing.yaml"_s), {}));
        const QString nowhere = m_dir->filePath(u"no-such-folder/out.yaml"_s);
        QVERIFY(RewrittenRunbookSaver::writeAtomically(nowhere, "x")
                    .startsWith(u"cannot write %1: "_s.arg(nowhere)));
        QVERIFY(!QFile::exists(nowhere));
        // A directory in the file's place is refused; the directory is left as it was.
        QVERIFY(QDir(m_dir->path()).mkdir(u"dir.yaml"_s));
        QVERIFY(
            !RewrittenRunbookSaver::writeAtomically(m_dir->filePath(u"dir.yaml"_s), "x").isEmpty());
        QVERIFY(QFileInfo(m_dir->filePath(u"dir.yaml"_s)).isDir());
    }

    // A write that fails part way (a file size limit, as `ulimit -f` sets it: EFBIG, the path a
    // full disk takes too) is said, and the runbook the team keeps in git is left as it was —
    // never replaced by an empty or cut file.
    void aFailedWriteLeavesTheRunbookAsItWas()
    {
        const QString dir = m_dir->filePath(u"limited"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/runbook.yaml"_s;
        QCOMPARE(RewrittenRunbookSaver::writeAtomically(path, "drilldeck: 1\n"), QString());
        rlimit saved;
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QString why = RewrittenRunbookSaver::writeAtomically(path, QByteArray(8000, 'x'));
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QCOMPARE(why, u"cannot write %1: File too large"_s.arg(path));
        QCOMPARE(readFile(path), QByteArray("drilldeck: 1\n"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"runbook.yaml"_s});
    }

    void storesWithoutAFile()
    {
        RewrittenRunbookSaver saver(*m_engine, m_session->revisions());
        const auto outcome = saver.save({});
        QVERIFY2(outcome.saved(), qPrintable(outcome.message));
        QCOMPARE(readFile(m_file), m_source);
        QCOMPARE(outcome.revision.yaml.toUtf8(), saver.yaml());
        QVERIFY(!m_engine->committedEvents().constLast().payloadObject().contains(u"file"_s));
    }

    void savesAfterTheEnd()
    {
        QVERIFY(m_engine->finish().committed());
        RewrittenRunbookSaver saver(*m_engine, m_session->revisions());
        QVERIFY(saver.save(m_file).saved());
        QCOMPARE(m_engine->committedEvents().constLast().kind, DrillEvent::Kind::RunbookSaved);
    }
};

QTEST_GUILESS_MAIN(TestRewrittenRunbookSaver)
#include "tst_rewrittenrunbooksaver.moc"
