// One run of a step's command on the console (see commandoutputview.h).
#include "commandoutputview.h"

#include "commandevidence.h"
#include "commandspec.h"
#include "duration.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int flushIntervalMs = 100; // a flood is drawn ten times a second, not once per read

QPlainTextEdit *newPane(QWidget *parent, const QString &name)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setLineWrapMode(QPlainTextEdit::NoWrap); // output is columns; scroll to read wide lines
    pane->setMaximumBlockCount(CommandOutputView::maxLiveLines);
    pane->setAccessibleName(name);
    pane->setPlaceholderText(QObject::tr("(nothing yet)", "command output pane"));
    return pane;
}

// The last maxLiveLines lines of text: the pane would scroll the others away at once, after
// laying them out for nothing.
QString lastLines(const QString &text)
{
    qsizetype at = text.size();
    for (int lines = 0; lines < CommandOutputView::maxLiveLines; ++lines) {
        at = text.lastIndexOf(u'\n', at - 1);
        if (at <= 0)
            return text;
    }
    return text.mid(at + 1);
}

void appendTo(QPlainTextEdit *pane, const QString &text)
{
    QScrollBar *bar = pane->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(pane->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd) // following the output, unless the facilitator scrolled up to read
        bar->setValue(bar->maximum());
}

// The evidence as kept, its first and last maxLiveLines lines when it has more: laying out a
// megabyte of lines held the console for a fifth of a second, for lines nobody scrolls through
// here (the report has them all).
void showWhole(QPlainTextEdit *pane, const QString &text)
{
    const int keep = CommandOutputView::maxLiveLines;
    const qsizetype lines = text.count(u'\n');
    QString shown = text;
    if (lines > 2 * keep) {
        qsizetype headEnd = -1;
        for (int i = 0; i < keep; ++i)
            headEnd = text.indexOf(u'\n', headEnd + 1);
        const QString tail = lastLines(text);
        shown =
            text.left(headEnd + 1) +
            CommandOutputView::tr("[… lines not shown here: %1; the drill's record and the report "
                                  "have them …]\n")
                .arg(lines - 2 * keep) +
            tail;
    }
    pane->setMaximumBlockCount(0);
    pane->setPlainText(shown);
    pane->verticalScrollBar()->setValue(pane->verticalScrollBar()->maximum());
}

// 3.2 s under a minute, the stopwatch's reading above.
QString took(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    if (ms < 60'000)
        return CommandOutputView::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return Duration::formatClock(ms);
}

QString capText(qint64 capBytes)
{
    const QString size = capBytes % (1024 * 1024) == 0
                             ? CommandOutputView::tr("%1 MiB").arg(capBytes / (1024 * 1024))
                             : CommandOutputView::tr("%1 KiB").arg(capBytes / 1024);
    return CommandOutputView::tr("Output beyond %1 not kept: head and tail shown").arg(size);
}
} // namespace

CommandOutputView::CommandOutputView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_outcome(new QLabel(this)),
      m_outputCaption(new QLabel(tr("Standard output"), this)),
      m_errorCaption(new QLabel(tr("Standard error (stderr)"), this)),
      m_outputCap(new QLabel(this)), m_errorCap(new QLabel(this)),
      m_output(newPane(this, tr("Standard output of the command"))),
      m_error(newPane(this, tr("Standard error of the command"))),
      m_verification(new QWidget(this)),
      m_verificationText(newPane(m_verification, tr("Output of the verification"))),
      m_cancel(new QPushButton(tr("Cancel (Shift+X)"), this)), m_flush(new QTimer(this)),
      m_tick(new QTimer(this))
{
    setObjectName(u"commandOutput"_s);
    for (QLabel *label : {m_status, m_outcome, m_outputCap, m_errorCap})
        label->setTextFormat(Qt::PlainText); // a command and its messages are text, never markup
    m_outcome->setWordWrap(true);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_status->setFont(bold);
    // stderr is told by its caption, not by a colour alone.
    for (QLabel *caption : {m_outputCaption, m_errorCaption})
        caption->setFont(bold);
    m_errorCaption->setBuddy(m_error);
    m_outputCaption->setBuddy(m_output);
    for (QLabel *cap : {m_outputCap, m_errorCap}) {
        cap->setWordWrap(true);
        cap->hide();
    }
    m_cancel->setAccessibleName(tr("Cancel the command"));
    m_cancel->setToolTip(tr("Stop the command: TERM to its process group, KILL after a grace "
                            "period (Shift+X)"));
    m_cancel->setFocusPolicy(Qt::TabFocus); // a click leaves the keys with the drill
    connect(m_cancel, &QPushButton::clicked, this, &CommandOutputView::cancelRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_cancel);

    auto *panes = new QGridLayout;
    panes->addWidget(m_outputCaption, 0, 0);
    panes->addWidget(m_errorCaption, 0, 1);
    panes->addWidget(m_output, 1, 0);
    panes->addWidget(m_error, 1, 1);
    panes->addWidget(m_outputCap, 2, 0);
    panes->addWidget(m_errorCap, 2, 1);
    panes->setRowStretch(1, 1);

    auto *verifyLayout = new QVBoxLayout(m_verification);
    verifyLayout->setContentsMargins(0, 0, 0, 0);
    auto *verifyCaption = new QLabel(tr("Verification (verify_command)"), m_verification);
    verifyCaption->setFont(bold);
    verifyLayout->addWidget(verifyCaption);
    verifyLayout->addWidget(m_verificationText);
    m_verificationText->setMaximumHeight(m_verificationText->fontMetrics().lineSpacing() * 6);
    m_verification->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_outcome);
    layout->addLayout(panes, 1);
    layout->addWidget(m_verification);
    m_outcome->hide();

    m_flush->setInterval(flushIntervalMs);
    m_flush->setSingleShot(true);
    connect(m_flush, &QTimer::timeout, this, &CommandOutputView::flush);
    m_tick->setInterval(250); // the elapsed seconds turn with the run, not up to a second late
    connect(m_tick, &QTimer::timeout, this, &CommandOutputView::updateStatus);
}

