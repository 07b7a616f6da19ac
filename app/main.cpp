// DrillDeck: subcommands run headless; anything else opens the facilitator's console.
#include "backgroundrunbookload.h"
#include "commandlineinterface.h"
#include "consoletheme.h"
#include "database.h"
#include "databasepath.h"
#include "demodata.h"
#include "drillsession.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "pluralforms.h"
#include "runbookloader.h"
#include "startuptrace.h"
#include "terminationsignals.h"
#include "uilanguage.h"
#ifdef DRILLDECK_TEST_HOOKS
#include "testkeys.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <memory>

int main(int argc, char *argv[])
{
    StartupTrace::begin();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // A command ended by SIGTERM, SIGINT or SIGHUP removes what it was writing, then ends.
    if (CommandLineInterface::isHeadless(arguments)) {
        if (!CommandLineInterface::handlesTerminationSignals(arguments))
            TerminationSignals::cleanUpAndDie();
        // A command that succeeds says so on stdout and nothing on stderr: the store's
        // informational lines ("migrated", "backed up") stay off unless QT_LOGGING_RULES, which
        // Qt reads after these rules, turns them on. Warnings and errors still show.
        QLoggingCategory::setFilterRules(QStringLiteral("drilldeck.*.info=false"));
    }
    if (CommandLineInterface::isHeadless(arguments) &&
        CommandLineInterface::needsWidgets(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // charts render without a display
        QApplication app(argc, argv);
        CommandLineInterface::setApplicationInfo();
        PluralForms::install();
        UiLanguage::install();
        return CommandLineInterface::run(app.arguments());
    }
    if (CommandLineInterface::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        CommandLineInterface::setApplicationInfo();
        PluralForms::install();
        UiLanguage::install();
        return CommandLineInterface::run(app.arguments());
    }

    QApplication app(argc, argv);
    // A logout, a service stop, Ctrl+C or a closed terminal quits as Ctrl+Q does.
    TerminationSignals terminationSignals;
    StartupTrace::mark("QApplication");
    CommandLineInterface::setApplicationInfo();
    PluralForms::install();
    UiLanguage::install();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "DrillDeck"));
    QApplication::setDesktopFileName(QStringLiteral("org.drilldeck.DrillDeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/drilldeck.svg")));

    ConsoleTheme::apply(ConsoleTheme::remembered());
    StartupTrace::mark("theme");

    QCommandLineParser parser;
    CommandLineInterface::configureGuiParser(parser);
#ifdef DRILLDECK_TEST_HOOKS
    parser.addOption(TestKeys::option());
#endif
    if (!parser.parse(app.arguments()) || parser.positionalArguments().size() > 1) {
        QTextStream err(stderr);
        err << "drilldeck: "
            << (parser.errorText().isEmpty()
                    ? QApplication::translate("main", "give at most one runbook file")
                    : parser.errorText())
            << "\nTry 'drilldeck --help'.\n";
        return CommandLineInterface::UsageError;
    }

    // The runbook is parsed on another core while the database opens and the window is built.
    std::unique_ptr<BackgroundRunbookLoad> runbook;
    if (!parser.positionalArguments().isEmpty())
        runbook =
            std::make_unique<BackgroundRunbookLoad>(parser.positionalArguments().constFirst());

    // A database that cannot be opened (locked by a live instance, damaged, foreign) is said
    // loudly; the window still opens so runbooks can be read, and nothing is overwritten.
    QString databasePath =
        DatabasePath::resolve(parser.value(DatabasePath::option().names().constFirst()));
    QString problem;
    if (parser.isSet(CommandLineInterface::demoOption())) {
        auto demo = DemoData::ensure();
        if (demo)
            databasePath = demo.value();
        else
            problem = demo.error().message;
    }
    MainWindow window;
    QObject::connect(
        &terminationSignals, &TerminationSignals::received, &window, [&window](int signal) {
            QTextStream(stderr) << QApplication::translate("main",
                                                           "drilldeck: %1: closing as Quit does; "
                                                           "every event is stored, and a drill "
                                                           "resumes at the next start\n")
                                       .arg(TerminationSignals::name(signal));
            window.quitWithoutQuestions();
        });
    StartupTrace::mark("window built");
#ifdef DRILLDECK_TEST_HOOKS
    TestKeys::installIfRequested(parser, &window);
#endif
    // The database is read through (quick_check reads every page) on another core once the
    // first frame is painted, and opened when that is done: the first frame does not wait for it.
    if (problem.isEmpty()) {
        QObject::connect(&window, &MainWindow::databaseReady, [] {
            StartupTrace::mark("database opened");
            FirstPaintProbe::setReady();
        });
        window.openDatabaseAfterFirstFrame(databasePath);
    } else {
        window.setStorageProblem(problem);
        FirstPaintProbe::setReady();
    }
    FirstPaintProbe::installIfRequested(&window, FirstPaintProbe::Readiness::WhenSetReady);
    window.show();
    StartupTrace::mark("window shown");
    if (runbook) {
        // A runbook that loads in time is in the first frame; one that does not (a slow or hung
        // disk) follows it, and the window paints and answers meanwhile.
        auto open = [&window, &runbook] {
            StartupTrace::mark("runbook parsed");
            if (window.runbookPath().isEmpty()) // unless another was opened meanwhile
                window.openRunbook(runbook->path(), runbook->result());
            StartupTrace::mark("runbook shown");
        };
        if (runbook->waitFor(std::chrono::milliseconds(500))) {
            open();
        } else {
            window.statusBar()->showMessage(
                QApplication::translate("main", "Reading %1…").arg(runbook->path()));
            QObject::connect(runbook.get(), &BackgroundRunbookLoad::finished, &window, open);
        }
    }
    // A newcomer on the example data has every chart one window away, and the console on top
    // saying how to start a drill.
    if (parser.isSet(CommandLineInterface::demoOption()) && problem.isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.showDemoStart(); });
    return app.exec();
}
