// The Drill menu (see drillcontrol.h).
#include "drillcontrol.h"

#include "appsettings.h"
#include "consoleoutline.h"
#include "consoleshortcuts.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "injectspanel.h"
#include "observationentry.h"
#include "projectorcontrol.h"
#include "quickentry.h"
#include "recordactions.h"
#include "stepdetailview.h"

#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>

using namespace Qt::StringLiterals;

DrillControl::DrillControl(DrillConsole *console, ProjectorControl *projector,
                           RecordActions *record, AppSettings *settings, QObject *parent)
    : QObject(parent), m_console(console), m_projector(projector), m_record(record),
      m_settings(settings)
{
    m_console->setAutoStartReady(m_settings->autoStartReadySteps());
    connect(m_console->outline(), &QTreeView::activated, this, &DrillControl::startSelectedStep);
    connect(m_console->observationEntry(), &QLineEdit::returnPressed, this,
            &DrillControl::submitObservation);
    connect(m_console->injects(), &InjectsPanel::revealRequested, this, [this](const QString &id) {
        if (m_console->engine())
            m_console->report(m_console->engine()->revealInject(id));
    });
}

QWidget *DrillControl::window() const
{
    return m_console->window();
}

void DrillControl::addTo(QMenu *drill, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    auto add = [&](const QString &text, const QList<QKeySequence> &keys,
                   void (DrillControl::*slot)()) {
        return shortcuts.needsDrill(shortcuts.add(drill, text, keys, this, slot));
    };
    add(tr("&Start or Resume Drill"), {K(Qt::Key_F5), K(Qt::SHIFT | Qt::Key_F5)},
        &DrillControl::startOrResume);
    add(tr("&Pause or Resume"), {K(Qt::Key_P)}, &DrillControl::togglePause);
    add(tr("Complete Step and Start &Next"),
        {K(Qt::Key_PageDown), K(Qt::Key_Space), K(Qt::Key_Right)}, &DrillControl::advance);
    add(tr("&Reopen Previous Step (mis-click)"), {K(Qt::Key_PageUp), K(Qt::Key_Left)},
        &DrillControl::reopenPrevious);
    add(tr("S&kip Step…"), {K(Qt::Key_S)}, &DrillControl::skipCurrent);
    drill->addSeparator();
    add(tr("Start Selected Step in &Parallel"), {K(Qt::Key_R), K(Qt::Key_Insert)},
        &DrillControl::startSelectedStep);
    add(tr("&Complete Selected Step"), {K(Qt::Key_D)}, &DrillControl::completeSelectedStep);
    add(tr("&Block or Unblock Step"), {K(Qt::Key_K)}, &DrillControl::toggleBlockCurrent);
    add(tr("&Waiting on a Machine / Hands-on"), {K(Qt::Key_W)},
        &DrillControl::toggleWaitingCurrent);
    add(tr("Reveal Next &Inject"), {K(Qt::CTRL | Qt::Key_I)}, &DrillControl::revealNextInject);
    add(tr("Restored &Data Is From…"), {K(Qt::CTRL | Qt::Key_D)},
        &DrillControl::enterDataRestoredAt);
    add(tr("&Log Observation"), {K(Qt::Key_N)}, &DrillControl::focusObservationEntry);
    drill->addSeparator();
    add(tr("&Finish Drill"), {K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter)},
        &DrillControl::finishDrill);
    add(tr("&Abort Drill…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)}, &DrillControl::abortDrill);
    // Keys 1-9 answer the decision step that runs.
    QMenu *decide = drill->addMenu(tr("D&ecide"));
    for (int option = 1; option <= Decision::maxOptions; ++option) {
        QAction *a = decide->addAction(tr("Answer with Option %1").arg(option), this,
                                       [this, option] { this->decide(option); });
        a->setShortcut(K(Qt::Key_1 + option - 1));
        a->setShortcutContext(Qt::WindowShortcut);
        shortcuts.append(a);
        shortcuts.needsDrill(a);
    }
    drill->addSeparator();
    QAction *autoStart = drill->addAction(tr("Start Ready Steps &Automatically"));
    autoStart->setObjectName(u"autoStartReady"_s);
    autoStart->setCheckable(true);
    autoStart->setChecked(m_console->autoStartReady());
    autoStart->setToolTip(tr("When a step is done or skipped, start at once the steps that "
                             "depend on it and are now ready"));
    connect(autoStart, &QAction::toggled, this, &DrillControl::setAutoStartReady);
    QAction *copy =
        drill->addAction(tr("&Copy Command"), m_console->stepView(), &StepDetailView::copyCommand);
    copy->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    shortcuts.append(copy);
}

void DrillControl::startOrResume()
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    if (!e) {
        Q_EMIT newDrillRequested();
        return;
    }
    switch (e->state()) {
    case Drill::State::Planned:
        if (m_console->report(e->start())) {
            const QString first = e->nextStep();
            if (!first.isEmpty() && m_console->report(e->startStep(first))) {
                m_console->setFocusedStep(first);
                m_console->refresh();
            }
            m_projector->showProjector();
        }
        break;
    case Drill::State::Paused:
        if (m_console->report(e->resume()))
            m_projector->showProjector();
        break;
    case Drill::State::Running:
        m_console->showMessage(tr("The drill is already running"), 4000);
        m_projector->showProjector();
        break;
    case Drill::State::Finished:
    case Drill::State::Aborted:
        m_console->showMessage(tr("This drill has ended; Ctrl+N starts a new one"), 6000);
        break;
    }
}

