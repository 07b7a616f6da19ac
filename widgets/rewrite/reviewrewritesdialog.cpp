#include "reviewrewritesdialog.h"

#include "rewritehistory.h"

#include "drillengine.h"
#include "eventlogmodel.h"
#include "rewritediff.h"
#include "rewrittenrunbooksaver.h"
#include "runbookrevisionstore.h"
#include "shownpath.h"
#include "steprewrite.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int EventRole = Qt::UserRole; // index into the rewrite events; -1: the file
constexpr int FileRow = -1;

// What a rewrite did, as the console's undo stack saw it (RewriteHistory): a redo is a redo,
// though the log marks it `undo` like the undo it takes back.
QString kindText(const DrillEvent &e, RewriteHistory::Role role)
{
    using Role = RewriteHistory::Role;
    switch (e.kind) {
    case DrillEvent::Kind::StepEdited:
        return role == Role::Undo   ? ReviewRewritesDialog::tr("✎ edit undone")
               : role == Role::Redo ? ReviewRewritesDialog::tr("✎ edit redone")
                                    : ReviewRewritesDialog::tr("✎ edited");
    case DrillEvent::Kind::StepInserted:
        return role == Role::Undo   ? ReviewRewritesDialog::tr("+ removal undone")
               : role == Role::Redo ? ReviewRewritesDialog::tr("+ insertion redone")
                                    : ReviewRewritesDialog::tr("+ inserted");
    case DrillEvent::Kind::StepRemoved:
        return role == Role::Undo   ? ReviewRewritesDialog::tr("− insertion undone")
               : role == Role::Redo ? ReviewRewritesDialog::tr("− removal redone")
                                    : ReviewRewritesDialog::tr("− removed");
    case DrillEvent::Kind::StepMoved:
        return role == Role::Undo   ? ReviewRewritesDialog::tr("↕ move undone")
               : role == Role::Redo ? ReviewRewritesDialog::tr("↕ move redone")
                                    : ReviewRewritesDialog::tr("↕ moved");
    default:
        return {};
    }
}
} // namespace

