#include "drillclockpanel.h"

#include "duration.h"
#include "ghostprogressbar.h"
#include "objectivetexts.h"
#include "runbook.h"
#include "secondticker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString stepClockText(qint64 elapsedMs, qint64 expectedMs)
{
    if (expectedMs <= 0)
        return Duration::formatClock(elapsedMs);
    const QString base =
        QCoreApplication::translate("DrillClockPanel", "%1 / %2")
            .arg(Duration::formatClock(elapsedMs), Duration::formatClock(expectedMs));
    if (elapsedMs <= expectedMs)
        return base;
    return QCoreApplication::translate("DrillClockPanel", "%1  ▲ +%2 over")
        .arg(base, Duration::formatClock(elapsedMs - expectedMs));
}

// Green when an objective is met, red when missed, in tints that read on the console's window
// (light or dark theme).
QString objectiveStyle(const QWidget &label, bool met)
{
    const bool dark = label.palette().color(QPalette::Window).lightness() < 128;
    const QString colour =
        met ? (dark ? u"#66bb6a"_s : u"#2e7d32"_s) : (dark ? u"#ef5350"_s : u"#c62828"_s);
    return u"color: %1;"_s.arg(colour);
}
} // namespace

DrillClockPanel::DrillClockPanel(QWidget *parent)
    : QWidget(parent), m_ticker(new SecondTicker(this)), m_total(new QLabel(this)),
      m_state(new QLabel(this)), m_rto(new QLabel(this)), m_forecast(new QLabel(this)),
      m_restored(new QLabel(this)), m_rpo(new QLabel(this)), m_stepsBox(new QWidget(this)),
      m_stepsLayout(new QGridLayout(m_stepsBox)), m_ghost(new QLabel(this)),
      m_ghostNote(new QLabel(this)), m_ghostBar(new GhostProgressBar(this))
{
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAccessibleName(tr("Total elapsed"));
    QFont mid = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mid.setPointSizeF(mid.pointSizeF() * 1.2);
    m_rto->setFont(mid);
    QFont moment = m_restored->font();
    moment.setPointSizeF(moment.pointSizeF() * 1.5);
    moment.setBold(true);
    m_restored->setFont(moment);
    m_restored->setObjectName(u"serviceRestored"_s);
    m_restored->setWordWrap(true);
    m_rpo->setFont(mid);
    m_rpo->setObjectName(u"rpoResult"_s);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setColumnStretch(0, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_total);
    top->addWidget(m_state, 0, Qt::AlignBottom);
    top->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_rto, 0, Qt::AlignRight);
    right->addWidget(m_forecast, 0, Qt::AlignRight);
    top->addLayout(right);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_restored);
    layout->addWidget(m_rpo);
    layout->addWidget(m_stepsBox);
    m_ghost->setObjectName(u"ghostPace"_s);
    m_ghost->setTextFormat(Qt::PlainText);
    QFont paceFont = m_ghost->font();
    paceFont.setBold(true);
    m_ghost->setFont(paceFont);
    m_ghostNote->setObjectName(u"ghostNote"_s);
    m_ghostNote->setTextFormat(Qt::PlainText);
    m_ghostNote->setWordWrap(true);
    m_ghostBar->setObjectName(u"ghostBar"_s);
    m_ghostBar->setTextVisible(false);
    m_ghostBar->setFixedHeight(10);
    m_ghostBar->setAccessibleName(tr("Steps done, with the reference run's place"));
    auto *ghostRow = new QHBoxLayout;
    ghostRow->addWidget(m_ghost);
    ghostRow->addWidget(m_ghostBar, 1);
    layout->addLayout(ghostRow);
    layout->addWidget(m_ghostNote);
    connect(m_ticker, &SecondTicker::tick, this, &DrillClockPanel::tick);
    clear();
}

DrillClockPanel::~DrillClockPanel() = default;

void DrillClockPanel::clear()
{
    setMetrics(Runbook{}, DrillMetrics{}, {});
    setGhost({});
}

