// Running a step's command from the console (see commandactions.h).
#include "commandactions.h"

#include "commandevidence.h"
#include "commandoutputview.h"
#include "commandrun.h"
#include "commandspec.h"
#include "consoleshortcuts.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillevent.h"
#include "drillreplay.h"
#include "runbookloader.h"
#include "runbooktrust.h"
#include "runbooktrustdialog.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStackedWidget>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
// What runs and where: the timeout aside (a rewritten `expected` changes it, harmlessly).
bool sameCommand(const CommandSpec &a, const CommandSpec &b)
{
    return a.command == b.command && a.verifyCommand == b.verifyCommand && a.shell == b.shell &&
           a.workingDirectory == b.workingDirectory && a.environment == b.environment;
}
} // namespace

CommandActions::CommandActions(DrillConsole *console, QObject *parent)
    : QObject(parent), m_console(console), m_outputs(new QStackedWidget(console->window()))
{
    m_outputs->setObjectName(u"commandOutputs"_s);
    m_outputs->hide();
    m_console->addBelowStep(m_outputs);
    connect(m_console, &DrillConsole::stepShown, this, &CommandActions::showRunOf);
}

CommandActions::~CommandActions() = default; // the runs are children: each kills its group

void CommandActions::addTo(QMenu *drill, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    drill->addSeparator();
    QAction *run =
        shortcuts.needsDrill(shortcuts.add(drill, tr("Run Step's Command"), {K(Qt::Key_X)}, this,
                                           &CommandActions::runFocusedStepCommand));
    run->setToolTip(tr("Run the command of the step in view (an automated or scripted step), "
                       "once the runbook file is trusted; passing completes the step"));
    run->setStatusTip(run->toolTip());
    QAction *cancel = shortcuts.needsDrill(
        shortcuts.add(drill, tr("Cancel Step's Command"), {K(Qt::SHIFT | Qt::Key_X)}, this,
                      &CommandActions::cancelFocusedStepCommand));
    cancel->setToolTip(tr("Stop the command of the step in view: TERM to its processes, KILL "
                          "after a grace period"));
    cancel->setStatusTip(cancel->toolTip());
}

void CommandActions::runFocusedStepCommand()
{
    DrillEngine *e = m_console->engine();
    const QString stepId = m_console->focusedStep();
    const Step *step = m_console->runbook().findStep(stepId);
    if (!e || !step)
        return;
    auto refuse = [this](const QString &message) {
        m_console->showMessage(message, 10000);
        QApplication::beep();
    };
    if (step->command.isEmpty())
        return refuse(tr("“%1” has no command to run").arg(step->title));
    if (step->automation == Step::Automation::Manual)
        return refuse(tr("“%1” is a manual step: its command is for a person to type "
                         "(Ctrl+Shift+C copies it). X runs the commands of automated and "
                         "scripted steps.")
                          .arg(step->title));
    if (m_runs.contains(stepId))
        return refuse(tr("The command of “%1” is running — Shift+X cancels it").arg(step->title));
    if (Drill::isEnded(e->state()))
        return refuse(tr("This drill has ended; Ctrl+N starts a new one"));
    if (e->state() == Drill::State::Paused)
        return refuse(tr("The drill is paused — P resumes it"));
    switch (e->stepStatus(stepId)) {
    case StepStatus::Done:
    case StepStatus::Skipped:
        return refuse(tr("“%1” is finished; Page Up reopens it").arg(step->title));
    case StepStatus::Blocked:
        return refuse(tr("“%1” is blocked — K unblocks it").arg(step->title));
    case StepStatus::NotTaken:
        return refuse(tr("“%1” is on a branch the decision did not take").arg(step->title));
    case StepStatus::NotStarted:
    case StepStatus::Running:
        break;
    }
    // A step that cannot start (its dependencies are not done) is said before trust is asked.
    if (e->state() == Drill::State::Running && e->stepStatus(stepId) == StepStatus::NotStarted) {
        DrillEvent start;
        start.kind = DrillEvent::Kind::StepStarted;
        start.stepId = stepId;
        start.drillId = e->drill().id;
        start.author = e->author();
        start.timeMs = std::numeric_limits<qint64>::max(); // only whether it may start, not when
        if (const QString refusal = e->check(start); !refusal.isEmpty())
            return refuse(refusal);
    }
    CommandSpec spec;
    QString why;
    if (!trustedSpec(stepId, &spec, &why)) {
        if (!why.isEmpty())
            refuse(why);
        return;
    }
    {
        const DrillConsole::Batch batch(m_console);
        if (e->state() == Drill::State::Planned && !m_console->report(e->start()))
            return;
        if (e->stepStatus(stepId) == StepStatus::NotStarted &&
            !m_console->report(e->startStep(stepId)))
            return;
        m_console->refreshWhenBatchEnds();
    }
    start(stepId, spec);
}

