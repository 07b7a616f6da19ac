#include "consoletheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kTheme = u"console/theme"_s;
ConsoleTheme::Variant g_current = ConsoleTheme::Variant::Light;
} // namespace

QPalette ConsoleTheme::palette(Variant variant)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return palette(variant, *fusion);
}

QPalette ConsoleTheme::palette(Variant variant, const QStyle &fusion)
{
    QPalette p = fusion.standardPalette();
    if (variant == Variant::Light)
        return p;
    const QColor window(0x20, 0x22, 0x26), base(0x16, 0x18, 0x1B), text(0xE8, 0xE8, 0xE8);
    const QColor muted(0x9A, 0xA0, 0xA6), accent(0x4F, 0xA3, 0xF7);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Highlight, accent.darker(140));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::Link, accent);
        p.setColor(group, QPalette::BrightText, Qt::white);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

void ConsoleTheme::apply(Variant variant)
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QApplication::setStyle(fusion); // the application owns it
    const QPalette chosen = palette(variant, *fusion);
    QApplication::setPalette(chosen);
    // Fusion frames a check box or radio button a shade darker than the window: on the dark
    // window, black on black. They get a window colour that makes their frame show; they paint
    // no background of their own, so nothing else changes.
    QPalette boxes = chosen;
    if (variant == Variant::Dark)
        for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            boxes.setColor(group, QPalette::Window, QColor(0x8A, 0x90, 0x98));
    QApplication::setPalette(boxes, "QCheckBox");
    QApplication::setPalette(boxes, "QRadioButton");
    g_current = variant;
    // Written only when it changes: writing syncs the settings file, at every start otherwise.
    if (variant != remembered())
        QSettings().setValue(kTheme, variant == Variant::Dark ? u"dark"_s : u"light"_s);
}

ConsoleTheme::Variant ConsoleTheme::remembered()
{
    return QSettings().value(kTheme).toString() == u"dark" ? Variant::Dark : Variant::Light;
}

ConsoleTheme::Variant ConsoleTheme::current()
{
    return g_current;
}
