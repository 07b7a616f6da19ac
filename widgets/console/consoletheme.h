// The facilitator console's light or dark look: Qt's Fusion style with a matching palette,
// remembered between runs. A dark room with a projector wants a dark laptop screen too.
#pragma once

#include <QPalette>

class QStyle;

class ConsoleTheme
{
public:
    enum class Variant { Light, Dark };

    static QPalette palette(Variant variant);
    static QPalette palette(Variant variant, const QStyle &fusion);
    // Applies to the whole application (the console and its dialogs) and remembers it.
    static void apply(Variant variant);
    static Variant remembered();
    static Variant current();
};
