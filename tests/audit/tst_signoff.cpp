// Sign-off (issue 22): a signed-off event is logged only after the end, with a name and a role;
// SignOff::of folds a log's sign-offs, each counting the changes logged after it; the drill
// report's "Sign-offs" section and the history JSON's "signOffs" show them. A real SQLite file.
#include "actionitemstore.h"
#include "drillengine.h"
#include "drillhistory.h"
#include "drillreport.h"
#include "drillreportcomposer.h"
#include "drillsession.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"
#include "signoff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;
using Kind = DrillEvent::Kind;

namespace {
SignOff signer(const QString &name, const QString &role, const QString &reservations = {})
{
    SignOff s;
    s.name = name;
    s.role = role;
    s.statement = SignOff::defaultStatement();
    s.reservations = reservations;
    return s;
}

DrillEvent signedOff(double minutes, const SignOff &s)
{
    DrillEvent e = ev(Kind::SignedOff, minutes, {}, s.toPayload());
    e.author = s.name;
    return e;
}

// The table that follows the heading, in the composed report.
const ReportDocument::Block *tableAfter(const ReportDocument &doc, const QString &heading)
{
    for (qsizetype i = 0; i < doc.blocks.size(); ++i)
        if (doc.blocks[i].kind == ReportDocument::Block::Kind::Heading &&
            doc.blocks[i].text == heading)
            for (qsizetype j = i + 1; j < doc.blocks.size(); ++j) {
                if (doc.blocks[j].kind == ReportDocument::Block::Kind::Heading)
                    return nullptr;
                if (doc.blocks[j].kind == ReportDocument::Block::Kind::Table)
                    return &doc.blocks[j];
            }
    return nullptr;
}
} // namespace

