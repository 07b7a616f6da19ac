// The projector's large step: what the room does now (or next), whose step it is, its clock
// against the plan and its instructions; the left column of the live page.
#pragma once

#include "audiencestate.h"

#include <QWidget>

class FittedMarkdownView;
class ProjectorTheme;
class QLabel;

class CurrentStepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CurrentStepPanel(QWidget *parent = nullptr);
    ~CurrentStepPanel() override;

    // The first running step, else what comes next; its clock is set by updateClock().
    void showState(const AudienceState &state);
    // Only the step's clock and its status: the time since the snapshot added.
    void updateClock(const AudienceState &state, qint64 sinceSnapshotMs);
    // Fonts from the scale; the title wraps within width and titleBudget pixels of height.
    void refit(const AudienceState &state, qreal scale, int width, int titleBudget);
    void setColours(const ProjectorTheme &theme);

private:
    QLabel *m_caption;
    QLabel *m_title;
    QLabel *m_role; // "driver: Dana": whose step it is
    QLabel *m_clock;
    QLabel *m_plan;
    QLabel *m_status;
    FittedMarkdownView *m_instructions;
    QList<QLayout *> m_scaledLayouts; // their spacing follows the scale
};
