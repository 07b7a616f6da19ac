// The high-contrast colours, fonts and style sheet of the projector (audience) window.
#pragma once

#include <QColor>
#include <QString>

class QFont;
class QPalette;

class ProjectorTheme
{
public:
    enum class Variant { Dark, Light };

    explicit ProjectorTheme(Variant variant = Variant::Dark);

    Variant variant() const { return m_variant; }

    // "dark" / "light", as stored in the settings; unknown names give nullopt-like Dark.
    static QString variantName(Variant variant);
    static Variant variantFromName(const QString &name, Variant fallback = Variant::Dark);

    QColor background() const; // the screen
    QColor surface() const;    // cards on the screen
    QColor border() const;
    QColor codeBackground() const; // the band behind a command
    QColor text() const;
    QColor mutedText() const; // captions, timestamps
    QColor accent() const;    // progress, phase, paused banner
    QColor onAccent() const;  // text on an accent background
    QColor onTime() const;    // a bluish green: still apart from overrun() for colour-blind eyes
    QColor overrun() const;   // a vermilion; never the only signal, always with "▲ … over"
    QColor blank() const;     // the blanked screen

    QPalette palette() const;
    // Colours by object name and dynamic property; sizes scale with the window (1.0 at 1080p).
    // Fonts are not in the sheet: the window sets pixel sizes itself.
    QString styleSheet(qreal scale) const;

    // Clean sans for text, tabular monospace for clocks so digits do not jitter.
    static QFont textFont(int pixelSize, bool bold = false);
    static QFont clockFont(int pixelSize);

    // WCAG 2 contrast ratio of two colours, 1.0 to 21.0.
    static double contrastRatio(const QColor &a, const QColor &b);

private:
    Variant m_variant;
};
