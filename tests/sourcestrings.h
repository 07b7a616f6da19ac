// The string literals of the interface's sources (app/, widgets/ and models/ with their folders),
// for checks that must hold for every text the interface can show.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace SourceStrings {
struct Literal
{
    QString fileName; // without its folder
    QString text;     // as written between the quotes: escapes are not resolved
};

// The literals of the files matching nameFilters; a file that cannot be read is a fatal error.
inline QList<Literal> literals(const QStringList &nameFilters)
{
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    QList<Literal> out;
    for (const char *dir : {"app", "widgets", "models"}) {
        QDirIterator it(QStringLiteral(DRILLDECK_SOURCE_DIR "/") + QString::fromLatin1(dir),
                        nameFilters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(file.fileName()));
            const QString code = QString::fromUtf8(file.readAll());
            for (const QRegularExpressionMatch &m : literal.globalMatch(code))
                out.append({QFileInfo(file).fileName(), m.captured(1)});
        }
    }
    return out;
}
} // namespace SourceStrings
