#include "runbookloader.h"

#include "duration.h"
#include "nearestname.h"
#include "runbookvalidator.h"
#include "terminaltext.h"
#include "yamldocuments.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#endif

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RunbookLoader", text);
}

const QStringList kTopKeys = {u"drilldeck"_s, u"id"_s,          u"title"_s,      u"service"_s,
                              u"owner"_s,     u"description"_s, u"objectives"_s, u"environments"_s,
                              u"roles"_s,     u"scenario"_s,    u"injects"_s,    u"evaluation"_s,
                              u"phases"_s};
const QStringList kObjectiveKeys = {u"rto"_s, u"rpo"_s};
const QStringList kInjectKeys = {u"id"_s, u"title"_s, u"note"_s, u"after"_s};
const QStringList kPhaseKeys = {u"id"_s, u"title"_s, u"steps"_s};
const QStringList kStepKeys = {u"id"_s,       u"title"_s,      u"instructions"_s, u"role"_s,
                               u"expected"_s, u"automation"_s, u"command"_s,      u"verify"_s,
                               u"notes"_s,    u"depends_on"_s, u"milestone"_s};

QString quoted(const QString &value)
{
    return TerminalText::excerpt(value);
}

SourceLocation locationOf(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
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

// Walks the YAML tree along the runbook schema. Aliases let a small file describe a huge
// tree ("billion laughs"), so every node and character read is charged to a budget
// proportional to the file's size.
class Parser
{
public:
    Parser(const QString &fileName, qsizetype sourceBytes)
        : file(fileName), budget(4 * sourceBytes + 65536)
    {}

    QList<Diagnostic> diagnostics;

    std::optional<Runbook> parse(const YAML::Node &root)
    {
        Runbook rb;
        if (!root.IsMap()) {
            error(root, tr("a runbook is a YAML mapping that starts with `drilldeck: %1`; "
                           "found %2")
                            .arg(Runbook::formatVersion)
                            .arg(kindName(root)));
            return std::nullopt;
        }
        bool haveVersion = false;
        forEachKey(root, kTopKeys, tr("runbook"), rb.locations,
                   [&](const QString &key, const YAML::Node &value) {
                       if (key == u"drilldeck") {
                           haveVersion = true;
                           readVersion(value, rb);
                       } else if (key == u"id") {
                           rb.id = text(value, key);
                       } else if (key == u"title") {
                           rb.title = text(value, key);
                       } else if (key == u"service") {
                           rb.service = text(value, key);
                       } else if (key == u"owner") {
                           rb.owner = text(value, key);
                       } else if (key == u"description") {
                           rb.description = text(value, key);
                       } else if (key == u"scenario") {
                           rb.scenario = text(value, key);
                       } else if (key == u"objectives") {
                           readObjectives(value, rb);
                       } else if (key == u"environments") {
                           rb.environments =
                               textList(value, key, rb.locations, RunbookLimits::environments,
                                        tr("environments"));
                       } else if (key == u"roles") {
                           rb.roles = textList(value, key, rb.locations, RunbookLimits::roles,
                                               tr("roles"));
                       } else if (key == u"evaluation") {
                           rb.evaluation = textList(value, key, rb.locations,
                                                    RunbookLimits::evaluation, tr("criteria"));
                       } else if (key == u"injects") {
                           readInjects(value, rb);
                       } else if (key == u"phases") {
                           readPhases(value, rb);
                       }
                   });
        if (!haveVersion)
            error(root, tr("missing required key `drilldeck` (the format version); add "
                           "`drilldeck: %1` at the top")
                            .arg(Runbook::formatVersion));
        requireKeys(root, rb.locations, {u"id"_s, u"title"_s, u"phases"_s}, tr("the runbook"));
        if (exhausted)
            return std::nullopt;
        return rb;
    }

private:
    template<typename Fn>
    void forEachKey(const YAML::Node &map, const QStringList &allowed, const QString &what,
                    QHash<QString, SourceLocation> &locations, Fn &&fn)
    {
        locations.insert(QString(), locationOf(map.Mark()));
        QSet<QString> seenEmpty;
        for (auto it = map.begin(); it != map.end() && !exhausted; ++it) {
            const YAML::Node keyNode = it->first; // a copy: it-> yields a temporary
            if (!charge(keyNode))
                return;
            if (!keyNode.IsScalar()) {
                error(keyNode,
                      tr("a key in %1 must be a plain name, not %2").arg(what, kindName(keyNode)));
                continue;
            }
            const QString key = QString::fromStdString(keyNode.Scalar());
            const SourceLocation at = locationOf(keyNode.Mark());
            if (!allowed.contains(key)) {
                const QString nearest = NearestName::find(key, allowed);
                error(keyNode, nearest.isEmpty()
                                   ? tr("unknown key `%1` in %2; the keys are: %3")
                                         .arg(quoted(key), what, allowed.join(u", "_s))
                                   : tr("unknown key `%1` in %2; did you mean `%3`?")
                                         .arg(quoted(key), what, nearest));
                continue;
            }
            if (seenEmpty.contains(key)) {
                error(keyNode, tr("duplicate key `%1`").arg(quoted(key)));
                continue;
            }
            if (auto seen = locations.constFind(key); seen != locations.cend()) {
                error(keyNode, tr("duplicate key `%1`; it is already set at line %2")
                                   .arg(quoted(key), QString::number(seen->line)));
                continue;
            }
            const YAML::Node value = it->second;
            if (!charge(value))
                return;
            // An empty value is the same as leaving the key out, so a required key given
            // as `id:` or `title: ""` is reported missing.
            if (value.IsNull() || (value.IsScalar() && value.Scalar().empty())) {
                seenEmpty.insert(key);
                continue;
            }
            // Problems with a value point at the value.
            const SourceLocation valueAt = locationOf(value.Mark());
            locations.insert(key, valueAt.isValid() ? valueAt : at);
            fn(key, value);
        }
    }

    void requireKeys(const YAML::Node &map, const QHash<QString, SourceLocation> &locations,
                     const QStringList &keys, const QString &what)
    {
        for (const QString &key : keys)
            if (!locations.contains(key))
                error(map, tr("missing required key `%1` in %2").arg(key, what));
    }

    void readVersion(const YAML::Node &value, Runbook &rb)
    {
        const QString v = text(value, u"drilldeck"_s);
        bool ok = false;
        const int version = v.toInt(&ok);
        if (!ok || version != Runbook::formatVersion)
            error(value, tr("unsupported runbook format version `%1`; this DrillDeck reads "
                            "version %2 (`drilldeck: %2`)")
                             .arg(quoted(v))
                             .arg(Runbook::formatVersion));
        else
            rb.version = version;
    }

    void readObjectives(const YAML::Node &value, Runbook &rb)
    {
        if (!expectMap(value, u"objectives"_s, tr("like `objectives: { rto: 4h, rpo: 24h }`")))
            return;
        QHash<QString, SourceLocation> seen;
        forEachKey(value, kObjectiveKeys, tr("`objectives`"), seen,
                   [&](const QString &key, const YAML::Node &v) {
                       (key == u"rto" ? rb.rtoSeconds : rb.rpoSeconds) = duration(v, key);
                       rb.locations.insert(u"objectives/"_s + key, locationOf(v.Mark()));
                   });
    }

    void readInjects(const YAML::Node &value, Runbook &rb)
    {
        if (!expectSequence(value, u"injects"_s, tr("a list of `{ id: ..., title: ... }` entries")))
            return;
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (rb.injects.size() == RunbookLimits::injects) {
                tooMany(item, u"injects"_s, tr("injects"), RunbookLimits::injects);
                return;
            }
            if (!expectMap(item, u"injects"_s, tr("each inject is `{ id: ..., title: ... }`")))
                continue;
            Inject inject;
            forEachKey(item, kInjectKeys, tr("an inject"), inject.locations,
                       [&](const QString &key, const YAML::Node &v) {
                           if (key == u"id")
                               inject.id = text(v, key);
                           else if (key == u"title")
                               inject.title = text(v, key);
                           else if (key == u"note")
                               inject.note = text(v, key);
                           else if (key == u"after")
                               inject.after = text(v, key);
                       });
            requireKeys(item, inject.locations, {u"id"_s, u"title"_s}, tr("an inject"));
            rb.injects.append(std::move(inject));
        }
    }

    void readPhases(const YAML::Node &value, Runbook &rb)
    {
        if (!expectSequence(value, u"phases"_s,
                            tr("a list of phases, each `{ id: ..., title: ..., steps: [...] }`")))
            return;
        if (value.size() == 0)
            error(value, tr("`phases` is empty; a runbook needs at least one phase"));
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (rb.phases.size() == RunbookLimits::phases) {
                tooMany(item, u"phases"_s, tr("phases"), RunbookLimits::phases);
                return;
            }
            if (!expectMap(item, u"phases"_s,
                           tr("each phase is a mapping with `id`, `title` and `steps`")))
                continue;
            Phase phase;
            forEachKey(item, kPhaseKeys, tr("a phase"), phase.locations,
                       [&](const QString &key, const YAML::Node &v) {
                           if (key == u"id")
                               phase.id = text(v, key);
                           else if (key == u"title")
                               phase.title = text(v, key);
                           else if (key == u"steps")
                               readSteps(v, phase);
                       });
            requireKeys(item, phase.locations, {u"id"_s, u"title"_s, u"steps"_s}, tr("a phase"));
            rb.phases.append(std::move(phase));
        }
    }

    void readSteps(const YAML::Node &value, Phase &phase)
    {
        if (!expectSequence(value, u"steps"_s,
                            tr("a list of steps, each `{ id: ..., title: ... }`")))
            return;
        phase.steps.reserve(qsizetype(value.size()));
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (++stepCount > RunbookLoader::maxSteps) {
                error(
                    item,
                    tr("too many steps: a runbook holds at most %1").arg(RunbookLoader::maxSteps));
                exhausted = true;
                return;
            }
            if (!expectMap(item, u"steps"_s, tr("each step is a mapping with `id` and `title`")))
                continue;
            Step step;
            forEachKey(item, kStepKeys, tr("a step"), step.locations,
                       [&](const QString &key, const YAML::Node &v) { readStepKey(key, v, step); });
            requireKeys(item, step.locations, {u"id"_s, u"title"_s}, tr("a step"));
            phase.steps.append(std::move(step));
        }
    }

    void readStepKey(const QString &key, const YAML::Node &v, Step &step)
    {
        if (key == u"id") {
            step.id = text(v, key);
        } else if (key == u"title") {
            step.title = text(v, key);
        } else if (key == u"instructions") {
            step.instructions = text(v, key);
        } else if (key == u"role") {
            step.role = text(v, key);
        } else if (key == u"expected") {
            step.expectedSeconds = duration(v, key);
        } else if (key == u"automation") {
            const QString name = text(v, key);
            if (auto a = Step::automationFromName(name))
                step.automation = *a;
            else if (!name.isEmpty())
                error(v, tr("invalid automation `%1`; use manual, scripted or automated%2")
                             .arg(quoted(name), NearestName::hint(name, {u"manual"_s, u"scripted"_s,
                                                                         u"automated"_s})));
        } else if (key == u"command") {
            step.command = text(v, key);
        } else if (key == u"verify") {
            step.verify = text(v, key);
        } else if (key == u"notes") {
            step.notes = text(v, key);
        } else if (key == u"depends_on") {
            step.dependsOn =
                textList(v, key, step.locations, RunbookLimits::dependsOn, tr("steps"));
        } else if (key == u"milestone") {
            step.milestone = text(v, key);
        }
    }

    QString text(const YAML::Node &v, const QString &key)
    {
        if (!v.IsScalar()) {
            error(v, tr("`%1` must be text, not %2").arg(key, kindName(v)));
            return {};
        }
        const std::string &s = v.Scalar();
        if (!chargeChars(v, qsizetype(s.size())))
            return {};
        return QString::fromStdString(s);
    }

    // At most maxItems items are read: the one after them is reported, the rest not looked at.
    QStringList textList(const YAML::Node &v, const QString &key,
                         QHash<QString, SourceLocation> &locations, int maxItems,
                         const QString &what)
    {
        if (!expectSequence(v, key, tr("a list like `[a, b]`")))
            return {};
        QStringList out;
        for (const YAML::Node &item : v) {
            if (!charge(item))
                break;
            if (out.size() == maxItems) {
                tooMany(item, key, what, maxItems);
                break;
            }
            const QString itemText = text(item, key);
            if (itemText.isEmpty()) // reported by text(), or an empty entry: nothing to add
                continue;
            locations.insert(key + u'/' + QString::number(out.size()), locationOf(item.Mark()));
            out.append(itemText);
        }
        return out;
    }

    void tooMany(const YAML::Node &at, const QString &key, const QString &what, int max)
    {
        error(at, tr("`%1` lists more than %2 %3; at most %2 are allowed (see Limits in the "
                     "runbook format)")
                      .arg(key, QString::number(max), what));
    }

    qint64 duration(const YAML::Node &v, const QString &key)
    {
        const QString s = text(v, key);
        if (s.isEmpty())
            return 0;
        if (s.size() > RunbookLimits::durationChars) {
            error(v, tr("`%1` is %2 characters long; a duration is at most %3, like 1h30m")
                         .arg(key, QString::number(s.size()),
                              QString::number(RunbookLimits::durationChars)));
            return 0;
        }
        QString why;
        const auto seconds = Duration::parseSeconds(s, &why);
        if (!seconds) {
            error(v, tr("`%1`: %2").arg(key, TerminalText::sanitise(why)));
            return 0;
        }
        return *seconds;
    }

    bool expectSequence(const YAML::Node &v, const QString &key, const QString &shape)
    {
        if (v.IsSequence())
            return true;
        error(v, tr("`%1` must be %2, not %3").arg(key, shape, kindName(v)));
        return false;
    }

    bool expectMap(const YAML::Node &v, const QString &key, const QString &shape)
    {
        if (v.IsMap())
            return true;
        error(v, tr("in `%1`: %2, not %3").arg(key, shape, kindName(v)));
        return false;
    }

    static QString kindName(const YAML::Node &v)
    {
        if (v.IsMap())
            return tr("a mapping");
        if (v.IsSequence())
            return tr("a list");
        if (v.IsScalar())
            return tr("the text `%1`")
                .arg(TerminalText::excerpt(QString::fromStdString(v.Scalar().substr(0, 200)), 40));
        return tr("nothing");
    }

    bool charge(const YAML::Node &) { return chargeChars({}, 1); }

    bool chargeChars(const YAML::Node &at, qsizetype n)
    {
        if (exhausted)
            return false;
        budget -= n;
        if (budget >= 0)
            return true;
        exhausted = true;
        diagnostics.append(Diagnostic::error(
            file, at.IsDefined() ? locationOf(at.Mark()) : SourceLocation{},
            tr("the document expands to far more than the file holds (YAML aliases "
               "repeating large parts?); runbooks must not use `*alias` to multiply content")));
        return false;
    }

    void error(const YAML::Node &at, const QString &message)
    {
        if (diagnostics.size() <= RunbookLimits::diagnostics) // loadText() says the rest waits
            diagnostics.append(Diagnostic::error(file, locationOf(at.Mark()), message));
    }

    const QString &file;
    qsizetype budget;
    int stepCount = 0;
    bool exhausted = false;
};

