// DatabaseLock: one DrillDeck per database; a lock left by a dead process is taken over.
#include "databaselock.h"

#include "databasefixture.h"
#include "databasepath.h"
#include "drilldeckprocess.h"
#include "drillsession.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestDatabaseLock : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"drilldeck.sqlite"_s); }

    void writeLockFile(qint64 pid, const QString &host)
    {
        QFile f(path() + u".lock"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(pid) + "\ndrilldeck\n" + host.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void locksAndUnlocks()
    {
        DatabaseLock lock(path());
        QCOMPARE(lock.lockFilePath(), path() + u".lock"_s);
        QVERIFY(!lock.lock());
        QVERIFY(lock.isLocked());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QVERIFY(!lock.lock()); // idempotent
        lock.unlock();
        QVERIFY(!QFile::exists(lock.lockFilePath()));
    }

    void staleLockOfDeadProcessIsRemoved()
    {
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        writeLockFile(deadPid, QSysInfo::machineHostName());

        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(lock.isLocked());
        qint64 pid = 0;
        QLockFile probe(lock.lockFilePath());
        QVERIFY(probe.getLockInfo(&pid, nullptr, nullptr));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }

    // A lock file is created, then its owner written into it: a process killed in between
    // leaves a file with no owner in it (seen when the crash test killed a writer early).
    void lockFileLeftWithoutAnOwnerIsRemoved_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << QByteArray("12");
    }

    void lockFileLeftWithoutAnOwnerIsRemoved()
    {
        QFETCH(QByteArray, contents);
        {
            QFile f(path() + u".lock"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(contents), contents.size());
        }
        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QVERIFY2(!error, qPrintable(error.message));
        qint64 pid = 0;
        QLockFile probe(lock.lockFilePath());
        QVERIFY(probe.getLockInfo(&pid, nullptr, nullptr));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }

    // ...but one whose owner is alive and still writing it (it holds the flock) is respected.
    void lockFileBeingWrittenByALiveOwnerIsRespected()
    {
        const QString lockPath = path() + u".lock"_s;
        {
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QProcess owner; // flock(1) holds the file's flock, as a live QLockFile does
        owner.start(u"flock"_s, {u"--exclusive"_s, lockPath, u"sleep"_s, u"30"_s});
        QVERIFY(owner.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            QProcess::execute(u"flock"_s, {u"--nonblock"_s, lockPath, u"true"_s}) != 0, 10'000);
        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QCOMPARE(error.code, StoreError::Code::Locked);
        QVERIFY(QFile::exists(lockPath));
        owner.kill();
        QVERIFY(owner.waitForFinished());
    }

    void lockOfReusedPidIsRemoved()
    {
        // After a reboot the dead DrillDeck's pid may belong to another program.
        QProcess other;
        other.start(u"sleep"_s, {u"30"_s});
        QVERIFY(other.waitForStarted());
        writeLockFile(other.processId(), QSysInfo::machineHostName());
        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QVERIFY2(!error, qPrintable(error.message));
        other.kill();
        QVERIFY(other.waitForFinished());
    }

    void lockOfAnotherHostIsNeverTakenOver()
    {
        // On a shared drive a lock from another machine cannot be checked: it is respected.
        writeLockFile(1, u"facilitator-laptop"_s);
        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QCOMPARE(error.code, StoreError::Code::Locked);
        QCOMPARE(error.message, u"the database is already open by drilldeck pid 1 on host "
                                u"facilitator-laptop (lock file %1.lock)"_s.arg(path()));
    }

    void liveSecondInstanceIsRefused()
    {
        QProcess holder;
        holder.start(QStringLiteral(CRASHWRITER), {u"hold-lock"_s, path()});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        DatabaseLock lock(path());
        const StoreError error = lock.lock();
        QCOMPARE(error.code, StoreError::Code::Locked);
        QCOMPARE(error.message, u"the database is already open by crashwriter pid %1 on host %2 "
                                u"(lock file %3.lock)"_s.arg(holder.processId())
                                    .arg(QSysInfo::machineHostName(), path()));
        QVERIFY(!lock.isLocked());

        // Once the holder dies (no chance to clean up), its lock is stale and taken over.
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        const StoreError after = lock.lock();
        QVERIFY2(!after, qPrintable(after.message));
    }

    // A symbolic link to the database, or to its folder, is the database: it has its lock.
    void lockOfALinkIsTheLockOfItsTarget()
    {
        const QString real = m_dir->filePath(u"real"_s);
        QVERIFY(QDir().mkpath(real));
        const QString file = real + u"/l.sqlite"_s;
        QVERIFY(QFile::link(file, m_dir->filePath(u"dangling.sqlite"_s))); // file not there yet
        QCOMPARE(DatabaseLock(m_dir->filePath(u"dangling.sqlite"_s)).lockFilePath(),
                 file + u".lock"_s);
        DatabaseFixture::buildFinishedDrills(file, 1);
        QVERIFY(QFile::link(file, m_dir->filePath(u"link.sqlite"_s)));
        QVERIFY(QFile::link(real, m_dir->filePath(u"linked-folder"_s)));
        for (const QString &alias :
             {m_dir->filePath(u"link.sqlite"_s), m_dir->filePath(u"linked-folder/l.sqlite"_s),
              m_dir->filePath(u"linked-folder/../real/./l.sqlite"_s)})
            QCOMPARE(DatabaseLock(alias).lockFilePath(), file + u".lock"_s);
        // A file not created yet in a linked folder: the canonical folder, the name as given.
        QCOMPARE(DatabasePath::canonical(m_dir->filePath(u"linked-folder/new/n.sqlite"_s)),
                 real + u"/new/n.sqlite"_s);
    }

    // The console holds real/l.sqlite: neither a second console nor a restore gets in through a
    // link to the file or to its folder; the restore says who holds the database.
    void linkToADatabaseInUseIsRefused_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addRow("link to the file") << u"link.sqlite"_s;
        QTest::addRow("link to its folder") << u"linked-folder/l.sqlite"_s;
    }
    void linkToADatabaseInUseIsRefused()
    {
        QFETCH(QString, alias);
        const QString real = m_dir->filePath(u"real"_s);
        QVERIFY(QDir().mkpath(real));
        const QString file = real + u"/l.sqlite"_s;
        DatabaseFixture::buildFinishedDrills(file, 1);
        QVERIFY(QFile::link(file, m_dir->filePath(u"link.sqlite"_s)));
        QVERIFY(QFile::link(real, m_dir->filePath(u"linked-folder"_s)));
        const QString backup = m_dir->filePath(u"other.backup"_s);
        DatabaseFixture::buildFinishedDrills(backup, 3);
        const QString link = m_dir->filePath(alias);
        const QProcessEnvironment env = DrillDeckProcess::environment(m_dir->filePath(u"home"_s));

        QProcess console;
        DrillDeckProcess::start(console, {u"--db"_s, file}, env);
        QVERIFY(console.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file + u".lock"_s), 60'000);

        auto second = DrillSession::open(link);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, StoreError::Code::Locked);

        const DrillDeckProcess::Result r =
            DrillDeckProcess::run({u"restore"_s, backup, u"--db"_s, link}, env);
        QVERIFY2(r.exitedWith(1), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"already open by drilldeck pid %1"_s.arg(console.processId())),
                 qPrintable(r.err));
        QVERIFY(QFileInfo(m_dir->filePath(u"link.sqlite"_s)).isSymLink());
        QCOMPARE(DatabaseFixture::count(file), qint64(1));
        QVERIFY(Database::backups(file).isEmpty());

        ::kill(pid_t(console.processId()), SIGTERM);
        QVERIFY(DrillDeckProcess::finish(console).exitedWith(0));
    }

    void secondLockInSameProcessIsRefused()
    {
        DatabaseLock first(path());
        QVERIFY(!first.lock());
        DatabaseLock second(path());
        const StoreError error = second.lock();
        QCOMPARE(error.code, StoreError::Code::Locked);
        QVERIFY2(error.message.contains(u"pid %1"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
