// Reading needs no write access (DatabaseSnapshot): `history`, `report`, `chart` and `backup`
// of a database in a read-only folder, or of a read-only file, succeed, see the commits still in
// its -wal file, and leave the folder exactly as it was (no -shm or -wal created, no byte
// changed but the read marks in an existing -shm); afterwards the database takes writes again. Run
// through the real binary as an unprivileged user (as root, through setpriv as nobody: root ignores
// permission bits), so the permissions bite; the folder is compared file by file either way.
#include "database.h"
#include "databasefixture.h"
#include "drilldeckprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace DatabaseFixture;

namespace {
constexpr uid_t nobody = 65534;

// Hands path to nobody when the test runs as root (see unprivileged()).
bool giveToUnprivileged(const QString &path)
{
    return ::geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0;
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}
} // namespace

class TestDatabaseSnapshot : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(setMode(m_dir.path(), 0755)); // nobody must reach the folders inside
    }

    void readCommandsWriteNothing_data()
    {
        QTest::addColumn<bool>("keepWal");
        QTest::addColumn<bool>("keepShm");
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<int>("fileMode");
        // A copy taken after a crash (the commits in -wal, no -shm), in a read-only folder.
        QTest::addRow("WAL copy in a read-only folder") << true << false << 0555 << 0644;
        // What a writer killed with SIGKILL leaves: -wal and -shm, in a read-only folder.
        QTest::addRow("crashed writer in a read-only folder") << true << true << 0555 << 0644;
        // A cleanly closed database, read-only, in a folder that can be written.
        QTest::addRow("read-only file") << false << false << 0755 << 0444;
        QTest::addRow("read-only file with its WAL") << true << false << 0755 << 0444;
    }
    void readCommandsWriteNothing()
    {
        QFETCH(bool, keepWal);
        QFETCH(bool, keepShm);
        QFETCH(int, folderMode);
        QFETCH(int, fileMode);
        const QString base = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        const QString folder = base + u"/db"_s;
        const QString home = base + u"/home"_s;
        const QString out = base + u"/out"_s;
        for (const QString &dir : {folder, home, out})
            QVERIFY(QDir().mkpath(dir) && giveToUnprivileged(dir));
        const QString db = folder + u"/drilldeck.sqlite"_s;
        buildFinishedDrills(db, 1); // drill 1, for the chart; the writer adds an unfinished one
        QVERIFY(giveToUnprivileged(db));
        const QStringList writer = {QStringLiteral(CRASHWRITER), u"write"_s, db};
        QVERIFY(writeThenCrash(DrillDeckProcess::unprivileged(writer.constFirst(), writer.mid(1)),
                               20) >= 20);
        QFile::remove(db + u".lock"_s);
        if (!keepWal) { // closed cleanly: opening and closing it folds the -wal in
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
        }
        if (!keepShm)
            QFile::remove(db + u"-shm"_s);
        QCOMPARE(QFileInfo::exists(db + u"-wal"_s), keepWal);
        QVERIFY(QFileInfo(db + u"-wal"_s).size() > 0 || !keepWal);
        // What any SQLite reader sees, from a copy.
        const QString copy = base + u"/reader.sqlite"_s;
        QVERIFY(QFile::copy(db, copy));
        if (keepWal)
            QVERIFY(QFile::copy(db + u"-wal"_s, copy + u"-wal"_s));
        const qint64 events = count(copy, u"drill_events"_s);
        QVERIFY(events >= 20);

        for (const QString &name : QDir(folder).entryList(QDir::Files))
            QVERIFY(setMode(folder + u'/' + name, mode_t(fileMode)));
        QVERIFY(setMode(folder, mode_t(folderMode)));
        // Readers may write their read marks into an existing -shm: its bytes are not compared.
        auto files = [&folder] {
            auto all = contents(folder);
            if (all.contains(u"drilldeck.sqlite-shm"_s))
                all[u"drilldeck.sqlite-shm"_s] = "(shared memory)";
            return all;
        };
        const auto before = files();

        const QProcessEnvironment env = DrillDeckProcess::environment(home);
        QVERIFY(giveToUnprivileged(home + u"/tmp"_s));
        const QList<QStringList> commands = {
            {u"history"_s, u"--db"_s, db, u"--format"_s, u"json"_s},
            {u"report"_s, u"last"_s, u"--db"_s, db, u"--out"_s, out + u"/report.md"_s},
            {u"chart"_s, u"timeline"_s, u"--runbook"_s, u"jenkins-rebuild"_s, u"--drill"_s, u"1"_s,
             u"--db"_s, db, u"--out"_s, out + u"/timeline.csv"_s},
            {u"backup"_s, u"--db"_s, db, u"--out"_s, out + u"/copy.backup"_s},
        };
        for (const QStringList &command : commands) {
            const DrillDeckProcess::Result r = DrillDeckProcess::run(command, env, true);
            QVERIFY2(r.exitedWith(0), qPrintable(command.join(u' ') + u": "_s + r.describe()));
            const auto after = files();
            QStringList changed;
            for (const QString &name : after.keys() + before.keys())
                if (after.value(name) != before.value(name) && !changed.contains(name))
                    changed << name;
            QVERIFY2(changed.isEmpty(), qPrintable(command.join(u' ') + u" created or changed "_s +
                                                   changed.join(u", "_s)));
        }
        // Everything was read, the commits in the -wal too.
        QCOMPARE(count(out + u"/copy.backup"_s, u"drill_events"_s), events);

        // Writable again, the database takes writes: nothing left behind stands in the way.
        QVERIFY(setMode(folder, 0755));
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            QVERIFY(setMode(folder + u'/' + name, 0644));
        QVERIFY(writeThenCrash(DrillDeckProcess::unprivileged(writer.constFirst(), writer.mid(1)),
                               5) >= 5);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSnapshot)
#include "tst_databasesnapshot.moc"
