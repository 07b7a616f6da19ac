#include "markdowntext.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`') ||
           (u >= u'{' && u <= u'~');
}
} // namespace

QString MarkdownText::escaped(const QString &plain)
{
    QString out;
    out.reserve(plain.size() * 2);
    bool pendingBreak = false;
    bool pendingParagraph = false;
    const QStringList lines = plain.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            pendingParagraph = !out.isEmpty();
            continue;
        }
        if (pendingParagraph)
            out += u"\n\n"_s;
        else if (pendingBreak)
            out += u"\\\n"_s; // a backslash at the end of a line is a hard line break
        pendingParagraph = false;
        pendingBreak = true;
        for (QChar c : line) {
            if (isAsciiPunctuation(c))
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QString MarkdownText::codeBlock(const QString &code)
{
    qsizetype longest = 0, run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    return fence + u'\n' + code + u'\n' + fence;
}