RunbookLoadResult failed(const QString &file, SourceLocation at, const QString &message)
{
    RunbookLoadResult r;
    r.diagnostics.append(Diagnostic::error(file, at, message));
    return r;
}

// YAML's most common mistake: a plain value holding ": " (`command: ./freeze --reason "DR drill:
// db"`), which yaml-cpp calls an "illegal map value". Says to quote it, with the line quoted.
QString quoteHint(const QByteArray &bytes, int line)
{
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype next = bytes.indexOf('\n', start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0)
        end = bytes.size();
    const QString text = QString::fromUtf8(bytes.mid(start, end - start)).trimmed();
    // `key: value`, perhaps as a list entry (`- key: value`), with a plain key.
    static const QRegularExpression entry(u"^((?:- +)*[A-Za-z_][A-Za-z0-9_-]*:) +(.*)$"_s);
    const QRegularExpressionMatch m = entry.match(text);
    if (!m.hasMatch())
        return {};
    QString value = m.captured(2);
    QString comment;
    if (const qsizetype hash = value.indexOf(u" #"_s); hash >= 0) {
        comment = value.mid(hash);
        value = value.left(hash).trimmed();
    }
    if (!value.contains(u": "_s) || value.startsWith(u'"') || value.startsWith(u'\'') ||
        value.startsWith(u'{') || value.startsWith(u'['))
        return {};
    const QString fixed =
        m.captured(1) + u" '"_s + QString(value).replace(u'\'', u"''"_s) + u'\'' + comment;
    if (fixed.size() > 200)
        return tr("; a value that holds `: ` must be quoted: put it in single quotes ('...'), "
                  "doubling any ' inside");
    return tr("; a value that holds `: ` must be quoted, like this: %1")
        .arg(TerminalText::sanitise(fixed));
}

