#include "reportmarkdown.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Span = ReportDocument::Span;
using Block = ReportDocument::Block;

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@') || (u >= u'[' && u <= u'`') ||
           (u >= u'{' && u <= u'~');
}

class InlineParser
{
public:
    QList<Span> spans;

    void parse(const QString &s, const Span &style)
    {
        QString plain;
        auto flush = [&] {
            if (plain.isEmpty())
                return;
            Span span = style;
            span.text = plain;
            append(span);
            plain.clear();
        };
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s[i];
            if (c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
                plain += s[i + 1];
                i += 2;
                continue;
            }
            if (c == u'`') {
                const qsizetype ticks = run(s, i, u'`');
                const qsizetype close = closingTicks(s, i + ticks, ticks);
                if (close < 0) {
                    plain += s.mid(i, ticks);
                    i += ticks;
                    continue;
                }
                flush();
                QString code = s.mid(i + ticks, close - i - ticks);
                if (code.size() > 2 && code.startsWith(u' ') && code.endsWith(u' ') &&
                    !code.trimmed().isEmpty())
                    code = code.mid(1, code.size() - 2);
                Span span = style;
                span.text = code;
                span.code = true;
                append(span);
                i = close + ticks;
                continue;
            }
            if (c == u'*' || c == u'_' || c == u'~') {
                const qsizetype n = std::min<qsizetype>(run(s, i, c), 2);
                const qsizetype width = c == u'~' ? 2 : n;
                if (c == u'~' && n < 2) {
                    plain += c;
                    ++i;
                    continue;
                }
                const QString delimiter(width, c);
                if (const qsizetype close = closer(s, i, delimiter); close > 0) {
                    flush();
                    Span inner = style;
                    if (c == u'~')
                        inner.strike = true;
                    else if (width == 2)
                        inner.bold = true;
                    else
                        inner.italic = true;
                    parse(s.mid(i + width, close - i - width), inner);
                    i = close + width;
                    continue;
                }
                plain += s.mid(i, run(s, i, c));
                i += run(s, i, c);
                continue;
            }
            if (c == u'[' || (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[')) {
                if (const qsizetype end = link(s, c == u'!' ? i + 1 : i, style); end > 0) {
                    flush();
                    for (const Span &span : std::as_const(m_link))
                        append(span);
                    i = end;
                    continue;
                }
            }
            if (c == u'<') {
                static const QRegularExpression autolink(u"\\Ghttps?://[^\\s<>]+>"_s,
                                                         QRegularExpression::CaseInsensitiveOption);
                if (const auto m = autolink.match(s, i + 1); m.hasMatch()) {
                    flush();
                    Span span = style;
                    span.text = m.captured().chopped(1);
                    span.link = span.text;
                    append(span);
                    i = m.capturedEnd();
                    continue;
                }
            }
            plain += c;
            ++i;
        }
        flush();
    }

private:
    QList<Span> m_link;

    void append(const Span &span)
    {
        if (!spans.isEmpty()) {
            Span last = spans.last();
            last.text = span.text;
            if (last == span) {
                spans.last().text += span.text;
                return;
            }
        }
        spans.append(span);
    }

    static qsizetype run(const QString &s, qsizetype i, QChar c)
    {
        qsizetype n = 0;
        while (i + n < s.size() && s[i + n] == c)
            ++n;
        return n;
    }

    static qsizetype closingTicks(const QString &s, qsizetype from, qsizetype ticks)
    {
        for (qsizetype i = from; i < s.size();) {
            const qsizetype n = run(s, i, u'`');
            if (n == ticks)
                return i;
            i += std::max<qsizetype>(n, 1);
        }
        return -1;
    }

    // Where the delimiter that closes the one at i is, or -1: the opener is followed, the closer
    // preceded, by something other than a space; an underscore does not open or close in a word.
    static qsizetype closer(const QString &s, qsizetype i, const QString &delimiter)
    {
        const qsizetype w = delimiter.size();
        const bool underscore = delimiter[0] == u'_';
        if (i + w >= s.size() || s[i + w].isSpace())
            return -1;
        if (underscore && i > 0 && s[i - 1].isLetterOrNumber())
            return -1;
        for (qsizetype j = s.indexOf(delimiter, i + w + 1); j > 0;
             j = s.indexOf(delimiter, j + 1)) {
            if (s[j - 1].isSpace() || s[j - 1] == u'\\')
                continue;
            if (underscore && j + w < s.size() && s[j + w].isLetterOrNumber())
                continue;
            const qsizetype length = run(s, j, delimiter[0]);
            if (length == w)
                return j;
            if (w == 2 || length >= 3)
                return j + length - w; // "***": the inner one closes first
            j += length - 1;           // "**" does not close "*"
        }
        return -1;
    }

    // A link or image at s[i] == '[': its text's spans in m_link, and the index after it; -1
    // when it is none. Only an http(s) address becomes a link; any other (and an image's) is
    // shown after the text, in parentheses.
    qsizetype link(const QString &s, qsizetype i, const Span &style)
    {
        const bool image = i > 0 && s[i - 1] == u'!';
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype j = i; j < s.size(); ++j) {
            if (s[j] == u'\\') {
                ++j;
                continue;
            }
            if (s[j] == u'[')
                ++depth;
            else if (s[j] == u']' && --depth == 0) {
                close = j;
                break;
            }
        }
        if (close < 0 || close + 1 >= s.size() || s[close + 1] != u'(')
            return -1;
        const qsizetype end = s.indexOf(u')', close + 2);
        if (end < 0)
            return -1;
        QString target = s.mid(close + 2, end - close - 2).trimmed();
        if (target.startsWith(u'<') && target.contains(u'>'))
            target = target.mid(1, target.indexOf(u'>') - 1);
        else
            target = target.section(u' ', 0, 0);
        static const QRegularExpression web(u"^https?://\\S+$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        const bool linked = !image && web.match(target).hasMatch();
        Span inner = style;
        if (linked)
            inner.link = target;
        InlineParser text;
        text.parse(s.mid(i + 1, close - i - 1), inner);
        m_link = text.spans;
        if (!linked && !target.isEmpty()) {
            Span address = style;
            address.text = (image ? u" (image: "_s : u" ("_s) + target + u')';
            m_link.append(address);
        }
        return end + 1;
    }
};

