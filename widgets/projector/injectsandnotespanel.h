// The projector's bottom right: the injects revealed to the room (the latest four) and the
// notes the team pinned for it.
#pragma once

#include "audiencestate.h"

#include <QList>
#include <QWidget>

class QLabel;

class InjectsAndNotesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int maxInjectLines = 4; // revealed injects shown, the latest ones

    explicit InjectsAndNotesPanel(QWidget *parent = nullptr);
    ~InjectsAndNotesPanel() override;

    // Hidden when there is neither an inject nor a note.
    void showState(const AudienceState &state);
    // Fonts from the scale; the notes wrapped onto two lines of the width at most.
    void refit(const AudienceState &state, qreal scale, int width);
    // The injects wrapped onto two lines of the width at most. The window does this last in its
    // fitting, after it has reckoned the room the page above takes.
    void fitInjects(const AudienceState &state, int width);

private:
    QString pinnedText(const AudienceState &state, int width) const;

    QLabel *m_injectsCaption;
    QList<QLabel *> m_injectLines;
    QWidget *m_pinnedBox;
    QLabel *m_pinnedCaption;
    QLabel *m_pinnedLines;
    QList<QLayout *> m_scaledLayouts; // their spacing follows the scale
};
