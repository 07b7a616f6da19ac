#include "markdownrunbookimporter.h"

#include "duration.h"
#include "markdownlines.h"
#include "runbookloader.h"
#include "runbookvalidator.h"
#include "runbookwriter.h"
#include "terminaltext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The context its texts are translated in: a class, so that lupdate finds them in free
// functions and helper classes too (a plain tr() function hides them from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRunbookImporter)
};

struct Line
{
    QString text;
    int number = 0; // 1-based
};

// A heading's section or a numbered item: its title and the lines under it.
struct Section
{
    QString title;
    int line = 0;
    QList<Line> body;
};

const QSet<QString> kExpectedLabels = {u"expected"_s,
                                       u"expected time"_s,
                                       u"expected duration"_s,
                                       u"duration"_s,
                                       u"estimate"_s,
                                       u"estimated time"_s,
                                       u"time"_s,
                                       u"eta"_s};
const QSet<QString> kVerifyLabels = {u"verify"_s, u"verification"_s, u"check"_s,
                                     u"expected result"_s, u"validation"_s};
const QSet<QString> kRoleLabels = {u"role"_s, u"who"_s, u"owner"_s};

class Importer
{
public:
    Importer(const QByteArray &utf8, const QString &fileName) : m_file(fileName)
    {
        const QStringList texts = QString::fromUtf8(utf8).split(u'\n');
        m_lines.reserve(texts.size());
        int number = 0;
        for (QString text : texts) {
            if (text.endsWith(u'\r'))
                text.chop(1);
            m_lines.append({text, ++number});
        }
    }

    MarkdownImport run()
    {
        MarkdownImport result;
        markStructure();
        if (!build())
            return finish(result);
        result.yaml = "# Imported from " + QFileInfo(m_file).fileName().toUtf8() +
                      " by `drilldeck import`; check the notes it printed.\n" +
                      RunbookWriter::toYaml(m_rb, {});
        const RunbookLoadResult check = RunbookLoader::loadText(result.yaml, m_file);
        for (const Diagnostic &d : check.diagnostics)
            if (d.isError())
                m_found.append(Diagnostic::error(
                    m_file, {},
                    Text::tr("the runbook made of it is not valid: %1").arg(d.message)));
        if (check.ok())
            result.runbook = check.runbook;
        return finish(result);
    }

private:
    MarkdownImport finish(MarkdownImport &result)
    {
        Diagnostic::sortByLocation(m_found);
        if (m_found.size() > RunbookLimits::diagnostics) {
            const SourceLocation next = m_found.at(RunbookLimits::diagnostics).location;
            m_found.resize(RunbookLimits::diagnostics);
            m_found.append(
                Diagnostic::note(m_file, next,
                                 Text::tr("more notes follow; only the first %1 are shown")
                                     .arg(RunbookLimits::diagnostics)));
        }
        result.diagnostics = m_found;
        if (Diagnostic::hasErrors(m_found)) {
            result.runbook.reset();
            result.yaml.clear();
        }
        return result;
    }

    void note(int line, const QString &message)
    {
        m_found.append(Diagnostic::note(m_file, {line, 0}, message));
    }
    void error(int line, const QString &message)
    {
        m_found.append(Diagnostic::error(m_file, {line, 0}, message));
    }

