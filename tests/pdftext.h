// The text of a PDF file, page by page, as pdftotext (poppler-utils) reads it: for the tests of
// the PDF report.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

inline QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("pdftotext failed: %s", qPrintable(p.errorString()));
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}
