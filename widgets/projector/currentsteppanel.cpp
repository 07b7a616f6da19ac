// The projector's large step, the left column of the live page (see currentsteppanel.h).
#include "currentsteppanel.h"

#include "audiencewindow.h"
#include "duration.h"
#include "fittedmarkdownview.h"
#include "markdowntext.h"
#include "objectivetexts.h"
#include "projectorlabels.h"
#include "projectortheme.h"
#include "projectorwords.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The question large, each option with its key, above the step's instructions.
QString decisionMarkdown(const AudienceState::RunningStep &step)
{
    if (step.question.isEmpty())
        return {};
    QString markdown = u"## "_s + MarkdownText::escaped(step.question) + u"\n\n"_s;
    for (qsizetype i = 0; i < step.options.size(); ++i)
        markdown += u"### "_s +
                    CurrentStepPanel::tr("%1 — %2").arg(QString::number(i + 1),
                                                        MarkdownText::escaped(step.options[i])) +
                    u"\n\n"_s;
    return markdown;
}
} // namespace

CurrentStepPanel::CurrentStepPanel(QWidget *parent) : QWidget(parent)
{
    auto *left = new QVBoxLayout(this);
    left->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(left);
    m_caption = ProjectorLabels::make(this, u"nowCaption"_s, "accent");
    m_title = ProjectorLabels::make(this, u"stepTitle"_s);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_role = ProjectorLabels::make(this, u"stepRole"_s, "muted");
    m_role->setTextFormat(Qt::PlainText);
    auto *time = new QHBoxLayout;
    m_scaledLayouts.append(time);
    m_clock = ProjectorLabels::make(this, u"stepClock"_s);
    m_clock->setAccessibleName(tr("Step time"));
    m_plan = ProjectorLabels::make(this, u"stepPlan"_s, "muted");
    m_status = ProjectorLabels::make(this, u"stepStatus"_s);
    time->addWidget(m_clock, 0, Qt::AlignBaseline);
    time->addWidget(m_plan, 0, Qt::AlignBaseline);
    time->addWidget(m_status, 0, Qt::AlignBaseline);
    time->addStretch(1);
    m_instructions = new FittedMarkdownView(this);
    m_instructions->setObjectName(u"instructions"_s);

    left->addWidget(m_caption);
    left->addWidget(m_title);
    left->addWidget(m_role);
    left->addLayout(time);
    left->addWidget(m_instructions, 1);
}

CurrentStepPanel::~CurrentStepPanel() = default;

void CurrentStepPanel::showState(const AudienceState &s)
{
    const bool hasCurrent = !s.runningSteps.isEmpty();
    // Stopped clocks are dimmed as well as bannered: a glance tells they are not moving.
    ProjectorLabels::setFlag(m_clock, "frozen", s.paused);

    if (hasCurrent) {
        const AudienceState::RunningStep &current = s.runningSteps.constFirst();
        QString caption = s.runningSteps.size() > 1 ? tr("NOW · STEP %1 · %2 STEPS IN PARALLEL")
                                                          .arg(current.number)
                                                          .arg(s.runningSteps.size())
                                                    : tr("NOW · STEP %1").arg(current.number);
        if (current.rewritten) // said in words: the room sees the procedure changed
            caption += tr(" · ✎ REWRITTEN");
        if (!current.question.isEmpty())
            caption += tr(" · DECISION");
        if (current.waiting) // hands off: the time is a machine's
            caption += tr(" · ◷ WAITING ON A MACHINE");
        ProjectorLabels::setText(m_caption, caption);
        m_instructions->setMarkdown(decisionMarkdown(current) + current.instructions);
        ProjectorLabels::setText(
            m_plan,
            current.expectedSeconds > 0
                ? tr("of %1 planned").arg(Duration::formatClock(current.expectedSeconds * 1000))
                : tr("no estimate"));
    } else if (s.allStepsDone) {
        ProjectorLabels::setText(m_caption, tr("ALL STEPS DONE"));
        QString text = tr("Every step is done. The facilitator finishes the drill.");
        if (s.rtoAchievedMs)
            text += u"\n\n**"_s +
                    ObjectiveTexts::serviceRestored(*s.rtoAchievedMs, s.rtoTargetMs, s.rtoStatus) +
                    u"**"_s;
        if (s.rpoMs)
            text += u"\n\n**"_s + ObjectiveTexts::rpo(*s.rpoMs, s.rpoTargetMs) + u"**"_s;
        m_instructions->setMarkdown(text);
    } else {
        const bool notStarted = s.stepsFinished() == 0 && s.drillElapsedMs == 0 && !s.finished;
        ProjectorLabels::setText(m_caption, notStarted ? tr("ABOUT TO START") : tr("UP NEXT"));
        const QString toGo =
            s.stepsTotal == 1 ? tr("One step to go.") : tr("%1 steps to go.").arg(s.stepsTotal);
        m_instructions->setMarkdown(
            notStarted ? tr("The drill has not started yet: the clocks start when the facilitator "
                            "declares the disaster.") +
                             u"\n\n"_s + toGo
                       : tr("Waiting for the next step to start."));
    }
    m_role->setVisible(hasCurrent && !s.runningSteps.constFirst().role.isEmpty());
    m_clock->setVisible(hasCurrent);
    m_plan->setVisible(hasCurrent);
    m_status->setVisible(hasCurrent);
}

