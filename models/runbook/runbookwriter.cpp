#include "runbookwriter.h"

#include "duration.h"
#include "runbook.h"
#include "runbookloader.h"

#include <QHash>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {
using Locations = QHash<QString, SourceLocation>;

const QStringList kInjectKeys = {u"id"_s, u"title"_s, u"note"_s, u"after"_s};
const QStringList kPhaseKeys = {u"id"_s, u"title"_s, u"steps"_s};

// The keys in the order the file had them; keys it did not have follow, in the format's order.
QStringList ordered(QStringList keys, const Locations &locations)
{
    auto line = [&locations](const QString &key) {
        const SourceLocation at = locations.value(key);
        return at.isValid() ? qint64(at.line) * 100000 + at.column : LLONG_MAX;
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&line](const QString &a, const QString &b) { return line(a) < line(b); });
    return keys;
}

// The original text, to see how a value was written where the runbook knows its location.
class Source
{
public:
    explicit Source(const QByteArray &yaml) : m_lines(QString::fromUtf8(yaml).split(u'\n')) {}

    // Whether the collection at this location was written in flow style (`[a, b]`, `{k: v}`).
    bool isFlow(SourceLocation at, bool byDefault) const
    {
        if (!at.isValid() || at.line > m_lines.size() || m_lines.size() < 2)
            return byDefault;
        const QString &line = m_lines[at.line - 1];
        const QChar c =
            at.column >= 1 && at.column <= line.size() ? line.at(at.column - 1) : QChar();
        return c == u'[' || c == u'{';
    }

    // The quote a one-line scalar at this location was written with: ' or ", or none (plain).
    QChar quoteAt(SourceLocation at) const
    {
        const QString &line = lineAt(at);
        const QChar c =
            at.column >= 1 && at.column <= line.size() ? line.at(at.column - 1) : QChar();
        return c == u'\'' || c == u'"' ? c : QChar();
    }

    // The text of a plain one-line scalar at this location, up to a comment or the end of a
    // flow collection's entry (`,`, `]`, `}`: a duration never holds one); empty otherwise.
    QString plainAt(SourceLocation at) const
    {
        const QString &line = lineAt(at);
        if (at.column < 1 || at.column > line.size())
            return {};
        QString text = line.mid(at.column - 1);
        for (const QString &end : {u" #"_s, u","_s, u"]"_s, u"}"_s})
            if (const qsizetype at = text.indexOf(end); at >= 0)
                text.truncate(at);
        return text.trimmed();
    }

private:
    const QString &lineAt(SourceLocation at) const
    {
        static const QString none;
        return at.isValid() && at.line <= m_lines.size() ? m_lines[at.line - 1] : none;
    }

    QStringList m_lines;
};

// A duration as the file wrote it where it still means the same (`24h` stays `24h`, not `1d`),
// so a save changes only what was rewritten; a new or changed one in the canonical notation.
void emitDuration(YAML::Emitter &out, qint64 seconds, SourceLocation at, const Source &source)
{
    const QString written = source.plainAt(at);
    const bool same = !written.isEmpty() && Duration::parseSeconds(written) == seconds;
    out << (same ? written : Duration::format(seconds)).toStdString();
}

// A literal block (`|`) keeps text exactly when it ends with one newline, its first line does
// not start with a space and it holds no control characters but tabs and newlines.
bool fitsLiteral(const QString &text)
{
    if (!text.endsWith(u'\n') || text.endsWith(u"\n\n"_s) || text.startsWith(u' ') ||
        text.startsWith(u'\n'))
        return false;
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return false;
    return true;
}

// Text in the quotes the file wrote it with (`'…'` stays single-quoted), where there was one.
void emitText(YAML::Emitter &out, const QString &text, QChar quote = {})
{
    if (text.contains(u'\n') && fitsLiteral(text)) {
        // `|` keeps one final newline (clip); yaml-cpp writes the text as it is, so the
        // newline goes, or the next key would follow a blank line.
        out << YAML::Literal << text.chopped(1).toStdString();
        return;
    }
    if (text.contains(u'\n') || text.isEmpty() || text != text.trimmed() || quote == u'"')
        out << YAML::DoubleQuoted;
    else if (quote == u'\'')
        out << YAML::SingleQuoted; // yaml-cpp falls back to double quotes where single cannot be
    out << text.toStdString();
}

