// The man page and the shell completions against the program itself: every command the command
// line has (CommandLineInterface::subcommands()) and every option its --help lists are there.
#include "commandlineinterface.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString resources = QStringLiteral(DRILLDECK_SOURCE_DIR "/resources/");

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// The long options `drilldeck ARGUMENTS --help` lists under "Options:".
QStringList helpOptions(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DRILLDECK_BINARY), arguments + QStringList{u"--help"_s});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("drilldeck %s --help failed", qPrintable(arguments.join(u' ')));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression option(u"^  (?:-\\w, )?(--[\\w-]+)"_s,
                                           QRegularExpression::MultilineOption);
    QStringList options;
    const qsizetype from = help.indexOf(u"\nOptions:\n"_s);
    const qsizetype to = help.indexOf(u"\n\n"_s, from + 1);
    auto it = option.globalMatch(help.mid(from, to - from));
    while (it.hasNext())
        options << it.next().captured(1);
    if (options.isEmpty())
        qFatal("drilldeck %s --help lists no option", qPrintable(arguments.join(u' ')));
    return options;
}

// The text from the first line matching `start` up to the next line matching `end`.
QString section(const QString &text, const QString &start, const QString &end)
{
    const QRegularExpressionMatch from =
        QRegularExpression(start, QRegularExpression::MultilineOption).match(text);
    if (!from.hasMatch())
        return {};
    const QRegularExpressionMatch to = QRegularExpression(end, QRegularExpression::MultilineOption)
                                           .match(text, from.capturedEnd());
    return text.mid(from.capturedStart(),
                    (to.hasMatch() ? to.capturedStart() : text.size()) - from.capturedStart());
}

// An option as the man page writes it: every '-' as roff's minus sign, '\-'.
QString roff(const QString &option)
{
    QString out = option;
    return out.replace(u"-"_s, u"\\-"_s);
}
} // namespace

class TestCommandLineDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAreKnown();
    void manPage_data();
    void manPage();
    void bashCompletion_data();
    void bashCompletion();
    void zshCompletion_data();
    void zshCompletion();
    void versionsMatch();
};

void TestCommandLineDocs::commandsAreKnown()
{
    // The data rows below come from this list; an empty one would check nothing.
    QVERIFY(CommandLineInterface::subcommands().size() >= 6);
}

// Rows: the console itself (no command) and every command.
static void commandRows()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("console") << QString();
    for (const QString &command : CommandLineInterface::subcommands())
        QTest::newRow(qPrintable(command)) << command;
}

static QStringList optionsOf(const QString &command)
{
    return helpOptions(command.isEmpty() ? QStringList{} : QStringList{command});
}

void TestCommandLineDocs::manPage_data()
{
    commandRows();
}

void TestCommandLineDocs::manPage()
{
    QFETCH(QString, command);
    const QString page = fileText(resources + u"man/drilldeck.1"_s);
    const QString text = command.isEmpty()
                             ? section(page, u"^\\.SH OPTIONS$"_s, u"^\\.SH "_s)
                             : section(page, u"^\\.SS "_s + command + u"\\b"_s, u"^\\.S[SH] "_s);
    QVERIFY2(!text.isEmpty(), qPrintable(u"drilldeck.1 has no section '.SS %1'"_s.arg(command)));
    QVERIFY2(page.contains(u".B \\-\\-help\ntells more about a command."_s),
             "drilldeck.1 does not say that every command has --help");
    for (const QString &option : optionsOf(command)) {
        if (!command.isEmpty() && option == u"--help")
            continue; // said once for every command
        QVERIFY2(text.contains(roff(option)),
                 qPrintable(u"drilldeck.1: the section of '%1' does not name %2"_s.arg(
                     command.isEmpty() ? u"OPTIONS"_s : command, option)));
    }
}

void TestCommandLineDocs::bashCompletion_data()
{
    commandRows();
}

void TestCommandLineDocs::bashCompletion()
{
    QFETCH(QString, command);
    const QString script = fileText(resources + u"completions/drilldeck.bash"_s);
    if (!command.isEmpty()) {
        const QRegularExpression commands(u"local commands=\"([^\"]*)\""_s);
        QVERIFY2(commands.match(script).captured(1).split(u' ').contains(command),
                 qPrintable(u"drilldeck.bash does not complete the command '%1'"_s.arg(command)));
    }
    const QString arm = command.isEmpty() ? u"\"\""_s : command;
    const QRegularExpressionMatch options =
        QRegularExpression(u"^\\s*"_s + QRegularExpression::escape(arm) +
                               u"\\)\\s*\\n?\\s*options=\"([^\"]*)\""_s,
                           QRegularExpression::MultilineOption)
            .match(script);
    QVERIFY2(options.hasMatch(),
             qPrintable(u"drilldeck.bash has no options for '%1'"_s.arg(command)));
    const QStringList completed = options.captured(1).split(u' ');
    for (const QString &option : optionsOf(command))
        QVERIFY2(
            completed.contains(option),
            qPrintable(u"drilldeck.bash does not complete %1 for '%2'"_s.arg(option, command)));
}

void TestCommandLineDocs::zshCompletion_data()
{
    commandRows();
}

void TestCommandLineDocs::zshCompletion()
{
    QFETCH(QString, command);
    const QString script = fileText(resources + u"completions/_drilldeck"_s);
    QString text;
    if (command.isEmpty()) {
        text = section(script, u"^_arguments -C"_s, u"^case"_s);
    } else {
        QVERIFY2(script.contains(u"    '"_s + command + u":"_s),
                 qPrintable(u"_drilldeck does not complete the command '%1'"_s.arg(command)));
        text = section(script, u"^        "_s + command + u"\\)$"_s, u"^            ;;$"_s);
    }
    QVERIFY2(!text.isEmpty(), qPrintable(u"_drilldeck has no options for '%1'"_s.arg(command)));
    // $db_options stands for --db and --demo.
    if (text.contains(u"$db_options"_s))
        text += u" --db= --demo["_s;
    for (const QString &option : optionsOf(command))
        QVERIFY2(text.contains(option + u'=') || text.contains(option + u'[') ||
                     text.contains(option + u'}'),
                 qPrintable(u"_drilldeck does not complete %1 for '%2'"_s.arg(option, command)));
}

void TestCommandLineDocs::versionsMatch()
{
    // The man page's header, the AppStream release and the Debian changelog name this version.
    const QString version = QStringLiteral(DRILLDECK_VERSION);
    QVERIFY2(
        fileText(resources + u"man/drilldeck.1"_s).contains(u"\"DrillDeck "_s + version + u'"'),
        "drilldeck.1's .TH line does not name this version");
    const QString metainfo = fileText(resources + u"org.drilldeck.DrillDeck.metainfo.xml"_s);
    QCOMPARE(QRegularExpression(u"<release version=\"([^\"]+)\""_s).match(metainfo).captured(1),
             version);
    const QString changelog = fileText(QStringLiteral(DRILLDECK_SOURCE_DIR "/packaging/changelog"));
    QVERIFY2(changelog.startsWith(u"drilldeck ("_s + version + u')'),
             "packaging/changelog's newest entry is not this version");
}

QTEST_GUILESS_MAIN(TestCommandLineDocs)
#include "tst_commandlinedocs.moc"