void DrillControl::togglePause()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    if (e->state() == Drill::State::Paused)
        m_console->report(e->resume());
    else
        m_console->report(e->pause());
}

void DrillControl::advance()
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    if (e->state() == Drill::State::Planned) {
        startOrResume();
        return;
    }
    if (e->state() == Drill::State::Paused) {
        m_console->showMessage(tr("The drill is paused — P resumes it"), 6000);
        QApplication::beep();
        return;
    }
    const QString current = m_console->currentStep();
    if (const Step *asks = e->runbook().findStep(current); asks && asks->isDecision()) {
        // Page Down cannot answer for the room: the decision is made with its key.
        m_console->showMessage(tr("“%1” — press 1–%2 to answer")
                                   .arg(asks->decision.question)
                                   .arg(asks->decision.options.size()),
                               8000);
        QApplication::beep();
        return;
    }
    if (current.isEmpty() && e->nextStep().isEmpty()) {
        m_console->showMessage(tr("Every step is finished — Ctrl+Return finishes the drill"), 8000);
        return;
    }
    // Completes the step and starts the next ready one, whatever else runs in parallel.
    QString started;
    if (!m_console->report(e->completeAndStartNext(current, &started)))
        return;
    m_console->setFocusedStep(
        !started.isEmpty() ? started : e->currentSteps().value(0, m_console->focusedStep()));
    m_console->refresh();
    sayAutoStarted();
}

void DrillControl::reopenPrevious()
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    // The most recently finished step is the one a mis-click just completed; the step the
    // same press started goes back to not started, so the undo leaves no trace in the times.
    const QList<DrillEvent> events = e->committedEvents() + e->pendingEvents();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const DrillEvent &finished = events[i];
        if (finished.kind != DrillEvent::Kind::StepDone &&
            finished.kind != DrillEvent::Kind::StepSkipped)
            continue;
        const StepStatus status = e->stepStatus(finished.stepId);
        if (status != StepStatus::Done && status != StepStatus::Skipped)
            continue;
        for (qsizetype k = i + 1; k < events.size(); ++k)
            if (const auto *started = e->replay().step(events[k].stepId);
                events[k].kind == DrillEvent::Kind::StepStarted && started &&
                started->base == StepStatus::Running && started->intervals.size() == 1)
                m_console->report(e->unstartStep(events[k].stepId, tr("mis-click")));
        if (m_console->report(e->reopenStep(finished.stepId, tr("mis-click"))))
            m_console->setFocusedStep(finished.stepId);
        m_console->refresh();
        return;
    }
    m_console->showMessage(tr("No finished step to reopen"), 4000);
}

