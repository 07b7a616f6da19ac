#include "markdownreportwriter.h"

#include "markdowntext.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MarkdownReportWriter", text);
}

QString row(const QStringList &cells)
{
    QString line = u"|"_s;
    for (const QString &c : cells)
        line += u' ' + MarkdownReportWriter::escape(c) + u" |"_s;
    return line + u'\n';
}

qsizetype longestBacktickRun(const QString &text)
{
    qsizetype longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// A fence longer than any run of backticks in the text, so nothing closes it early.
QString fenceFor(const QStringList &lines)
{
    qsizetype longest = 0;
    for (const QString &l : lines)
        longest = std::max(longest, longestBacktickRun(l));
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}
} // namespace

QString MarkdownReportWriter::escapeRun(const QString &text)
{
    static const QString special = u"\\`*_[]<>#|~&"_s; // ")" only matters after "]"
    QString flat = text;
    flat.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    QString out;
    out.reserve(flat.size() + flat.size() / 8);
    for (const QChar c : std::as_const(flat)) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString MarkdownReportWriter::escape(const QString &text, bool atLineStart)
{
    // Four leading spaces would start a code block.
    const QString out = escapeRun(QString(text).replace(u'\n', u' ').trimmed());
    return atLineStart ? guardLineStart(out) : out;
}

QString MarkdownReportWriter::guardLineStart(QString out)
{
    // What starts a block at the start of a line: lists, setext underlines, ordered lists.
    if (out.startsWith(u'-') || out.startsWith(u'+') || out.startsWith(u'='))
        out.prepend(u'\\');
    static const QRegularExpression ordered(u"^\\d{1,9}[.)]"_s);
    const QRegularExpressionMatch m = ordered.match(out);
    if (m.hasMatch())
        out.insert(m.capturedEnd() - 1, u'\\');
    return out;
}

QString MarkdownReportWriter::inlineText(const QList<ReportDocument::Span> &spans)
{
    QString out;
    for (const ReportDocument::Span &s : spans) {
        if (s.text.isEmpty())
            continue;
        QString run;
        if (s.code) {
            // A code span shows its text as it is: the fence is longer than any run of
            // backticks inside, and spaced from one at either end.
            const QString flat = QString(s.text).replace(u'\n', u' ');
            const QString fence(longestBacktickRun(flat) + 1, u'`');
            const QString pad = flat.startsWith(u'`') || flat.endsWith(u'`') ? u" "_s : QString();
            run = fence + pad + flat + pad + fence;
        } else {
            // Emphasis must hug its text: spaces at its ends stay outside.
            const QString core = s.text.trimmed();
            const qsizetype lead = s.text.indexOf(core);
            QString marks;
            if (s.bold)
                marks += u"**"_s;
            if (s.italic)
                marks += u"*"_s;
            if (s.strike)
                marks += u"~~"_s;
            QString closing = marks;
            std::reverse(closing.begin(), closing.end());
            run = core.isEmpty() ? escapeRun(s.text)
                                 : escapeRun(s.text.left(lead)) + marks + escapeRun(core) +
                                       closing + escapeRun(s.text.mid(lead + core.size()));
        }
        if (!s.link.isEmpty())
            run = u'[' + run + u"]("_s +
                  QString::fromLatin1(QUrl(s.link).toEncoded(QUrl::FullyEncoded))
                      .replace(u"("_s, u"%28"_s)
                      .replace(u")"_s, u"%29"_s) +
                  u')';
        out += run;
    }
    return guardLineStart(out);
}

QString MarkdownReportWriter::write(const ReportDocument &document,
                                    const QHash<QString, QString> &chartFiles)
{
    using Kind = ReportDocument::Block::Kind;
    static const QRegularExpression numbered(u"^\\d{1,9}\\.$"_s);
    QString md;
    for (const ReportDocument::Block &b : document.blocks) {
        switch (b.kind) {
        case Kind::Heading:
            md += QString(std::clamp(b.level, 1, 6), u'#') + u' ' + escape(b.text) + u"\n\n"_s;
            break;
        case Kind::Paragraph: {
            QString text = !b.spans.isEmpty() ? inlineText(b.spans)
                           : b.strong         ? u"**"_s + escape(b.text) + u"**"_s
                                              : escape(b.text, true);
            if (b.marker == u">"_s)
                text = u"> "_s + text;
            else if (numbered.match(b.marker).hasMatch())
                text = b.marker + u' ' + text;
            else if (!b.marker.isEmpty())
                text = u"- "_s + text;
            // The items of a list follow each other line by line.
            auto list = [](const ReportDocument::Block &block) {
                if (block.kind != Kind::Paragraph || block.marker.isEmpty() ||
                    block.marker == u">"_s)
                    return 0;
                return numbered.match(block.marker).hasMatch() ? 2 : 1;
            };
            const qsizetype i = &b - document.blocks.constData();
            const bool moreItems = list(b) != 0 && i + 1 < document.blocks.size() &&
                                   list(document.blocks[i + 1]) == list(b);
            md += text + (moreItems ? u"\n"_s : u"\n\n"_s);
            break;
        }
        case Kind::Facts:
            for (const QStringList &f : b.rows)
                md += u"- **"_s + escape(f.value(0)) + u":** "_s + escape(f.value(1)) + u'\n';
            md += u'\n';
            break;
        case Kind::Table: {
            if (b.rows.isEmpty()) {
                md += tr("(none)") + u"\n\n"_s;
                break;
            }
            md += row(b.header);
            md += u"|"_s + QStringList(b.header.size(), u"---"_s).join(u'|') + u"|\n"_s;
            for (const QStringList &r : b.rows)
                md += row(r);
            md += u'\n';
            break;
        }
        case Kind::Diff: {
            const QStringList lines = b.rows.value(0);
            const QString fence = fenceFor(lines);
            md += fence + u"diff\n"_s + lines.join(u'\n') + u'\n' + fence + u"\n\n"_s;
            break;
        }
        case Kind::Code:
            md += MarkdownText::codeBlock(b.rows.value(0).join(u'\n')) + u"\n\n"_s;
            break;
        case Kind::Chart: {
            const QString file = chartFiles.value(b.chartId);
            if (file.isEmpty())
                md += u'*' + escape(tr("Chart not included: %1").arg(b.text)) + u"*\n\n"_s;
            else
                md += u"!["_s + escape(b.text) + u"]("_s +
                      QString::fromLatin1(QUrl::toPercentEncoding(file, "/._-")) + u")\n\n"_s;
            break;
        }
        }
    }
    return md;
}
