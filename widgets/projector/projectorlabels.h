// The projector's labels changed quietly: text, font and status set only when they differ (so a
// tick repaints nothing but the clocks), and texts fitted to a width by eliding or wrapping.
#pragma once

#include <QString>

class QFont;
class QLabel;
class QWidget;

class ProjectorLabels
{
public:
    // A plain-text label named for the style sheet and the tests; role is the style sheet's
    // "role" property ("muted", "caption", "chip", ...).
    static QLabel *make(QWidget *parent, const QString &objectName, const char *role = nullptr);

    static void setText(QLabel *label, const QString &text);
    static void setFont(QWidget *widget, const QFont &font);
    // A dynamic property the style sheet selects on; repolishes only the one widget it changed on.
    static void setStatus(QWidget *widget, const char *status);
    // A true/false property the style sheet selects on ("frozen", "missed"), repolished on change.
    static void setFlag(QWidget *widget, const char *name, bool on);

    // A design size at 1080 lines, scaled, never below one pixel.
    static int scaled(qreal pixels, qreal scale);

    // One line, cut with an ellipsis to the width; the full text is the accessible description.
    static void elide(QLabel *label, const QString &text, int width);
    // Word-wrapped onto at most the given number of lines, cut with an ellipsis beyond them.
    static void wrapLines(QLabel *label, const QString &text, int width, int lines);

    // A clock's reading with every digit an 8: the widest it gets until a digit is added.
    static QString widestReading(const QLabel *label);
    // The label keeps the width of its widest reading, so a new second never moves a neighbour.
    static void reserveWidestReading(QLabel *label);
};
