// Which screen the projector window goes to, and that the choice is remembered.
#include "projectorplacement.h"
#include "projectorsettings.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using Choice = ProjectorPlacement::Choice;

Q_DECLARE_METATYPE(Choice)

class TestProjectorPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void choosesTheProjector_data();
    void choosesTheProjector();
    void remembersScreenAndTheme();
    void goesFullScreenOnTheProjector();
    void followsTheProjectorBeingUnpluggedAndPluggedIn();

private:
    QTemporaryDir m_settingsDir;
};

void TestProjectorPlacement::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    qRegisterMetaType<QScreen *>();
    QCoreApplication::setOrganizationName(u"DrillDeckTests"_s);
    QCoreApplication::setApplicationName(u"tst_projectorplacement"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestProjectorPlacement::choosesTheProjector_data()
{
    QTest::addColumn<QStringList>("screens");
    QTest::addColumn<int>("primary");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<Choice>("expected");

    const QStringList laptop{u"eDP-1"_s};
    const QStringList two{u"eDP-1"_s, u"HDMI-1"_s};
    const QStringList three{u"eDP-1"_s, u"DP-2"_s, u"HDMI-1"_s};
    QTest::addRow("no screen") << QStringList() << 0 << QString() << Choice{-1, false};
    QTest::addRow("laptop alone: a normal window") << laptop << 0 << QString() << Choice{0, false};
    QTest::addRow("laptop alone, projector remembered but unplugged")
        << laptop << 0 << u"HDMI-1"_s << Choice{0, false};
    QTest::addRow("projector plugged in: full screen on it")
        << two << 0 << QString() << Choice{1, true};
    QTest::addRow("the primary is the projector: the other one")
        << two << 1 << QString() << Choice{0, true};
    QTest::addRow("remembered screen wins") << three << 0 << u"HDMI-1"_s << Choice{2, true};
    QTest::addRow("remembered screen gone: first that is not primary")
        << three << 0 << u"DP-9"_s << Choice{1, true};
    QTest::addRow("facilitator chose the laptop screen")
        << two << 0 << u"eDP-1"_s << Choice{0, true};
    QTest::addRow("primary out of range counts as the first")
        << two << 7 << QString() << Choice{1, true};
}

void TestProjectorPlacement::choosesTheProjector()
{
    QFETCH(QStringList, screens);
    QFETCH(int, primary);
    QFETCH(QString, preferred);
    QFETCH(Choice, expected);
    const Choice choice = ProjectorPlacement::choose(screens, primary, preferred);
    QCOMPARE(choice.index, expected.index);
    QCOMPARE(choice.fullScreen, expected.fullScreen);
}

void TestProjectorPlacement::remembersScreenAndTheme()
{
    ProjectorSettings settings;
    QSignalSpy screenSpy(&settings, &ProjectorSettings::screenNameChanged);
    QSignalSpy themeSpy(&settings, &ProjectorSettings::themeVariantChanged);
    QCOMPARE(settings.screenName(), QString());
    QCOMPARE(settings.themeVariant(), ProjectorTheme::Variant::Dark);

    QWidget window;
    ProjectorPlacement placement(&window, &settings);
    placement.setPreferredScreen(u"HDMI-1"_s);
    settings.setThemeVariant(ProjectorTheme::Variant::Light);
    QCOMPARE(screenSpy.count(), 1);
    QCOMPARE(themeSpy.count(), 1);

    // Another instance, as after a restart, reads the same choices back.
    ProjectorSettings later;
    QCOMPARE(later.screenName(), u"HDMI-1"_s);
    QCOMPARE(later.themeVariant(), ProjectorTheme::Variant::Light);
    QCOMPARE(QSettings().value(u"projector/screen"_s).toString(), u"HDMI-1"_s);
    QCOMPARE(QSettings().value(u"projector/theme"_s).toString(), u"light"_s);

    later.setScreenName(QString());
    QVERIFY(!QSettings().contains(u"projector/screen"_s));
}

namespace {
QScreen *screenNamed(const QString &name)
{
    const auto screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}
} // namespace

// The platform has a laptop (primary) and a projector, as configured in main() below.
void TestProjectorPlacement::goesFullScreenOnTheProjector()
{
    QCOMPARE(QGuiApplication::screens().size(), 2);
    QScreen *laptop = screenNamed(u"Laptop"_s);
    QScreen *projector = screenNamed(u"Projector"_s);
    QVERIFY(laptop && projector);
    QCOMPARE(QGuiApplication::primaryScreen(), laptop);

    ProjectorSettings settings;
    settings.setScreenName(QString());
    QWidget window;
    ProjectorPlacement placement(&window, &settings);
    QSignalSpy placed(&placement, &ProjectorPlacement::placed);
    QCOMPARE(placement.targetScreen(), projector);
    QVERIFY(placement.wouldBeFullScreen());

    placement.place(); // not shown yet: nothing happens
    QVERIFY(!window.isVisible());
    QCOMPARE(placed.count(), 0);

    placement.show();
    QVERIFY(window.isVisible());
    QVERIFY(window.isFullScreen());
    QCOMPARE(window.screen(), projector);
    QTRY_COMPARE(window.geometry(), projector->geometry());
    QCOMPARE(placed.count(), 1);

    // The facilitator picks the laptop screen (a rehearsal): remembered, and it moves there.
    placement.setPreferredScreen(u"Laptop"_s);
    QCOMPARE(settings.screenName(), u"Laptop"_s);
    QCOMPARE(window.screen(), laptop);
    QVERIFY(window.isFullScreen());
    QTRY_COMPARE(window.geometry(), laptop->geometry());
    settings.setScreenName(QString());
}

// Screens cannot be unplugged on the offscreen platform at run time, so the test sends the
// application's own signals, as the platform would.
void TestProjectorPlacement::followsTheProjectorBeingUnpluggedAndPluggedIn()
{
    QScreen *laptop = screenNamed(u"Laptop"_s);
    QScreen *projector = screenNamed(u"Projector"_s);
    ProjectorSettings settings;
    settings.setScreenName(QString());
    QWidget window;
    ProjectorPlacement placement(&window, &settings);
    placement.show();
    QVERIFY(window.isFullScreen());
    QCOMPARE(window.screen(), projector);

    Q_EMIT qGuiApp->screenRemoved(projector);
    QTRY_VERIFY(!window.isFullScreen());
    QCOMPARE(window.screen(), laptop);
    QVERIFY(window.isVisible());
    QVERIFY(laptop->availableGeometry().contains(window.geometry()));
    QVERIFY(window.width() < laptop->geometry().width());

    Q_EMIT qGuiApp->screenAdded(projector);
    QTRY_VERIFY(window.isFullScreen());
    QCOMPARE(window.screen(), projector);

    // A hidden window stays hidden when screens change. A shown window placed after it (its
    // placement made later) is the witness: once that one is placed, this one's turn has come.
    window.hide();
    QWidget witness;
    ProjectorPlacement witnessPlacement(&witness, &settings);
    witnessPlacement.show();
    QSignalSpy witnessPlaced(&witnessPlacement, &ProjectorPlacement::placed);
    Q_EMIT qGuiApp->screenAdded(projector);
    QTRY_COMPARE(witnessPlaced.count(), 1);
    QVERIFY(!window.isVisible());
}

// Starts the offscreen platform with two screens: a laptop and, to its right, a projector.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"screens.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080},
        {"name": "Projector", "x": 1920, "y": 0, "width": 1280, "height": 720}]})");
    file.close();
    QByteArray platform = "offscreen:configfile=" + config.toLocal8Bit();
    QByteArray option = "-platform";
    std::vector<char *> args(argv, argv + argc);
    args.push_back(option.data());
    args.push_back(platform.data());
    int count = int(args.size());
    QApplication app(count, args.data()); // takes the -platform option out of the arguments
    TestProjectorPlacement test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, count, args.data());
}

#include "tst_projectorplacement.moc"
