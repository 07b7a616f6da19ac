// Which screen the projector window goes to, and that the choice is remembered.
#include "projectorplacement.h"
#include "projectorsettings.h"

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
    void singleScreenGivesANormalWindow();

private:
    QTemporaryDir m_settingsDir;
};

void TestProjectorPlacement::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
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

void TestProjectorPlacement::singleScreenGivesANormalWindow()
{
    // The offscreen platform has one screen: the laptop alone.
    QCOMPARE(QGuiApplication::screens().size(), 1);
    ProjectorSettings settings;
    QWidget window;
    ProjectorPlacement placement(&window, &settings);
    QSignalSpy placed(&placement, &ProjectorPlacement::placed);
    QCOMPARE(placement.targetScreen(), QGuiApplication::primaryScreen());
    QVERIFY(!placement.wouldBeFullScreen());

    placement.place(); // not shown yet: nothing happens
    QVERIFY(!window.isVisible());
    QCOMPARE(placed.count(), 0);

    placement.show();
    QVERIFY(window.isVisible());
    QVERIFY(!window.isFullScreen());
    QCOMPARE(placed.count(), 1);
    QCOMPARE(placed.at(0).at(1).toBool(), false);
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(available.contains(window.geometry()));
}

QTEST_MAIN(TestProjectorPlacement)
#include "tst_projectorplacement.moc"