QString plainOf(const QList<Span> &spans)
{
    QString text;
    for (const Span &s : spans)
        text += s.text;
    return text;
}

Block codeBlock(const QStringList &lines)
{
    Block b;
    b.kind = Block::Kind::Code;
    b.level = 0;
    b.rows = {lines};
    return b;
}

Block paragraph(const QString &inlineText, const QString &marker)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.level = 0;
    b.spans = ReportMarkdown::spans(inlineText);
    b.text = plainOf(b.spans);
    b.marker = marker;
    return b;
}
} // namespace

QList<ReportDocument::Span> ReportMarkdown::spans(const QString &inline_)
{
    InlineParser parser;
    parser.parse(inline_, {});
    return parser.spans;
}

QList<ReportDocument::Block> ReportMarkdown::blocks(const QString &markdown, int headingLevel)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"_s);
    static const QRegularExpression bullet(u"^\\s*[-*+]\\s+(.*)$"_s);
    static const QRegularExpression ordered(u"^\\s*(\\d{1,9})[.)]\\s+(.*)$"_s);
    static const QRegularExpression quote(u"^ {0,3}>\\s?(.*)$"_s);
    static const QRegularExpression rule(u"^ {0,3}([-*_])(\\s*\\1){2,}\\s*$"_s);

    QList<Block> out;
    QString text;   // the paragraph being read
    QString marker; // and what it is
    auto flush = [&] {
        if (!text.trimmed().isEmpty())
            out.append(paragraph(text.trimmed(), marker));
        text.clear();
        marker.clear();
    };
    const QStringList lines = QString(markdown).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const auto m = fence.match(line); m.hasMatch()) {
            flush();
            const QString open = m.captured(1);
            QStringList code;
            for (++i; i < lines.size(); ++i) {
                const QString t = lines[i].trimmed();
                if (t.startsWith(open) && t.count(open[0]) == t.size())
                    break;
                code << lines[i];
            }
            out.append(codeBlock(code));
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (text.isEmpty() && (line.startsWith(u"    "_s) || line.startsWith(u'\t'))) {
            QStringList code;
            for (; i < lines.size(); ++i) {
                const QString &l = lines[i];
                if (l.startsWith(u"    "_s))
                    code << l.mid(4);
                else if (l.startsWith(u'\t'))
                    code << l.mid(1);
                else if (l.trimmed().isEmpty())
                    code << QString();
                else
                    break;
            }
            --i;
            while (!code.isEmpty() && code.last().isEmpty())
                code.removeLast();
            out.append(codeBlock(code));
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            flush();
            Block b;
            b.kind = Block::Kind::Heading;
            b.level = headingLevel;
            b.text = plainOf(spans(m.captured(2)));
            if (!b.text.isEmpty())
                out.append(b);
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch()) {
            flush();
            marker = u"-"_s;
            text = m.captured(1);
            continue;
        }
        if (const auto m = ordered.match(line); m.hasMatch()) {
            flush();
            marker = m.captured(1) + u'.';
            text = m.captured(2);
            continue;
        }
        if (const auto m = quote.match(line); m.hasMatch()) {
            if (marker != u">"_s)
                flush();
            marker = u">"_s;
            text += u' ' + m.captured(1).trimmed();
            continue;
        }
        text += u' ' + line.trimmed(); // a soft line break is a space
    }
    flush();
    return out;
}
