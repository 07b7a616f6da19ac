#include "runbookparser.h"

#include "duration.h"
#include "nearestname.h"
#include "runbooklimits.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunbookLoader)
};

const QStringList kTopKeys = {
    u"drilldeck"_s,  u"id"_s,      u"title"_s,        u"service"_s, u"owner"_s,    u"description"_s,
    u"objectives"_s, u"cadence"_s, u"environments"_s, u"roles"_s,   u"scenario"_s, u"injects"_s,
    u"evaluation"_s, u"shell"_s,   u"workdir"_s,      u"env"_s,     u"timeout"_s,  u"phases"_s};
const QStringList kObjectiveKeys = {u"rto"_s, u"rpo"_s};
const QStringList kInjectKeys = {u"id"_s, u"title"_s, u"note"_s, u"after"_s};
const QStringList kPhaseKeys = {u"id"_s, u"title"_s, u"steps"_s};
const QStringList kStepKeys = {
    u"id"_s,      u"title"_s,  u"instructions"_s,   u"role"_s,      u"expected"_s, u"automation"_s,
    u"command"_s, u"verify"_s, u"verify_command"_s, u"shell"_s,     u"workdir"_s,  u"env"_s,
    u"timeout"_s, u"notes"_s,  u"depends_on"_s,     u"milestone"_s, u"wait"_s,     u"decision"_s};
