// The facilitator's console inside the main window (see drillconsole.h).
#include "drillconsole.h"

#include "audiencestate.h"
#include "audiencewindow.h"
#include "consolelogpanel.h"
#include "consoleoutline.h"
#include "drillclockpanel.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "firststepshint.h"
#include "focusedcontrolkeys.h"
#include "injectspanel.h"
#include "observationentry.h"
#include "quickentry.h"
#include "runbookmodel.h"
#include "runbooktextbrowser.h"
#include "secondticker.h"
#include "stepdetailview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DrillConsole::DrillConsole(QMainWindow *window)
    : QObject(window), m_window(window), m_model(new RunbookModel(this)),
      m_log(new EventLogModel(this)), m_outline(new ConsoleOutline(m_model, window)),
      m_stepView(new StepDetailView(window)), m_clocks(new DrillClockPanel(window)),
      m_injects(new InjectsPanel(window)), m_scenario(new RunbookTextBrowser(window)),
      m_logPanel(new ConsoleLogPanel(m_log, window)),
      m_observationEntry(new ObservationEntry(window)), m_imageNote(new QLabel(window)),
      m_firstSteps(new FirstStepsHint(window)), m_banner(new QLabel(window)),
      m_referenceLoader(new ReferenceRunLoader(this))
{
    connect(m_referenceLoader, &ReferenceRunLoader::loaded, this,
            [this](const ReferenceRunLoader::Result &result) {
                // A database that cannot be read again (result.problem) has no ghost: the
                // console runs the drill as before.
                m_references = result;
                refresh();
            });
    m_banner->setTextFormat(Qt::PlainText); // messages, never markup
    // Tab goes from the log's filters to the observation entry, then to "Selected step only".
    QWidget::setTabOrder(m_observationEntry, m_logPanel->stepOnlyBox());
    createLayout();
    // The Actual column counts up with the clocks, on their wake-up.
    connect(m_clocks->ticker(), &SecondTicker::tick, m_model, &RunbookModel::setSinceSnapshot);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DrillConsole::showSelectedStep);
    connect(m_logPanel, &ConsoleLogPanel::stepOnlyToggled, this,
            [this](bool on) { m_logPanel->setStepFilter(on ? m_focusStep : QString()); });

    m_imageNote->hide();
    m_imageNote->setAccessibleName(tr("Image to attach"));
    connect(m_observationEntry, &ObservationEntry::imageChanged, this,
            [this](bool attached, const QString &description) {
                m_imageNote->setText(
                    tr("Image: %1 (Ctrl+Shift+Backspace removes it)").arg(description));
                m_imageNote->setVisible(attached);
            });
    connect(m_observationEntry, &ObservationEntry::imageRefused, this,
            [this](const QString &message) {
                showMessage(message, 10000);
                QApplication::beep();
            });
}

void DrillConsole::createLayout()
{
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #B71C1C; color: white; padding: 8px; "
                            u"font-weight: bold; }"_s);
    m_banner->hide();

    m_observationEntry->setPlaceholderText(
        tr("Observation — N to type, Enter logs it. Prefixes: ! issue  ? question  + action "
           "item  ~ improvement  * automation candidate  @name who said it"));
    m_observationEntry->setAccessibleName(tr("Observation entry"));
    m_observationEntry->setMaxLength(QuickEntry::maxTextLength + 200); // parse says why

    auto *centre = new QWidget(m_window);
    auto *centreLayout = new QVBoxLayout(centre);
    m_centreLayout = centreLayout;
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_clocks);
    centreLayout->addWidget(m_firstSteps);
    centreLayout->addWidget(m_stepView, 1);
    centreLayout->addWidget(m_observationEntry);
    centreLayout->addWidget(m_imageNote);

    auto *splitter = new QSplitter(m_window);
    splitter->addWidget(m_outline);
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 400}); // shares: the outline's titles need the room
    m_window->setCentralWidget(splitter);
    m_outline->setColumnHidden(RunbookModel::AutomationColumn, true);

    m_scenario->setAccessibleName(tr("Scenario (facilitator only)"));
    auto addDock = [this](QWidget *content, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, m_window);
        dock->setObjectName(name);
        dock->setWidget(content);
        m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    FocusedControlKeys::install(m_injects);
    QDockWidget *log = addDock(m_logPanel, tr("Log"), u"log"_s);
    QDockWidget *injects = addDock(m_injects, tr("Injects (facilitator only)"), u"injects"_s);
    QDockWidget *scenario = addDock(m_scenario, tr("Scenario (facilitator only)"), u"scenario"_s);
    m_window->tabifyDockWidget(injects, scenario);
    injects->raise();
    m_window->resizeDocks({log, injects}, {500, 400}, Qt::Vertical);
}

