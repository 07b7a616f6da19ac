#include "projectortheme.h"

#include <QFont>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Colours
{
    QColor background, surface, border, text, muted, accent, onAccent, onTime, overrun;
};

// Okabe–Ito inspired: sky blue accent, bluish green for on time, vermilion for overrun.
// Green and vermilion differ in lightness too, so deuteranopes and protanopes tell them apart.
const Colours &coloursOf(ProjectorTheme::Variant variant)
{
    static const Colours dark{
        QColor(0x0b, 0x0d, 0x10), QColor(0x17, 0x1b, 0x21), QColor(0x2c, 0x33, 0x3d),
        QColor(0xf4, 0xf6, 0xf8), QColor(0xaa, 0xb3, 0xbe), QColor(0x5c, 0xb8, 0xff),
        QColor(0x05, 0x0a, 0x10), QColor(0x3e, 0xd6, 0xa8), QColor(0xff, 0x6b, 0x3d),
    };
    static const Colours light{
        QColor(0xff, 0xff, 0xff), QColor(0xf1, 0xf3, 0xf6), QColor(0xc9, 0xd0, 0xd9),
        QColor(0x0d, 0x11, 0x16), QColor(0x45, 0x4e, 0x5a), QColor(0x00, 0x5c, 0xb8),
        QColor(0xff, 0xff, 0xff), QColor(0x00, 0x73, 0x55), QColor(0xc2, 0x30, 0x00),
    };
    return variant == ProjectorTheme::Variant::Dark ? dark : light;
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QString px(qreal value)
{
    return QString::number(qMax(1, qRound(value))) + u"px"_s;
}
} // namespace

ProjectorTheme::ProjectorTheme(Variant variant) : m_variant(variant) {}

QString ProjectorTheme::variantName(Variant variant)
{
    return variant == Variant::Light ? u"light"_s : u"dark"_s;
}

ProjectorTheme::Variant ProjectorTheme::variantFromName(const QString &name, Variant fallback)
{
    if (name.compare(u"light"_s, Qt::CaseInsensitive) == 0)
        return Variant::Light;
    if (name.compare(u"dark"_s, Qt::CaseInsensitive) == 0)
        return Variant::Dark;
    return fallback;
}

QColor ProjectorTheme::background() const
{
    return coloursOf(m_variant).background;
}
QColor ProjectorTheme::surface() const
{
    return coloursOf(m_variant).surface;
}
QColor ProjectorTheme::border() const
{
    return coloursOf(m_variant).border;
}
QColor ProjectorTheme::codeBackground() const
{
    return m_variant == Variant::Dark ? QColor(0x23, 0x29, 0x32) : QColor(0xe6, 0xe9, 0xee);
}
QColor ProjectorTheme::text() const
{
    return coloursOf(m_variant).text;
}
QColor ProjectorTheme::mutedText() const
{
    return coloursOf(m_variant).muted;
}
QColor ProjectorTheme::accent() const
{
    return coloursOf(m_variant).accent;
}
QColor ProjectorTheme::onAccent() const
{
    return coloursOf(m_variant).onAccent;
}
QColor ProjectorTheme::onTime() const
{
    return coloursOf(m_variant).onTime;
}
QColor ProjectorTheme::overrun() const
{
    return coloursOf(m_variant).overrun;
}
QColor ProjectorTheme::blank() const
{
    return QColor(Qt::black);
}

QPalette ProjectorTheme::palette() const
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, background());
        p.setColor(group, QPalette::Base, background());
        p.setColor(group, QPalette::AlternateBase, surface());
        p.setColor(group, QPalette::WindowText, text());
        p.setColor(group, QPalette::Text, text());
        p.setColor(group, QPalette::PlaceholderText, mutedText());
        p.setColor(group, QPalette::Highlight, accent());
        p.setColor(group, QPalette::HighlightedText, onAccent());
        p.setColor(group, QPalette::Link, accent());
        p.setColor(group, QPalette::Button, surface());
        p.setColor(group, QPalette::ButtonText, text());
    }
    return p;
}

QString ProjectorTheme::styleSheet(qreal scale) const
{
    const QString bg = background().name(), fg = text().name(), muted = mutedText().name(),
                  card = surface().name(), line = border().name(), acc = accent().name(),
                  onAcc = onAccent().name(), ok = onTime().name(), late = overrun().name();
    const QString radius = px(14 * scale), pad = px(6 * scale), padWide = px(16 * scale);
    QString css;
    css += u"#audienceContent, #livePage, #finishedPage { background: %1; }\n"_s.arg(bg);
    css += u"#blankPage { background: %1; }\n"_s.arg(blank().name());
    css += u"#blankMark { color: #3a3f46; }\n"_s;
    css += u"QLabel { color: %1; background: transparent; }\n"_s.arg(fg);
    css += u"QLabel[role=\"muted\"] { color: %1; }\n"_s.arg(muted);
    css += u"QLabel[role=\"caption\"] { color: %1; }\n"_s.arg(muted);
    css += u"QLabel[role=\"accent\"] { color: %1; }\n"_s.arg(acc);
    css += u"QLabel[role=\"chip\"] { color: %1; border: %2 solid %1; border-radius: %3;"
           " padding: %4 %5; }\n"_s.arg(acc, px(2 * scale), px(8 * scale), px(2 * scale),
                                        px(12 * scale));
    css += u"QLabel[role=\"example\"] { color: %1; background: %2; border-radius: %3;"
           " padding: %4 %5; }\n"_s.arg(onAcc, acc, px(8 * scale), px(2 * scale), px(12 * scale));
    css += u"QLabel[status=\"ontime\"] { color: %1; }\n"_s.arg(ok);
    css += u"QLabel[status=\"late\"] { color: %1; }\n"_s.arg(late);
    css += u"QLabel[frozen=\"true\"] { color: %1; }\n"_s.arg(muted); // a stopped clock
    css += u"QFrame[role=\"card\"] { background: %1; border: %2 solid %3; border-radius: %4; }\n"_s
               .arg(card, px(2 * scale), line, radius);
    css += u"QFrame[role=\"card\"][status=\"late\"] { border-color: %1; }\n"_s.arg(late);
    css +=
        u"#pausedBanner { color: %1; background: %2; border-radius: %3; padding: %4 %5; }\n"_s.arg(
            onAcc, acc, px(10 * scale), pad, padWide);
    css += u"#restoredBanner { color: %1; background: %2; border-radius: %3; padding: %4 %5; }\n"_s
               .arg(onAcc, ok, px(10 * scale), pad, padWide);
    css += u"#restoredBanner[missed=\"true\"] { background: %1; }\n"_s.arg(late);
    css += u"QProgressBar { background: %1; border: none; border-radius: %2; }\n"_s.arg(
        card, px(6 * scale));
    css +=
        u"QProgressBar::chunk { background: %1; border-radius: %2; }\n"_s.arg(acc, px(6 * scale));
    css += u"#divider { background: %1; }\n"_s.arg(line);
    return css;
}

QFont ProjectorTheme::textFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({u"Inter"_s, u"Noto Sans"_s, u"DejaVu Sans"_s, u"Liberation Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, pixelSize));
    font.setBold(bold);
    return font;
}

QFont ProjectorTheme::clockFont(int pixelSize)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"Liberation Mono"_s});
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPixelSize(qMax(1, pixelSize));
    font.setBold(true);
    return font;
}

double ProjectorTheme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
