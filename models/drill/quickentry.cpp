#include "quickentry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Prefix
{
    char16_t symbol;
    QStringView category;
};
constexpr Prefix prefixes[] = {
    {u'!', u"issue"},
    {u'?', u"question"},
    {u'+', u"action-item"},
    {u'~', u"improvement"},
    {u'*', u"automation-candidate"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("QuickEntry", text);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
}
} // namespace

QStringList QuickEntry::categories()
{
    QStringList out{defaultCategory()};
    for (const Prefix &p : prefixes)
        out << p.category.toString();
    return out;
}

QString QuickEntry::prefixOf(const QString &category)
{
    for (const Prefix &p : prefixes)
        if (p.category == category)
            return QString(QChar(p.symbol)) + u' ';
    return {};
}

QuickEntry QuickEntry::parse(QStringView line)
{
    QuickEntry entry;
    QStringView rest = line.trimmed();
    // Prefix and author may come in either order: "! @dana text" or "@dana ! text".
    for (int round = 0; round < 2; ++round) {
        // A mark followed by a space, or a mark alone (the text is still to come).
        if (rest.size() == 1 || (rest.size() >= 2 && rest[1].isSpace())) {
            for (const Prefix &p : prefixes)
                if (rest[0] == p.symbol && entry.category == defaultCategory()) {
                    entry.category = p.category.toString();
                    rest = rest.mid(1).trimmed();
                    break;
                }
        }
        if (rest.startsWith(u'@') && entry.author.isEmpty()) {
            qsizetype end = 1;
            while (end < rest.size() && !rest[end].isSpace())
                ++end;
            const QStringView name = rest.mid(1, end - 1);
            if (name.isEmpty()) {
                entry.error = tr("a name must follow @, like `@dana DNS record is missing`");
                return entry;
            }
            if (name.size() > maxAuthorLength) {
                entry.error =
                    tr("the name after @ is longer than %1 characters").arg(maxAuthorLength);
                return entry;
            }
            for (QChar c : name)
                if (!isNameChar(c)) {
                    entry.error = tr("the name after @ may hold letters, digits, '-', '_' and "
                                     "'.' only (found U+%1)")
                                      .arg(c.unicode(), 4, 16, QChar(u'0'));
                    return entry;
                }
            entry.author = name.toString();
            rest = rest.mid(end).trimmed();
        }
    }
    if (const QString problem = textProblem(rest); !problem.isEmpty()) {
        entry.error = problem;
        return entry;
    }
    entry.text = clean(rest);
    return entry;
}

QString QuickEntry::textProblem(QStringView text)
{
    const QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return tr("the observation is empty; type what you saw, then Enter");
    if (rest.size() > maxTextLength)
        return tr("the observation is %1 characters long; the limit is %2 — put long output in "
                  "a file and note where it is")
            .arg(rest.size())
            .arg(maxTextLength);
    // Control characters (a pasted terminal escape, a NUL) would be invisible in the log and
    // the report; tabs and line breaks become spaces, anything else is refused.
    for (QChar c : rest)
        if (c != u'\t' && c != u'\n' && c != u'\r' && c.category() == QChar::Other_Control)
            return tr("the observation holds a control character (U+%1); paste plain text")
                .arg(c.unicode(), 4, 16, QChar(u'0'));
    return {};
}

QString QuickEntry::clean(QStringView text)
{
    QString out = text.trimmed().toString();
    for (QChar &c : out)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return out;
}

QString QuickEntry::nameProblem(QStringView name)
{
    if (name.size() > maxAuthorLength)
        return tr("the name is %1 characters long; the limit is %2")
            .arg(name.size())
            .arg(maxAuthorLength);
    for (QChar c : name)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return tr("the name holds a control character (U+%1); type a plain name")
                .arg(c.unicode(), 4, 16, QChar(u'0'));
    return {};
}