    // Which lines are headings (and their level) outside code fences.
    void markStructure()
    {
        m_level.assign(m_lines.size(), 0);
        m_title.resize(m_lines.size());
        QChar kind;
        qsizetype length = 0, indent = 0;
        bool inFence = false;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const QString &text = m_lines[i].text;
            if (inFence) {
                inFence = !MarkdownLines::closesFence(text, kind, length);
                continue;
            }
            if (MarkdownLines::fence(text, &kind, &length, &indent)) {
                inFence = true;
                continue;
            }
            m_level[i] = MarkdownLines::headingLevel(text, &m_title[i]);
        }
    }

    bool build()
    {
        int minLevel = 7;
        for (int level : m_level)
            if (level > 0)
                minLevel = std::min(minLevel, level);
        qsizetype titleAt = -1;
        int phaseLevel = 0;
        if (minLevel < 7) {
            const auto top = std::count(m_level.cbegin(), m_level.cend(), minLevel);
            if (top == 1) {
                titleAt = std::find(m_level.cbegin(), m_level.cend(), minLevel) - m_level.cbegin();
                int below = 7;
                for (qsizetype i = titleAt + 1; i < qsizetype(m_level.size()); ++i)
                    if (m_level[i] > minLevel)
                        below = std::min(below, m_level[i]);
                phaseLevel = below < 7 ? below : 0;
            } else {
                phaseLevel = minLevel;
            }
        }
        if (minLevel == 7) {
            QList<Line> lead;
            if (numberedItems(m_lines, &lead).isEmpty()) {
                error(1,
                      Text::tr("no headings and no numbered list: nothing to make steps of; write "
                               "each phase as a heading (`## Restore`) over a numbered list of "
                               "steps (`1. Stop the service`) or `###` step headings"));
                return false;
            }
        }
        const QString base = QFileInfo(m_file).completeBaseName();
        if (titleAt >= 0) {
            m_rb.title = lineText(m_title[titleAt], m_lines[titleAt].number, u"title"_s);
        } else {
            m_rb.title = base.isEmpty() ? Text::tr("Imported runbook") : base;
            note(1, Text::tr("no single top heading: the title is the file's name, `%1`")
                        .arg(TerminalText::excerpt(m_rb.title)));
        }
        m_rb.id = uniqueId(MarkdownRunbookImporter::idFromTitle(m_rb.title), u"runbook"_s);

        // The phases' sections, and what comes before the first (the description).
        QList<Section> phases;
        QList<Line> before;
        const qsizetype from = titleAt + 1;
        for (qsizetype i = from; i < m_lines.size(); ++i) {
            if (phaseLevel > 0 && m_level[i] == phaseLevel) {
                phases.append({m_title[i], m_lines[i].number, {}});
                continue;
            }
            (phases.isEmpty() ? before : phases.last().body).append(m_lines[i]);
        }
        if (phases.isEmpty()) {
            // No phase headings: the numbered list under the title is the procedure.
            QList<Line> lead;
            const QList<Section> items = numberedItems(before, &lead);
            if (items.isEmpty()) {
                error(titleAt >= 0 ? m_lines[titleAt].number : 1,
                      Text::tr("no phase headings and no numbered list under the title: nothing to "
                               "make steps of; write each phase as a heading (`## Restore`) over a "
                               "numbered list of steps (`1. Stop the service`)"));
                return false;
            }
            note(items.first().line,
                 Text::tr("no phase headings: the numbered list is one phase, `Procedure`"));
            m_rb.description = joined(lead, 0);
            phases.append({Text::tr("Procedure"), items.first().line, before.mid(lead.size())});
        } else {
            // A table-of-contents marker renders nothing outside the wiki it was written for.
            before.removeIf([](const Line &l) {
                const QString t = l.text.trimmed();
                return t == u"[TOC]"_s || t == u"[[_TOC_]]"_s || t == u"[[TOC]]"_s ||
                       t == u"**Table of Contents**"_s;
            });
            m_rb.description = joined(before, 0);
            if (!m_rb.description.isEmpty())
                note(firstText(before),
                     Text::tr("the text before the first phase is the runbook's description"));
        }
        if (m_rb.description.size() > RunbookLimits::blockChars)
            tooLong(before.isEmpty() ? 1 : before.first().number, u"description"_s);
        for (const Section &phase : std::as_const(phases)) {
            if (m_rb.phases.size() == RunbookLimits::phases) {
                error(phase.line, Text::tr("more than %1 phases; a runbook may have at most %1")
                                      .arg(RunbookLimits::phases));
                return false;
            }
            if (!addPhase(phase))
                return false;
        }
        return !Diagnostic::hasErrors(m_found);
    }

    bool addPhase(const Section &section)
    {
        Phase phase;
        phase.title = lineText(section.title, section.line, u"title"_s);
        phase.id = uniqueId(MarkdownRunbookImporter::idFromTitle(phase.title), u"phase"_s);
        // Steps: the next heading level down, if the phase has one; else its numbered items.
        int stepLevel = 7;
        for (const Line &l : section.body)
            if (const int level = m_level[l.number - 1]; level > 0)
                stepLevel = std::min(stepLevel, level);
        QList<Section> steps;
        QList<Line> lead;
        if (stepLevel < 7) {
            for (const Line &l : section.body) {
                if (m_level[l.number - 1] == stepLevel)
                    steps.append({m_title[l.number - 1], l.number, {}});
                else
                    (steps.isEmpty() ? lead : steps.last().body).append(l);
            }
        } else {
            steps = numberedItems(section.body, &lead);
        }
        if (steps.isEmpty()) {
            note(section.line,
                 Text::tr("phase `%1` has no numbered list or step headings: its text is "
                          "one step")
                     .arg(TerminalText::excerpt(phase.title)));
            steps.append({phase.title, section.line, section.body});
            lead.clear();
        } else if (!joined(lead, 0).isEmpty()) {
            note(firstText(lead),
                 Text::tr(
                     "the text before the first step of `%1` is kept in that step's instructions")
                     .arg(TerminalText::excerpt(phase.title)));
            steps.first().body = lead + steps.first().body;
        }
        for (const Section &s : std::as_const(steps)) {
            if (m_stepCount == RunbookLimits::steps) {
                error(s.line, Text::tr("more than %1 steps; a runbook may have at most %1")
                                  .arg(RunbookLimits::steps));
                return false;
            }
            ++m_stepCount;
            phase.steps.append(step(s));
        }
        m_rb.phases.append(phase);
        return true;
    }

    // The top-level numbered items of these lines; the lines before the first go to lead.
    QList<Section> numberedItems(const QList<Line> &lines, QList<Line> *lead) const
    {
        QList<Section> items;
        QChar kind;
        qsizetype length = 0, indent = 0;
        bool inFence = false;
        for (const Line &l : lines) {
            QString text;
            if (inFence) {
                inFence = !MarkdownLines::closesFence(l.text, kind, length);
            } else if (MarkdownLines::fence(l.text, &kind, &length, &indent)) {
                inFence = true;
            } else if (MarkdownLines::orderedItem(l.text, &text)) {
                items.append({text, l.number, {}});
                continue;
            }
            (items.isEmpty() ? *lead : items.last().body).append(l);
        }
        return items;
    }

    Step step(const Section &s)
    {
        Step step;
        // "Freeze deployments:" or "Page the DBRE." reads as a step's title without its colon or
        // full stop ("..." stays).
        QString title = s.title.trimmed();
        if (title.endsWith(u':') || (title.endsWith(u'.') && !title.endsWith(u".."_s)))
            title.chop(1);
        step.title = lineText(title.isEmpty() ? Text::tr("Step %1").arg(m_stepCount) : title,
                              s.line, u"title"_s);
        step.id = uniqueId(MarkdownRunbookImporter::idFromTitle(step.title), u"step"_s);
        QList<Line> prose;
        QStringList commands, verify;
        QChar kind;
        qsizetype length = 0, fenceIndent = 0;
        bool inFence = false;
        QStringList code;
        int firstCommandLine = 0;
        for (const Line &l : s.body) {
            if (inFence) {
                if (MarkdownLines::closesFence(l.text, kind, length)) {
                    inFence = false;
                    commands << code.join(u'\n');
                    code.clear();
                } else {
                    const qsizetype cut = std::min(fenceIndent, MarkdownLines::indentOf(l.text));
                    code << l.text.mid(cut);
                }
                continue;
            }
            if (MarkdownLines::fence(l.text, &kind, &length, &fenceIndent)) {
                inFence = true;
                if (!firstCommandLine)
                    firstCommandLine = l.number;
                continue;
            }
            QString label, value;
            if (MarkdownLines::labelled(l.text, &label, &value)) {
                if (kExpectedLabels.contains(label)) {
                    bool range = false;
                    if (const auto seconds = Duration::parseProse(value, &range)) {
                        step.expectedSeconds = *seconds;
                        if (range)
                            note(l.number, Text::tr("`%1`: %2")
                                               .arg(TerminalText::excerpt(value),
                                                    Text::tr("a range: took its upper bound")));
                        continue;
                    }
                    note(l.number, Text::tr("`%1` is not a duration DrillDeck reads (like `15m` or "
                                            "`1h30m`): left in the instructions")
                                       .arg(TerminalText::excerpt(value)));
                } else if (kVerifyLabels.contains(label)) {
                    verify << value;
                    continue;
                } else if (kRoleLabels.contains(label) &&
                           value.size() <= RunbookLimits::nameChars && !value.contains(u' ')) {
                    step.role = value;
                    if (!m_rb.roles.contains(value)) {
                        if (m_rb.roles.size() == RunbookLimits::roles)
                            error(l.number,
                                  Text::tr("more than %1 roles; a runbook may have at most %1")
                                      .arg(RunbookLimits::roles));
                        else
                            m_rb.roles << value;
                    }
                    continue;
                }
            }
            prose.append(l);
        }
        if (inFence) { // a fence never closed runs to the end of the step, as Markdown reads it
            while (!code.isEmpty() && MarkdownLines::isBlank(code.constLast()))
                code.removeLast();
            commands << code.join(u'\n');
            note(firstCommandLine, Text::tr("a code block is not closed: as in Markdown, the rest "
                                            "of the file is its code"));
        }
        if (commands.size() > 1)
            note(
                firstCommandLine,
                Text::tr("%1 code blocks in step `%2`: joined into one command, a blank line apart")
                    .arg(commands.size())
                    .arg(TerminalText::excerpt(step.title)));
        step.command = commands.join(u"\n\n"_s);
        if (step.command.contains(u'\n'))
            step.command += u'\n'; // written as a `|` block, line for line
        step.verify = verify.join(u'\n');
        step.instructions = joined(prose, baseIndent(prose));
        for (const auto &[key, text] :
             {std::pair{u"instructions"_s, &step.instructions},
              std::pair{u"command"_s, &step.command}, std::pair{u"verify"_s, &step.verify}})
            if (text->size() > RunbookLimits::blockChars)
                tooLong(s.line, key);
        return step;
    }

    // The line number of the first line with text.
    static int firstText(const QList<Line> &lines)
    {
        for (const Line &l : lines)
            if (!MarkdownLines::isBlank(l.text))
                return l.number;
        return lines.isEmpty() ? 0 : lines.first().number;
    }

    // Lines as one text: blank lines at both ends dropped, `indent` columns taken off each.
    static QString joined(const QList<Line> &lines, qsizetype indent)
    {
        qsizetype first = 0, last = lines.size();
        while (first < last && MarkdownLines::isBlank(lines[first].text))
            ++first;
        while (last > first && MarkdownLines::isBlank(lines[last - 1].text))
            --last;
        QStringList out;
        for (qsizetype i = first; i < last; ++i)
            out << lines[i].text.mid(std::min(indent, MarkdownLines::indentOf(lines[i].text)));
        return out.isEmpty() ? QString() : out.join(u'\n') + u'\n';
    }

    // The indentation all non-blank lines share (a numbered item's continuation lines).
    static qsizetype baseIndent(const QList<Line> &lines)
    {
        qsizetype indent = -1;
        for (const Line &l : lines)
            if (!MarkdownLines::isBlank(l.text))
                indent = indent < 0 ? MarkdownLines::indentOf(l.text)
                                    : std::min(indent, MarkdownLines::indentOf(l.text));
        return std::max<qsizetype>(indent, 0);
    }

    QString lineText(QString text, int line, const QString &key)
    {
        text = text.simplified();
        if (text.size() > RunbookLimits::lineChars) {
            qsizetype cut = text.lastIndexOf(u' ', RunbookLimits::lineChars - 1);
            if (cut < RunbookLimits::lineChars / 2)
                cut = RunbookLimits::lineChars - 1;
            text = text.left(cut) + u'…';
            note(line,
                 Text::tr("`%1` cut to %2 characters (the rest stays in the file you imported)")
                     .arg(key)
                     .arg(RunbookLimits::lineChars));
        }
        return text;
    }

    void tooLong(int line, const QString &key)
    {
        error(line,
              Text::tr("`%1` would be over %2 characters, the most a runbook holds; split the "
                       "section into steps")
                  .arg(key)
                  .arg(RunbookLimits::blockChars));
    }

    QString uniqueId(QString id, const QString &fallback)
    {
        if (id.isEmpty() || !RunbookValidator::isValidId(id))
            id = fallback;
        // The next number to try per id: a thousand steps called "Check" cost a thousand tries,
        // not half a million.
        int &next = m_nextSuffix[id];
        QString unique = id;
        if (next == 0)
            next = 2;
        else
            unique = id + u'-' + QString::number(next++);
        while (m_ids.contains(unique))
            unique = id + u'-' + QString::number(next++);
        m_ids.insert(unique);
        return unique;
    }

    QString m_file;
    QList<Line> m_lines;
    std::vector<int> m_level; // per line: its heading level, 0 for none
    QStringList m_title;      // per heading line: its title
    Runbook m_rb;
    QSet<QString> m_ids;
    QHash<QString, int> m_nextSuffix;
    int m_stepCount = 0;
    QList<Diagnostic> m_found;
};
} // namespace