ReviewRewritesDialog::ReviewRewritesDialog(DrillEngine *engine, RunbookRevisionStore *revisions,
                                           const QString &path, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_revisions(revisions), m_path(path),
      m_list(new QListWidget(this)), m_diff(new QTextBrowser(this)), m_heading(new QLabel(this)),
      m_status(new QLabel(this)), m_save(new QPushButton(this))
{
    setObjectName(u"reviewRewritesDialog"_s);
    setWindowTitle(tr("Review rewrites — %1").arg(engine->runbook().title));
    m_list->setObjectName(u"rewrites"_s);
    m_diff->setObjectName(u"diff"_s);
    m_list->setAccessibleName(tr("Rewrites"));
    m_diff->setAccessibleName(tr("Changes of the selected rewrite"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_diff);
    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 840});

    m_save->setText(path.isEmpty() ? tr("&Store as Next Revision") : tr("&Save as Next Revision"));
    m_save->setToolTip(path.isEmpty() ? tr("Store the rewritten runbook in the database (the "
                                           "drill was resumed, so its file is not known)")
                                      : tr("Store the rewritten runbook and write it to %1")
                                            .arg(QDir::toNativeSeparators(path)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *saveAsButton = buttons->addButton(tr("Save &As…"), QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, &ReviewRewritesDialog::save);
    connect(saveAsButton, &QPushButton::clicked, this, &ReviewRewritesDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // AcceptRole would close the dialog: the result stays on screen instead.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReviewRewritesDialog::showEntry);
    fill();
    resize(1280, 760);
}

ReviewRewritesDialog::~ReviewRewritesDialog() = default;

QString ReviewRewritesDialog::status() const
{
    return m_status->text();
}

void ReviewRewritesDialog::fill()
{
    m_list->clear();
    int rewrites = 0;
    const QList<DrillEvent> events = m_engine->committedEvents() + m_engine->pendingEvents();
    const QList<RewriteHistory::Role> roles = RewriteHistory(events).roles();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const DrillEvent &e = events[i];
        const auto r = StepRewrite::fromEvent(e);
        if (!r)
            continue;
        const RewriteHistory::Role role = roles.value(rewrites, RewriteHistory::Role::Change);
        ++rewrites;
        const QString title =
            r->kind == StepRewrite::Kind::Insert ? r->after.title : r->before.title;
        auto *item = new QListWidgetItem(tr("%1  %2  %3\n%4 “%5”")
                                             .arg(EventLogModel::clockTime(e.timeMs), e.author,
                                                  r->stepId(), kindText(e, role), title),
                                         m_list);
        item->setData(EventRole, int(i));
        item->setToolTip(QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODate));
    }
    auto *file = new QListWidgetItem(
        tr("The whole file\n%n rewrite(s) since revision %1", nullptr, rewrites)
            .arg(RewrittenRunbookSaver(*m_engine, *m_revisions).startRevision().shortHash()),
        m_list);
    file->setData(EventRole, FileRow);
    QFont bold = file->font();
    bold.setBold(true);
    file->setFont(bold);
    m_status->setText(rewrites == 0
                          ? tr("No rewrites yet: the procedure is as it was loaded.")
                          : tr("%n rewrite(s). Saving stores the procedure as the "
                               "runbook's next revision%1.",
                               nullptr, rewrites)
                                .arg(m_path.isEmpty()
                                         ? QString()
                                         : tr(" and writes %1").arg(ShownPath::of(m_path))));
    m_list->setCurrentRow(0);
}

void ReviewRewritesDialog::showEntry(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const int index = item->data(EventRole).toInt();
    if (index == FileRow) {
        const RewrittenRunbookSaver saver(*m_engine, *m_revisions);
        m_heading->setText(
            tr("%1 — from revision %2 to what Save writes")
                .arg(m_path.isEmpty() ? m_engine->runbook().id + u".yaml"_s : ShownPath::of(m_path),
                     saver.startRevision().shortHash()));
        m_diff->setHtml(diffHtml(saver.startRevision().yaml, QString::fromUtf8(saver.yaml())));
        return;
    }
    const QList<DrillEvent> events = m_engine->committedEvents() + m_engine->pendingEvents();
    const DrillEvent &e = events.at(index);
    m_heading->setText(tr("%1 by %2 at %3 — step %4")
                           .arg(DrillEvent::kindName(e.kind), e.author,
                                EventLogModel::clockTime(e.timeMs), e.stepId));
    m_diff->setHtml(diffHtml(RewriteDiff::beforeText(e), RewriteDiff::afterText(e)));
}

QString ReviewRewritesDialog::diffHtml(const QString &before, const QString &after)
{
    const QList<RewriteDiff::Line> lines = RewriteDiff::unified(before, after);
    if (lines.isEmpty())
        return u"<p>"_s + tr("No difference.").toHtmlEscaped() + u"</p>"_s;
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                   "style=\"font-family: monospace; white-space: pre;\">"_s;
    for (const RewriteDiff::Line &l : lines) {
        QString style;
        switch (l.kind) {
        case RewriteDiff::Line::Kind::Hunk:
            style = u"background:#dde4f0; color:#334;"_s;
            break;
        case RewriteDiff::Line::Kind::Added:
            style = u"background:#d6f5dd; color:#0b3d16; font-weight:bold;"_s;
            break;
        case RewriteDiff::Line::Kind::Removed:
            style = u"background:#fbdcdc; color:#5c0b0b;"_s;
            break;
        case RewriteDiff::Line::Kind::Context:
            break;
        }
        html += u"<tr><td style=\""_s + style + u"\">"_s + l.toString().toHtmlEscaped() +
                u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

bool ReviewRewritesDialog::save()
{
    return saveTo(m_path, false);
}

bool ReviewRewritesDialog::saveAs()
{
    const QString path =
        m_saveAs
            ? m_saveAs()
            : QFileDialog::getSaveFileName(
                  this, tr("Save the rewritten runbook"),
                  m_path.isEmpty() ? QDir::homePath() + u'/' + m_engine->runbook().id + u".yaml"_s
                                   : m_path,
                  tr("Runbooks (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    return saveTo(path, true); // the file dialog asked before replacing a file
}

bool ReviewRewritesDialog::saveTo(const QString &path, bool overwrite)
{
    RewrittenRunbookSaver saver(*m_engine, *m_revisions);
    RewrittenRunbookSaver::Outcome outcome = saver.save(path, overwrite);
    if (outcome.status == RewrittenRunbookSaver::Outcome::Status::FileChanged) {
        ChangedFileChoice choice = ChangedFileChoice::Cancel;
        if (m_changedFile) {
            choice = m_changedFile(outcome.message);
        } else {
            QMessageBox box(QMessageBox::Warning, tr("The runbook file changed"),
                            outcome.message + u"\n\n"_s +
                                tr("Overwrite it with the rewritten runbook, save it under "
                                   "another name, or cancel?"),
                            QMessageBox::Cancel, this);
            QPushButton *overwriteButton =
                box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
            QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == overwriteButton)
                choice = ChangedFileChoice::Overwrite;
            else if (box.clickedButton() == saveAsButton)
                choice = ChangedFileChoice::SaveAs;
        }
        if (choice == ChangedFileChoice::Overwrite)
            outcome = saver.save(path, true);
        else if (choice == ChangedFileChoice::SaveAs)
            return saveAs();
        else {
            m_status->setText(tr("Not saved: %1").arg(outcome.message));
            return false;
        }
    }
    if (!outcome.saved()) {
        m_status->setText(tr("Not saved: %1").arg(outcome.message));
        return false;
    }
    m_savedPath = outcome.path;
    m_status->setText(outcome.message);
    Q_EMIT saved(outcome.path, outcome.revision.id);
    return true;
}
