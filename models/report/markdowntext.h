// Plain text placed inside Markdown so that it reads exactly as written: no emphasis, link,
// heading, list or HTML is made of it.
#pragma once

#include <QString>

class MarkdownText
{
public:
    // Every ASCII punctuation character backslash-escaped, each line's indentation dropped (it
    // would make a code block) and line breaks kept as hard breaks.
    static QString escaped(const QString &plain);
    // A fenced code block holding the text as it is: the fence is longer than any run of
    // backticks in it, so nothing inside can close it.
    static QString codeBlock(const QString &code);
};