void DrillControl::skipCurrent()
{
    const QString step =
        m_console->currentStep().isEmpty() ? m_console->focusedStep() : m_console->currentStep();
    if (!m_console->engine() || step.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        window(), tr("Skip step"),
        tr("Why is “%1” skipped?").arg(m_console->runbook().findStep(step)->title),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        skipCurrentWithReason(reason);
}

void DrillControl::skipCurrentWithReason(const QString &reason)
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    const QString step =
        m_console->currentStep().isEmpty() ? m_console->focusedStep() : m_console->currentStep();
    if (!e || step.isEmpty())
        return;
    if (reason.trimmed().isEmpty()) {
        m_console->showMessage(tr("A skipped step needs a reason, for the report"), 6000);
        return;
    }
    if (!m_console->report(e->skipStep(step, reason.trimmed())))
        return;
    if (!e->autoStarted().isEmpty()) {
        m_console->setFocusedStep(e->autoStarted().constFirst());
        m_console->refresh();
        sayAutoStarted();
        return;
    }
    const QString next = e->nextStep();
    if (!next.isEmpty() && e->state() == Drill::State::Running &&
        m_console->report(e->startStep(next)))
        m_console->setFocusedStep(next);
    m_console->refresh();
}

void DrillControl::startSelectedStep()
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    const QString id = m_console->outline()->selectedStep();
    if (!e || id.isEmpty())
        return;
    if (e->state() == Drill::State::Planned && !m_console->report(e->start()))
        return;
    if (m_console->report(e->startStep(id))) {
        m_console->setFocusedStep(id);
        m_console->refresh();
    }
}

void DrillControl::completeSelectedStep()
{
    DrillEngine *e = m_console->engine();
    const QString id = m_console->outline()->selectedStep();
    if (e && !id.isEmpty() && m_console->report(e->completeStep(id)))
        sayAutoStarted();
}

void DrillControl::toggleBlockCurrent()
{
    DrillEngine *e = m_console->engine();
    const QString step = m_console->currentStep();
    if (!e || step.isEmpty())
        return;
    if (e->stepStatus(step) == StepStatus::Blocked) {
        m_console->report(e->unblockStep(step));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        window(), tr("Block step"),
        tr("What is “%1” waiting for?").arg(m_console->runbook().findStep(step)->title),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_console->report(e->blockStep(step, reason.trimmed()));
}

void DrillControl::toggleWaitingCurrent()
{
    DrillEngine *e = m_console->engine();
    const QString step = m_console->currentStep();
    if (!e)
        return;
    if (step.isEmpty()) {
        m_console->showMessage(tr("No step is running: W marks waiting within a running step"),
                               6000);
        QApplication::beep();
        return;
    }
    const QString title = m_console->runbook().findStep(step)->title;
    const bool waiting = e->isWaiting(step);
    if (!m_console->report(e->toggleWaiting(step)))
        return;
    m_console->showMessage(waiting ? tr("Back to hands-on work in “%1”").arg(title)
                                   : tr("Now only waiting on a machine in “%1” — W again when "
                                        "hands-on work resumes")
                                         .arg(title),
                           8000);
}

void DrillControl::setAutoStartReady(bool on)
{
    m_settings->setAutoStartReadySteps(on);
    m_console->setAutoStartReady(on);
}

void DrillControl::sayAutoStarted()
{
    DrillEngine *e = m_console->engine();
    if (!e || e->autoStarted().isEmpty())
        return;
    QStringList titles;
    for (const QString &id : e->autoStarted())
        if (const Step *s = m_console->runbook().findStep(id))
            titles << u"“"_s + s->title + u"”"_s;
    m_console->showMessage(tr("Started automatically: %1").arg(titles.join(u", "_s)), 8000);
}

void DrillControl::revealNextInject()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    const InjectsPanel *injects = m_console->injects();
    const QString id = injects->selectedInject().isEmpty() ||
                               e->replay().revealedInjects().contains(injects->selectedInject())
                           ? injects->nextUnrevealed()
                           : injects->selectedInject();
    if (id.isEmpty()) {
        m_console->showMessage(tr("Every inject has been revealed"), 4000);
        return;
    }
    m_console->report(e->revealInject(id));
}