class TestSignOff : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DrillSession> m_session;
    qint64 m_now = T0;

    DrillEngine *newDrill()
    {
        const QByteArray yaml = runbookYaml();
        const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"test"_s);
        if (!loaded.ok())
            return nullptr;
        Drill d;
        d.environment = u"test"_s;
        d.facilitator = u"Alex"_s;
        d.participants = {{u"Dana"_s, u"driver"_s}};
        auto engine = m_session->createDrill(yaml, *loaded.runbook, d);
        return engine ? engine.value() : nullptr;
    }
    // A drill that started, observed something and finished: ready to be signed off.
    DrillEngine *endedDrill(qint64 *observationId = nullptr)
    {
        DrillEngine *e = newDrill();
        if (!e || !e->start().committed())
            return nullptr;
        m_now += minute;
        const AppendResult seen = e->observe(u"the AMI bake took long"_s);
        if (observationId)
            *observationId = seen.event.id;
        m_now += minute;
        return e->finish().committed() ? e : nullptr;
    }
    QList<DrillEvent> stored(qint64 drillId) { return m_session->drills().events(drillId).value(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto session = DrillSession::open(m_dir->filePath(u"drilldeck.sqlite"_s));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        m_session = std::move(session).value();
        m_now = T0;
        m_session->setClock([this] { return m_now; });
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    // The fold: each sign-off counts the record changes logged after it; a later sign-off does
    // not count as a change of an earlier one.
    void foldCountsTheChangesAfterEachSignOff()
    {
        const SignOff alex = signer(u"Alex"_s, u"facilitator"_s);
        const SignOff kim = signer(u"Kim"_s, u"observer"_s, u"the RPO was entered from memory"_s);
        const QList<DrillEvent> log = {
            ev(Kind::Started, 0),
            ev(Kind::Finished, 30),
            signedOff(31, alex),
            ev(Kind::ObservationEdited, 32, {}, u"{\"observation\":5,\"text\":\"x\"}"_s),
            signedOff(33, kim),
            ev(Kind::ScoreRecorded, 34, {}, u"{\"criterion\":\"c\",\"score\":3}"_s),
        };
        const QList<SignOff> folded = SignOff::of(log);
        QCOMPARE(folded.size(), 2);
        QCOMPARE(folded[0].name, u"Alex"_s);
        QCOMPARE(folded[0].role, u"facilitator"_s);
        QCOMPARE(folded[0].timeMs, at(31));
        QCOMPARE(folded[0].changesAfter, 2);
        QVERIFY(folded[0].predatesChanges());
        QVERIFY(!folded[0].withReservations());
        QCOMPARE(folded[1].name, u"Kim"_s);
        QCOMPARE(folded[1].changesAfter, 1);
        QVERIFY(folded[1].withReservations());
        QCOMPARE(folded[1].reservations, u"the RPO was entered from memory"_s);
        // Nothing after it: current.
        QCOMPARE(SignOff::of(log.mid(0, 3)).constFirst().changesAfter, 0);
    }

    void refusedBeforeTheEnd()
    {
        DrillEngine *e = newDrill();
        QVERIFY(e);
        const qint64 drillId = e->drill().id;
        AppendResult planned = e->signOff(signer(u"Alex"_s, u"facilitator"_s));
        QVERIFY(planned.rejected());
        QCOMPARE(planned.message,
                 u"a drill can be signed off only once it has finished or was aborted"_s);
        QVERIFY(e->start().committed());
        m_now += minute;
        QVERIFY(e->signOff(signer(u"Alex"_s, u"facilitator"_s)).rejected());
        QVERIFY(e->pause().committed());
        QVERIFY(e->signOff(signer(u"Alex"_s, u"facilitator"_s)).rejected());
        QCOMPARE(SignOff::of(stored(drillId)).size(), 0); // nothing was written
    }

    void refusedWithoutNameOrRole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("reservations");
        QTest::addColumn<QString>("message");
        QTest::addRow("no name") << u"  "_s << u"observer"_s << QString()
                                 << u"a sign-off needs the name and the role of who signs"_s;
        QTest::addRow("no role") << u"Kim"_s << u" "_s << QString()
                                 << u"a sign-off needs the name and the role of who signs"_s;
        QTest::addRow("control character")
            << u"K\x01m"_s << u"observer"_s << QString()
            << u"the name of who signs: the name holds a control character (U+0001); type a "
               "plain name"_s;
        QTest::addRow("megabyte reservations")
            << u"Kim"_s << u"observer"_s << QString(1024 * 1024, u'x')
            << u"the reservations: the observation is 1048576 characters long; the limit is "
               "4000 — put long output in a file and note where it is"_s;
    }
    void refusedWithoutNameOrRole()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, reservations);
        QFETCH(QString, message);
        DrillEngine *e = endedDrill();
        QVERIFY(e);
        const AppendResult r = e->signOff(signer(name, role, reservations));
        QVERIFY(r.rejected());
        QCOMPARE(r.message, message);
        QCOMPARE(SignOff::of(stored(e->drill().id)).size(), 0);
    }

    // After the end: stored with the signer as author; a finished and an aborted drill alike.
    void storedAfterTheEnd()
    {
        qint64 observation = 0;
        DrillEngine *e = endedDrill(&observation);
        QVERIFY(e);
        m_now += minute;
        const AppendResult r =
            e->signOff(signer(u"  Kim Lee "_s, u"observer"_s, u"one step was timed late"_s));
        QVERIFY2(r.committed(), qPrintable(r.message));
        QVERIFY(r.event.id > 0);
        QCOMPARE(r.event.author, u"Kim Lee"_s);
        QCOMPARE(r.event.kind, Kind::SignedOff);
        const QList<SignOff> folded = SignOff::of(stored(e->drill().id));
        QCOMPARE(folded.size(), 1);
        QCOMPARE(folded[0].eventId, r.event.id);
        QCOMPARE(folded[0].name, u"Kim Lee"_s);
        QCOMPARE(folded[0].role, u"observer"_s);
        QCOMPARE(folded[0].statement, SignOff::defaultStatement());
        QCOMPARE(folded[0].reservations, u"one step was timed late"_s);
        QCOMPARE(folded[0].timeMs, m_now);
        // An edit after the sign-off: it predates the change.
        m_now += minute;
        QVERIFY(e->editObservation(observation, u"the AMI bake took 40 minutes"_s, u"note"_s,
                                   u"Alex"_s, {})
                    .committed());
        QCOMPARE(SignOff::of(stored(e->drill().id)).constFirst().changesAfter, 1);

        DrillEngine *aborted = newDrill();
        QVERIFY(aborted && aborted->start().committed());
        QVERIFY(aborted->abort(u"the room was needed"_s).committed());
        QVERIFY(aborted->signOff(signer(u"Alex"_s, u"facilitator"_s)).committed());
    }

    // The report's Sign-offs section: who, role, when, statement and reservations, and whether
    // the record changed after.
    void theReportShowsTheSignOffs()
    {
        qint64 observation = 0;
        DrillEngine *e = endedDrill(&observation);
        QVERIFY(e);
        const qint64 drillId = e->drill().id;
        {
            const ReportDocument doc = DrillReportComposer::compose(
                DrillReport::load(m_session->drills(), m_session->revisions(), drillId, m_now)
                    .value());
            QVERIFY(!tableAfter(doc, u"Sign-offs"_s));
            QVERIFY(std::any_of(doc.blocks.cbegin(), doc.blocks.cend(), [](const auto &b) {
                return b.text == u"Nobody has signed this drill off yet."_s;
            }));
        }
        m_now += minute;
        QVERIFY(e->signOff(signer(u"Alex"_s, u"facilitator"_s)).committed());
        const qint64 alexAt = m_now;
        m_now += minute;
        QVERIFY(e->deleteObservation(observation, u"duplicate"_s).committed());
        m_now += minute;
        QVERIFY(e->signOff(signer(u"Kim"_s, u"observer"_s, u"RPO from memory"_s)).committed());
        auto report =
            DrillReport::load(m_session->drills(), m_session->revisions(), drillId, m_now);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->signOffs.size(), 2);
        const ReportDocument doc = DrillReportComposer::compose(report.value());
        const ReportDocument::Block *table = tableAfter(doc, u"Sign-offs"_s);
        QVERIFY(table);
        QCOMPARE(table->header,
                 (QStringList{u"Who"_s, u"Role"_s, u"When"_s, u"Statement"_s, u"Record since"_s}));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows[0],
                 (QStringList{u"Alex"_s, u"facilitator"_s,
                              QDateTime::fromMSecsSinceEpoch(alexAt, Qt::UTC)
                                  .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                              SignOff::defaultStatement(), u"predates later changes: 1"_s}));
        QCOMPARE(table->rows[1][0], u"Kim"_s);
        QVERIFY(table->rows[1][3].endsWith(u"With reservations: RPO from memory"_s));
        QCOMPARE(table->rows[1][4], u"unchanged since"_s);
        QVERIFY(std::any_of(doc.blocks.cbegin(), doc.blocks.cend(), [](const auto &b) {
            return b.strong && b.text.startsWith(u"Sign-offs that predate later changes to the "
                                                 "record: 1 of 2."_s);
        }));
    }

    void theHistoryJsonHasTheSignOffs()
    {
        DrillEngine *e = endedDrill();
        QVERIFY(e);
        m_now += minute;
        QVERIFY(e->signOff(signer(u"Alex"_s, u"facilitator"_s)).committed());
        m_now += minute;
        QVERIFY(e->recordScore(u"x"_s, 3, {}).rejected()); // no criteria: nothing changes
        QVERIFY(e->annotate(u"launch"_s, u"use the new AMI"_s, false).committed());
        auto loaded = DrillHistory::load(m_session->drills(), m_session->revisions(), {}, m_now);
        QVERIFY(loaded.ok());
        QList<DrillSummary> summaries = loaded.value();
        QVERIFY(
            !DrillHistory::addRecords(summaries, m_session->drills(), m_session->actionItems()));
        const QJsonObject drill = DrillHistory::toJson(summaries.constFirst());
        const QJsonArray signOffs = drill[u"signOffs"_s].toArray();
        QCOMPARE(signOffs.size(), 1);
        const QJsonObject s = signOffs[0].toObject();
        QCOMPARE(s[u"name"_s].toString(), u"Alex"_s);
        QCOMPARE(s[u"role"_s].toString(), u"facilitator"_s);
        QCOMPARE(s[u"time"_s].toString(), DrillHistory::isoTime(m_now - minute));
        QCOMPARE(s[u"statement"_s].toString(), SignOff::defaultStatement());
        QVERIFY(s[u"reservations"_s].isNull());
        QCOMPARE(s[u"changesAfter"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