void DrillClockPanel::setGhost(const GhostPace &ghost)
{
    m_ghostPace = ghost;
    const bool shown = ghost.isValid() && !Drill::isEnded(m_metrics.state) &&
                       m_metrics.state != Drill::State::Planned;
    m_ghost->setVisible(shown);
    m_ghostBar->setVisible(shown);
    m_ghostBar->setRange(0, qMax(1, int(m_metrics.steps.size())));
    m_ghostBar->setValue(qMin(m_ghostBar->maximum(), m_metrics.doneSteps + m_metrics.skippedSteps));
    QStringList notes;
    if (shown) {
        notes << ghost.referenceText();
        if (!ghost.currentStepText().isEmpty())
            notes << ghost.currentStepText();
        if (!ghost.fastestText().isEmpty())
            notes << ghost.fastestText();
        if (ghost.unmatchedSteps() > 0)
            notes << tr("%n step(s) without a reference (added or renamed since)", nullptr,
                        ghost.unmatchedSteps());
    }
    m_ghostNote->setText(notes.join(u" · "_s));
    m_ghostNote->setVisible(shown);
    tick(m_ticker->sinceSnapshot());
}

QString DrillClockPanel::ghostText() const
{
    return m_ghost->isVisibleTo(this) ? m_ghost->text() : QString();
}

QString DrillClockPanel::ghostNoteText() const
{
    return m_ghostNote->isVisibleTo(this) ? m_ghostNote->text() : QString();
}

void DrillClockPanel::setMetrics(const Runbook &runbook, const DrillMetrics &metrics,
                                 const QStringList &runningSteps)
{
    m_metrics = metrics;
    for (const StepClock &c : std::as_const(m_steps)) {
        delete c.title;
        delete c.clock;
    }
    m_steps.clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString &id : runningSteps) {
        const StepMetrics *m = metrics.step(id);
        const Step *step = runbook.findStep(id);
        if (!m || !step)
            continue;
        auto *title = new QLabel(step->title, m_stepsBox);
        title->setTextFormat(Qt::PlainText);
        // Wraps: a long title would otherwise widen the console's centre and squeeze the
        // outline's titles to a few characters.
        title->setWordWrap(true);
        auto *clock = new QLabel(m_stepsBox);
        clock->setFont(fixed);
        const int row = int(m_steps.size());
        m_stepsLayout->addWidget(title, row, 0);
        m_stepsLayout->addWidget(clock, row, 1, Qt::AlignRight);
        m_steps.append({title, clock, m->actualMs, m->expectedMs});
    }
    m_stepsBox->setVisible(!m_steps.isEmpty());

    switch (metrics.state) {
    case Drill::State::Planned:
        m_state->setText(tr("not started — F5 starts"));
        break;
    case Drill::State::Running:
        m_state->setText(!metrics.steps.isEmpty() &&
                                 metrics.doneSteps + metrics.skippedSteps + metrics.notTakenSteps ==
                                     metrics.steps.size()
                             ? tr("✓ all steps done — Ctrl+Return finishes")
                             : tr("running"));
        break;
    case Drill::State::Paused:
        m_state->setText(tr("‖ PAUSED — P resumes"));
        break;
    case Drill::State::Finished:
        m_state->setText(tr("✓ finished"));
        break;
    case Drill::State::Aborted:
        m_state->setText(tr("aborted"));
        break;
    }
    m_rtoCountdown = RtoCountdown::fromMetrics(metrics);
    // The moment that matters, kept on screen: green when met, red when missed.
    const RtoStatus status = metrics.rtoStatus();
    m_restored->setText(
        metrics.rtoMs ? ObjectiveTexts::serviceRestored(*metrics.rtoMs, metrics.rtoTargetMs, status)
                      : QString());
    m_restored->setStyleSheet(status == RtoStatus::Met      ? objectiveStyle(*m_restored, true)
                              : status == RtoStatus::Missed ? objectiveStyle(*m_restored, false)
                                                            : QString());
    m_restored->setVisible(metrics.rtoMs.has_value());
    m_rpo->setText(metrics.rpoMs ? ObjectiveTexts::rpo(*metrics.rpoMs, metrics.rpoTargetMs)
                                 : QString());
    m_rpo->setStyleSheet(
        metrics.rpoMs && metrics.rpoTargetMs > 0
            ? objectiveStyle(*m_rpo, ObjectiveTexts::rpoMet(*metrics.rpoMs, metrics.rpoTargetMs))
            : QString());
    m_rpo->setVisible(metrics.rpoMs.has_value());
    const bool running = metrics.state == Drill::State::Running;
    // In a pause the RTO and the forecast go on: the wake-ups follow the RTO's seconds.
    const bool forecastMoves =
        metrics.state == Drill::State::Paused && metrics.forecastFinishMs > 0;
    m_ticker->snapshot(running ? metrics.activeMs : m_rtoCountdown.elapsedMs,
                       running || m_rtoCountdown.running || forecastMoves);
}

