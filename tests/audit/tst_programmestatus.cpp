// The programme over a real SQLite database written through the engine: one row per runbook and
// environment with its last drill, next due, overdue, confidence, RTO, action items, changed
// since the last drill and drivers; the latest revisions; the iCalendar file (RFC 5545); the
// table model and the Programme window (offscreen).
#include "database.h"
#include "drillcalendar.h"
#include "programmefixture.h"
#include "programmemodel.h"
#include "programmestatus.h"
#include "programmewindow.h"

#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ProgrammeFixture;
using Level = RunbookConfidence::Level;

namespace {
const QDate today(2025, 6, 30);

const ProgrammeStatus::Row *find(const QList<ProgrammeStatus::Row> &rows, const QString &runbook,
                                 const QString &environment)
{
    for (const ProgrammeStatus::Row &r : rows)
        if (r.runbookId == runbook && r.environment == environment)
            return &r;
    return nullptr;
}

// The content lines of an iCalendar text, unfolded (RFC 5545 3.1).
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestProgrammeStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<ProgrammeStatus::Row> m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"programme.db"_s);
        auto opened = Database::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_db = std::move(opened).value();
        Database &db = *m_db;
        // alpha, every 90 days: met in production on 1 May, missed in test on 1 June (an item
        // overdue, one not), and one production drill still running.
        const QByteArray alpha = yaml(u"alpha"_s, u"90d"_s);
        addDrill(db, alpha, u"production"_s, QDate(2025, 5, 1), Outcome::Met);
        const qint64 missed = addDrill(db, alpha, u"test"_s, QDate(2025, 6, 1), Outcome::Missed);
        addActionItem(db, missed, u"Automate the AMI bake"_s, QDate(2025, 6, 15));
        addActionItem(db, missed, u"Document the DNS switch"_s, QDate(2025, 12, 1));
        addDrill(db, alpha, u"production"_s, QDate(2025, 6, 29), Outcome::Running);
        // beta, every 30 days: met in test on 1 April, never in production.
        addDrill(db, yaml(u"beta"_s, u"30d"_s), u"test"_s, QDate(2025, 4, 1), Outcome::Met,
                 u"Ahmed"_s, Drill::RunKind::Automated);
        // gamma, no cadence: met in production on 1 June by two drivers over time, then a new
        // revision stored on 10 June; aborted in staging.
        const QByteArray gamma = yaml(u"gamma"_s, {});
        addDrill(db, gamma, u"production"_s, QDate(2025, 3, 1), Outcome::Met, u"Maria"_s);
        addDrill(db, gamma, u"production"_s, QDate(2025, 6, 1), Outcome::Met, u"Ahmed"_s);
        addDrill(db, gamma, u"staging"_s, QDate(2025, 6, 2), Outcome::Aborted, u"Ahmed"_s);
        addRevision(db, yaml(u"gamma"_s, {}, u"Now with the DNS step"_s),
                    dayMs(QDate(2025, 6, 10)));

        auto rows = ProgrammeStatus::load(db, today, dayMs(today));
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        m_rows = rows.value();
    }

    void latestRevisions()
    {
        const RunbookRevisionStore revisions(*m_db);
        const auto latest = revisions.latestRevisions();
        QVERIFY(latest.ok());
        QStringList ids;
        for (const RunbookRevision &r : latest.value())
            ids << r.runbookId;
        QCOMPARE(ids, (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
        QVERIFY(latest->at(2).yaml.contains(u"Now with the DNS step"_s));
    }

    void oneRowPerRunbookAndEnvironment()
    {
        QStringList keys;
        for (const ProgrammeStatus::Row &r : std::as_const(m_rows))
            keys << r.runbookId + u'/' + r.environment;
        // The runbook's environments in its order, then those only drilled.
        QCOMPARE(keys, (QStringList{u"alpha/test"_s, u"alpha/production"_s, u"beta/test"_s,
                                    u"beta/production"_s, u"gamma/test"_s, u"gamma/production"_s,
                                    u"gamma/staging"_s}));
    }

    void recentProductionSuccessIsHigh()
    {
        const ProgrammeStatus::Row *r = find(m_rows, u"alpha"_s, u"production"_s);
        QVERIFY(r && r->lastDrill);
        QCOMPARE(r->confidence.level, Level::High);
        QCOMPARE(r->lastDrill->ended, QDate(2025, 5, 1)); // the running drill is not counted
        QCOMPARE(r->confidence.inputs.drillsCounted, 1);
        QCOMPARE(r->cadenceDays, 90LL);
        QVERIFY(r->cadenceSet);
        QCOMPARE(r->nextDue, QDate(2025, 7, 30));
        QVERIFY(!r->overdue());
        QCOMPARE(r->rtoStatus, RtoStatus::Met);
        QCOMPARE(r->rtoTargetMs, 4 * hour);
        QCOMPARE(*r->lastRtoMs, 30 * minute);
        QVERIFY(!r->changedSinceLastDrill);
        QCOMPARE(r->drivers, QStringList{u"Maria"_s});
        QVERIFY(r->singleDriver());
        QCOMPARE(r->openItems, 0); // the items are the test environment's
    }

    void missedInTestIsLowWithItsItems()
    {
        const ProgrammeStatus::Row *r = find(m_rows, u"alpha"_s, u"test"_s);
        QVERIFY(r && r->lastDrill);
        QCOMPARE(r->confidence.level, Level::Low);
        QCOMPARE(r->rtoStatus, RtoStatus::Missed);
        QCOMPARE(r->openItems, 2);
        QCOMPARE(r->overdueItems, 1);
        QCOMPARE(ProgrammeModel::rtoText(*r), u"5h20m of 4h (missed)"_s);
    }

    void overdueAndDecayedInTest()
    {
        const ProgrammeStatus::Row *r = find(m_rows, u"beta"_s, u"test"_s);
        QVERIFY(r && r->lastDrill);
        QCOMPARE(r->lastDrill->runKind, Drill::RunKind::Automated);
        QCOMPARE(r->nextDue, QDate(2025, 5, 1));
        QCOMPARE(r->overdueDays, 60LL);
        QVERIFY(r->overdue());
        QCOMPARE(r->confidence.level, Level::Low);
        QVERIFY(r->confidence.decayed);
        QCOMPARE(ProgrammeStatus::dueName(*r, today), u"overdue"_s);
        // "days" once the English plural forms (drilldeck_en.ts) know the text; "day(s)" before.
        QVERIFY(ProgrammeModel::dueText(*r, today).startsWith(u"overdue 60 day"_s));

        const ProgrammeStatus::Row *never = find(m_rows, u"beta"_s, u"production"_s);
        QVERIFY(never && never->neverDrilled());
        QCOMPARE(never->confidence.level, Level::None);
        QCOMPARE(never->nextDue, today);
        QVERIFY(!never->overdue());
        QCOMPARE(ProgrammeStatus::dueName(*never, today), u"due"_s);
    }

    void changedSinceLastDrillLowersHigh()
    {
        const ProgrammeStatus::Row *r = find(m_rows, u"gamma"_s, u"production"_s);
        QVERIFY(r && r->lastDrill);
        QVERIFY(r->changedSinceLastDrill);
        QVERIFY(r->currentRevision != r->drilledRevision);
        QCOMPARE(r->confidence.level, Level::Medium); // would be high
        QVERIFY(!r->confidence.decayed);
        QVERIFY(!r->cadenceSet);
        QCOMPARE(r->cadenceDays, 365LL);
        QCOMPARE(r->nextDue, QDate(2026, 6, 1));
        QCOMPARE(r->drivers, (QStringList{u"Ahmed"_s, u"Maria"_s}));
        QVERIFY(!r->singleDriver());
        const ProgrammeStatus::Row *aborted = find(m_rows, u"gamma"_s, u"staging"_s);
        QVERIFY(aborted && aborted->lastDrill);
        QCOMPARE(aborted->lastDrill->outcome, u"aborted"_s);
        QCOMPARE(aborted->confidence.level, Level::Low);
        QCOMPARE(aborted->rtoStatus, RtoStatus::NotRestored);
    }

    // A drill that ran the revision on file again (after another was stored) is not "changed".
    void drillingTheNewRevisionClearsChanged()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"d.db"_s));
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        const QByteArray one = yaml(u"delta"_s, u"90d"_s);
        const QByteArray two = yaml(u"delta"_s, u"90d"_s, u"second"_s);
        addDrill(db, one, u"prod"_s, QDate(2025, 6, 1), Outcome::Met);
        addRevision(db, two, dayMs(QDate(2025, 6, 5)));
        auto rows = ProgrammeStatus::load(db, today, dayMs(today));
        QVERIFY(rows.ok());
        QVERIFY(find(rows.value(), u"delta"_s, u"prod"_s)->changedSinceLastDrill);
        // Back to the first text, drilled: that is the one on file now.
        addDrill(db, one, u"prod"_s, QDate(2025, 6, 20), Outcome::Met);
        rows = ProgrammeStatus::load(db, today, dayMs(today));
        QVERIFY(rows.ok());
        const ProgrammeStatus::Row *r = find(rows.value(), u"delta"_s, u"prod"_s);
        QVERIFY(!r->changedSinceLastDrill);
        QCOMPARE(r->confidence.level, Level::High);
    }

    void emptyDatabaseHasNoRows()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"e.db"_s));
        QVERIFY(opened.ok());
        auto rows = ProgrammeStatus::load(*opened.value(), today, dayMs(today));
        QVERIFY(rows.ok());
        QVERIFY(rows->isEmpty());
    }

    void json()
    {
        const QJsonObject o = ProgrammeStatus::toJson(m_rows, today);
        QCOMPARE(o[u"format"_s].toString(), u"drilldeck-status"_s);
        QCOMPARE(o[u"today"_s].toString(), u"2025-06-30"_s);
        const QJsonArray runbooks = o[u"runbooks"_s].toArray();
        QCOMPARE(runbooks.size(), 3);
        QCOMPARE(runbooks[0][u"id"_s].toString(), u"alpha"_s);
        QCOMPARE(runbooks[0][u"confidence"_s].toString(), u"high"_s); // the highest
        QCOMPARE(runbooks[0][u"singleDriver"_s].toBool(), true);
        const QJsonObject beta = runbooks[1].toObject();
        QCOMPARE(beta[u"confidence"_s].toString(), u"low"_s);
        const QJsonObject betaTest = beta[u"environments"_s].toArray()[0].toObject();
        QCOMPARE(betaTest[u"status"_s].toString(), u"overdue"_s);
        QCOMPARE(betaTest[u"overdueDays"_s].toInt(), 60);
        QCOMPARE(betaTest[u"lastDrill"_s][u"runKind"_s].toString(), u"automated"_s);
        QVERIFY(betaTest[u"confidence"_s][u"why"_s].toString().contains(u"Cadence 30 days"_s));
        QVERIFY(beta[u"environments"_s].toArray()[1][u"lastDrill"_s].isNull());
    }

    void calendar()
    {
        const QByteArray ics =
            DrillCalendar::write(m_rows, QDateTime(QDate(2025, 6, 30), QTime(19, 0), Qt::UTC));
        // CRLF only, and no line longer than 75 octets.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        const QStringList lines = unfolded(ics);
        QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QCOMPARE(lines.count(u"BEGIN:VEVENT"_s), int(m_rows.size()));
        QCOMPARE(lines.count(u"DTSTAMP:20250630T190000Z"_s), int(m_rows.size()));
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20250501"_s)); // beta/test, overdue
        QVERIFY(lines.contains(u"DTEND;VALUE=DATE:20250502"_s));
        QVERIFY(
            lines.contains(u"SUMMARY:OVERDUE DR drill due: Rebuild Jenkins from backup (test)"_s));
        // UIDs: one per runbook and environment, the same on every export.
        QStringList uids;
        for (const QString &l : lines)
            if (l.startsWith(u"UID:"_s))
                uids << l;
        QCOMPARE(uids.size(), m_rows.size());
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
        QVERIFY(uids.contains(u"UID:"_s + DrillCalendar::uid(u"beta"_s, u"test"_s)));
        QCOMPARE(DrillCalendar::uid(u"beta"_s, u"test"_s),
                 DrillCalendar::uid(u"beta"_s, u"test"_s));
        QVERIFY(DrillCalendar::uid(u"beta"_s, u"test"_s) !=
                DrillCalendar::uid(u"bet"_s, u"atest"_s));
        // The description's newlines and commas are escaped, never raw.
        const auto description = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(u"DESCRIPTION:"_s);
        });
        QVERIFY(description != lines.cend());
        QVERIFY(description->contains(u"\\n"_s));
        QVERIFY(description->contains(u"\\,"_s));
    }

    void textEscapingAndFolding()
    {
        QCOMPARE(DrillCalendar::escapeText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
        // Folded at 75 octets, never inside a UTF-8 character; unfolding gives the line back.
        const QString line = u"SUMMARY:"_s + QString(40, QChar(0x00e9)) + QString(30, u'x') +
                             QString(20, QChar(0x20ac));
        const QByteArray folded = DrillCalendar::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        for (const QByteArray &part : folded.chopped(2).split('\n')) {
            const QByteArray bare = part.endsWith('\r') ? part.chopped(1) : part;
            QVERIFY2(bare.size() <= 75, bare.constData());
            QVERIFY(QString::fromUtf8(bare).toUtf8() == bare); // whole characters only
        }
        QCOMPARE(unfolded(folded), QStringList{line});
        QCOMPARE(DrillCalendar::fold(u"SHORT:x"_s), QByteArray("SHORT:x\r\n"));
    }

    void model()
    {
        ProgrammeModel model;
        model.setRows(m_rows, today);
        QCOMPARE(model.rowCount(), int(m_rows.size()));
        QCOMPARE(model.columnCount(), int(ProgrammeModel::ColumnCount));
        const int beta = 2; // beta/test
        const QModelIndex status = model.index(beta, ProgrammeModel::StatusColumn);
        QVERIFY(status.data().toString().startsWith(u"overdue 60 day"_s));
        QVERIFY(status.data(ProgrammeModel::OverdueRole).toBool());
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"Cadence 30 days"_s));
        QCOMPARE(model.index(beta, ProgrammeModel::ConfidenceColumn).data().toString(),
                 u"low (faded)"_s);
        QCOMPARE(model.index(0, ProgrammeModel::ActionItemsColumn).data().toString(),
                 u"2 open, 1 overdue"_s);
        QCOMPARE(model.index(5, ProgrammeModel::ChangedColumn).data().toString(),
                 u"changed since last drill"_s);
        QCOMPARE(model.index(1, ProgrammeModel::DriversColumn).data().toString(),
                 u"only Maria (single driver)"_s);
    }

    void window()
    {
        ProgrammeWindow window(m_path, today);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.problem().isEmpty());
        QCOMPARE(window.model()->rowCount(), int(m_rows.size()));
        QTableView *table = window.table();
        // Overdue: the word, an icon and the colour, never the colour alone.
        const QModelIndex overdue = table->model()->index(2, ProgrammeModel::StatusColumn);
        QVERIFY(overdue.data().toString().contains(u"overdue"_s));
        QVERIFY(!overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
        // The why of the selected row is written under the table, not only in a tooltip.
        table->selectRow(2);
        QVERIFY(window.explanation().startsWith(u"beta in test: low:"_s));
        QSignalSpy activated(&window, &ProgrammeWindow::runbookActivated);
        const QRect cell = table->visualRect(overdue);
        // As a mouse does it: the first click presses the cell, the second is the double one.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"beta"_s);
        // Export Calendar: the same file as `drilldeck calendar`; a folder is refused.
        const QString ics = m_dir.filePath(u"window.ics"_s);
        QCOMPARE(window.exportCalendar(ics), QString());
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("BEGIN:VEVENT\r\n"), m_rows.size());
        QVERIFY(!window.exportCalendar(m_dir.path()).isEmpty());
    }

    void windowOverAnUnreadableDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"not-a-db.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not SQLite, just text that fills the header of a database file");
        f.close();
        ProgrammeWindow window(path, today);
        QVERIFY(window.problem().startsWith(u"Cannot read the programme"_s));
        QCOMPARE(window.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestProgrammeStatus)
#include "tst_programmestatus.moc"