// A list's items keep their quotes: the parser records item N's location as "KEY/N".
void emitList(YAML::Emitter &out, const QStringList &items, bool flow, const QString &key,
              const Locations &locations, const Source &source)
{
    out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
    for (qsizetype n = 0; n < items.size(); ++n)
        emitText(out, items[n], source.quoteAt(locations.value(key + u'/' + QString::number(n))));
    out << YAML::EndSeq;
}

void emitKey(YAML::Emitter &out, const QString &key)
{
    out << YAML::Key << key.toStdString() << YAML::Value;
}

// Whether a runbook or a step sets this key of how its commands run.
bool hasCommandSetting(const CommandSettings &settings, const QString &key)
{
    return (key == u"shell" && !settings.shell.isEmpty()) ||
           (key == u"workdir" && !settings.workdir.isEmpty()) ||
           (key == u"env" && !settings.env.isEmpty()) ||
           (key == u"timeout" && settings.timeoutSeconds > 0);
}

// `shell`, `workdir`, `env` (a mapping in file order, flow if it was) or `timeout`.
void emitCommandSetting(YAML::Emitter &out, const QString &key, const CommandSettings &settings,
                        const Locations &locations, const Source &source)
{
    const SourceLocation at = locations.value(key);
    if (key == u"shell") {
        emitText(out, settings.shell, source.quoteAt(at));
    } else if (key == u"workdir") {
        emitText(out, settings.workdir, source.quoteAt(at));
    } else if (key == u"timeout") {
        emitDuration(out, settings.timeoutSeconds, at, source);
    } else if (key == u"env") {
        out << (source.isFlow(at, false) ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (const auto &[name, value] : settings.env) {
            emitKey(out, name);
            // Plain where YAML reads it back as the same text, quoted otherwise.
            emitText(out, value);
        }
        out << YAML::EndMap;
    }
}

// `decision:` in block form; each option on one line, `{ label: yes, goto: promote }`.
void emitDecision(YAML::Emitter &out, const Decision &d, const Source &source)
{
    out << YAML::Block << YAML::BeginMap;
    const QStringList keys{u"question"_s, u"options"_s};
    for (const QString &key : ordered(keys, d.locations)) {
        emitKey(out, key);
        if (key == u"question") {
            emitText(out, d.question, source.quoteAt(d.locations.value(key)));
            continue;
        }
        out << YAML::BeginSeq;
        for (const DecisionOption &o : d.options) {
            out << YAML::Flow << YAML::BeginMap;
            emitKey(out, u"label"_s);
            emitText(out, o.label, source.quoteAt(o.locations.value(u"label"_s)));
            if (o.abort || !o.gotoStep.isEmpty()) {
                emitKey(out, u"goto"_s);
                emitText(out, o.abort ? u"abort"_s : o.gotoStep);
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
}

void emitStep(YAML::Emitter &out, const Step &s, const Source &source)
{
    QStringList keys;
    for (const QString &key : RunbookLoader::stepKeys()) {
        const bool present =
            (key == u"id") || (key == u"title") ||
            (key == u"instructions" && !s.instructions.isEmpty()) ||
            (key == u"role" && !s.role.isEmpty()) ||
            (key == u"expected" && s.expectedSeconds > 0) ||
            (key == u"automation" &&
             (s.locations.contains(key) || s.automation != Step::Automation::Manual)) ||
            (key == u"command" && !s.command.isEmpty()) ||
            (key == u"verify" && !s.verify.isEmpty()) ||
            (key == u"verify_command" && !s.verifyCommand.isEmpty()) ||
            hasCommandSetting(s.commandSettings, key) || (key == u"notes" && !s.notes.isEmpty()) ||
            (key == u"depends_on" && !s.dependsOn.isEmpty()) ||
            (key == u"milestone" && !s.milestone.isEmpty()) ||
            (key == u"wait" && s.waitsOnMachine) || (key == u"decision" && s.isDecision());
        if (present)
            keys << key;
    }
    out << YAML::BeginMap;
    for (const QString &key : ordered(keys, s.locations)) {
        emitKey(out, key);
        const SourceLocation at = s.locations.value(key);
        const QChar quote = source.quoteAt(at);
        if (key == u"id")
            emitText(out, s.id, quote);
        else if (key == u"title")
            emitText(out, s.title, quote);
        else if (key == u"instructions")
            emitText(out, s.instructions, quote);
        else if (key == u"role")
            emitText(out, s.role, quote);
        else if (key == u"expected")
            emitDuration(out, s.expectedSeconds, at, source);
        else if (key == u"automation")
            out << Step::automationName(s.automation).toStdString();
        else if (key == u"command")
            emitText(out, s.command, quote);
        else if (key == u"verify")
            emitText(out, s.verify, quote);
        else if (key == u"verify_command")
            emitText(out, s.verifyCommand, quote);
        else if (hasCommandSetting(s.commandSettings, key))
            emitCommandSetting(out, key, s.commandSettings, s.locations, source);
        else if (key == u"notes")
            emitText(out, s.notes, quote);
        else if (key == u"depends_on")
            emitList(out, s.dependsOn, source.isFlow(at, true), key, s.locations, source);
        else if (key == u"milestone")
            emitText(out, s.milestone, quote);
        else if (key == u"wait")
            out << true;
        else if (key == u"decision")
            emitDecision(out, s.decision, source);
    }
    out << YAML::EndMap;
}

void emitPhase(YAML::Emitter &out, const Phase &p, const Source &source)
{
    out << YAML::BeginMap;
    for (const QString &key : ordered(kPhaseKeys, p.locations)) {
        emitKey(out, key);
        const QChar quote = source.quoteAt(p.locations.value(key));
        if (key == u"id") {
            emitText(out, p.id, quote);
        } else if (key == u"title") {
            emitText(out, p.title, quote);
        } else {
            out << YAML::BeginSeq;
            for (const Step &s : p.steps)
                emitStep(out, s, source);
            out << YAML::EndSeq;
        }
    }
    out << YAML::EndMap;
}

void emitInject(YAML::Emitter &out, const Inject &i, const Source &source)
{
    QStringList keys{u"id"_s, u"title"_s};
    if (!i.note.isEmpty())
        keys << u"note"_s;
    if (!i.after.isEmpty())
        keys << u"after"_s;
    // `{ id: ..., title: ... }` on one line stays so, unless a note needs a literal block.
    const bool flow = !i.note.contains(u'\n') && source.isFlow(i.locations.value(QString()), false);
    out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
    for (const QString &key : ordered(keys, i.locations)) {
        emitKey(out, key);
        emitText(out,
                 key == u"id"      ? i.id
                 : key == u"title" ? i.title
                 : key == u"note"  ? i.note
                                   : i.after,
                 source.quoteAt(i.locations.value(key)));
    }
    out << YAML::EndMap;
}

void emitObjectives(YAML::Emitter &out, const Runbook &rb, const Source &source)
{
    const bool flow = source.isFlow(rb.locations.value(u"objectives"_s), true);
    out << (flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
    QStringList keys;
    if (rb.rtoSeconds > 0)
        keys << u"rto"_s;
    if (rb.rpoSeconds > 0)
        keys << u"rpo"_s;
    Locations at;
    for (const QString &k : std::as_const(keys))
        at.insert(k, rb.locations.value(u"objectives/"_s + k));
    for (const QString &k : ordered(keys, at)) {
        emitKey(out, k);
        emitDuration(out, k == u"rto" ? rb.rtoSeconds : rb.rpoSeconds, at.value(k), source);
    }
    out << YAML::EndMap;
}
} // namespace

QByteArray RunbookWriter::stepToYaml(const Step &step)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitStep(out, step, Source({}));
    QByteArray yaml(out.c_str(), qsizetype(out.size()));
    if (!yaml.endsWith('\n'))
        yaml += '\n';
    return yaml;
}

QByteArray RunbookWriter::headerComments(const QByteArray &yaml)
{
    QByteArray header;
    qsizetype from = 0;
    while (from < yaml.size()) {
        qsizetype end = yaml.indexOf('\n', from);
        end = end < 0 ? yaml.size() : end + 1;
        const QByteArray line = yaml.mid(from, end - from);
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            break;
        header += line;
        from = end;
    }
    if (!header.isEmpty() && !header.endsWith('\n'))
        header += '\n';
    return header;
}

QByteArray RunbookWriter::toYaml(const Runbook &rb, const QByteArray &original)
{
    QStringList keys;
    for (const QString &key : RunbookLoader::topLevelKeys()) {
        const bool present = key == u"drilldeck" || key == u"id" || key == u"title" ||
                             key == u"phases" || (key == u"service" && !rb.service.isEmpty()) ||
                             (key == u"owner" && !rb.owner.isEmpty()) ||
                             (key == u"description" && !rb.description.isEmpty()) ||
                             (key == u"objectives" && (rb.rtoSeconds > 0 || rb.rpoSeconds > 0)) ||
                             (key == u"cadence" && rb.cadenceSeconds > 0) ||
                             (key == u"environments" && !rb.environments.isEmpty()) ||
                             (key == u"roles" && !rb.roles.isEmpty()) ||
                             (key == u"scenario" && !rb.scenario.isEmpty()) ||
                             (key == u"injects" && !rb.injects.isEmpty()) ||
                             (key == u"evaluation" && !rb.evaluation.isEmpty()) ||
                             hasCommandSetting(rb.commandSettings, key);
        if (present)
            keys << key;
    }

    const Source source(original);
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    for (const QString &key : ordered(keys, rb.locations)) {
        emitKey(out, key);
        const QChar quote = source.quoteAt(rb.locations.value(key));
        if (key == u"drilldeck") {
            out << rb.version;
        } else if (key == u"id") {
            emitText(out, rb.id, quote);
        } else if (key == u"title") {
            emitText(out, rb.title, quote);
        } else if (key == u"service") {
            emitText(out, rb.service, quote);
        } else if (key == u"owner") {
            emitText(out, rb.owner, quote);
        } else if (key == u"description") {
            emitText(out, rb.description, quote);
        } else if (key == u"objectives") {
            emitObjectives(out, rb, source);
        } else if (key == u"cadence") {
            emitDuration(out, rb.cadenceSeconds, rb.locations.value(key), source);
        } else if (key == u"environments") {
            emitList(out, rb.environments, source.isFlow(rb.locations.value(key), true), key,
                     rb.locations, source);
        } else if (key == u"roles") {
            emitList(out, rb.roles, source.isFlow(rb.locations.value(key), true), key, rb.locations,
                     source);
        } else if (key == u"scenario") {
            emitText(out, rb.scenario, quote);
        } else if (key == u"injects") {
            out << YAML::BeginSeq;
            for (const Inject &i : rb.injects)
                emitInject(out, i, source);
            out << YAML::EndSeq;
        } else if (key == u"evaluation") {
            emitList(out, rb.evaluation, source.isFlow(rb.locations.value(key), false), key,
                     rb.locations, source);
        } else if (hasCommandSetting(rb.commandSettings, key)) {
            emitCommandSetting(out, key, rb.commandSettings, rb.locations, source);
        } else if (key == u"phases") {
            out << YAML::BeginSeq;
            for (const Phase &p : rb.phases)
                emitPhase(out, p, source);
            out << YAML::EndSeq;
        }
    }
    out << YAML::EndMap;
    QByteArray yaml = headerComments(original);
    yaml += QByteArray(out.c_str(), qsizetype(out.size()));
    if (!yaml.endsWith('\n'))
        yaml += '\n';
    return yaml;
}
