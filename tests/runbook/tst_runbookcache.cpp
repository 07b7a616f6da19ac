// The parse cache: a hit gives exactly what a full parse gives (locations, diagnostics and source
// too), any change to the file or damage to the entry costs a parse and never a wrong runbook,
// and a cache that cannot be written changes nothing but the time.
#include "runasnobody.h"
#include "runbookcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Outcome = RunbookCache::Outcome;

QStringList locationsOf(const QString &owner, const QHash<QString, SourceLocation> &locations)
{
    QStringList out;
    for (auto it = locations.cbegin(); it != locations.cend(); ++it)
        out << u"%1 [%2] %3:%4"_s.arg(owner, it.key()).arg(it.value().line).arg(it.value().column);
    return out;
}

// Every `locations` hash of a runbook as sorted text: operator== leaves them out.
QStringList everyLocation(const Runbook &rb)
{
    QStringList out = locationsOf(u"runbook"_s, rb.locations);
    for (const Inject &inject : rb.injects)
        out += locationsOf(u"inject "_s + inject.id, inject.locations);
    for (const Phase &phase : rb.phases) {
        out += locationsOf(u"phase "_s + phase.id, phase.locations);
        for (const Step &step : phase.steps)
            out += locationsOf(u"step "_s + step.id, step.locations);
    }
    out.sort();
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entries()
{
    return QDir(RunbookCache::directory()).entryList({u"*.bin"_s}, QDir::Files);
}

// The files the cache must load as the loader does: every sample runbook and every fixture.
QStringList runbookFiles()
{
    QStringList files;
    for (const QString &dir :
         {QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks"), QStringLiteral(DRILLDECK_FIXTURES)})
        for (const QFileInfo &f : QDir(dir).entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name))
            files << f.absoluteFilePath();
    return files;
}

const QByteArray minimal = "drilldeck: 1\nid: rb\ntitle: Runbook\nphases:\n  - id: p\n"
                           "    title: P\n    steps:\n      - { id: a, title: A }\n";
} // namespace

class TestRunbookCache : public QObject
{
    Q_OBJECT

    // Fails the test unless got is what RunbookLoader::loadFile(path) returns, to the last field.
    static void compareWithLoader(const RunbookLoadResult &got, const QString &path)
    {
        const RunbookLoadResult expected = RunbookLoader::loadFile(path);
        QCOMPARE(got.ok(), expected.ok());
        if (expected.ok()) {
            QVERIFY(*got.runbook == *expected.runbook);
            QCOMPARE(everyLocation(*got.runbook), everyLocation(*expected.runbook));
        }
        QCOMPARE(got.diagnostics, expected.diagnostics);
        QCOMPARE(got.source, expected.source);
    }

    QString writeRunbook(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir->filePath(name);
        if (!writeAll(path, yaml))
            qFatal("cannot write a runbook");
        return path;
    }

    // Loads path twice: a miss that stores the entry, then a hit; both as the loader loads it.
    void loadAndCache(const QString &path)
    {
        Outcome outcome = Outcome::Hit;
        compareWithLoader(RunbookCache::loadFile(path, outcome), path);
        QCOMPARE(outcome, Outcome::Miss);
        QVERIFY(QFileInfo(RunbookCache::entryPath(readAll(path))).isFile());
        compareWithLoader(RunbookCache::loadFile(path, outcome), path);
        QCOMPARE(outcome, Outcome::Hit);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"DrillDeck"_s);
        QCoreApplication::setApplicationName(u"drilldeck"_s);
    }

    // A fresh, empty user cache directory for every test.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir->filePath(u"cache"_s)));
    }

    void cleanup()
    {
        QLoggingCategory::setFilterRules({});
        m_dir.reset();
    }

    void entriesLiveInTheUserCacheDirectory()
    {
        QCOMPARE(RunbookCache::directory(),
                 m_dir->filePath(u"cache/DrillDeck/drilldeck/runbooks"_s));
        const QString path = writeRunbook(u"rb.yaml"_s, minimal);
        RunbookCache::loadFile(path);
        QCOMPARE(
            entries(),
            QStringList{QString::fromLatin1(
                            QCryptographicHash::hash(minimal, QCryptographicHash::Sha256).toHex()) +
                        u".bin"_s});
        // Written beside it and renamed: no temporary file is left behind.
        QCOMPARE(QDir(RunbookCache::directory()).entryList(QDir::Files | QDir::Hidden), entries());
    }

    void hitGivesWhatTheLoaderGives_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = runbookFiles();
        QVERIFY(files.size() >= 9);
        for (const QString &file : files)
            if (RunbookLoader::loadFile(file).ok())
                QTest::addRow("%s", qPrintable(QFileInfo(file).fileName())) << file;
    }

    void hitGivesWhatTheLoaderGives()
    {
        QFETCH(QString, path);
        loadAndCache(path);
    }

    void everySampleRunbookLoads()
    {
        const QStringList files = runbookFiles();
        for (const QString &file : files)
            if (file.contains(u"/runbooks/"_s))
                QVERIFY2(RunbookLoader::loadFile(file).ok(), qPrintable(file));
    }

    // The entry is named after the bytes: the same runbook under another path is a hit that
    // names the new path and holds the bytes read this time.
    void hitUnderAnotherPath()
    {
        const QString sample =
            QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/jenkins-rebuild.yaml");
        Outcome outcome = Outcome::Hit;
        RunbookCache::loadFile(sample, outcome);
        QCOMPARE(outcome, Outcome::Miss);
        const QString copy = writeRunbook(u"copy.yaml"_s, readAll(sample));
        const RunbookLoadResult r = RunbookCache::loadFile(copy, outcome);
        QCOMPARE(outcome, Outcome::Hit);
        compareWithLoader(r, copy);
    }

    void changedByteMisses()
    {
        const QString path = writeRunbook(u"rb.yaml"_s, minimal);
        loadAndCache(path);
        QByteArray changed = minimal;
        changed.replace("title: Runbook", "title: Runbooc");
        QVERIFY(writeAll(path, changed));
        Outcome outcome = Outcome::Hit;
        const RunbookLoadResult r = RunbookCache::loadFile(path, outcome);
        QCOMPARE(outcome, Outcome::Miss);
        QCOMPARE(r.runbook->title, u"Runbooc"_s);
        compareWithLoader(r, path);
        QCOMPARE(entries().size(), 2);
    }

    void damagedEntryIsIgnoredAndRewritten_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *damage :
             {"empty", "truncated", "one byte short", "trailing byte", "wrong magic",
              "wrong format version", "another build's key", "another runbook's hash",
              "flipped payload byte", "directory", "directory with a file"})
            QTest::newRow(damage) << QString::fromLatin1(damage);
    }

    void damagedEntryIsIgnoredAndRewritten()
    {
        QFETCH(QString, damage);
        const QString path =
            QStringLiteral(DRILLDECK_SOURCE_DIR "/runbooks/datacenter-failover.yaml");
        loadAndCache(path);
        const QString entry = RunbookCache::entryPath(readAll(path));
        QByteArray bytes = readAll(entry);
        QVERIFY(bytes.size() > 1000);
        // The layout: magic, version, then QByteArrays of 4-byte length and data (the key as 64
        // hex digits, the runbook's SHA-256, the payload's SHA-256, the payload).
        const qsizetype keyAt = 8 + 4, runbookHashAt = keyAt + 64 + 4;
        if (damage == u"empty")
            bytes.clear();
        else if (damage == u"truncated")
            bytes.truncate(bytes.size() / 2);
        else if (damage == u"one byte short")
            bytes.chop(1);
        else if (damage == u"trailing byte")
            bytes.append('\0');
        else if (damage == u"wrong magic")
            bytes[0] = char(bytes[0] ^ 0x01);
        else if (damage == u"wrong format version")
            bytes[4] = char(bytes[4] + 1);
        else if (damage == u"another build's key")
            bytes[keyAt + 10] = bytes[keyAt + 10] == '0' ? '1' : '0';
        else if (damage == u"another runbook's hash")
            bytes[runbookHashAt] = char(bytes[runbookHashAt] ^ 0x80);
        else if (damage == u"flipped payload byte")
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
        if (damage.startsWith(u"directory")) {
            QVERIFY(QFile::remove(entry));
            QVERIFY(QDir().mkpath(entry));
            if (damage.endsWith(u"file"))
                QVERIFY(writeAll(entry + u"/inside"_s, "x"));
        } else {
            QVERIFY(writeAll(entry, bytes));
        }

        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^ignoring an unusable entry"_s));
        Outcome outcome = Outcome::Hit;
        compareWithLoader(RunbookCache::loadFile(path, outcome), path);
        QCOMPARE(outcome, Outcome::Refreshed);
        QVERIFY(QFileInfo(entry).isFile());
        // Rewritten: the damaged entry would be refreshed again.
        compareWithLoader(RunbookCache::loadFile(path, outcome), path);
        QCOMPARE(outcome, Outcome::Hit);
    }

    // No single damaged byte, anywhere in an entry, comes back as a runbook.
    void everyFlippedByteIsCaught()
    {
        QLoggingCategory::setFilterRules(u"drilldeck.runbookcache.info=false"_s);
        const QString path = writeRunbook(u"rb.yaml"_s, minimal);
        loadAndCache(path);
        const QString entry = RunbookCache::entryPath(minimal);
        const QByteArray good = readAll(entry);
        for (qsizetype i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = char(bad[i] ^ (1 << (i % 8)));
            QVERIFY(writeAll(entry, bad));
            Outcome outcome = Outcome::Hit;
            const RunbookLoadResult r = RunbookCache::loadFile(path, outcome);
            QVERIFY2(outcome == Outcome::Refreshed, qPrintable(u"byte %1"_s.arg(i)));
            QVERIFY(r.ok());
            QCOMPARE(r.runbook->title, u"Runbook"_s);
        }
        compareWithLoader(RunbookCache::loadFile(path), path);
    }

    void failingRunbookIsNeverCached()
    {
        QByteArray duplicate = minimal;
        duplicate.append("      - { id: a, title: Again }\n");
        const QString path = writeRunbook(u"bad.yaml"_s, duplicate);
        for (int i = 0; i < 2; ++i) {
            Outcome outcome = Outcome::Hit;
            const RunbookLoadResult r = RunbookCache::loadFile(path, outcome);
            QCOMPARE(outcome, Outcome::Miss);
            QVERIFY(!r.ok());
            QCOMPARE(r.diagnostics.size(), 1);
            compareWithLoader(r, path);
        }
        QCOMPARE(entries(), QStringList());

        // An entry another build left for bytes that no longer load goes.
        QVERIFY(QDir().mkpath(RunbookCache::directory()));
        QVERIFY(writeAll(RunbookCache::entryPath(duplicate), "from another build"));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^ignoring an unusable entry"_s));
        Outcome outcome = Outcome::Hit;
        compareWithLoader(RunbookCache::loadFile(path, outcome), path);
        QCOMPARE(outcome, Outcome::Refreshed);
        QCOMPARE(entries(), QStringList());
    }

    // A file the loader refuses before parsing is refused the same way.
    void refusedFileIsRefusedAlike_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing") << u"missing.yaml"_s;
        QTest::newRow("directory") << u"folder"_s;
        QTest::newRow("empty") << u"empty.yaml"_s;
        QTest::newRow("too large") << u"large.yaml"_s;
    }

    void refusedFileIsRefusedAlike()
    {
        QFETCH(QString, name);
        QVERIFY(QDir(m_dir->path()).mkdir(u"folder"_s));
        writeRunbook(u"empty.yaml"_s, {});
        writeRunbook(u"large.yaml"_s,
                     minimal + QByteArray(RunbookLoader::maxFileBytes, '#') + '\n');
        const QString path = m_dir->filePath(name);
        Outcome outcome = Outcome::Hit;
        const RunbookLoadResult r = RunbookCache::loadFile(path, outcome);
        QCOMPARE(outcome, Outcome::Miss);
        QVERIFY(!r.ok());
        QVERIFY(!r.diagnostics.isEmpty());
        compareWithLoader(r, path);
        QCOMPARE(entries(), QStringList());
    }

    // The cache's place is taken by a file: nothing can be created there, even by root.
    void unwritableCacheStillLoads()
    {
        QVERIFY(writeAll(m_dir->filePath(u"cache"_s), "not a directory"));
        const QString path = writeRunbook(u"rb.yaml"_s, minimal);
        for (int i = 0; i < 2; ++i) {
            QTest::ignoreMessage(QtInfoMsg,
                                 QRegularExpression(u"^cannot create the cache directory"_s));
            Outcome outcome = Outcome::Hit;
            compareWithLoader(RunbookCache::loadFile(path, outcome), path);
            QCOMPARE(outcome, Outcome::Miss);
        }
    }

    // As root (CI) the case runs as the user nobody: root writes read-only folders.
    void readOnlyCacheStillLoads()
    {
        const RunAsNobody user({m_dir->path()});
        if (!user.error().isEmpty())
            QSKIP(qPrintable(user.error()));
        const QString directory = RunbookCache::directory();
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(QFile::setPermissions(directory, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = writeRunbook(u"rb.yaml"_s, minimal);
        for (int i = 0; i < 2; ++i) {
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^cannot write the cache entry"_s));
            Outcome outcome = Outcome::Hit;
            compareWithLoader(RunbookCache::loadFile(path, outcome), path);
            QCOMPARE(outcome, Outcome::Miss);
        }
        QVERIFY(QFile::setPermissions(directory,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QCOMPARE(entries(), QStringList());
    }

    void keepsTheNewestEntries()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        QStringList kept;
        for (int i = 0; i < RunbookCache::maxEntries; ++i) {
            QByteArray yaml = minimal;
            const QByteArray title = "title: Runbook " + QByteArray::number(i);
            yaml.replace("title: Runbook", title);
            RunbookCache::loadFile(writeRunbook(u"rb%1.yaml"_s.arg(i), yaml));
            const QString entry = RunbookCache::entryPath(yaml);
            QFile file(entry);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(start.addSecs(i), QFileDevice::FileModificationTime));
            kept << QFileInfo(entry).fileName();
        }
        QCOMPARE(entries().size(), RunbookCache::maxEntries);
        // Something that is no entry is left alone and not counted.
        QVERIFY(writeAll(RunbookCache::directory() + u"/README"_s, "mine"));

        const QString newest = writeRunbook(u"newest.yaml"_s, minimal);
        Outcome outcome = Outcome::Hit;
        RunbookCache::loadFile(newest, outcome);
        QCOMPARE(outcome, Outcome::Miss);
        kept.removeFirst(); // the oldest
        kept << QFileInfo(RunbookCache::entryPath(minimal)).fileName();
        kept.sort();
        QCOMPARE(entries(), kept);
        QVERIFY(QFileInfo::exists(RunbookCache::directory() + u"/README"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunbookCache)
#include "tst_runbookcache.moc"
