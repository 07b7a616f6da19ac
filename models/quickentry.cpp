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
    if (rest.isEmpty()) {
        entry.error = tr("the observation is empty; type what you saw, then Enter");
        return entry;
    }
    if (rest.size() > maxTextLength) {
        entry.error = tr("the observation is %1 characters long; the limit is %2 — put long "
                         "output in a file and note where it is")
                          .arg(rest.size())
                          .arg(maxTextLength);
        return entry;
    }
    // Control characters (a pasted terminal escape, a NUL) would be invisible in the log and
    // the report; tabs and line breaks become spaces, anything else is refused.
    QString text;
    text.reserve(rest.size());
    for (QChar c : rest) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            text += u' ';
        } else if (c.category() == QChar::Other_Control) {
            entry.error = tr("the observation holds a control character (U+%1); paste plain "
                             "text")
                              .arg(c.unicode(), 4, 16, QChar(u'0'));
            return entry;
        } else {
            text += c;
        }
    }
    entry.text = text;
    return entry;
}
