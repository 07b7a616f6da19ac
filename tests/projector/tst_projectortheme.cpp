// The projector theme: readable from the back of the room, and late apart from on time for
// colour-blind eyes.
#include "projectortheme.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Variant = ProjectorTheme::Variant;

namespace {
double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toSrgb(double c)
{
    c = qBound(0.0, c, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

// Machado, Oliveira and Fernandes (2009), severity 1.0, in linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix protanopia{{{0.152286, 1.052583, -0.204868},
                         {0.114503, 0.786281, 0.099216},
                         {-0.003882, -0.048116, 1.051998}}};
const Matrix deuteranopia{{{0.367322, 0.860646, -0.227968},
                           {0.280085, 0.672501, 0.047413},
                           {-0.011820, 0.042940, 0.968881}}};
const Matrix tritanopia{{{1.255528, -0.076749, -0.178779},
                         {-0.078411, 0.930809, 0.147602},
                         {0.004733, 0.691367, 0.303900}}};

std::array<double, 3> simulate(const QColor &colour, const Matrix &m)
{
    const double in[3] = {toLinear(colour.redF()), toLinear(colour.greenF()),
                          toLinear(colour.blueF())};
    std::array<double, 3> out{};
    for (int i = 0; i < 3; ++i)
        out[i] = toSrgb(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2]);
    return out;
}

double distance(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return std::sqrt(std::pow(a[0] - b[0], 2) + std::pow(a[1] - b[1], 2) +
                     std::pow(a[2] - b[2], 2));
}
} // namespace

class TestProjectorTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void variantNamesRoundTrip();
    void coloursAreReadableOnTheScreen_data();
    void coloursAreReadableOnTheScreen();
    void lateAndOnTimeStayApartForColourBlindEyes_data();
    void lateAndOnTimeStayApartForColourBlindEyes();
    void styleSheetScalesWithTheWindow();
    void clockFontIsMonospace();
};

void TestProjectorTheme::variantNamesRoundTrip()
{
    for (auto variant : {Variant::Dark, Variant::Light})
        QCOMPARE(ProjectorTheme::variantFromName(ProjectorTheme::variantName(variant)), variant);
    QCOMPARE(ProjectorTheme::variantFromName(u"LIGHT"_s), Variant::Light);
    QCOMPARE(ProjectorTheme::variantFromName(u"sepia"_s), Variant::Dark);
    QCOMPARE(ProjectorTheme::variantFromName(u""_s, Variant::Light), Variant::Light);
}

void TestProjectorTheme::coloursAreReadableOnTheScreen_data()
{
    QTest::addColumn<int>("variant");
    QTest::addRow("dark") << int(Variant::Dark);
    QTest::addRow("light") << int(Variant::Light);
}

// WCAG AAA (7:1) for text, AA (4.5:1) for everything else the room must read; projectors wash
// colours out, so these are the floor, not the aim.
void TestProjectorTheme::coloursAreReadableOnTheScreen()
{
    QFETCH(int, variant);
    const ProjectorTheme theme{Variant(variant)};
    const auto ratio = &ProjectorTheme::contrastRatio;
    QVERIFY2(ratio(theme.text(), theme.background()) >= 15, "text");
    QVERIFY2(ratio(theme.text(), theme.surface()) >= 12, "text on a card");
    QVERIFY2(ratio(theme.mutedText(), theme.background()) >= 7, "captions");
    QVERIFY2(ratio(theme.mutedText(), theme.surface()) >= 7, "captions on a card");
    QVERIFY2(ratio(theme.text(), theme.codeBackground()) >= 12, "a command");
    QVERIFY2(ratio(theme.accent(), theme.background()) >= 4.5, "accent");
    QVERIFY2(ratio(theme.onAccent(), theme.accent()) >= 4.5, "text on the paused banner");
    QVERIFY2(ratio(theme.onTime(), theme.background()) >= 4.5, "on time");
    QVERIFY2(ratio(theme.overrun(), theme.background()) >= 4.5, "overrun");
    QVERIFY2(ratio(theme.overrun(), theme.surface()) >= 4.5, "overrun on a card");
    QCOMPARE(theme.blank(), QColor(Qt::black));
    QCOMPARE(theme.palette().color(QPalette::Window), theme.background());
    QCOMPARE(theme.palette().color(QPalette::WindowText), theme.text());
}

void TestProjectorTheme::lateAndOnTimeStayApartForColourBlindEyes_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("deficiency");
    for (auto variant : {Variant::Dark, Variant::Light}) {
        const char *name = variant == Variant::Dark ? "dark" : "light";
        QTest::addRow("%s protanopia", name) << int(variant) << 0;
        QTest::addRow("%s deuteranopia", name) << int(variant) << 1;
        QTest::addRow("%s tritanopia", name) << int(variant) << 2;
    }
}

void TestProjectorTheme::lateAndOnTimeStayApartForColourBlindEyes()
{
    QFETCH(int, variant);
    QFETCH(int, deficiency);
    const ProjectorTheme theme{Variant(variant)};
    const Matrix &m = deficiency == 0 ? protanopia : deficiency == 1 ? deuteranopia : tritanopia;
    const double apart = distance(simulate(theme.onTime(), m), simulate(theme.overrun(), m));
    // 0.3 of the RGB cube's unit axes: clearly two colours, if never the only signal.
    QVERIFY2(apart >= 0.3, qPrintable(u"only %1 apart"_s.arg(apart)));
}

void TestProjectorTheme::styleSheetScalesWithTheWindow()
{
    const ProjectorTheme theme(Variant::Dark);
    const QString at1080 = theme.styleSheet(1.0);
    const QString at2160 = theme.styleSheet(2.0);
    QVERIFY(at1080.contains(u"border-radius: 14px"_s));
    QVERIFY(at2160.contains(u"border-radius: 28px"_s));
    QVERIFY(at1080.contains(theme.overrun().name()));
    QVERIFY(!at1080.contains(u"font"_s)); // fonts are pixel sizes set by the window
}

void TestProjectorTheme::clockFontIsMonospace()
{
    const QFont clock = ProjectorTheme::clockFont(100);
    QCOMPARE(clock.pixelSize(), 100);
    const QFontMetrics metrics(clock);
    // Tabular digits: every second has the same width, so the clock never jitters.
    const int one = metrics.horizontalAdvance(u"11:11"_s);
    QCOMPARE(metrics.horizontalAdvance(u"00:00"_s), one);
    QCOMPARE(metrics.horizontalAdvance(u"88:88"_s), one);
    QCOMPARE(ProjectorTheme::textFont(48, true).pixelSize(), 48);
}

QTEST_MAIN(TestProjectorTheme)
#include "tst_projectortheme.moc"