void DrillClockPanel::tick(qint64 since)
{
    auto set = [](QLabel *label, const QString &text) {
        if (label->text() != text) // repaint only what changed
            label->setText(text);
    };
    const qint64 drillSince = m_metrics.state == Drill::State::Running ? since : 0;
    set(m_total, Duration::formatClock(m_metrics.activeMs + drillSince));
    for (const StepClock &c : std::as_const(m_steps))
        set(c.clock, stepClockText(c.elapsedMs + drillSince, c.expectedMs));

    const RtoStatus status = m_metrics.rtoStatus();
    if (status == RtoStatus::NotRestored) {
        // Ended without the service-restored step done: no RTO, whatever the clock says.
        set(m_rto, m_metrics.rtoTargetMs > 0 ? tr("✗ Service not restored — RTO missed")
                                             : tr("✗ Service not restored"));
    } else if (m_rtoCountdown.targetMs > 0 && m_rtoCountdown.started) {
        const bool achieved = m_rtoCountdown.achieved;
        const qint64 rto = m_rtoCountdown.elapsedAt(since);
        const qint64 left = m_rtoCountdown.remainingAt(since);
        if (achieved)
            set(m_rto, status == RtoStatus::Met
                           ? tr("RTO %1 ✓ met (target %2)")
                                 .arg(Duration::formatClock(rto),
                                      Duration::formatClock(m_metrics.rtoTargetMs))
                           : tr("RTO %1 ✗ missed by %2")
                                 .arg(Duration::formatClock(rto), Duration::formatClock(-left)));
        else
            set(m_rto, left >= 0 ? tr("RTO left %1").arg(Duration::formatCountdown(left))
                                 : tr("RTO ▲ overrun +%1").arg(Duration::formatClock(-left)));
    } else {
        set(m_rto, m_metrics.rtoTargetMs > 0
                       ? tr("RTO target %1").arg(Duration::formatClock(m_metrics.rtoTargetMs))
                       : tr("No RTO objective"));
    }
    if (m_metrics.forecastFinishMs > 0 && !Drill::isEnded(m_metrics.state)) {
        const QString finish = QDateTime::fromMSecsSinceEpoch(m_metrics.forecastFinishAfter(since))
                                   .toLocalTime()
                                   .toString(u"HH:mm"_s);
        const std::optional<qint64> forecastRto = m_metrics.forecastRtoAfter(since);
        set(m_forecast,
            forecastRto
                ? tr("Forecast finish %1 · RTO %2").arg(finish, Duration::formatClock(*forecastRto))
                : tr("Forecast finish %1").arg(finish));
    } else {
        set(m_forecast, QString());
    }
    if (m_ghostPace.isValid() && m_ghost->isVisibleTo(this)) {
        const qint64 elapsed = m_metrics.activeMs + drillSince;
        set(m_ghost, m_ghostPace.paceText(elapsed));
        const GhostPace::Reading r = m_ghostPace.at(elapsed);
        m_ghostBar->setGhostValue(r.deltaMs ? r.ghostSteps : -1);
    }
}

QString DrillClockPanel::totalText() const
{
    return m_total->text();
}

QString DrillClockPanel::rtoText() const
{
    return m_rto->text();
}

QString DrillClockPanel::restoredText() const
{
    return m_restored->text();
}

QString DrillClockPanel::rpoText() const
{
    return m_rpo->text();
}

QStringList DrillClockPanel::stepTexts() const
{
    QStringList out;
    for (const StepClock &c : m_steps)
        out << c.title->text() + u": "_s + c.clock->text();
    return out;
}