MarkdownImport MarkdownRunbookImporter::importFile(const QString &path)
{
    const RunbookLoadResult read = RunbookLoader::readFile(path);
    if (!read.diagnostics.isEmpty()) {
        MarkdownImport refused;
        refused.diagnostics = read.diagnostics;
        return refused;
    }
    return importText(read.source, path);
}

MarkdownImport MarkdownRunbookImporter::importText(const QByteArray &utf8, const QString &fileName)
{
    MarkdownImport result;
    if (auto problem = RunbookLoader::textProblem(
            utf8, fileName, Text::tr("a Markdown runbook is a UTF-8 text file"))) {
        result.diagnostics.append(*problem);
        return result;
    }
    if (utf8.trimmed().isEmpty()) {
        result.diagnostics.append(Diagnostic::error(
            fileName, {1, 0},
            Text::tr(
                "file is empty; a Markdown runbook has a title (`# Restore the database`), phase "
                "headings and numbered steps")));
        return result;
    }
    return Importer(utf8, fileName).run();
}

QString MarkdownRunbookImporter::idFromTitle(const QString &title)
{
    constexpr qsizetype kMaxIdChars = 40;
    static const QHash<QChar, QString> spelled = {
        {u'ä', u"ae"_s}, {u'ö', u"oe"_s}, {u'ü', u"ue"_s}, {u'ß', u"ss"_s}, {u'é', u"e"_s},
        {u'è', u"e"_s},  {u'à', u"a"_s},  {u'å', u"a"_s},  {u'ø', u"o"_s},  {u'ç', u"c"_s}};
    QString id;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        QString piece;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            piece = c;
        else
            piece = spelled.value(c);
        if (piece.isEmpty()) {
            dash = !id.isEmpty();
            continue;
        }
        if (dash)
            id += u'-';
        dash = false;
        id += piece;
        if (id.size() > kMaxIdChars)
            break;
    }
    // A long title gives an id of its first words, cut between two of them.
    if (id.size() > kMaxIdChars) {
        const qsizetype cut = id.lastIndexOf(u'-', kMaxIdChars);
        id.truncate(cut >= kMaxIdChars / 2 ? cut : kMaxIdChars);
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}
