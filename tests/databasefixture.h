// Small DrillDeck databases for the store's file tests: finished drills written through the
// engine with a fixed clock, a way to count them, and a folder's files as a comparable value.
#pragma once

#include "database.h"
#include "drillengine.h"
#include "drillstore.h"
#include "drilltestsupport.h"
#include "runbookloader.h"
#include "runbookrevisionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

namespace DatabaseFixture {

using namespace Qt::StringLiterals;
using namespace DrillTestSupport;

// Adds drills finished drills (none left to resume, so the console opens without asking).
inline void addFinishedDrills(Database &db, int drills)
{
    DrillStore store(db);
    RunbookRevisionStore revisions(db);
    const QByteArray yaml = runbookYaml();
    const RunbookLoadResult loaded = RunbookLoader::loadText(yaml, u"r.yaml"_s);
    QVERIFY(loaded.ok());
    const auto rev = revisions.addRevision(yaml, loaded.runbook->id, loaded.runbook->title, T0);
    QVERIFY(rev.ok());
    for (int i = 0; i < drills; ++i) {
        qint64 now = at(i * 100);
        Drill d;
        d.revisionId = rev->id;
        d.runbookId = loaded.runbook->id;
        d.environment = u"test"_s;
        d.facilitator = u"Maria"_s;
        const auto created = store.createDrill(d, now);
        QVERIFY(created.ok());
        DrillEngine e(&store, *loaded.runbook, created.value(), {});
        e.setClock([&now] { return now; });
        QVERIFY(e.start().committed());
        QVERIFY(e.startStep(u"bake-ami"_s).committed());
        now += 20 * minute;
        QVERIFY(e.completeStep(u"bake-ami"_s).committed());
        QVERIFY(e.finish().committed());
    }
}

// A database at path with drills finished drills, closed.
inline void buildFinishedDrills(const QString &path, int drills)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    addFinishedDrills(*opened.value(), drills);
}

// SELECT count(*) through a connection of its own; -1 when it cannot be read.
inline qint64 count(const QString &path, const QString &table = u"drills"_s)
{
    qint64 n = -1;
    const QString name = u"databasefixture-count"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

// Runs a writer (`crashwriter write DB`, see crashwriter.cpp; command is its program and
// arguments) until it reported wanted commits, then kills it with SIGKILL: its last commits are
// in DB's -wal file only. Returns how many commits it reported.
inline int writeThenCrash(const QStringList &command, int wanted)
{
    QProcess writer;
    writer.start(command.constFirst(), command.mid(1));
    if (!writer.waitForStarted())
        return -1;
    QByteArray out;
    while (out.count("committed") < wanted && writer.waitForReadyRead(20'000))
        out += writer.readAllStandardOutput();
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    out += writer.readAllStandardOutput();
    if (out.count("committed") < wanted)
        qWarning("the writer stopped early: %s", writer.readAllStandardError().constData());
    return int(out.count("committed"));
}

// Every file in folder (not recursive) with the SHA-256 of its bytes: equal before and after
// means nothing was created, removed or written there.
inline QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile f(dir.filePath(name));
        files.insert(name, f.open(QIODevice::ReadOnly)
                               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                               : QByteArray("(unreadable)"));
    }
    return files;
}

} // namespace DatabaseFixture
