#include "htmlreportwriter.h"

#include "reportdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HtmlReportWriter", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString style = uR"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt;
       color: #1b1f24; overflow-wrap: anywhere; word-wrap: break-word; }
h1 { font-size: 18pt; margin-bottom: 0.3em; }
h2 { font-size: 13pt; margin-top: 1.2em; border-bottom: 1px solid #c9d1d9; }
h3 { font-size: 11pt; margin-top: 0.8em; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
th, td { border: 1px solid #c9d1d9; padding: 3px 6px; text-align: left; vertical-align: top;
         font-size: 8.5pt; }
th { background-color: #eef1f4; }
table.facts th { background-color: transparent; border: none; padding-left: 0; }
table.facts td { border: none; }
p.verdict { font-size: 11pt; }
pre.diff { white-space: pre-wrap; background-color: #f6f8fa; padding: 6px;
           font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
pre.code { white-space: pre-wrap; background-color: #f6f8fa; padding: 6px;
           font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
code { font-family: "DejaVu Sans Mono", monospace; background-color: #f0f2f4; }
blockquote { margin-left: 1em; padding-left: 0.8em; border-left: 3px solid #c9d1d9;
             color: #57606a; }
span.del { color: #b31d28; }
span.add { color: #22863a; }
p.caption { font-style: italic; color: #57606a; }
img { max-width: 100%; height: auto; }
)"_s;
// Formatted runs as HTML: each run's text escaped, its style from a fixed set of tags; a link
// only to an http(s) address.
QString inlineHtml(const QList<ReportDocument::Span> &spans)
{
    QString html;
    for (const ReportDocument::Span &s : spans) {
        QString run = esc(s.text);
        if (s.code)
            run = u"<code>"_s + run + u"</code>"_s;
        if (s.strike)
            run = u"<del>"_s + run + u"</del>"_s;
        if (s.italic)
            run = u"<i>"_s + run + u"</i>"_s;
        if (s.bold)
            run = u"<b>"_s + run + u"</b>"_s;
        if (s.link.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
            s.link.startsWith(u"http://"_s, Qt::CaseInsensitive))
            run = u"<a href=\""_s + esc(s.link) + u"\">"_s + run + u"</a>"_s;
        html += run;
    }
    return html;
}

// The list a paragraph is an item of: "ul", "ol" or none.
QString listOf(const ReportDocument::Block &b)
{
    if (b.kind != ReportDocument::Block::Kind::Paragraph || b.marker.isEmpty() ||
        b.marker == u">"_s)
        return {};
    return b.marker.front().isDigit() ? u"ol"_s : u"ul"_s;
}

// Durations, numbers and short words stay on one line; only prose wraps.
bool isFigure(const QString &cell)
{
    return cell.size() <= 10 && !cell.contains(u' ');
}
} // namespace

QString HtmlReportWriter::dataUri(const QByteArray &png)
{
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

QString HtmlReportWriter::write(const ReportDocument &document,
                                const QHash<QString, QString> &chartSources, int chartWidth)
{
    using Kind = ReportDocument::Block::Kind;
    QString html;
    html += u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
            "<head>\n<meta charset=\"utf-8\"/>\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "img-src data:; style-src 'unsafe-inline'\"/>\n"
            "<meta name=\"generator\" content=\"DrillDeck\"/>\n<title>"_s +
            esc(document.title) + u"</title>\n<style>"_s + style + u"</style>\n</head>\n<body>\n"_s;
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const ReportDocument::Block &b = document.blocks[i];
        switch (b.kind) {
        case Kind::Heading: {
            const QString tag = u"h"_s + QString::number(std::clamp(b.level, 1, 6));
            // Charts start a page of their own on paper rather than leave their heading behind.
            const bool beforeChart =
                i + 1 < document.blocks.size() && document.blocks[i + 1].kind == Kind::Chart;
            html += u'<' + tag +
                    (beforeChart ? u" style=\"page-break-before: always\""_s : QString()) + u'>' +
                    esc(b.text) + u"</"_s + tag + u">\n"_s;
            break;
        }
        case Kind::Paragraph: {
            const QString text = b.spans.isEmpty() ? esc(b.text) : inlineHtml(b.spans);
            const QString list = listOf(b);
            if (!list.isEmpty()) {
                // Consecutive items make one list.
                if (i == 0 || listOf(document.blocks[i - 1]) != list)
                    html +=
                        u'<' + list +
                        (list == u"ol"_s
                             ? u" start=\""_s + QString::number(b.marker.chopped(1).toInt()) + u'"'
                             : QString()) +
                        u">\n"_s;
                html += u"<li>"_s + text + u"</li>\n"_s;
                if (i + 1 == document.blocks.size() || listOf(document.blocks[i + 1]) != list)
                    html += u"</"_s + list + u">\n"_s;
            } else if (b.marker == u">"_s) {
                html += u"<blockquote><p>"_s + text + u"</p></blockquote>\n"_s;
            } else {
                html += b.strong ? u"<p class=\"verdict\"><b>"_s + text + u"</b></p>\n"_s
                                 : u"<p>"_s + text + u"</p>\n"_s;
            }
            break;
        }
        case Kind::Code:
            html += u"<pre class=\"code\">"_s + esc(b.rows.value(0).join(u'\n')) + u"</pre>\n"_s;
            break;
        case Kind::Facts:
            html += u"<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">\n"_s;
            for (const QStringList &f : b.rows)
                html += u"<tr><th>"_s + esc(f.value(0)) + u"</th><td>"_s + esc(f.value(1)) +
                        u"</td></tr>\n"_s;
            html += u"</table>\n"_s;
            break;
        case Kind::Table:
            if (b.rows.isEmpty()) {
                html += u"<p>"_s + esc(tr("(none)")) + u"</p>\n"_s;
                break;
            }
            html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                    "<thead><tr>"_s;
            for (qsizetype c = 0; c < b.header.size(); ++c)
                html += (c == b.wideColumn       ? u"<th width=\"190\">"_s
                         : isFigure(b.header[c]) ? u"<th style=\"white-space: nowrap\">"_s
                                                 : u"<th>"_s) +
                        esc(b.header[c]) + u"</th>"_s;
            html += u"</tr></thead>\n<tbody>\n"_s;
            for (const QStringList &r : b.rows) {
                html += u"<tr>"_s;
                for (qsizetype c = 0; c < r.size(); ++c)
                    html += (c == b.wideColumn ? u"<td width=\"190\">"_s
                             : isFigure(r[c])  ? u"<td style=\"white-space: nowrap\">"_s
                                               : u"<td>"_s) +
                            esc(r[c]) + u"</td>"_s;
                html += u"</tr>\n"_s;
            }
            html += u"</tbody></table>\n"_s;
            break;
        case Kind::Diff:
            html += u"<pre class=\"diff\">"_s;
            for (const QString &l : b.rows.value(0)) {
                const QString cls = l.startsWith(u'-')   ? u"del"_s
                                    : l.startsWith(u'+') ? u"add"_s
                                                         : QString();
                if (cls.isEmpty())
                    html += esc(l) + u'\n';
                else
                    html += u"<span class=\""_s + cls + u"\">"_s + esc(l) + u"</span>\n"_s;
            }
            html += u"</pre>\n"_s;
            break;
        case Kind::Chart: {
            const QString src = chartSources.value(b.chartId);
            if (src.isEmpty()) {
                html += u"<p class=\"caption\">"_s + esc(tr("Chart not included: %1").arg(b.text)) +
                        u"</p>\n"_s;
                break;
            }
            html +=
                u"<div class=\"chart\"><img src=\""_s + esc(src) + u"\" alt=\""_s + esc(b.text) +
                u'"' +
                (chartWidth > 0 ? u" width=\""_s + QString::number(chartWidth) + u'"' : QString()) +
                u"/>\n<p class=\"caption\">"_s + esc(b.text) + u"</p></div>\n"_s;
            break;
        }
        }
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}
