#include "hiddencommentcheck.h"

#include "runbook.h"
#include "terminaltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// Columns are yaml-cpp's: bytes of the line, from 1.
class CommentFinder
{
public:
    CommentFinder(const QByteArray &source, const QString &fileName)
        : m_lines(source.split('\n')), m_file(fileName)
    {}

    void check(const QHash<QString, SourceLocation> &locations, const QString &key,
               const QString &value)
    {
        const SourceLocation at = locations.value(key);
        if (!at.isValid() || value.isEmpty() || at.line > m_lines.size())
            return;
        const QByteArray &line = m_lines[at.line - 1];
        const qsizetype start = at.column - 1;
        if (start < 0 || start >= line.size() || QByteArrayView("'\"|>[{&*!").contains(line[start]))
            return; // quoted, a block or a collection: ` #` inside is text
        qsizetype hash = -1;
        for (qsizetype i = start + 1; i < line.size(); ++i)
            if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
                hash = i;
                break;
            }
        if (hash < 0)
            return;
        const QString rest = QString::fromUtf8(line.mid(hash + 1)).trimmed();
        if (rest.isEmpty())
            return;
        m_found.append(Diagnostic::warning(
            m_file, {at.line, int(hash + 1)},
            QCoreApplication::translate(
                "HiddenCommentCheck",
                "` #` starts a YAML comment, so `%1` reads only `%2`; put the whole text in "
                "quotes to keep `#%3`")
                .arg(key, TerminalText::excerpt(value, 60), TerminalText::excerpt(rest, 40))));
    }

    QList<Diagnostic> found() const { return m_found; }

private:
    QList<QByteArray> m_lines;
    QString m_file;
    QList<Diagnostic> m_found;
};
} // namespace

QList<Diagnostic> HiddenCommentCheck::check(const Runbook &rb, const QByteArray &source,
                                            const QString &fileName)
{
    CommentFinder finder(source, fileName);
    finder.check(rb.locations, u"title"_s, rb.title);
    finder.check(rb.locations, u"service"_s, rb.service);
    finder.check(rb.locations, u"owner"_s, rb.owner);
    finder.check(rb.locations, u"description"_s, rb.description);
    finder.check(rb.locations, u"scenario"_s, rb.scenario);
    for (const Inject &i : rb.injects) {
        finder.check(i.locations, u"title"_s, i.title);
        finder.check(i.locations, u"note"_s, i.note);
    }
    for (const Phase &p : rb.phases) {
        finder.check(p.locations, u"title"_s, p.title);
        for (const Step &s : p.steps) {
            finder.check(s.locations, u"title"_s, s.title);
            finder.check(s.locations, u"instructions"_s, s.instructions);
            finder.check(s.locations, u"command"_s, s.command);
            finder.check(s.locations, u"verify"_s, s.verify);
            finder.check(s.locations, u"notes"_s, s.notes);
            finder.check(s.locations, u"milestone"_s, s.milestone);
        }
    }
    return finder.found();
}
