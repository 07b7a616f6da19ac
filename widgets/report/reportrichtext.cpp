#include "reportrichtext.h"

#include "reportpagestyle.h"

#include <QColor>

using namespace Qt::StringLiterals;

ReportRichText ReportRichText::of(const QList<ReportDocument::Span> &spans, const QFont &font)
{
    ReportRichText rich;
    auto add = [&rich](const QString &text, const QTextCharFormat &format) {
        const int start = int(rich.text.size());
        rich.text += text;
        rich.formats.append({start, int(text.size()), format});
    };
    for (const ReportDocument::Span &s : spans) {
        QTextCharFormat format;
        if (s.bold)
            format.setFontWeight(QFont::Bold);
        if (s.italic)
            format.setFontItalic(true);
        if (s.strike)
            format.setFontStrikeOut(true);
        if (s.code) {
            format.setFontFamilies({u"DejaVu Sans Mono"_s});
            format.setFontStyleHint(QFont::Monospace);
            format.setFontPointSize(font.pointSizeF() * 0.9);
            format.setBackground(QColor(0xf0, 0xf2, 0xf4));
        }
        if (!s.link.isEmpty()) {
            format.setForeground(QColor(0x09, 0x69, 0xda));
            format.setFontUnderline(true);
        }
        add(QString(s.text).replace(u'\n', u' '), format);
        if (!s.link.isEmpty() && s.link != s.text) {
            QTextCharFormat address;
            address.setForeground(ReportPageStyle::captionInk);
            add(u" ("_s + s.link + u')', address);
        }
    }
    return rich;
}
