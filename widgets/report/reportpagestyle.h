// The PDF report's look, as the report's HTML style sheet sets it (sizes in points, lengths in
// CSS px): its colours, fonts and table padding, and which table cells stay on one line.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringView>

namespace ReportPageStyle {
inline const QColor ink(0x1b, 0x1f, 0x24);
inline const QColor rule(0xc9, 0xd1, 0xd9);
inline const QColor headerFill(0xee, 0xf1, 0xf4);
inline const QColor diffFill(0xf6, 0xf8, 0xfa);
inline const QColor deleted(0xb3, 0x1d, 0x28);
inline const QColor added(0x22, 0x86, 0x3a);
inline const QColor captionInk(0x57, 0x60, 0x6a);
inline constexpr qreal cellPadV = 3;
inline constexpr qreal cellPadH = 6;
inline constexpr qreal wideColumnWidth = 190;

inline QFont font(qreal points, bool bold = false, bool italic = false, bool mono = false)
{
    QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    if (mono)
        f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// Durations, numbers and short words stay on one line; only prose wraps (as in the HTML).
inline bool isFigure(const QString &cell)
{
    return cell.size() <= 10 && !cell.contains(u' ');
}

inline QString longestWord(const QString &text)
{
    QStringView longest;
    for (const QStringView word : QStringView(text).split(u' '))
        if (word.size() > longest.size())
            longest = word;
    return longest.toString();
}
} // namespace ReportPageStyle