void CurrentStepPanel::updateClock(const AudienceState &state, qint64 sinceSnapshotMs)
{
    if (state.runningSteps.isEmpty())
        return;
    const AudienceState::RunningStep &current = state.runningSteps.constFirst();
    ProjectorWords::showStepTime(m_clock, m_status, current.elapsedMs + sinceSnapshotMs,
                                 current.expectedSeconds);
}

void CurrentStepPanel::refit(const AudienceState &state, qreal scale, int width, int titleBudget)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    for (QLayout *layout : std::as_const(m_scaledLayouts))
        layout->setSpacing(px(14));
    ProjectorLabels::setFont(m_caption, ProjectorTheme::textFont(px(26), true));
    ProjectorLabels::setFont(m_role, ProjectorTheme::textFont(px(30)));
    ProjectorLabels::setFont(m_clock, ProjectorTheme::clockFont(px(56)));
    ProjectorLabels::setFont(m_plan, ProjectorTheme::textFont(px(30)));
    ProjectorLabels::setFont(m_status, ProjectorTheme::textFont(px(30), true));
    m_instructions->setPixelSizes(px(AudienceWindow::bodyPixels),
                                  px(AudienceWindow::bodyMinimumPixels));
    ProjectorLabels::reserveWidestReading(m_clock);
    ProjectorLabels::reserveWidestReading(m_status);

    // The title wraps; a very long one shrinks to the floor, then is cut with an ellipsis.
    const QString title =
        state.allStepsDone ? tr("All steps done — finish the drill")
        : state.runningSteps.isEmpty()
            ? (state.nextStepTitle.isEmpty() ? state.runbookTitle : state.nextStepTitle)
            : state.runningSteps.constFirst().title;
    // Measured, not tried on the label, so an unchanged title never repaints.
    const auto titleHeight = [width](const QFont &font, const QString &candidate) {
        return QFontMetrics(font)
            .boundingRect(QRect(0, 0, width, 1000000), Qt::TextWordWrap, candidate)
            .height();
    };
    int titleSize = px(AudienceWindow::titlePixels);
    const int titleFloor = px(AudienceWindow::titleMinimumPixels);
    QFont titleFont = ProjectorTheme::textFont(titleSize, true);
    while (titleSize > titleFloor && titleHeight(titleFont, title) > titleBudget) {
        titleSize = qMax(titleFloor, titleSize - qMax(1, titleSize / 12));
        titleFont = ProjectorTheme::textFont(titleSize, true);
    }
    QString shownTitle = title;
    if (titleHeight(titleFont, title) > titleBudget) {
        qsizetype low = 0, high = title.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (titleHeight(titleFont, title.left(mid).trimmed() + u'…') <= titleBudget)
                low = mid;
            else
                high = mid - 1;
        }
        shownTitle = title.left(low).trimmed() + u'…';
    }
    ProjectorLabels::setFont(m_title, titleFont);
    ProjectorLabels::setText(m_title, shownTitle);
    m_title->setAccessibleDescription(title);
    m_title->setMaximumHeight(titleBudget);
    ProjectorLabels::elide(m_role,
                           state.runningSteps.isEmpty()
                               ? QString()
                               : ProjectorWords::role(state.runningSteps.constFirst()),
                           width);
}

void CurrentStepPanel::setColours(const ProjectorTheme &theme)
{
    m_instructions->setColours(theme.text(), theme.mutedText(), theme.codeBackground());
}
