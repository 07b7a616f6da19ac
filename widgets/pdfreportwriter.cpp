#include "pdfreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

using namespace Qt::StringLiterals;

QString PdfReportWriter::chartSource(const QString &chartId)
{
    return u"drilldeck-chart:"_s + chartId;
}

bool PdfReportWriter::write(const QString &html, const QString &title,
                            const QHash<QString, QImage> &charts, QPageSize::PageSizeId pageSize,
                            QIODevice *device, QString *error)
{
    QTextDocument document;
    for (auto it = charts.cbegin(); it != charts.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(chartSource(it.key())), it.value());
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a 10,000-character word
    document.setDefaultTextOption(option);
    document.setHtml(html);

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    // QTextDocument::print() keeps 2 cm margins of its own and numbers the pages in them.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"DrillDeck"_s);
    document.print(&writer);
    if (device->size() <= 0) {
        if (error)
            *error = QCoreApplication::translate("PdfReportWriter", "the PDF came out empty");
        return false;
    }
    return true;
}
