#include "stepdetailview.h"

#include "commandtextedit.h"

#include "duration.h"
#include "runbooktextbrowser.h"
#include "step.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

using namespace Qt::StringLiterals;

StepDetailView::StepDetailView(QWidget *parent)
    : QWidget(parent), m_phase(new QLabel(this)), m_title(new QLabel(this)),
      m_meta(new QLabel(this)), m_instructions(new RunbookTextBrowser(this)),
      m_commandBox(new QWidget(this)), m_command(new CommandTextEdit(m_commandBox)),
      m_copy(new QToolButton(m_commandBox)), m_verifyCaption(new QLabel(this)),
      m_verify(new QLabel(this)), m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_instructions->setAccessibleName(tr("Step instructions"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phase->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped, so a long line never widens the pane at the outline's expense.
    m_phase->setWordWrap(true);
    m_meta->setWordWrap(true);
    // A QLabel guesses rich text from a `<`; a runbook's title is text, whatever it holds.
    for (QLabel *label : {m_phase, m_title, m_meta, m_verify})
        label->setTextFormat(Qt::PlainText);

    m_instructions->setFrameShape(QFrame::NoFrame);

    auto *commandLayout = new QHBoxLayout(m_commandBox);
    commandLayout->setContentsMargins(0, 0, 0, 0);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole command is readable: it wraps (at spaces, CommandTextEdit) and the box grows to
    // it, never a horizontal scrollbar that hides the end of a command.
    m_command->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_command->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_command->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &StepDetailView::fitCommandHeight);
    m_command->setAccessibleName(tr("Command"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard (Ctrl+Shift+C)"));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, &StepDetailView::copyCommand);
    commandLayout->addWidget(m_command, 1);
    commandLayout->addWidget(m_copy, 0, Qt::AlignTop);

    m_verifyCaption->setText(tr("<b>Verify</b>"));
    m_verify->setWordWrap(true);
    m_verify->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_phase);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_note);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setObjectName(u"stepNote"_s);
    m_note->setStyleSheet(u"QLabel#stepNote { background: #FFF3C4; color: #3E2C00; "
                          "border-left: 4px solid #F9A825; padding: 6px; }"_s);
    m_note->setAccessibleName(tr("Note on this step"));
    m_note->hide();
    m_decision = new QLabel(this);
    m_decision->setObjectName(u"stepDecision"_s);
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont decisionFont = font();
    decisionFont.setPointSizeF(decisionFont.pointSizeF() * 1.3);
    m_decision->setFont(decisionFont);
    m_decision->setStyleSheet(u"QLabel#stepDecision { border-left: 4px solid palette(highlight); "
                              "padding: 6px; }"_s);
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->hide();
    layout->addWidget(m_decision);
    layout->addWidget(m_instructions, 1);
    layout->addWidget(m_commandBox);
    layout->addWidget(m_verifyCaption);
    layout->addWidget(m_verify);
    // A step without instructions keeps its title at the top: the space the instructions would
    // take goes below the step, not between its lines.
    layout->addStretch();
    clear();
}

StepDetailView::~StepDetailView() = default;

void StepDetailView::setAnnotation(const QString &text, bool onProjector)
{
    m_note->setText(text.isEmpty() ? QString()
                    : onProjector  ? tr("Note (on the projector): %1").arg(text)
                                   : tr("Note (console only): %1").arg(text));
    m_note->setVisible(!text.isEmpty());
}

QString StepDetailView::annotationText() const
{
    return m_note->text();
}

void StepDetailView::setStep(const Step &step, const QString &phaseTitle)
{
    m_phase->setText(phaseTitle);
    m_title->setText(step.title);
    QStringList meta;
    if (!step.role.isEmpty())
        meta << tr("Role: %1").arg(step.role);
    if (step.expectedSeconds > 0)
        meta << tr("Expected: %1").arg(Duration::format(step.expectedSeconds));
    meta << tr("Automation: %1").arg(Step::automationName(step.automation));
    if (step.isServiceRestored())
        meta << tr("Milestone: service restored");
    m_meta->setText(meta.join(u"  ·  "_s));
    m_instructions->setRunbookMarkdown(step.instructions);
    m_instructions->setVisible(!step.instructions.isEmpty());
    m_command->setCommand(step.command);
    m_commandBox->setVisible(!step.command.isEmpty());
    m_verify->setText(step.verify);
    m_verifyCaption->setVisible(!step.verify.isEmpty());
    m_verify->setVisible(!step.verify.isEmpty());
    QStringList decision;
    if (step.isDecision()) {
        decision << tr("Decision: %1").arg(step.decision.question);
        for (qsizetype i = 0; i < step.decision.options.size(); ++i) {
            const DecisionOption &o = step.decision.options[i];
            const QString where = o.abort                ? tr("aborts the drill")
                                  : o.gotoStep.isEmpty() ? tr("goes on with the next step")
                                                         : tr("goes to %1").arg(o.gotoStep);
            decision << tr("  %1   %2 — %3").arg(i + 1).arg(o.label, where);
        }
        decision << tr("Press %1 while the step runs: the choice and the time it took are "
                       "logged.")
                        .arg(step.decision.options.size() > 1
                                 ? tr("1–%1").arg(step.decision.options.size())
                                 : u"1"_s);
    }
    m_decision->setText(decision.join(u'\n'));
    m_decision->setVisible(!decision.isEmpty());
}

QString StepDetailView::decisionText() const
{
    return m_decision->text();
}

// As high as the wrapped command; a script of more than maxCommandLines lines scrolls.
void StepDetailView::fitCommandHeight()
{
    const int lines = m_command->fontMetrics().lineSpacing() * maxCommandLines;
    const int content = qCeil(m_command->document()->size().height());
    const int frame = 2 * m_command->frameWidth();
    m_command->setVerticalScrollBarPolicy(content > lines ? Qt::ScrollBarAsNeeded
                                                          : Qt::ScrollBarAlwaysOff);
    const int margins = 2 * qCeil(m_command->document()->documentMargin());
    m_command->setFixedHeight(qMin(content, lines + margins) + frame);
}

void StepDetailView::clear()
{
    m_phase->clear();
    m_title->setText(tr("No step selected"));
    m_meta->clear();
    m_instructions->clear();
    m_instructions->hide();
    m_commandBox->hide();
    m_verifyCaption->hide();
    m_verify->hide();
    m_decision->clear();
    m_decision->hide();
}

QString StepDetailView::titleText() const
{
    return m_title->text();
}

QString StepDetailView::commandText() const
{
    return m_command->command();
}

void StepDetailView::copyCommand()
{
    if (!m_command->command().isEmpty())
        QApplication::clipboard()->setText(m_command->command());
}