#ifdef Q_OS_UNIX
QString notRegularFile(mode_t mode)
{
    const QString what = S_ISDIR(mode)                    ? tr("is a directory")
                         : S_ISFIFO(mode)                 ? tr("is a FIFO (named pipe)")
                         : S_ISCHR(mode) || S_ISBLK(mode) ? tr("is a device")
                         : S_ISSOCK(mode)                 ? tr("is a socket")
                                                          : tr("is not a regular file");
    return tr("%1; give the path of a runbook file (.yaml)").arg(what);
}
#endif

// yaml-cpp's own wording for tabs is cryptic; say what is wrong where it is.
std::optional<SourceLocation> leadingTab(const QByteArray &bytes, int aroundLine)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == '\n') {
            if (line >= aroundLine - 1 && line <= aroundLine + 1) {
                // Indentation includes the "- " of sequence entries.
                for (qsizetype k = lineStart;
                     k < i && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '-'); ++k)
                    if (bytes[k] == '\t')
                        return SourceLocation{line, int(k - lineStart) + 1};
            }
            if (line > aroundLine + 1)
                break;
            ++line;
            lineStart = i + 1;
        }
    }
    return std::nullopt;
}
} // namespace

QStringList RunbookLoader::topLevelKeys()
{
    return kTopKeys;
}

