#include "pdfreportwriter.h"

#include "reportdocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {
constexpr qreal marginCm = 2.0; // as QTextDocument::print() keeps them

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

bool PdfReportWriter::write(const ReportDocument &document, const QHash<QString, QImage> &charts,
                            QPageSize::PageSizeId pageSize, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    // The report lays itself out inside 2 cm margins of its own, leaving room for the running
    // title above and the page number below.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(document.title);
    writer.setCreator(u"DrillDeck"_s);
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = cm(marginCm, &writer);
    ReportPageFlow flow(&writer, page.adjusted(margin, margin, -margin, -margin), charts);
    // Laid out once to count the pages ("Page 1 of M"), then again to draw them.
    const int pages = flow.run(document);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "cannot start the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    flow.run(document, &painter, [&](int done) {
        drawRunningText(painter, page, font, document.title, done, pages);
        writer.newPage();
    });
    drawRunningText(painter, page, font, document.title, pages, pages);
    painter.end();
    if (device->size() <= 0) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "the PDF came out empty");
        return false;
    }
    return true;
}
