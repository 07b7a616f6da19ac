#include "pdfreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <QTextOption>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr qreal marginCm = 2.0; // as QTextDocument::print()

qreal cm(qreal value, const QPaintDevice *device)
{
    return value / 2.54 * device->logicalDpiY();
}

// The report's title at the head of every page after the first (which opens with it), and
// "Page N of M" at the foot of every page, in the margins, small and grey.
void drawRunningText(QPainter &painter, const QRectF &page, const QFont &font, const QString &title,
                     int pageNumber, int pageCount)
{
    const QPaintDevice *device = painter.device();
    const qreal margin = cm(marginCm, device);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small, device);
    painter.save();
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal width = page.width() - 2 * margin;
    if (pageNumber > 1) {
        const qreal baseline = margin - cm(0.5, device);
        const QString head = metrics.elidedText(title, Qt::ElideRight, width);
        painter.drawText(QPointF(margin, baseline), head);
        const qreal rule = baseline + metrics.descent() + cm(0.1, device);
        painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), cm(0.02, device)));
        painter.drawLine(QPointF(margin, rule), QPointF(page.width() - margin, rule));
        painter.setPen(QColor(0x55, 0x55, 0x55));
    }
    const QString foot = QCoreApplication::translate("PdfReportWriter", "Page %1 of %2")
                             .arg(pageNumber)
                             .arg(pageCount);
    const qreal footBaseline = page.height() - margin + cm(0.5, device) + metrics.ascent();
    painter.drawText(QPointF(page.width() - margin - metrics.horizontalAdvance(foot), footBaseline),
                     foot);
    painter.restore();
}
} // namespace

QString PdfReportWriter::chartSource(const QString &chartId)
{
    return u"drilldeck-chart:"_s + chartId;
}

bool PdfReportWriter::write(const QString &html, const QString &title,
                            const QHash<QString, QImage> &charts, QPageSize::PageSizeId pageSize,
                            QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    // The document lays itself out on the whole sheet with margins of its own, leaving room for
    // the running title above and the page number below, as QTextDocument::print() does.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"DrillDeck"_s);

    QTextDocument document;
    for (auto it = charts.cbegin(); it != charts.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(chartSource(it.key())), it.value());
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a 10,000-character word
    document.setDefaultTextOption(option);
    document.documentLayout()->setPaintDevice(&writer); // fonts and images at the PDF's resolution
    document.setHtml(html);
    // The document fills the sheet inside 2 cm margins (drawn by us, as QTextDocument::print()
    // keeps them); the running title and the page number go in the margins.
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(0);
    document.rootFrame()->setFrameFormat(frame);
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = cm(marginCm, &writer);
    const QSizeF body = page.size() - QSizeF(2 * margin, 2 * margin);
    document.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "cannot start the PDF");
        return false;
    }
    const int pages = document.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        // Page p of the laid-out document: its part of the text, moved into the margins.
        const QRectF shown(QPointF(0, p * body.height()), body);
        painter.translate(margin, margin - shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawRunningText(painter, page, font, title, p + 1, pages);
    }
    painter.end();
    if (device->size() <= 0) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "the PDF came out empty");
        return false;
    }
    return true;
}
