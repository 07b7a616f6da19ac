#include "markdownlines.h"

using namespace Qt::StringLiterals;

qsizetype MarkdownLines::indentOf(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return i;
}

bool MarkdownLines::isBlank(const QString &text)
{
    return indentOf(text) == text.size();
}

// `#` to `######` and a space (or nothing) after, at most three spaces in: the level, or 0.
int MarkdownLines::headingLevel(const QString &text, QString *title)
{
    const qsizetype start = indentOf(text);
    if (start > 3 || start >= text.size() || text[start] != u'#')
        return 0;
    qsizetype end = start;
    while (end < text.size() && text[end] == u'#')
        ++end;
    const int level = int(end - start);
    if (level > 6 || (end < text.size() && text[end] != u' ' && text[end] != u'\t'))
        return 0;
    QString t = text.mid(end).trimmed();
    // A closing sequence of #s after a space is not part of the title.
    qsizetype close = t.size();
    while (close > 0 && t[close - 1] == u'#')
        --close;
    if (close < t.size() && (close == 0 || t[close - 1] == u' '))
        t = t.left(close).trimmed();
    *title = t;
    return level;
}

// `1. text` or `1) text`, at most three spaces in: the text after the marker.
bool MarkdownLines::orderedItem(const QString &text, QString *itemText)
{
    const qsizetype start = indentOf(text);
    if (start > 3)
        return false;
    qsizetype i = start;
    while (i < text.size() && i - start < 9 && text[i].isDigit() && text[i].unicode() < 128)
        ++i;
    if (i == start || i >= text.size() || (text[i] != u'.' && text[i] != u')'))
        return false;
    ++i;
    if (i < text.size() && text[i] != u' ' && text[i] != u'\t')
        return false;
    *itemText = text.mid(i).trimmed();
    return true;
}

// A code fence: ``` or ~~~ (three or more), at most three spaces in.
bool MarkdownLines::fence(const QString &text, QChar *kind, qsizetype *length, qsizetype *indent)
{
    const qsizetype start = indentOf(text);
    if (start > 3 || start >= text.size() || (text[start] != u'`' && text[start] != u'~'))
        return false;
    qsizetype end = start;
    while (end < text.size() && text[end] == text[start])
        ++end;
    if (end - start < 3)
        return false;
    *kind = text[start];
    *length = end - start;
    *indent = start;
    return true;
}

// Whether a line closes the fence opened with kind x length.
bool MarkdownLines::closesFence(const QString &text, QChar kind, qsizetype length)
{
    QChar k;
    qsizetype n = 0, indent = 0;
    return fence(text, &k, &n, &indent) && k == kind && n >= length &&
           isBlank(text.mid(indent + n));
}

// "**Expected:** 10m", "- Verify: …", "__Role__: dba": the label (lower case) and the value.
bool MarkdownLines::labelled(const QString &text, QString *label, QString *value)
{
    QString t = text.trimmed();
    if (t.startsWith(u"- "_s) || t.startsWith(u"* "_s) || t.startsWith(u"+ "_s))
        t = t.mid(2).trimmed();
    const qsizetype colon = t.indexOf(u':');
    if (colon <= 0 || colon > 30)
        return false;
    QString name = t.left(colon);
    name.remove(u'*').remove(u'_');
    *label = name.trimmed().toLower();
    QString v = t.mid(colon + 1);
    while (v.startsWith(u'*') || v.startsWith(u'_'))
        v = v.mid(1);
    *value = v.trimmed();
    return !value->isEmpty();
}
