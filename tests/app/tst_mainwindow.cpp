// The console without a drill: opens a runbook, shows its outline and a step in full,
// remembers recent files; a bad file changes nothing.
#include "appsettings.h"
#include "consoletheme.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "mainwindow.h"
#include "runbookloader.h"
#include "stepdetailview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QString full = QStringLiteral(DRILLDECK_FIXTURES "/valid-full.yaml");
const QString minimal = QStringLiteral(DRILLDECK_FIXTURES "/valid-minimal.yaml");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A real DrillDeck database at path, with nothing in it yet.
bool createDatabase(const QString &path)
{
    return DrillSession::open(path).ok();
}

// The console as main() starts it: the database opened after the first frame, a runbook shown.
// The database file is made by prepare (a real, empty DrillDeck database unless told otherwise).
struct StartingConsole
{
    explicit StartingConsole(const std::function<bool(const QString &)> &prepare = createDatabase)
        : path(dir.filePath(u"drills.sqlite"_s)), prepared(prepare(path))
    {
        window.openDatabaseAfterFirstFrame(path);
        window.openRunbook(full);
    }
    QTemporaryDir dir;
    QString path;
    bool prepared;
    MainWindow window;
    QSignalSpy ready{&window, &MainWindow::databaseReady};
};

QModelIndex stepIndex(QTreeView *outline, int phase, int step)
{
    return outline->model()->index(step, 0, outline->model()->index(phase, 0));
}

// Calls seen for each event of a type an object receives.
class EventSpy : public QObject
{
public:
    EventSpy(QObject *watched, QEvent::Type type, std::function<void()> seen)
        : QObject(watched), m_type(type), m_seen(std::move(seen))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            m_seen();
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_seen;
};

// A file as the file system has it: QSettings writes through a new file renamed over the old
// one, so a write changes the inode even when the bytes stay the same.
struct SettingsFileState
{
    bool exists = false;
    quint64 inode = 0;
    qint64 modifiedNs = 0;
    QByteArray bytes;
    bool operator==(const SettingsFileState &) const = default;