const QStringList kDecisionKeys = {u"question"_s, u"options"_s};
const QStringList kOptionKeys = {u"label"_s, u"goto"_s};
// How a command runs: the same keys at the top (every step's default) and on a step.
bool isCommandSettingKey(const QString &key)
{
    return key == u"shell" || key == u"workdir" || key == u"env" || key == u"timeout";
}
QString quoted(const QString &value)
{
    return TerminalText::excerpt(value);
}
SourceLocation locationOf(const YAML::Mark &mark)
{
    return RunbookParser::locationOf(mark);
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
            error(root, Text::tr("a runbook is a YAML mapping that starts with `drilldeck: %1`; "
                                 "found %2")
                            .arg(Runbook::formatVersion)
                            .arg(kindName(root)));
            return std::nullopt;
        }
        bool haveVersion = false;
        forEachKey(root, kTopKeys, Text::tr("runbook"), rb.locations,
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
                       } else if (key == u"cadence") {
                           rb.cadenceSeconds = duration(value, key);
                       } else if (key == u"environments") {
                           rb.environments =
                               textList(value, key, rb.locations, RunbookLimits::environments,
                                        Text::tr("environments"));
                       } else if (key == u"roles") {
                           rb.roles = textList(value, key, rb.locations, RunbookLimits::roles,
                                               Text::tr("roles"));
                       } else if (key == u"evaluation") {
                           rb.evaluation =
                               textList(value, key, rb.locations, RunbookLimits::evaluation,
                                        Text::tr("criteria"));
                       } else if (key == u"injects") {
                           readInjects(value, rb);
                       } else if (key == u"phases") {
                           readPhases(value, rb);
                       } else if (isCommandSettingKey(key)) {
                           readCommandSetting(key, value, rb.commandSettings, rb.locations);
                       }
                   });
        if (!haveVersion)
            error(root, Text::tr("missing required key `drilldeck` (the format version); add "
                                 "`drilldeck: %1` at the top")
                            .arg(Runbook::formatVersion));
        requireKeys(root, rb.locations, {u"id"_s, u"title"_s, u"phases"_s},
                    Text::tr("the runbook"));
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
                error(keyNode, Text::tr("a key in %1 must be a plain name, not %2")
                                   .arg(what, kindName(keyNode)));
                continue;
            }
            const QString key = QString::fromStdString(keyNode.Scalar());
            const SourceLocation at = locationOf(keyNode.Mark());
            if (!allowed.contains(key)) {
                const QString nearest = NearestName::find(key, allowed);
                error(keyNode, nearest.isEmpty()
                                   ? Text::tr("unknown key `%1` in %2; the keys are: %3")
                                         .arg(quoted(key), what, allowed.join(u", "_s))
                                   : Text::tr("unknown key `%1` in %2; did you mean `%3`?")
                                         .arg(quoted(key), what, nearest));
                continue;
            }
            if (seenEmpty.contains(key)) {
                error(keyNode, Text::tr("duplicate key `%1`").arg(quoted(key)));
                continue;
            }
            if (auto seen = locations.constFind(key); seen != locations.cend()) {
                error(keyNode, Text::tr("duplicate key `%1`; it is already set at line %2")
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
                error(map, Text::tr("missing required key `%1` in %2").arg(key, what));
    }

    void readVersion(const YAML::Node &value, Runbook &rb)
    {
        const QString v = text(value, u"drilldeck"_s);
        bool ok = false;
        const int version = v.toInt(&ok);
        if (!ok || version != Runbook::formatVersion)
            error(value, Text::tr("unsupported runbook format version `%1`; this DrillDeck reads "
                                  "version %2 (`drilldeck: %2`)")
                             .arg(quoted(v))
                             .arg(Runbook::formatVersion));
        else
            rb.version = version;
    }

    void readObjectives(const YAML::Node &value, Runbook &rb)
    {
        if (!expectMap(value, u"objectives"_s,
                       Text::tr("like `objectives: { rto: 4h, rpo: 24h }`")))
            return;
        QHash<QString, SourceLocation> seen;
        forEachKey(value, kObjectiveKeys, Text::tr("`objectives`"), seen,
                   [&](const QString &key, const YAML::Node &v) {
                       (key == u"rto" ? rb.rtoSeconds : rb.rpoSeconds) = duration(v, key);
                       rb.locations.insert(u"objectives/"_s + key, locationOf(v.Mark()));
                   });
    }

    void readInjects(const YAML::Node &value, Runbook &rb)
    {
        if (!expectSequence(value, u"injects"_s,
                            Text::tr("a list of `{ id: ..., title: ... }` entries")))
            return;
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (rb.injects.size() == RunbookLimits::injects) {
                tooMany(item, u"injects"_s, Text::tr("injects"), RunbookLimits::injects);
                return;
            }
            if (!expectMap(item, u"injects"_s,
                           Text::tr("each inject is `{ id: ..., title: ... }`")))
                continue;
            Inject inject;
            forEachKey(item, kInjectKeys, Text::tr("an inject"), inject.locations,
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
            requireKeys(item, inject.locations, {u"id"_s, u"title"_s}, Text::tr("an inject"));
            rb.injects.append(std::move(inject));
        }
    }

    void readPhases(const YAML::Node &value, Runbook &rb)
    {
        if (!expectSequence(
                value, u"phases"_s,
                Text::tr("a list of phases, each `{ id: ..., title: ..., steps: [...] }`")))
            return;
        if (value.size() == 0)
            error(value, Text::tr("`phases` is empty; a runbook needs at least one phase"));
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (rb.phases.size() == RunbookLimits::phases) {
                tooMany(item, u"phases"_s, Text::tr("phases"), RunbookLimits::phases);
                return;
            }
            if (!expectMap(item, u"phases"_s,
                           Text::tr("each phase is a mapping with `id`, `title` and `steps`")))
                continue;
            Phase phase;
            forEachKey(item, kPhaseKeys, Text::tr("a phase"), phase.locations,
                       [&](const QString &key, const YAML::Node &v) {
                           if (key == u"id")
                               phase.id = text(v, key);
                           else if (key == u"title")
                               phase.title = text(v, key);
                           else if (key == u"steps")
                               readSteps(v, phase);
                       });
            requireKeys(item, phase.locations, {u"id"_s, u"title"_s, u"steps"_s},
                        Text::tr("a phase"));
            rb.phases.append(std::move(phase));
        }
    }

    void readSteps(const YAML::Node &value, Phase &phase)
    {
        if (!expectSequence(value, u"steps"_s,
                            Text::tr("a list of steps, each `{ id: ..., title: ... }`")))
            return;
        phase.steps.reserve(qsizetype(value.size()));
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (++stepCount > RunbookLimits::steps) {
                error(item, Text::tr("too many steps: a runbook holds at most %1")
                                .arg(RunbookLimits::steps));
                exhausted = true;
                return;
            }
            if (!expectMap(item, u"steps"_s,
                           Text::tr("each step is a mapping with `id` and `title`")))
                continue;
            Step step;
            forEachKey(item, kStepKeys, Text::tr("a step"), step.locations,
                       [&](const QString &key, const YAML::Node &v) { readStepKey(key, v, step); });
            requireKeys(item, step.locations, {u"id"_s, u"title"_s}, Text::tr("a step"));
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
                error(v, Text::tr("invalid automation `%1`; use manual, scripted or automated%2")
                             .arg(quoted(name), NearestName::hint(name, {u"manual"_s, u"scripted"_s,
                                                                         u"automated"_s})));
        } else if (key == u"command") {
            step.command = text(v, key);
        } else if (key == u"verify") {
            step.verify = text(v, key);
        } else if (key == u"verify_command") {
            step.verifyCommand = text(v, key);
        } else if (isCommandSettingKey(key)) {
            readCommandSetting(key, v, step.commandSettings, step.locations);
        } else if (key == u"notes") {
            step.notes = text(v, key);
        } else if (key == u"depends_on") {
            step.dependsOn =
                textList(v, key, step.locations, RunbookLimits::dependsOn, Text::tr("steps"));
        } else if (key == u"milestone") {
            step.milestone = text(v, key);
        } else if (key == u"wait") {
            step.waitsOnMachine = flag(v, key);
        } else if (key == u"decision") {
            readDecision(v, step.decision);
        }
    }

    // `decision: { question: ..., options: [ { label: yes, goto: STEP }, ... ] }`; the
    // validator checks the targets. Each option's place is "options/N" in the decision.
    void readDecision(const YAML::Node &v, Decision &decision)
    {
        if (!expectMap(v, u"decision"_s,
                       Text::tr("a mapping with `question` and `options`, like `decision: { "
                                "question: Is the replica current?, options: [...] }`")))
            return;
        forEachKey(v, kDecisionKeys, Text::tr("`decision`"), decision.locations,
                   [&](const QString &key, const YAML::Node &value) {
                       if (key == u"question")
                           decision.question = text(value, key);
                       else if (key == u"options")
                           readOptions(value, decision);
                   });
        requireKeys(v, decision.locations, {u"question"_s, u"options"_s}, Text::tr("`decision`"));
    }

    void readOptions(const YAML::Node &value, Decision &decision)
    {
        if (!expectSequence(value, u"options"_s,
                            Text::tr("a list of options, each `{ label: ..., goto: STEP }` (or "
                                     "`goto: abort`)")))
            return;
        for (const YAML::Node &item : value) {
            if (!charge(item))
                return;
            if (decision.options.size() == Decision::maxOptions) {
                error(item, Text::tr("a decision has at most %1 options (one key each, 1-%1)")
                                .arg(Decision::maxOptions));
                return;
            }
            if (!expectMap(item, u"options"_s,
                           Text::tr("each option is `{ label: ..., goto: STEP }`")))
                continue;
            DecisionOption option;
            forEachKey(item, kOptionKeys, Text::tr("an option"), option.locations,
                       [&](const QString &key, const YAML::Node &v) {
                           if (key == u"label")
                               option.label = text(v, key);
                           else if (text(v, key) == u"abort")
                               option.abort = true;
                           else
                               option.gotoStep = text(v, key);
                       });
            requireKeys(item, option.locations, {u"label"_s}, Text::tr("an option"));
            decision.locations.insert(u"options/"_s + QString::number(decision.options.size()),
                                      locationOf(item.Mark()));
            decision.options.append(std::move(option));
        }
    }

    void readCommandSetting(const QString &key, const YAML::Node &v, CommandSettings &settings,
                            QHash<QString, SourceLocation> &locations)
    {
        if (key == u"shell")
            settings.shell = text(v, key);
        else if (key == u"workdir")
            settings.workdir = text(v, key);
        else if (key == u"timeout")
            settings.timeoutSeconds = duration(v, key);
        else if (key == u"env")
            readEnv(v, settings, locations);
    }

    // `env: { NAME: value, ... }`, in file order; each name's place is "env/NAME".
    void readEnv(const YAML::Node &v, CommandSettings &settings,
                 QHash<QString, SourceLocation> &locations)
    {
        if (!expectMap(v, u"env"_s,
                       Text::tr("a mapping of variable names to values, like `env: { PGHOST: "
                                "db1, PGPORT: 5432 }`")))
            return;
        for (auto it = v.begin(); it != v.end() && !exhausted; ++it) {
            const YAML::Node name = it->first; // copies: it-> yields a temporary
            const YAML::Node value = it->second;
            if (!charge(name) || !charge(value))
                return;
            if (settings.env.size() == RunbookLimits::envVariables) {
                tooMany(name, u"env"_s, Text::tr("variables"), RunbookLimits::envVariables);
                return;
            }
            if (!name.IsScalar()) {
                error(name,
                      Text::tr("a name in `env` must be a plain name, not %1").arg(kindName(name)));
                continue;
            }
            const QString variable = text(name, u"env"_s);
            const QString at = u"env/"_s + variable;
            if (const auto seen = locations.constFind(at); seen != locations.cend()) {
                error(name, Text::tr("duplicate variable `%1` in `env`; it is already set at "
                                     "line %2")
                                .arg(quoted(variable), QString::number(seen->line)));
                continue;
            }
            locations.insert(at, locationOf(name.Mark()));
            // `NAME:` with nothing after it sets the variable to the empty text.
            const QString content =
                value.IsNull() ? QString() : text(value, u"env: "_s + quoted(variable));
            settings.env.append({variable, content});
        }
    }

    QString text(const YAML::Node &v, const QString &key)
    {
        if (!v.IsScalar()) {
            error(v, Text::tr("`%1` must be text, not %2").arg(key, kindName(v)));
            return {};
        }
        const std::string &s = v.Scalar();
        if (!chargeChars(v, qsizetype(s.size())))
            return {};
        return QString::fromStdString(s);
    }

    // `true` or `false` (YAML 1.2's core schema; yes/no/on/off are refused as ambiguous).
    bool flag(const YAML::Node &v, const QString &key)
    {
        const QString s = text(v, key);
        if (s == u"true")
            return true;
        if (s != u"false" && !s.isEmpty())
            error(v, Text::tr("`%1` must be true or false, not `%2`")
                         .arg(key, TerminalText::sanitise(s)));
        return false;
    }

    // At most maxItems items are read: the one after them is reported, the rest not looked at.
    QStringList textList(const YAML::Node &v, const QString &key,
                         QHash<QString, SourceLocation> &locations, int maxItems,
                         const QString &what)
    {
        if (!expectSequence(v, key, Text::tr("a list like `[a, b]`")))
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
        error(at, Text::tr("`%1` lists more than %2 %3; at most %2 are allowed (see Limits in the "
                           "runbook format)")
                      .arg(key, QString::number(max), what));
    }

    qint64 duration(const YAML::Node &v, const QString &key)
    {
        const QString s = text(v, key);
        if (s.isEmpty())
            return 0;
        if (s.size() > RunbookLimits::durationChars) {
            error(v, Text::tr("`%1` is %2 characters long; a duration is at most %3, like 1h30m")
                         .arg(key, QString::number(s.size()),
                              QString::number(RunbookLimits::durationChars)));
            return 0;
        }
        QString why;
        const auto seconds = Duration::parseSeconds(s, &why);
        if (!seconds) {
            error(v, Text::tr("`%1`: %2").arg(key, TerminalText::sanitise(why)));
            return 0;
        }
        return *seconds;
    }

    bool expectSequence(const YAML::Node &v, const QString &key, const QString &shape)
    {
        if (v.IsSequence())
            return true;
        error(v, Text::tr("`%1` must be %2, not %3").arg(key, shape, kindName(v)));
        return false;
    }

    bool expectMap(const YAML::Node &v, const QString &key, const QString &shape)
    {
        if (v.IsMap())
            return true;
        error(v, Text::tr("in `%1`: %2, not %3").arg(key, shape, kindName(v)));
        return false;
    }

    static QString kindName(const YAML::Node &v)
    {
        if (v.IsMap())
            return Text::tr("a mapping");
        if (v.IsSequence())
            return Text::tr("a list");
        if (v.IsScalar())
            return Text::tr("the text `%1`")
                .arg(TerminalText::excerpt(QString::fromStdString(v.Scalar().substr(0, 200)), 40));
        return Text::tr("nothing");
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
            Text::tr(
                "the document expands to far more than the file holds (YAML aliases "
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
} // namespace

std::optional<Runbook> RunbookParser::parse(const YAML::Node &root, const QString &fileName,
                                            qsizetype sourceBytes, QList<Diagnostic> &diagnostics)
{
    Parser parser(fileName, sourceBytes);
    try {
        std::optional<Runbook> runbook = parser.parse(root);
        diagnostics += parser.diagnostics;
        return runbook;
    } catch (...) { // what was found before is kept; the loader catches what yaml-cpp threw
        diagnostics += parser.diagnostics;
        throw;
    }
}

SourceLocation RunbookParser::locationOf(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
}

QStringList RunbookParser::topLevelKeys()
{
    return kTopKeys;
}

QStringList RunbookParser::stepKeys()
{
    return kStepKeys;
}
