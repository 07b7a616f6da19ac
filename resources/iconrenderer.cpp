// Build-time tool: renders the application icon (SVG) into the hicolor theme's PNG sizes.
//   drilldeck_iconrenderer ICON.svg OUTDIR NAME SIZE...  writes OUTDIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Painting paths into a QImage needs no application object, hence no display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: drilldeck_iconrenderer ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        err << args[1] << ": not a valid SVG image\n";
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << "drilldeck_iconrenderer: size " << args[i]
                << " is not a number of pixels 1-1024\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = u"%1/%2x%2/apps"_s.arg(args[2]).arg(size);
        const QString file = dir + u'/' + args[3] + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << file << ": cannot write the icon\n";
            return 1;
        }
    }
    return 0;
}
