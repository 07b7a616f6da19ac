// A cell of a table in the PDF report: its text laid out in lines (or, a plain line that fits,
// as it is), drawn line by line as the page flow lets it run over pages.
#pragma once

#include <QFont>
#include <QPainter>
#include <QTextLayout>

#include <memory>

struct ReportTableCell
{
    std::shared_ptr<QTextLayout> layout; // null: one line, `line`
    QString line;
    const QFont *font = nullptr;
    qreal lineHeight = 0;
    qreal ascent = 0;
    qreal height = 0; // of its text
    int next = 0;     // the first line not drawn yet

    int lineCount() const { return layout ? layout->lineCount() : 1; }
    qreal lineTop(int i) const { return layout ? layout->lineAt(i).y() : 0; }
    qreal lineHeightAt(int i) const { return layout ? layout->lineAt(i).height() : lineHeight; }
    // Line i, its top at y.
    void draw(QPainter *painter, int i, qreal x, qreal y) const
    {
        if (!layout) {
            painter->setFont(*font);
            painter->drawText(QPointF(x, y + ascent), line);
            return;
        }
        const QTextLine l = layout->lineAt(i);
        l.draw(painter, QPointF(x, y - l.y()));
    }
};
