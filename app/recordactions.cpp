// The Record menu (see recordactions.h).
#include "recordactions.h"

#include "actionitemsdialog.h"
#include "annotationdialog.h"
#include "consolelogpanel.h"
#include "consoleshortcuts.h"
#include "drillconsole.h"
#include "drillengine.h"
#include "drillsession.h"
#include "drillstore.h"
#include "eventlogmodel.h"
#include "interfacedates.h"
#include "observationeditdialog.h"
#include "observationentry.h"
#include "scorecarddialog.h"
#include "signoffdialog.h"

#include <QDateTime>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPixmap>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordActions::RecordActions(DrillConsole *console, QObject *parent)
    : QObject(parent), m_console(console)
{}

QWidget *RecordActions::window() const
{
    return m_console->window();
}

void RecordActions::addTo(QMenu *record, ConsoleShortcuts &shortcuts)
{
    using K = QKeySequence;
    QTreeView *logView = m_console->logPanel()->view();
    // Edit and Delete act on the log's selected row; their keys work where the log has focus.
    QAction *edit =
        record->addAction(tr("&Edit Observation…"), this, &RecordActions::editSelectedObservation);
    edit->setShortcut(K(Qt::Key_F2));
    QAction *remove = record->addAction(tr("&Delete Observation…"), this,
                                        &RecordActions::deleteSelectedObservation);
    remove->setShortcut(K(K::Delete));
    QAction *image = record->addAction(tr("&View Image"), this, &RecordActions::viewSelectedImage);
    image->setShortcut(K(Qt::SHIFT | Qt::Key_Return));
    for (QAction *a : {edit, remove, image}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        logView->addAction(a);
        shortcuts.needsDrill(a);
        shortcuts.append(a);
    }
    logView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(logView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(EventLogModel::AttachmentIdRole).toLongLong() > 0)
            viewSelectedImage();
        else if (index.data(EventLogModel::IsObservationRole).toBool())
            editSelectedObservation();
    });
    record->addSeparator();
    shortcuts.needsDrill(shortcuts.add(record, tr("&Annotate Step…"), {K(Qt::Key_A)}, this,
                                       &RecordActions::annotateFocusedStep));
    shortcuts.needsDrill(shortcuts.add(record, tr("Action &Items…"),
                                       {K(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, this,
                                       &RecordActions::showActionItems));
    shortcuts.needsDrill(shortcuts.add(record, tr("&Scorecard…"),
                                       {K(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, this,
                                       &RecordActions::showScorecard));

    record->addSeparator();
    m_signOff = record->addAction(tr("Sign &Off…"), this, &RecordActions::showSignOff);
    m_signOff->setToolTip(tr("Vouch for the record of a drill that has ended"));
    m_signOff->setEnabled(false);
    // A drill ends by Finish, Abort or a resume of an ended one: checked as the menu opens.
    connect(record, &QMenu::aboutToShow, this, [this] {
        DrillEngine *e = m_console->engine();
        m_signOff->setEnabled(e && Drill::isEnded(e->state()));
    });

    auto *dropImage = new QAction(tr("Remove the Attached Image"), window());
    dropImage->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(dropImage, &QAction::triggered, m_console->observationEntry(),
            &ObservationEntry::clearImage);
    window()->addAction(dropImage);
    shortcuts.append(dropImage);
}

QStringList RecordActions::drillNames() const
{
    QStringList names;
    if (DrillEngine *e = m_console->engine()) {
        names.append(e->drill().facilitator);
        for (const Participant &p : e->drill().participants)
            names.append(p.name);
    }
    names += m_console->log()->authors();
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QString RecordActions::drillLabel(const DrillSession *session, qint64 drillId)
{
    if (session)
        if (auto d = session->drills().drill(drillId))
            return tr("%1 #%2, %3")
                .arg(d->environment)
                .arg(d->iteration)
                .arg(InterfaceDates::date(
                    QDateTime::fromMSecsSinceEpoch(d->createdMs).toLocalTime().date()));
    return tr("drill %1").arg(drillId);
}

bool RecordActions::editObservation(qint64 observationId, const QString &text,
                                    const QString &category, const QString &author,
                                    const QString &stepId)
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return false;
    if (!m_console->report(e->editObservation(observationId, text, category, author, stepId)))
        return false;
    m_console->showMessage(tr("Observation changed — the original stays in the log"), 5000);
    m_console->refresh();
    return true;
}

bool RecordActions::deleteObservation(qint64 observationId, const QString &reason)
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return false;
    if (!m_console->report(e->deleteObservation(observationId, reason)))
        return false;
    m_console->showMessage(tr("Observation deleted — it stays in the log, struck through"), 5000);
    m_console->refresh();
    return true;
}

bool RecordActions::annotateStep(const QString &stepId, const QString &text, bool onProjector)
{
    DrillEngine *e = m_console->engine();
    if (!e || !m_console->report(e->annotate(stepId, text, onProjector)))
        return false;
    m_console->refresh();
    return true;
}

bool RecordActions::removeAnnotation(const QString &stepId)
{
    DrillEngine *e = m_console->engine();
    if (!e || !m_console->report(e->removeAnnotation(stepId)))
        return false;
    m_console->refresh();
    return true;
}

bool RecordActions::recordScore(const QString &criterion, int score, const QString &comment)
{
    DrillEngine *e = m_console->engine();
    return e && m_console->report(e->recordScore(criterion, score, comment));
}

bool RecordActions::signOff(const SignOff &signOff)
{
    DrillEngine *e = m_console->engine();
    if (!e || !m_console->report(e->signOff(signOff)))
        return false;
    m_console->showMessage(
        tr("Signed off by %1 (%2)").arg(signOff.name.trimmed(), signOff.role.trimmed()), 5000);
    m_console->refresh();
    return true;
}

void RecordActions::showSignOff()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    if (!Drill::isEnded(e->state())) {
        m_console->showMessage(tr("A drill is signed off once it has finished or was aborted"),
                               6000);
        return;
    }
    QStringList roles = e->runbook().roles;
    for (const Participant &p : e->drill().participants)
        roles << p.role;
    const QList<Step> steps = e->runbook().allSteps();
    for (const Step &step : steps)
        roles << step.role;
    roles.removeDuplicates();
    SignOffDialog dialog(e->author(), roles, window());
    if (dialog.exec() == QDialog::Accepted)
        signOff(dialog.signOff());
}

void RecordActions::editSelectedObservation()
{
    DrillEngine *e = m_console->engine();
    const qint64 id = m_console->logPanel()->selectedObservation();
    const ObservationLedger::Observation *o = e ? e->observations().find(id) : nullptr;
    if (!o) {
        m_console->showMessage(tr("Select a stored observation in the log first"), 5000);
        return;
    }
    if (o->deleted) {
        m_console->showMessage(tr("A deleted observation cannot change any more"), 5000);
        return;
    }
    ObservationEditDialog dialog(*o, m_console->runbook(), drillNames(), window());
    if (dialog.exec() == QDialog::Accepted)
        editObservation(id, dialog.text(), dialog.category(), dialog.author(), dialog.stepId());
}

void RecordActions::deleteSelectedObservation()
{
    DrillEngine *e = m_console->engine();
    const qint64 id = m_console->logPanel()->selectedObservation();
    const ObservationLedger::Observation *o = e ? e->observations().find(id) : nullptr;
    if (!o || o->deleted) {
        m_console->showMessage(tr("Select an observation in the log to delete"), 5000);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        window(), tr("Delete observation"),
        tr("Delete “%1”?\nIt stays in the log, struck through. Why (optional):").arg(o->text),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        deleteObservation(id, reason);
}

void RecordActions::viewSelectedImage()
{
    const qint64 attachmentId = m_console->logPanel()->selectedAttachment();
    DrillSession *session = m_console->session();
    if (!session || attachmentId <= 0) {
        m_console->showMessage(tr("The selected row has no image"), 4000);
        return;
    }
    const auto image = session->drills().attachment(attachmentId);
    QPixmap pixmap;
    if (!image || !pixmap.loadFromData(image->data)) {
        m_console->showMessage(
            image ? tr("The stored image cannot be shown") : image.error().message, 8000);
        return;
    }
    auto *viewer = new QDialog(window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(
        tr("Image — %1, %2").arg(image->mimeType, EventAttachment::sizeText(image->size)));
    auto *label = new QLabel(viewer);
    label->setPixmap(pixmap);
    auto *scroll = new QScrollArea(viewer);
    scroll->setWidget(label);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(scroll);
    viewer->resize(std::min(pixmap.width() + 40, 1400), std::min(pixmap.height() + 40, 900));
    viewer->open();
}

void RecordActions::annotateFocusedStep()
{
    DrillEngine *e = m_console->engine();
    const Step *step = m_console->runbook().findStep(m_console->focusedStep());
    if (!e || !step)
        return;
    const AnnotationLedger::Annotation *a = e->annotations().find(step->id);
    AnnotationDialog dialog(step->title, a ? a->text : QString(), a && a->onProjector, a, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested())
        removeAnnotation(step->id);
    else
        annotateStep(step->id, dialog.text(), dialog.onProjector());
}

void RecordActions::showActionItems()
{
    DrillEngine *e = m_console->engine();
    DrillSession *session = m_console->session();
    if (!e || !session)
        return;
    ActionItemsDialog dialog(
        session->actionItems(), e->drill().id, e->drill().runbookId,
        [session](qint64 id) { return drillLabel(session, id); }, &DrillEngine::systemClock,
        window());
    dialog.exec();
}

void RecordActions::showScorecard()
{
    DrillEngine *e = m_console->engine();
    if (!e)
        return;
    if (m_console->runbook().evaluation.isEmpty()) {
        m_console->showMessage(
            tr("This runbook has no evaluation criteria (add `evaluation:` to rate a drill)"),
            8000);
        return;
    }
    // Window-modal but not blocking: it opens by itself after Finish.
    auto *dialog = new ScorecardDialog(m_console->runbook().evaluation, e->scorecard(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DrillConsole::Batch batch(m_console);
        const QList<ScorecardDialog::Rating> ratings = dialog->changedRatings();
        qsizetype stored = 0;
        for (const ScorecardDialog::Rating &r : ratings)
            stored += recordScore(r.criterion, r.score, r.comment) ? 1 : 0;
        if (stored == ratings.size())
            m_console->showMessage(tr("%n rating(s) recorded", nullptr, int(stored)), 5000);
    });
    dialog->open();
}
