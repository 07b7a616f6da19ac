// The question before a runbook's first command runs (see runbooktrustdialog.h).
#include "runbooktrustdialog.h"

#include "commandspec.h"
#include "duration.h"
#include "runbook.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RunbookTrustDialog::RunbookTrustDialog(const QString &path, const QString &sha256,
                                       const Runbook &runbook, const QString &runbookDirectory,
                                       QWidget *parent)
    : QDialog(parent), m_commands(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Trust the runbook’s commands"));
    auto *heading = new QLabel(tr("This runbook runs commands on your machine:"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);

    m_commands->setReadOnly(true);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setPlainText(describeCommands(runbook, runbookDirectory));
    m_commands->setAccessibleName(tr("The runbook's commands"));
    m_commands->setMinimumSize(640, 260);

    auto *file =
        new QLabel(tr("File: %1\nSHA-256: %2").arg(QDir::toNativeSeparators(path), sha256), this);
    file->setTextFormat(Qt::PlainText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    auto *note = new QLabel(tr("They run with your permissions, as you would type them. Trust "
                               "this file only if you know what it does; once trusted, X runs a "
                               "step's command without asking again, until the file changes."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust and Run"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter never trusts by accident: the safe answer is the default.
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_commands, 1);
    layout->addWidget(file);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

RunbookTrustDialog::~RunbookTrustDialog() = default;

QString RunbookTrustDialog::commandsText() const
{
    return m_commands->toPlainText();
}

QString RunbookTrustDialog::describeCommands(const Runbook &runbook,
                                             const QString &runbookDirectory)
{
    QStringList blocks;
    const QList<Step> steps = runbook.allSteps();
    for (const Step &step : steps) {
        if (step.command.isEmpty() || step.automation == Step::Automation::Manual)
            continue;
        const CommandSpec spec = CommandSpec::forStep(runbook, step, runbookDirectory);
        QStringList lines{
            tr("%1 (%2, %3)").arg(step.title, step.id, Step::automationName(step.automation))};
        lines << u"  $ "_s + spec.command;
        if (!spec.verifyCommand.isEmpty())
            lines << tr("  verify: $ %1").arg(spec.verifyCommand);
        lines << tr("  shell: %1 · folder: %2 · timeout %3")
                     .arg(spec.shell.join(u' '), QDir::toNativeSeparators(spec.workingDirectory),
                          Duration::format(spec.timeoutMs / 1000));
        if (!spec.environment.isEmpty()) {
            QStringList env;
            for (auto it = spec.environment.cbegin(); it != spec.environment.cend(); ++it)
                env << it.key() + u'=' + it.value();
            env.sort();
            lines << tr("  environment: %1").arg(env.join(u' '));
        }
        blocks << lines.join(u'\n');
    }
    return blocks.join(u"\n\n"_s);
}
