#include "evidencecommand.h"

#include "commandlineinterface.h"
#include "database.h"
#include "databasepath.h"
#include "drillreport.h"
#include "drillstore.h"
#include "evidencepackexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)
};
} // namespace

int EvidenceCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                         bool exampleData)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Write the evidence pack of one drill: a zip with the PDF and HTML reports, the\n"
        "complete event log (JSON), the runbook revision drilled and the one saved after it\n"
        "with their diff, each command run's output, the images, the scorecard, action items,\n"
        "sign-offs, an index.html linking everything and MANIFEST, the SHA-256 of every file\n"
        "(check it with 'sha256sum -c MANIFEST' or 'drilldeck verify'). --sign adds a detached\n"
        "signature of MANIFEST: gpg (MANIFEST.asc, your default key or KEYID) or ssh\n"
        "(MANIFEST.sig, 'ssh-keygen -Y sign' with KEYFILE, namespace drilldeck-evidence).\n"
        "DRILL_ID is a drill's id (see 'drilldeck history'), or 'last' for the newest drill.\n"
        "The file is complete or not written at all.\n"
        "Exit status: 0 on success, 1 when the database, the signature or the file fails,\n"
        "2 on a usage error."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption db = DatabasePath::option();
    const QCommandLineOption demo(u"demo"_s, Text::tr("Use the example database."));
    const QCommandLineOption page(u"page"_s, Text::tr("The PDF's paper: a4 (default) or letter."),
                                  u"SIZE"_s, u"a4"_s);
    const QCommandLineOption output(
        u"out"_s, Text::tr("The zip to write (a new or a regular file)."), u"FILE.zip"_s);
    const QCommandLineOption sign(
        u"sign"_s, Text::tr("Sign MANIFEST: gpg, gpg:KEYID or ssh:KEYFILE."), u"SIGNER"_s);
    parser.addOptions({help, db, demo, page, output, sign});
    parser.addPositionalArgument(u"evidence"_s, Text::tr("The command."));
    parser.addPositionalArgument(u"DRILL_ID"_s, Text::tr("A drill id, or last."));
    auto usage = [&err](const QString &message) {
        err << "drilldeck evidence: " << message << '\n' << "Try 'drilldeck evidence --help'.\n";
        return int(CommandLineInterface::UsageError);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(u"[options] evidence DRILL_ID"_s,
                                         u"evidence DRILL_ID|last [options]"_s);
        return CommandLineInterface::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(Text::tr("say which drill: a drill id, or last"));
    if (positional.size() > 2)
        return usage(Text::tr("unexpected argument `%1`").arg(positional.at(2)));
    const QString which = positional.at(1);
    bool isNumber = false;
    const qint64 requestedId = which.toLongLong(&isNumber);
    if (which != u"last" && (!isNumber || requestedId <= 0))
        return usage(Text::tr("`%1` is not a drill id; give a number, or last").arg(which));
    if (!parser.isSet(output))
        return usage(Text::tr("--out FILE.zip is required"));
    const QString outPath = parser.value(output);
    if (!outPath.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return usage(Text::tr("--out `%1` must end in .zip; give --out %1.zip").arg(outPath));
    EvidencePackExporter::Options options;
    const QString pageName = parser.value(page).toLower();
    if (pageName == u"a4")
        options.pageSize = QPageSize::A4;
    else if (pageName == u"letter")
        options.pageSize = QPageSize::Letter;
    else
        return usage(Text::tr("--page must be a4 or letter, not `%1`").arg(parser.value(page)));
    if (parser.isSet(sign)) {
        QString why;
        options.signer = EvidenceSignature::parseSigner(parser.value(sign), &why);
        if (!options.signer)
            return usage(why);
    }
    options.exampleData = exampleData || parser.isSet(demo);

    const QString path = DatabasePath::resolve(parser.value(db));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened) {
        err << "drilldeck evidence: " << opened.error().message << '\n';
        return CommandLineInterface::Invalid;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    qint64 drillId = requestedId;
    if (which == u"last") {
        const DrillStore drills(*database);
        const StoreResult<qint64> id = DrillReport::lastDrillId(drills);
        if (!id) {
            err << "drilldeck evidence: " << id.error().message << '\n';
            return CommandLineInterface::Invalid;
        }
        drillId = id.value();
    }
    QString error;
    if (EvidencePackExporter::write(*database, drillId, outPath, options, {}, &error) !=
        EvidencePackExporter::Result::Written) {
        err << "drilldeck evidence: " << error << '\n';
        return CommandLineInterface::Invalid;
    }
    out << Text::tr("Wrote the evidence pack of drill %1 to %2").arg(drillId).arg(outPath) << '\n';
    return CommandLineInterface::Success;
}
