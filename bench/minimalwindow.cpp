// The floor of the cold-start benchmark: the least a Qt Widgets program does to show one window
// of the console's size, measured by the same first-paint probe as drilldeck.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("DrillDeck"), &window));
    window.resize(1440, 900);
    FirstPaintProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