CommandOutputView::~CommandOutputView() = default;

void CommandOutputView::startRun(qint64 timeoutMs, qint64 outputCapBytes, qint64 startMs)
{
    m_running = true;
    m_startMs = startMs;
    m_timeoutMs = timeoutMs;
    m_capBytes = outputCapBytes;
    m_outputBytes = m_errorBytes = 0;
    m_pendingOutput.clear();
    m_pendingError.clear();
    for (QPlainTextEdit *pane : {m_output, m_error, m_verificationText}) {
        pane->clear();
        pane->setMaximumBlockCount(maxLiveLines);
    }
    m_outputCap->hide();
    m_errorCap->hide();
    m_verification->hide();
    m_outcome->hide();
    m_outcome->clear();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_tick->start();
    updateStatus();
}

void CommandOutputView::append(Stream stream, const QString &text)
{
    if (text.isEmpty())
        return;
    (stream == Stream::Output ? m_pendingOutput : m_pendingError).append(text);
    noteBytes(stream, text.toUtf8().size());
    if (!m_flush->isActive())
        m_flush->start();
}

void CommandOutputView::noteBytes(Stream stream, qsizetype bytes)
{
    qint64 &count = stream == Stream::Output ? m_outputBytes : m_errorBytes;
    count += bytes;
    QLabel *cap = stream == Stream::Output ? m_outputCap : m_errorCap;
    if (m_capBytes > 0 && count >= m_capBytes && cap->isHidden()) {
        cap->setText(capText(m_capBytes));
        cap->show();
    }
}

void CommandOutputView::flush()
{
    if (!m_pendingOutput.isEmpty())
        appendTo(m_output, lastLines(std::exchange(m_pendingOutput, QString())));
    if (!m_pendingError.isEmpty())
        appendTo(m_error, lastLines(std::exchange(m_pendingError, QString())));
}

void CommandOutputView::updateStatus()
{
    if (!m_running)
        return;
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    m_status->setText(tr("Running for %1 · timeout %2")
                          .arg(Duration::formatClock(qMax<qint64>(0, elapsed)),
                               Duration::formatClock(m_timeoutMs)));
}

void CommandOutputView::finishRun(const CommandEvidence &evidence)
{
    m_running = false;
    m_tick->stop();
    m_flush->stop();
    m_pendingOutput.clear();
    m_pendingError.clear();
    m_cancel->hide();
    // The evidence as recorded: the head and the tail when the run wrote more than the cap.
    showWhole(m_output, evidence.standardOutput.text);
    showWhole(m_error, evidence.standardError.text);
    m_outputCap->setText(capText(m_capBytes > 0 ? m_capBytes : CommandSpec::defaultOutputCapBytes));
    m_outputCap->setVisible(evidence.standardOutput.truncated);
    m_errorCap->setText(m_outputCap->text());
    m_errorCap->setVisible(evidence.standardError.truncated);
    m_verification->setVisible(!evidence.verifyCommand.isEmpty() && evidence.verifyExitCode);
    showWhole(m_verificationText,
              u"$ "_s + evidence.verifyCommand + u'\n' + evidence.verifyOutput.text);
    const QString line = outcomeLine(evidence);
    m_status->setText(evidence.passed() ? tr("✓ %1").arg(line) : tr("✗ %1").arg(line));
    if (evidence.passed()) {
        m_outcome->hide();
    } else {
        // What the facilitator can do now; the step stays running.
        m_outcome->setText(tr("The step stays running: X runs the command again, Space or D "
                              "completes it by hand, S skips it with a reason."));
        m_outcome->show();
    }
}

QString CommandOutputView::outcomeLine(const CommandEvidence &e)
{
    const QString time = took(e.endMs - e.startMs);
    using O = CommandEvidence::Outcome;
    switch (e.outcome) {
    case O::Passed:
        return tr("Passed in %1").arg(time);
    case O::Failed:
        return tr("Failed: exit %1 after %2").arg(e.exitCode).arg(time);
    case O::VerifyFailed:
        return tr("Verification failed: `%1` exit %2 after %3")
            .arg(e.verifyCommand)
            .arg(e.verifyExitCode.value_or(-1))
            .arg(time);
    case O::TimedOut:
        return tr("Timed out after %1").arg(time);
    case O::Cancelled:
        return tr("Cancelled after %1").arg(time);
    case O::FailedToStart:
        return tr("Could not start: %1").arg(e.error);
    case O::Crashed:
        return tr("Ended by signal %1 after %2").arg(e.signal).arg(time);
    }
    return {};
}

QString CommandOutputView::outputText() const
{
    return m_output->toPlainText() + m_pendingOutput;
}

QString CommandOutputView::errorText() const
{
    return m_error->toPlainText() + m_pendingError;
}

QString CommandOutputView::verificationText() const
{
    return m_verification->isHidden() ? QString() : m_verificationText->toPlainText();
}

QString CommandOutputView::statusText() const
{
    return m_status->text();
}

QString CommandOutputView::outcomeText() const
{
    return m_outcome->text();
}

bool CommandOutputView::capNoticeShown(Stream stream) const
{
    return !(stream == Stream::Output ? m_outputCap : m_errorCap)->isHidden();
}
