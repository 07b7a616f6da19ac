// DrillDeck: subcommands run headless; anything else opens the facilitator's window.
#include "commandlineinterface.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLineInterface::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        CommandLineInterface::setApplicationInfo();
        return CommandLineInterface::run(app.arguments());
    }

    QApplication app(argc, argv);
    CommandLineInterface::setApplicationInfo();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "DrillDeck"));
    QApplication::setDesktopFileName(QStringLiteral("org.drilldeck.DrillDeck"));

    QCommandLineParser parser;
    CommandLineInterface::configureGuiParser(parser);
    if (!parser.parse(app.arguments()) || parser.positionalArguments().size() > 1) {
        QTextStream err(stderr);
        err << "drilldeck: "
            << (parser.errorText().isEmpty()
                    ? QApplication::translate("main", "give at most one runbook file")
                    : parser.errorText())
            << "\nTry 'drilldeck --help'.\n";
        return CommandLineInterface::UsageError;
    }

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openRunbook(parser.positionalArguments().constFirst());
    return app.exec();
}
