#include "runbookloader.h"

#include "hiddencommentcheck.h"
#include "regularfile.h"
#include "runbookparser.h"
#include "runbookvalidator.h"
#include "terminaltext.h"
#include "yamldocuments.h"
#include "yamlsyntaxhint.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookLoader", text);
}

SourceLocation locationOfOffset(const QByteArray &bytes, qsizetype offset)
{
    SourceLocation at{1, 1};
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((uchar(bytes[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        int extra;
        uint cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

RunbookLoadResult failed(const QString &file, SourceLocation at, const QString &message)
{
    RunbookLoadResult r;
    r.diagnostics.append(Diagnostic::error(file, at, message));
    return r;
}

} // namespace

QStringList RunbookLoader::topLevelKeys()
{
    return RunbookParser::topLevelKeys();
}

QStringList RunbookLoader::stepKeys()
{
    return RunbookParser::stepKeys();
}

RunbookLoadResult RunbookLoader::loadFile(const QString &path)
{
    RunbookLoadResult read = readFile(path);
    if (!read.diagnostics.isEmpty())
        return read;
    return loadText(read.source, path);
}

RunbookLoadResult RunbookLoader::readFile(const QString &path)
{
    using P = RegularFile::Problem;
    RegularFile::Content file = RegularFile::read(path, maxFileBytes);
    const auto notAFile = [&path](const QString &what) {
        return failed(path, {}, tr("%1; give the path of a runbook file (.yaml)").arg(what));
    };
    switch (file.problem) {
    case P::None:
        break;
    case P::Missing:
        return failed(path, {}, tr("no such file"));
    case P::Directory:
        return notAFile(tr("is a directory"));
    case P::Fifo:
        return notAFile(tr("is a FIFO (named pipe)"));
    case P::Device:
        return notAFile(tr("is a device"));
    case P::Socket:
        return notAFile(tr("is a socket"));
    case P::NotRegular:
        return notAFile(tr("is not a regular file"));
    case P::TooLarge:
        return failed(path, {},
                      file.size < 0
                          ? tr("file is larger than %1 MiB; a runbook may be at most %1 MiB")
                                .arg(maxFileBytes / (1024 * 1024))
                          : tr("file is %1 MiB; a runbook may be at most %2 MiB")
                                .arg(QString::number(double(file.size) / (1024 * 1024), 'f', 1))
                                .arg(maxFileBytes / (1024 * 1024)));
    case P::Unreadable:
        return failed(path, {}, tr("cannot read the file: %1").arg(file.reason));
    }
    RunbookLoadResult read;
    read.source = std::move(file.bytes);
    return read;
}

std::optional<Diagnostic>
RunbookLoader::textProblem(const QByteArray &utf8, const QString &fileName, const QString &expected)
{
    if (utf8.size() > maxFileBytes)
        return Diagnostic::error(fileName, {},
                                 tr("text is larger than %1 MiB; a runbook may be at most %1 MiB")
                                     .arg(maxFileBytes / (1024 * 1024)));
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0)
        return Diagnostic::error(fileName, locationOfOffset(utf8, nul),
                                 tr("binary data (a NUL byte); %1").arg(expected));
    if (const qsizetype bad = firstInvalidUtf8(utf8); bad >= 0)
        return Diagnostic::error(fileName, locationOfOffset(utf8, bad),
                                 tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                                     .arg(uchar(utf8[bad]), 2, 16, QChar(u'0')));
    return std::nullopt;
}

RunbookLoadResult RunbookLoader::loadText(const QByteArray &utf8, const QString &fileName)
{
    if (utf8.size() <= maxFileBytes && utf8.trimmed().isEmpty())
        return failed(
            fileName, {1, 1},
            tr("file is empty; a runbook starts with `drilldeck: %1`").arg(Runbook::formatVersion));
    if (auto problem = textProblem(utf8, fileName, tr("a runbook is a UTF-8 YAML text file"))) {
        RunbookLoadResult r;
        r.diagnostics.append(*problem);
        return r;
    }

    RunbookLoadResult result;
    result.source = utf8;
    std::vector<YAML::Node> documents;
    try {
        YamlDocuments::Limits limits;
        limits.nodes = RunbookLimits::yamlNodes;
        limits.listItems = RunbookLimits::listItems;
        documents = YamlDocuments::load(utf8.toStdString(), 2, limits);
    } catch (const YamlDocuments::LimitExceeded &e) {
        return failed(
            fileName, RunbookParser::locationOf(e.mark),
            e.which == YamlDocuments::LimitExceeded::Which::ListItems
                ? tr("a list of more than %1 items; no list in a runbook may be that long (see "
                     "Limits in the runbook format)")
                      .arg(e.limit)
                : tr("more than %1 values, keys and list items; a runbook may hold at most that "
                     "many (see Limits in the runbook format)")
                      .arg(e.limit));
    } catch (const YAML::DeepRecursion &e) {
        return failed(
            fileName, RunbookParser::locationOf(e.mark),
            tr("nesting is too deep (over %1 levels); a runbook needs only a few").arg(e.depth()));
    } catch (const YAML::Exception &e) {
        const SourceLocation at = RunbookParser::locationOf(e.mark);
        if (const auto tab = YamlSyntaxHint::leadingTab(utf8, at.isValid() ? at.line : 1))
            return failed(fileName, *tab,
                          tr("tab character in indentation; YAML indents with spaces only"));
        const QString hint = e.msg == YAML::ErrorMsg::MAP_VALUE && at.isValid()
                                 ? YamlSyntaxHint::quoteHint(utf8, at.line)
                                 : QString();
        return failed(
            fileName, at,
            tr("YAML syntax error: %1").arg(TerminalText::sanitise(QString::fromStdString(e.msg))) +
                hint);
    } catch (const std::exception &e) {
        return failed(fileName, {},
                      tr("cannot parse the file: %1")
                          .arg(TerminalText::sanitise(QString::fromLocal8Bit(e.what()))));
    }
    if (documents.empty())
        return failed(fileName, {1, 1},
                      tr("file holds no YAML document; a runbook starts with `drilldeck: %1`")
                          .arg(Runbook::formatVersion));
    if (documents.size() > 1)
        return failed(fileName, RunbookParser::locationOf(documents[1].Mark()),
                      tr("more than one YAML document (`---`); put one runbook in each file"));

    QList<Diagnostic> problems;
    std::optional<Runbook> runbook;
    try {
        runbook = RunbookParser::parse(documents.front(), fileName, utf8.size(), problems);
    } catch (const YAML::Exception &e) {
        problems.append(Diagnostic::error(
            fileName, RunbookParser::locationOf(e.mark),
            tr("cannot read: %1").arg(TerminalText::sanitise(QString::fromStdString(e.msg)))));
    }
    result.diagnostics = problems;
    if (runbook) { // semantic rules too, so one run shows every problem
        result.diagnostics += RunbookValidator::validate(*runbook, fileName);
        result.diagnostics += HiddenCommentCheck::check(*runbook, utf8, fileName);
    }
    Diagnostic::sortByLocation(result.diagnostics);
    if (result.diagnostics.size() > RunbookLimits::diagnostics) {
        const SourceLocation next = result.diagnostics.at(RunbookLimits::diagnostics).location;
        result.diagnostics.resize(RunbookLimits::diagnostics);
        result.diagnostics.append(
            Diagnostic::error(fileName, next,
                              tr("more problems follow; only the first %1 are shown: fix these "
                                 "and check the file again")
                                  .arg(RunbookLimits::diagnostics)));
    }
    if (runbook && !Diagnostic::hasErrors(result.diagnostics))
        result.runbook = std::move(runbook);
    return result;
}