QStringList RunbookLoader::stepKeys()
{
    return kStepKeys;
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
    auto tooLarge = [&path](qint64 size) {
        return failed(path, {},
                      tr("file is %1 MiB; a runbook may be at most %2 MiB")
                          .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                          .arg(maxFileBytes / (1024 * 1024)));
    };
    QFile f;
#ifdef Q_OS_UNIX
    // Only a regular file is read. stat() refuses a FIFO, a device or a socket before anything
    // opens it; open() with O_NONBLOCK cannot wait for a FIFO's writer should the path have
    // been swapped since, and fstat() then looks at what was really opened.
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {};
    if (::stat(native.constData(), &st) != 0)
        return failed(path, {},
                      errno == ENOENT ? tr("no such file")
                                      : tr("cannot read the file: %1").arg(qt_error_string(errno)));
    if (!S_ISREG(st.st_mode))
        return failed(path, {}, notRegularFile(st.st_mode));
    if (st.st_size > maxFileBytes)
        return tooLarge(st.st_size);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failed(path, {}, tr("cannot read the file: %1").arg(qt_error_string(errno)));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return failed(path, {}, notRegularFile(st.st_mode));
    }
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failed(path, {}, tr("cannot read the file: %1").arg(f.errorString()));
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, {}, tr("no such file"));
    if (info.isDir())
        return failed(path, {}, tr("is a directory; give the path of a runbook file (.yaml)"));
    if (!info.isFile())
        return failed(path, {}, tr("is not a regular file; give the path of a runbook file"));
    if (info.size() > maxFileBytes)
        return tooLarge(info.size());
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(path, {}, tr("cannot read the file: %1").arg(f.errorString()));
#endif
    // Read at most one byte past the limit: the file may have grown since stat().
    QByteArray bytes = f.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return failed(path, {},
                      tr("file is larger than %1 MiB; a runbook may be at most %1 MiB")
                          .arg(maxFileBytes / (1024 * 1024)));
    RunbookLoadResult read;
    read.source = std::move(bytes);
    return read;
}