void DrillControl::enterDataRestoredAt()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        window(), tr("Restored data"),
        tr("The restored data is from (local time, yyyy-MM-dd HH:mm) — sets the RPO:"),
        QLineEdit::Normal, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s), &ok);
    if (!ok)
        return;
    const QDateTime when = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm"_s);
    if (!when.isValid()) {
        QMessageBox::warning(window(), tr("Restored data"),
                             tr("“%1” is not a time like 2026-11-23 09:30.").arg(text));
        return;
    }
    m_console->report(e->setDataRestoredAt(when.toMSecsSinceEpoch()));
}

void DrillControl::finishDrill()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    const QStringList running = e->currentSteps();
    if (!running.isEmpty() &&
        QMessageBox::question(window(), tr("Finish drill"),
                              tr("%n step(s) still running. Finish the drill anyway?", nullptr,
                                 int(running.size()))) != QMessageBox::Yes)
        return;
    if (m_console->report(e->finish()) && !m_console->runbook().evaluation.isEmpty())
        m_record->showScorecard();
}

void DrillControl::abortDrill()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(window(), tr("Abort drill"), tr("Why is the drill aborted?"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        m_console->report(e->abort(reason.trimmed()));
}

void DrillControl::decide(int option)
{
    const DrillConsole::Batch batch(m_console);
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    const auto asks = [e](const QString &id) {
        const Step *step = e->runbook().findStep(id);
        return step && step->isDecision();
    };
    QString step = asks(m_console->currentStep()) ? m_console->currentStep() : QString();
    for (const QString &id : e->currentSteps())
        if (step.isEmpty() && asks(id))
            step = id;
    if (step.isEmpty()) {
        m_console->showMessage(tr("No running step asks a question: keys 1–9 answer a decision "
                                  "while its step runs"),
                               6000);
        QApplication::beep();
        return;
    }
    QString started;
    if (!m_console->report(e->decide(step, option, &started)))
        return;
    m_console->setFocusedStep(
        !started.isEmpty() ? started : e->currentSteps().value(0, m_console->focusedStep()));
    m_console->refresh();
}

void DrillControl::focusObservationEntry()
{
    window()->activateWindow(); // pressed while the projector window has the keyboard
    m_console->observationEntry()->setFocus(Qt::ShortcutFocusReason);
    m_console->observationEntry()->selectAll();
}

void DrillControl::submitObservation()
{
    DrillEngine *e = m_console->engine();
    ObservationEntry *entry = m_console->observationEntry();
    if (entry->text().trimmed().isEmpty()) {
        m_console->showMessage(
            entry->hasImage()
                ? tr("Type what the image shows, then Enter: an image is logged with text")
                : QuickEntry::textProblem(entry->text()),
            6000);
        return;
    }
    if (!e) {
        m_console->showMessage(tr("Start a drill first (Ctrl+N): observations belong to one"),
                               6000);
        return;
    }
    const QuickEntry parsed = QuickEntry::parse(entry->text());
    if (!parsed.ok()) { // the text stays in the entry to be corrected
        m_console->showMessage(parsed.error, 10000);
        QApplication::beep();
        return;
    }
    // Cleared only once the event is committed or safely pending: nothing typed is lost.
    const EventAttachment image = entry->image();
    const AppendResult result =
        e->observe(parsed.text, parsed.category, parsed.author, m_console->currentStep(), image);
    if (!m_console->report(result))
        return;
    entry->clear();
    // The keys drive the drill again; N brings the entry back.
    m_console->outline()->setFocus(Qt::OtherFocusReason);
    if (!image.isEmpty()) {
        if (auto stored = m_console->session()->drills().attachments(e->drill().id))
            for (const EventAttachment &a : stored.value())
                if (a.eventId == result.event.id)
                    m_console->log()->addAttachment(a);
        entry->clearImage();
    }
}
