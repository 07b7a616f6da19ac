// Text from runbooks and databases made safe to print on a terminal: a control character is
// shown, never sent, so a value cannot retitle the window, clear the screen or reorder a line.
#pragma once

#include <QString>

class TerminalText
{
public:
    // C0 controls (tab and line breaks too) and DEL become their Unicode Control Pictures (ESC
    // is ␛, BEL ␇); C1 controls and the bidirectional embeddings, overrides and isolates become
    // <U+XXXX>. Everything else is kept.
    static QString sanitise(const QString &text);
    // A value quoted in a message: sanitised, and cut to at most maxChars characters with "…".
    static QString excerpt(const QString &text, qsizetype maxChars = 60);
    // Whether sanitise() would change the character.
    static bool isUnsafe(char16_t c);
    // U+202A..U+202E and U+2066..U+2069: they make text display in another order than it is
    // stored ("Trojan Source").
    static bool isBidiControl(char16_t c);
};