// The file is read again now: trust is for its bytes as they are, and what runs is what it says.
bool CommandActions::trustedSpec(const QString &stepId, CommandSpec *spec, QString *why)
{
    const QString path = m_console->runbookPath();
    const Step *step = m_console->runbook().findStep(stepId);
    if (path.isEmpty()) {
        *why = tr("This drill runs its stored runbook revision, not a file: commands run only "
                  "from a runbook file you trust. Ctrl+Shift+C copies the command to run it by "
                  "hand.");
        return false;
    }
    const RunbookLoadResult file = RunbookLoader::loadFile(path);
    if (!file.ok()) {
        *why = tr("%1 cannot be read now, so none of its commands runs: %2")
                   .arg(QFileInfo(path).fileName(), file.diagnostics.isEmpty()
                                                        ? QString()
                                                        : file.diagnostics.constFirst().toString());
        return false;
    }
    const QString directory = QFileInfo(path).absolutePath();
    *spec = CommandSpec::forStep(m_console->runbook(), *step, directory);
    const Step *fileStep = file.runbook->findStep(stepId);
    if (!fileStep ||
        !sameCommand(*spec, CommandSpec::forStep(*file.runbook, *fileStep, directory))) {
        *why = tr("The command of “%1” is not the one %2 has now (rewritten during the drill, or "
                  "the file changed): only a trusted file's own commands run. Ctrl+Shift+C "
                  "copies it to run it by hand.")
                   .arg(step->title, QFileInfo(path).fileName());
        return false;
    }
    QSettings settings;
    RunbookTrust trust(settings);
    const QString sha256 = RunbookTrust::sha256Of(file.source);
    if (trust.isTrusted(sha256))
        return true;
    RunbookTrustDialog dialog(path, sha256, *file.runbook, directory, m_console->window());
    if (dialog.exec() != QDialog::Accepted) {
        *why = tr("Not trusted: nothing ran");
        return false;
    }
    trust.trust(sha256, path);
    return true;
}

void CommandActions::start(const QString &stepId, const CommandSpec &spec)
{
    DrillEngine *e = m_console->engine();
    auto *run = new CommandRun(spec, this);
    CommandOutputView *view = viewFor(stepId);
    connect(run, &CommandRun::output, view,
            [view](CommandRun::Channel channel, const QString &text) {
                view->append(channel == CommandRun::Channel::StandardError
                                 ? CommandOutputView::Stream::Error
                                 : CommandOutputView::Stream::Output,
                             text);
            });
    connect(run, &CommandRun::finished, this,
            [this, stepId, engine = QPointer<DrillEngine>(e)](const CommandEvidence &evidence) {
                finished(stepId, engine, evidence);
            });
    connect(view, &CommandOutputView::cancelRequested, run, &CommandRun::cancel);
    m_runs.insert(stepId, run);
    view->startRun(spec.timeoutMs, spec.outputCapBytes, QDateTime::currentMSecsSinceEpoch());
    showRunOf(m_console->focusedStep());
    m_console->showMessage(
        tr("Running the command of “%1”").arg(m_console->runbook().findStep(stepId)->title), 6000);
    run->start(); // a run that cannot start says so through finished()
}

void CommandActions::finished(const QString &stepId, const QPointer<DrillEngine> &engine,
                              const CommandEvidence &evidence)
{
    if (CommandRun *run = m_runs.take(stepId)) {
        disconnect(m_views.value(stepId), nullptr, run, nullptr);
        run->deleteLater();
    }
    if (CommandOutputView *view = m_views.value(stepId))
        view->finishRun(evidence);
    if (!engine) // the drill was closed meanwhile
        return;
    const Step *step = engine->runbook().findStep(stepId);
    const QString title = step ? step->title : stepId;
    const QString outcome = CommandOutputView::outcomeLine(evidence);
    const DrillConsole::Batch batch(m_console);
    // The evidence first, whatever the outcome: the record says what ran and how it ended.
    if (!m_console->report(engine->recordCommandRun(evidence, stepId)))
        return;
    if (evidence.passed()) {
        if (m_console->report(engine->completeStep(stepId)))
            m_console->showMessage(tr("“%1”: %2 — step done").arg(title, outcome), 10000);
    } else {
        m_console->showMessage(tr("“%1”: %2 — the step stays running: X retries, D completes it "
                                  "by hand, S skips it")
                                   .arg(title, outcome));
        QApplication::beep();
    }
}

void CommandActions::cancelFocusedStepCommand()
{
    const QString stepId = m_console->focusedStep();
    if (CommandRun *run = m_runs.value(stepId)) {
        m_console->showMessage(tr("Cancelling the command…"), 4000);
        run->cancel();
        return;
    }
    m_console->showMessage(tr("No command of the step in view is running"), 4000);
}

CommandOutputView *CommandActions::viewFor(const QString &stepId)
{
    if (CommandOutputView *view = m_views.value(stepId))
        return view;
    auto *view = new CommandOutputView(m_outputs);
    m_outputs->addWidget(view);
    m_views.insert(stepId, view);
    return view;
}

// The panel follows the step in view; the panels of an earlier drill go once a new one shows.
void CommandActions::showRunOf(const QString &stepId)
{
    if (m_engine != m_console->engine()) {
        m_engine = m_console->engine();
        for (auto it = m_views.begin(); it != m_views.end();) {
            if (m_runs.contains(it.key())) {
                ++it;
                continue;
            }
            delete it.value();
            it = m_views.erase(it);
        }
    }
    CommandOutputView *view = m_views.value(stepId);
    if (!view && m_engine) {
        // A run of an earlier session (the drill resumed): its record, as the log keeps it.
        if (const auto last = m_engine->replay().lastCommandEvidence(stepId)) {
            view = viewFor(stepId);
            view->finishRun(*last);
        }
    }
    if (view)
        m_outputs->setCurrentWidget(view);
    m_outputs->setVisible(view != nullptr);
}