RunbookLoadResult RunbookLoader::loadText(const QByteArray &utf8, const QString &fileName)
{
    if (utf8.size() > maxFileBytes)
        return failed(fileName, {},
                      tr("text is larger than %1 MiB; a runbook may be at most %1 MiB")
                          .arg(maxFileBytes / (1024 * 1024)));
    if (utf8.trimmed().isEmpty())
        return failed(
            fileName, {1, 1},
            tr("file is empty; a runbook starts with `drilldeck: %1`").arg(Runbook::formatVersion));
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0)
        return failed(fileName, locationOfOffset(utf8, nul),
                      tr("binary data (a NUL byte); a runbook is a UTF-8 YAML text file"));
    if (const qsizetype bad = firstInvalidUtf8(utf8); bad >= 0)
        return failed(fileName, locationOfOffset(utf8, bad),
                      tr("invalid UTF-8 (byte 0x%1); save the file as UTF-8")
                          .arg(uchar(utf8[bad]), 2, 16, QChar(u'0')));

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
            fileName, locationOf(e.mark),
            e.which == YamlDocuments::LimitExceeded::Which::ListItems
                ? tr("a list of more than %1 items; no list in a runbook may be that long (see "
                     "Limits in the runbook format)")
                      .arg(e.limit)
                : tr("more than %1 values, keys and list items; a runbook may hold at most that "
                     "many (see Limits in the runbook format)")
                      .arg(e.limit));
    } catch (const YAML::DeepRecursion &e) {
        return failed(
            fileName, locationOf(e.mark),
            tr("nesting is too deep (over %1 levels); a runbook needs only a few").arg(e.depth()));
    } catch (const YAML::Exception &e) {
        const SourceLocation at = locationOf(e.mark);
        if (const auto tab = leadingTab(utf8, at.isValid() ? at.line : 1))
            return failed(fileName, *tab,
                          tr("tab character in indentation; YAML indents with spaces only"));
        const QString hint = e.msg == YAML::ErrorMsg::MAP_VALUE && at.isValid()
                                 ? quoteHint(utf8, at.line)
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
        return failed(fileName, locationOf(documents[1].Mark()),
                      tr("more than one YAML document (`---`); put one runbook in each file"));

    Parser parser(fileName, utf8.size());
    std::optional<Runbook> runbook;
    try {
        runbook = parser.parse(documents.front());
    } catch (const YAML::Exception &e) {
        parser.diagnostics.append(Diagnostic::error(
            fileName, locationOf(e.mark),
            tr("cannot read: %1").arg(TerminalText::sanitise(QString::fromStdString(e.msg)))));
    }
    result.diagnostics = parser.diagnostics;
    if (runbook) // semantic rules too, so one run shows every problem
        result.diagnostics += RunbookValidator::validate(*runbook, fileName);
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
