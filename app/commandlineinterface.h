// The `drilldeck` command line: subcommands that run without a display, and GUI options.
#pragma once

#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

class CommandLineInterface
{
public:
    enum ExitCode { Success = 0, Invalid = 1, UsageError = 2 };

    // Sets the names QSettings and QStandardPaths use; call right after the application.
    static void setApplicationInfo();

    // True when the arguments name a subcommand or ask for --help or --version: these run
    // on a QCoreApplication and need no display.
    static bool isHeadless(const QStringList &arguments);

    // Runs a headless invocation; needs a QCoreApplication. Returns the exit code: a command
    // whose standard output could not be written (a full disk, a closed stdout) exits 1 and says
    // why.
    static int run(const QStringList &arguments);

    static QStringList subcommands();
    // True for subcommands that render with widgets (chart): they need a QApplication, on the
    // offscreen platform when there is no display.
    static bool needsWidgets(const QStringList &arguments);
    // The command acts on SIGTERM, SIGINT and SIGHUP itself (`run`: it stops its commands and
    // records the drill as aborted before it dies of the signal).
    static bool handlesTerminationSignals(const QStringList &arguments);
    // `--demo`: the example database instead of --db PATH.
    static QCommandLineOption demoOption();

    // The options of the GUI invocation, `drilldeck [options] [RUNBOOK.yaml]`.
    static void configureGuiParser(QCommandLineParser &parser);

private:
    static int dispatch(const QString &command, const QStringList &arguments, QTextStream &out,
                        QTextStream &err);
};
