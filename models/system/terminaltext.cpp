#include "terminaltext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

bool TerminalText::isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool TerminalText::isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString TerminalText::sanitise(const QString &text)
{
    const auto unsafe =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isUnsafe(c.unicode()); });
    if (unsafe == text.cend())
        return text;
    QString out = text.first(unsafe - text.cbegin());
    out.reserve(text.size() + 16);
    for (auto it = unsafe; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!isUnsafe(c))
            out += *it;
        else if (c < 0x20)
            out += QChar(char16_t(0x2400 + c)); // ␀ .. ␟
        else if (c == 0x7F)
            out += QChar(char16_t(0x2421)); // ␡
        else
            out += u"<U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'>';
    }
    return out;
}

QString TerminalText::excerpt(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return sanitise(text);
    qsizetype keep = qMax<qsizetype>(1, maxChars - 1);
    if (text[keep - 1].isHighSurrogate())
        --keep; // never half a character
    return sanitise(text.first(keep)) + u'…';
}