DrillSession *DrillConsole::session() const
{
    return m_session;
}

void DrillConsole::setSession(DrillSession *session)
{
    m_session = session;
    m_referencesFor = -1; // another database: its drills' references are looked for again
    m_references = {};
}

void DrillConsole::addBelowStep(QWidget *part)
{
    // Twice the step's share: the step needs its title and command, the output the room.
    m_centreLayout->insertWidget(m_centreLayout->indexOf(m_stepView) + 1, part, 2);
}

void DrillConsole::setProjector(AudienceWindow *projector)
{
    m_projector = projector;
}

DrillEngine *DrillConsole::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void DrillConsole::connectSession()
{
    if (!m_session)
        return;
    disconnect(m_session, &DrillSession::actionItemFailed, this, nullptr);
    connect(m_session, &DrillSession::actionItemFailed, this, [this](const QString &message) {
        showMessage(message, 15000);
        QApplication::beep();
    });
}

void DrillConsole::setRunbookFile(const QString &path, const QByteArray &source)
{
    m_runbookPath = path;
    m_runbookSource = source;
}

void DrillConsole::showMessage(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void DrillConsole::setStorageProblem(const QString &message)
{
    m_storageProblem = message;
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

void DrillConsole::setFirstStepsShown(bool shown)
{
    m_firstSteps->setVisible(shown);
}

void DrillConsole::showDrill(DrillEngine *e)
{
    m_model->setRunbook(m_runbook);
    m_log->setRunbook(m_runbook);
    m_log->setEvents(e ? e->committedEvents() + e->pendingEvents() : QList<DrillEvent>{});
    m_observationEntry->clearImage();
    connectSession();
    if (e) {
        if (auto images = m_session->drills().attachments(e->drill().id))
            m_log->setAttachments(images.value());
        else
            showMessage(images.error().message, 10000);
    }
    m_outline->expandAll();
    m_scenario->setRunbookMarkdown(m_runbook.scenario);
    m_focusStep.clear();
    if (e) {
        connect(e, &DrillEngine::eventAppended, this, &DrillConsole::onEventAppended,
                Qt::UniqueConnection);
        connect(e, &DrillEngine::eventPending, this, &DrillConsole::onEventAppended,
                Qt::UniqueConnection);
        connect(e, &DrillEngine::storageFailed, this, [this](const QString &message) {
            // The engine's message says what failed, that it retries and how to export.
            m_banner->setText(tr("%1 Do not close DrillDeck while this shows.").arg(message));
            m_banner->show();
        });
        connect(e, &DrillEngine::eventRejected, this,
                [this](const QString &message) { showMessage(message, 8000); });
        const QStringList running = e->currentSteps();
        m_focusStep = running.isEmpty() ? e->nextStep() : running.constFirst();
        e->setAutoStartReady(m_autoStartReady);
        // Injects cued before this console opened the drill are not said again.
        const QStringList cued = e->replay().readyInjects();
        m_cuedInjects = QSet<QString>(cued.cbegin(), cued.cend());
    }
    if (m_focusStep.isEmpty() && !m_runbook.phases.isEmpty() &&
        !m_runbook.phases.constFirst().steps.isEmpty())
        m_focusStep = m_runbook.phases.constFirst().steps.constFirst().id;
    if (e)
        m_model->setRewrittenSteps(e->replay().rewrittenSteps());
    loadReference(e);
    refresh();
}

void DrillConsole::loadReference(DrillEngine *e)
{
    const qint64 drillId = e ? e->drill().id : 0;
    if (drillId == m_referencesFor)
        return; // once per drill
    m_referencesFor = drillId;
    m_references = {};
    if (!e || !m_session)
        return;
    ReferenceRunLoader::Request request;
    request.databasePath = m_session->databasePath();
    request.runbookId = e->drill().runbookId;
    request.environment = e->drill().environment;
    request.excludedDrillId = drillId;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    m_referenceLoader->start(request);
}

void DrillConsole::waitForReference()
{
    m_referenceLoader->wait();
}

void DrillConsole::setReferenceChoice(ReferenceRun::Choice choice)
{
    if (choice == m_referenceChoice)
        return;
    m_referenceChoice = choice;
    refresh();
}

void DrillConsole::derivePace(const DrillMetrics &metrics)
{
    DrillEngine *e = engine();
    const std::optional<ReferenceRun> &reference =
        m_referenceChoice == ReferenceRun::Choice::Best ? m_references.best : m_references.last;
    if (!e || !reference || e->drill().id != m_referencesFor) {
        m_ghost = {};
        return;
    }
    QStringList running = e->currentSteps();
    if (running.removeOne(m_focusStep)) // the step shown large first, as on the projector
        running.prepend(m_focusStep);
    m_ghost = GhostPace(*reference, metrics, e->replay().pauses(), running);
}

void DrillConsole::onEventAppended(const DrillEvent &event)
{
    m_log->append(event);
    if (DrillEvent::isRewriteKind(event.kind))
        applyRewrittenProcedure();
    if (engine() && !engine()->hasPending() && m_storageProblem.isEmpty())
        m_banner->hide();
    if (m_batchDepth > 0) { // one key, several events: the action refreshes once at its end
        m_refreshDue = true;
        return;
    }
    refresh();
}

bool DrillConsole::report(const AppendResult &result)
{
    if (result.rejected()) {
        showMessage(result.message, 8000);
        QApplication::beep();
        return false;
    }
    return true;
}

void DrillConsole::refresh()
{
    m_refreshDue = false;
    DrillEngine *e = engine();
    DrillMetrics metrics;
    if (e) {
        metrics = e->metrics(); // derived once per change, shared by every view
        m_model->setMetrics(metrics);
        m_model->setReadySteps(readySteps());
        m_model->setWaitingSteps(e->replay().waitingSteps());
        m_clocks->setMetrics(m_runbook, metrics, e->currentSteps());
        derivePace(metrics);
        m_clocks->setGhost(m_ghost);
        m_injects->setInjects(m_runbook.injects, e->replay().revealedInjects());
        const QStringList readyInjects = e->replay().readyInjects();
        m_injects->setReadyInjects(readyInjects);
        for (const QString &id : readyInjects)
            if (!m_cuedInjects.contains(id)) { // once: the injects panel keeps the cue
                m_cuedInjects.insert(id);
                for (const Inject &inject : std::as_const(m_runbook.injects))
                    if (inject.id == id)
                        showMessage(InjectsPanel::cueText(inject.title), 30000);
            }
    } else {
        m_model->clearMetrics();
        m_model->setWaitingSteps({});
        // No drill yet: the clocks give the runbook's objective, as the projector does.
        DrillMetrics objectives;
        objectives.rtoTargetMs = m_runbook.rtoSeconds * 1000;
        objectives.rpoTargetMs = m_runbook.rpoSeconds * 1000;
        m_clocks->setMetrics(m_runbook, objectives, {});
        m_ghost = {};
        m_clocks->setGhost(m_ghost);
        m_injects->setInjects(m_runbook.injects, {});
        m_injects->setReadyInjects({});
    }
    QSet<QString> annotated;
    if (e)
        for (const AnnotationLedger::Annotation &a : e->annotations().annotations())
            annotated.insert(a.stepId);
    m_outline->setAnnotatedSteps(annotated);
    showStep(m_focusStep);
    if (m_projector)
        m_projector->setState(audienceState(metrics));
}

AudienceState DrillConsole::audienceState(const DrillMetrics &metrics) const
{
    AudienceState::Progress p;
    if (DrillEngine *e = engine()) {
        p.environment = e->drill().environment;
        p.iteration = e->drill().iteration;
        p.participants = e->drill().participants;
        QStringList running = e->currentSteps();
        // The step the facilitator looks at is the one shown large.
        if (running.removeOne(m_focusStep))
            running.prepend(m_focusStep);
        for (const QString &id : std::as_const(running))
            if (const StepMetrics *m = metrics.step(id))
                p.runningSteps.append({id, m->actualMs});
        for (const StepMetrics &m : metrics.steps)
            if (m.status == StepStatus::Done || m.status == StepStatus::Skipped ||
                m.status == StepStatus::NotTaken)
                p.doneStepIds.insert(m.stepId);
        for (const StepMetrics &m : metrics.steps)
            if (m.status == StepStatus::Skipped)
                p.skippedStepIds.insert(m.stepId);
            else if (m.status == StepStatus::NotTaken)
                p.notTakenStepIds.insert(m.stepId);
        p.revealedInjectIds = e->replay().revealedInjects();
        p.rewrittenStepIds = e->replay().rewrittenSteps();
        for (const QString &id : e->replay().waitingSteps())
            p.waitingStepIds.insert(id);
        p.drillElapsedMs = metrics.activeMs;
        p.clockRunning = metrics.state == Drill::State::Running;
        p.paused = metrics.state == Drill::State::Paused;
        p.finished = Drill::isEnded(metrics.state);
        p.rto = RtoCountdown::fromMetrics(metrics);
        p.readyStepIds = readySteps();
        p.rtoStatus = metrics.rtoStatus();
        p.rpoMs = metrics.rpoMs;
        // Observations as they stand: edits applied, deleted ones gone from the room.
        const QList<ObservationLedger::Observation> current = m_log->ledger().current();
        for (const ObservationLedger::Observation &o : current)
            p.observations.append(
                {EventLogModel::clockTime(o.timeMs), QuickEntry::prefixOf(o.category) + o.text});
        // Only the notes the facilitator ticked for the projector.
        QStringList order;
        const QList<Step> steps = m_runbook.allSteps();
        for (const Step &step : steps)
            order.append(step.id);
        p.pinnedAnnotations = e->annotations().projectorTexts(order);
        p.ghost = m_ghost;
    }
    return AudienceState::fromRunbook(m_runbook, p);
}

QStringList DrillConsole::readySteps() const
{
    DrillEngine *e = engine();
    const bool going =
        e && (e->state() == Drill::State::Running || e->state() == Drill::State::Paused);
    return going ? e->readySteps() : QStringList();
}

void DrillConsole::setAutoStartReady(bool on)
{
    m_autoStartReady = on;
    if (DrillEngine *e = engine())
        e->setAutoStartReady(on);
}

QString DrillConsole::currentStep() const
{
    DrillEngine *e = engine();
    if (!e)
        return {};
    const QStringList running = e->currentSteps();
    if (running.contains(m_focusStep))
        return m_focusStep;
    return running.value(0);
}

void DrillConsole::showStep(const QString &stepId)
{
    const Step *step = m_runbook.findStep(stepId);
    if (!step) {
        m_stepView->clear();
        Q_EMIT stepShown({});
        return;
    }
    m_stepView->setStep(*step, m_runbook.phaseOfStep(stepId)->title);
    showAnnotation();
    m_outline->follow(m_model->indexOfStep(stepId));
    Q_EMIT stepShown(stepId);
}

void DrillConsole::showSelectedStep()
{
    const QString id = m_outline->selectedStep();
    if (id.isEmpty())
        return;
    m_focusStep = id;
    showStep(id);
    if (m_logPanel->isStepOnly())
        m_logPanel->setStepFilter(id);
    if (m_projector && engine() && engine()->currentSteps().contains(id)) {
        const DrillMetrics metrics = engine()->metrics();
        derivePace(metrics); // the step shown large changed
        m_clocks->setGhost(m_ghost);
        m_projector->setState(audienceState(metrics));
    }
}

void DrillConsole::showAnnotation()
{
    const AnnotationLedger::Annotation *a =
        engine() ? engine()->annotations().find(m_focusStep) : nullptr;
    m_stepView->setAnnotation(a ? a->text : QString(), a && a->onProjector);
}

void DrillConsole::applyRewrittenProcedure()
{
    DrillEngine *e = engine();
    if (!e)
        return;
    m_runbook = e->runbook();
    m_model->setRunbook(m_runbook);
    m_model->setRewrittenSteps(e->replay().rewrittenSteps());
    m_log->setRunbook(m_runbook);
    m_outline->expandAll();
    if (!m_runbook.findStep(m_focusStep)) {
        const QStringList running = e->currentSteps();
        m_focusStep = running.isEmpty() ? e->nextStep() : running.constFirst();
    }
}