    static SettingsFileState of(const QString &path)
    {
        SettingsFileState state;
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return state;
        state.exists = true;
        state.inode = info.st_ino;
        state.modifiedNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            state.bytes = f.readAll();
        return state;
    }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensRunbookAndShowsFirstStep()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openRunbook(full));
        QCOMPARE(w.windowTitle(), u"Rebuild Jenkins from backup — DrillDeck"_s);
        QCOMPARE(w.outline()->model()->rowCount(), 1);
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
        QCOMPARE(w.stepView()->commandText(), u"packer build jenkins.pkr.hcl"_s);
    }

    void readsRunbooksWithoutADatabase()
    {
        MainWindow w; // no session: a damaged or locked database still lets runbooks be read
        w.setStorageProblem(u"drill.sqlite is damaged"_s);
        QVERIFY(w.openRunbook(full));
        QVERIFY(!w.createDrill(Drill{}));
        QCOMPARE(w.engine(), nullptr);
        QTest::keyClick(&w, Qt::Key_PageDown); // nothing to advance; no crash
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
    }

    void selectingAStepShowsIt()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        const QModelIndex phase = w.outline()->model()->index(0, 0);
        w.outline()->setCurrentIndex(w.outline()->model()->index(1, 0, phase));
        QCOMPARE(w.stepView()->titleText(), u"Terraform apply"_s);
        QCOMPARE(w.focusedStep(), u"apply"_s);
    }

    void invalidRunbookKeepsTheCurrentOne()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(minimal));
        QVERIFY(!w.openRunbook(u"/nonexistent.yaml"_s));
        QCOMPARE(w.lastError(), u"/nonexistent.yaml: error: no such file"_s);
        QCOMPARE(w.runbook().id, u"minimal"_s);
        QVERIFY(w.runbookPath().endsWith(u"valid-minimal.yaml"_s));
    }

    // A runbook that cannot be opened: the box says why, as plain text, and Enter closes it
    // (Enter pressed Show Details, which repeated the text); the runbook opened once the file
    // is fixed clears the status bar's "has N problems".
    void invalidRunbookBoxClosesOnEnter_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("says");
        QTest::addRow("one problem") << u"hostile-colon.yaml"_s
                                     << u"like this: command: './freeze --reason \"DR drill: "
                                        u"db\"'"_s;
        QTest::addRow("more problems than the box shows")
            << u"hostile-controls.yaml"_s
            << u"`environments` holds the control character U+001B (ESC)"_s;
    }
    void invalidRunbookBoxClosesOnEnter()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, says);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(!w.openRunbook(QStringLiteral(DRILLDECK_FIXTURES "/") + fixture));
        QVERIFY(w.statusBar()->currentMessage().contains(u"problem"_s));
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())));
        const QString text = box->text();
        const Qt::TextFormat format = box->textFormat();
        QTRY_VERIFY(box->focusWidget());
        QTest::keyClick(box->focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!box);
        QVERIFY2(text.contains(says), qPrintable(text));
        QCOMPARE(format, Qt::PlainText); // it quotes the runbook

        QVERIFY(w.openRunbook(minimal));
        QCOMPARE(w.statusBar()->currentMessage(), QString());
    }

    void remembersRecentRunbooks()
    {
        QSettings().clear();
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        QVERIFY(w.openRunbook(minimal));
        QVERIFY(w.openRunbook(full));
        const QStringList recent = QSettings().value(u"runbooks/recent"_s).toStringList();
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent[0].endsWith(u"valid-full.yaml"_s));
        QVERIFY(recent[1].endsWith(u"valid-minimal.yaml"_s));
    }

    // Start-up: the database is checked and opened once the first frame is on screen.
    void opensTheDatabaseAfterTheFirstFrame()
    {
        StartingConsole start;
        QVERIFY(start.prepared);
        const QString &path = start.path;
        MainWindow &w = start.window;
        w.outline()->setCurrentIndex(stepIndex(w.outline(), 0, 1));
        QCOMPARE(w.session(), nullptr);
        QVERIFY2(w.databaseStatus().startsWith(u"Database: checking"_s),
                 qPrintable(w.databaseStatus()));
        // What the window shows at its first frame: the database not yet opened.
        QStringList atFirstFrame;
        const EventSpy firstPaint(&w, QEvent::Paint, [&] {
            if (atFirstFrame.isEmpty())
                atFirstFrame << (w.session() ? u"session"_s : u"no session"_s)
                             << u"ready %1"_s.arg(start.ready.count()) << w.databaseStatus();
        });

        w.show();
        QVERIFY(start.ready.wait(10'000));
        QCOMPARE(atFirstFrame,
                 (QStringList{u"no session"_s, u"ready 0"_s,
                              u"Database: checking "_s + QDir::toNativeSeparators(path) + u"…"_s}));
        QVERIFY(w.session());
        QCOMPARE(w.session()->databasePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(w.databaseStatus(), u"Database: "_s + QDir::toNativeSeparators(path));
        QVERIFY(w.storageProblem().isEmpty());
        // Opening it left the outline as the facilitator had it.
        QCOMPARE(w.focusedStep(), u"apply"_s);
        QCOMPARE(w.stepView()->titleText(), u"Terraform apply"_s);
    }

    void refusesADamagedDatabaseAfterTheFirstFrame()
    {
        StartingConsole start([](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(QByteArray(4096, 'x')) == 4096;
        });
        QVERIFY(start.prepared);
        const QString &path = start.path;
        const QByteArray before = fileHash(path);
        MainWindow &w = start.window;
        w.show();
        QVERIFY(start.ready.wait(10'000));
        QCOMPARE(w.session(), nullptr);
        QVERIFY2(w.storageProblem().contains(u"is not a DrillDeck database"_s),
                 qPrintable(w.storageProblem()));
        QCOMPARE(w.databaseStatus(), u"No database"_s);
        QCOMPARE(fileHash(path), before);
        QVERIFY(!w.createDrill(Drill{}));
        QCOMPARE(w.stepView()->titleText(), u"Bake the Jenkins AMI with Packer"_s);
    }

    // Asked for before the look is done (a clicker press queued at start-up): the open is
    // finished there and then, and the drill is created — nothing asked for is dropped.
    void aDrillAskedForFirstOpensTheDatabaseThere()
    {
        StartingConsole start;
        QVERIFY(start.prepared);
        MainWindow &w = start.window;
        Drill drill;
        drill.environment = u"test"_s;
        drill.facilitator = u"Fran"_s;
        QVERIFY(w.createDrill(drill));
        QVERIFY(w.session());
        DrillEngine *engine = w.engine();
        QVERIFY(engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // After the first frame the start-up finishes (nothing is opened again, and with a drill
        // on screen no other is offered for resuming).
        QVERIFY(start.ready.wait(10'000));
        QCOMPARE(w.engine(), engine);
        const auto stored = w.session()->drills().drill(engine->drill().id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->facilitator, u"Fran"_s);
    }

    // An unfinished drill is still offered for resuming at start-up, once the database opens.
    void offersTheUnfinishedDrillOnceTheDatabaseOpens()
    {
        qint64 drillId = 0;
        StartingConsole start([&drillId](const QString &path) {
            auto session = DrillSession::open(path);
            if (!session)
                return false;
            const RunbookLoadResult loaded = RunbookLoader::loadFile(full);
            Drill drill;
            drill.environment = u"test"_s;
            auto engine = session.value()->createDrill(loaded.source, *loaded.runbook, drill);
            if (!engine || !engine.value()->start().committed())
                return false;
            drillId = engine.value()->drill().id;
            return true;
        });
        QVERIFY(start.prepared);
        bool offered = false;
        QTimer answer; // the offer is a modal question: say yes to it
        connect(&answer, &QTimer::timeout, this, [&offered] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                offered = box->text().contains(u"An unfinished drill was found"_s);
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(20);
        start.window.show();
        QVERIFY(start.ready.wait(10'000));
        QVERIFY(offered);
        QVERIFY(start.window.engine());
        QCOMPARE(start.window.engine()->drill().id, drillId);
    }

    // A drill that will never go on is not offered at every start: "Abort it…" in the offer
    // ends it with a reason, and the history keeps it as aborted.
    void anUnfinishedDrillCanBeAbortedFromTheOffer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"abort-offer.sqlite"_s);
        qint64 drillId = 0;
        {
            auto session = DrillSession::open(path);
            QVERIFY2(session, qPrintable(session.error().message));
            const RunbookLoadResult loaded = RunbookLoader::loadFile(full);
            Drill drill;
            drill.environment = u"test"_s;
            drill.facilitator = u"Fran"_s;
            auto engine = session.value()->createDrill(loaded.source, *loaded.runbook, drill);
            QVERIFY(engine);
            QVERIFY(engine.value()->start().committed()); // started, then the console closed
            drillId = engine.value()->drill().id;
        }
        auto session = DrillSession::open(path);
        QVERIFY2(session, qPrintable(session.error().message));
        MainWindow w(std::move(session).value());
        w.show();
        QStringList seen;
        QTimer answer; // the offer, then the reason
        connect(&answer, &QTimer::timeout, this, [&seen] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                seen << box->text();
                QAbstractButton *abort = box->button(QMessageBox::No); // none: declined
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == u"&Abort it…"_s)
                        abort = b;
                abort->click();
            } else if (auto *reason = qobject_cast<QInputDialog *>(modal)) {
                seen << reason->labelText();
                reason->setTextValue(u"created for the wrong environment"_s);
                reason->accept();
            }
        });
        answer.start(20);
        QVERIFY(!w.offerResume());
        answer.stop();
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen[0].startsWith(u"An unfinished drill was found"_s), qPrintable(seen[0]));
        QCOMPARE(seen[1], u"Why is the drill aborted?"_s);
        QVERIFY(w.engine());
        QCOMPARE(w.engine()->drill().id, drillId);
        QCOMPARE(w.engine()->state(), Drill::State::Aborted);
        const auto unfinished = w.session()->unfinishedDrills();
        QVERIFY(unfinished.ok());
        QVERIFY(unfinished->isEmpty()); // never offered again
    }

    // A start that changes nothing writes nothing: each write syncs (rewrites) the settings file.
    void aStartThatChangesNothingWritesNoSettings()
    {
        QSettings().clear();
        ConsoleTheme::apply(ConsoleTheme::remembered());
        QVERIFY(!QSettings().contains(u"console/theme"_s));
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::recentRunbooksChanged);
        settings.addRecentRunbook(full);
        ConsoleTheme::apply(ConsoleTheme::Variant::Dark);
        QCOMPARE(changed.count(), 1);
        const QString file = QSettings().fileName();
        const SettingsFileState before = SettingsFileState::of(file);
        QVERIFY2(before.exists, qPrintable(file));

        // What a start does: the runbook opened last time is opened again, the theme applied.
        settings.addRecentRunbook(full);
        ConsoleTheme::apply(ConsoleTheme::remembered());
        QCOMPARE(changed.count(), 1);
        QVERIFY2(SettingsFileState::of(file) == before, "the settings file was written again");
        QCOMPARE(ConsoleTheme::remembered(), ConsoleTheme::Variant::Dark);

        // A change is written (the file above would have shown it).
        settings.addRecentRunbook(minimal);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!(SettingsFileState::of(file) == before));
        QCOMPARE(QSettings().value(u"runbooks/recent"_s).toStringList().size(), 2);
        ConsoleTheme::apply(ConsoleTheme::Variant::Light);
        QCOMPARE(ConsoleTheme::remembered(), ConsoleTheme::Variant::Light);
        QCOMPARE(QApplication::palette(), ConsoleTheme::palette(ConsoleTheme::Variant::Light));
    }

    // Fusion frames a check box a shade darker than the window: the dark console lifts it so it
    // can be seen ("Selected step only" was black on black).
    void checkBoxesCanBeSeenInTheDarkTheme()
    {
        ConsoleTheme::apply(ConsoleTheme::Variant::Dark);
        QWidget host;
        host.setAutoFillBackground(true);
        host.resize(120, 40);
        auto *box = new QCheckBox(u"Selected step only"_s, &host);
        box->move(10, 10);
        box->resize(box->sizeHint());
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QImage image = host.grab().toImage();
        const QColor window = QApplication::palette().color(QPalette::Window);
        const QColor frame =
            image.pixelColor(box->mapTo(&host, QPoint(indicator.left(), indicator.center().y())));
        ConsoleTheme::apply(ConsoleTheme::Variant::Light);
        QVERIFY2(qAbs(qGray(frame.rgb()) - qGray(window.rgb())) >= 40,
                 qPrintable(u"frame %1 on window %2"_s.arg(frame.name(), window.name())));
    }

    // The status bar shows where the runbook and the database are: a file in the home folder as
    // ~/…, so a screenshot of the console (the README's) shows no folder of the machine.
    void showsFilesInTheHomeFolderFromTilde()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        const auto restoreHome = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
        QVERIFY(QDir(home.path()).mkpath(u"drills"_s));
        const QString runbook = home.filePath(u"drills/jenkins.yaml"_s);
        QVERIFY(QFile::copy(full, runbook));
        auto session = DrillSession::open(home.filePath(u"drills/demo.sqlite"_s));
        QVERIFY(session);
        MainWindow w(std::move(session).value());
        QVERIFY(w.openRunbook(runbook));
        QCOMPARE(w.databaseStatus(), u"Database: ~/drills/demo.sqlite"_s);
        QStringList shown;
        for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
            shown << label->text();
        QVERIFY2(shown.contains(u"Runbook ~/drills/jenkins.yaml"_s),
                 qPrintable(shown.join(u" | "_s)));
        QVERIFY2(!shown.join(u' ').contains(home.path()), qPrintable(shown.join(u" | "_s)));
    }

    void copiesTheCommand()
    {
        MainWindow w;
        QVERIFY(w.openRunbook(full));
        w.stepView()->copyCommand();
        QCOMPARE(QApplication::clipboard()->text(), u"packer build jenkins.pkr.hcl"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
