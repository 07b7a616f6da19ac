// The projector's revealed injects and pinned notes (see injectsandnotespanel.h).
#include "injectsandnotespanel.h"

#include "audiencewindow.h"
#include "projectorlabels.h"
#include "projectortheme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InjectsAndNotesPanel::InjectsAndNotesPanel(QWidget *parent) : QWidget(parent)
{
    auto *injects = new QVBoxLayout(this);
    injects->setContentsMargins(0, 0, 0, 0);
    m_scaledLayouts.append(injects);
    m_injectsCaption = ProjectorLabels::make(this, u"injectsCaption"_s, "caption");
    m_injectsCaption->setText(tr("⚡ INJECTS"));
    injects->addWidget(m_injectsCaption);
    for (int i = 0; i < maxInjectLines; ++i) {
        QLabel *line = ProjectorLabels::make(this, u"inject%1"_s.arg(i));
        line->setWordWrap(true);
        injects->addWidget(line);
        m_injectLines.append(line);
    }
    m_pinnedBox = new QWidget(this);
    auto *pinned = new QVBoxLayout(m_pinnedBox);
    pinned->setContentsMargins(0, 0, 0, 0);
    m_pinnedCaption = ProjectorLabels::make(this, u"pinnedCaption"_s, "caption");
    m_pinnedCaption->setText(tr("✎ NOTES FROM THE TEAM"));
    m_pinnedLines = ProjectorLabels::make(this, u"pinnedLines"_s);
    m_pinnedLines->setWordWrap(true);
    pinned->addWidget(m_pinnedCaption);
    pinned->addWidget(m_pinnedLines);
    injects->addWidget(m_pinnedBox);
    injects->addStretch(1);
}

InjectsAndNotesPanel::~InjectsAndNotesPanel() = default;

void InjectsAndNotesPanel::showState(const AudienceState &s)
{
    m_pinnedBox->setVisible(!s.pinnedAnnotations.isEmpty());
    const qsizetype firstInject = qMax<qsizetype>(0, s.revealedInjects.size() - maxInjectLines);
    for (int i = 0; i < m_injectLines.size(); ++i) {
        const qsizetype index = firstInject + i;
        const bool shown = index < s.revealedInjects.size();
        m_injectLines[i]->setVisible(shown);
    }
    m_injectsCaption->setVisible(!s.revealedInjects.isEmpty());
    setVisible(!s.revealedInjects.isEmpty() || !s.pinnedAnnotations.isEmpty());
}

void InjectsAndNotesPanel::refit(const AudienceState &state, qreal scale, int width)
{
    const auto px = [scale](qreal pixels) { return ProjectorLabels::scaled(pixels, scale); };
    for (QLayout *layout : std::as_const(m_scaledLayouts))
        layout->setSpacing(px(14));
    m_pinnedBox->layout()->setSpacing(px(4));
    const QFont small = ProjectorTheme::textFont(px(AudienceWindow::smallPixels));
    ProjectorLabels::setFont(m_pinnedCaption, ProjectorTheme::textFont(px(24), true));
    ProjectorLabels::setFont(m_pinnedLines, small);
    ProjectorLabels::setFont(m_injectsCaption, ProjectorTheme::textFont(px(24), true));
    for (QLabel *label : std::as_const(m_injectLines))
        ProjectorLabels::setFont(label, small);
    ProjectorLabels::setText(m_pinnedLines, pinnedText(state, width));
}

void InjectsAndNotesPanel::fitInjects(const AudienceState &state, int width)
{
    const qsizetype firstInject =
        qMax<qsizetype>(0, state.revealedInjects.size() - m_injectLines.size());
    for (int i = 0; i < m_injectLines.size(); ++i) {
        const qsizetype index = firstInject + i;
        ProjectorLabels::wrapLines(m_injectLines[i],
                                   index < state.revealedInjects.size()
                                       ? u"⚡ "_s + state.revealedInjects[index]
                                       : QString(),
                                   width, 2);
    }
}

// The pinned notes: each one bulleted, wrapped onto two lines at most.
QString InjectsAndNotesPanel::pinnedText(const AudienceState &state, int width) const
{
    QStringList lines;
    for (const QString &note : state.pinnedAnnotations) {
        const QString line = u"• "_s + note;
        QFontMetrics metrics(m_pinnedLines->font());
        const QRect two = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, line);
        if (two.height() <= 2 * metrics.lineSpacing() + 2) {
            lines << line;
            continue;
        }
        qsizetype low = 0, high = line.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            const QString cut = line.left(mid).trimmed() + u'…';
            if (metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, cut).height() <=
                2 * metrics.lineSpacing() + 2)
                low = mid;
            else
                high = mid - 1;
        }
        lines << line.left(low).trimmed() + u'…';
    }
    return lines.join(u'\n');
}
