// Asks the facilitator, before a runbook's first command runs, whether to trust that exact file
// content: every command it can run (and its verification), in which shell and folder, the file
// and its SHA-256. Cancel is the default; nothing runs unless "Trust and Run" is chosen.
#pragma once

#include <QDialog>

struct Runbook;
class QPlainTextEdit;
class QPushButton;

class RunbookTrustDialog : public QDialog
{
    Q_OBJECT
public:
    // runbook as read from the file's bytes whose hash is sha256; runbookDirectory resolves the
    // steps' `workdir`.
    RunbookTrustDialog(const QString &path, const QString &sha256, const Runbook &runbook,
                       const QString &runbookDirectory, QWidget *parent = nullptr);
    ~RunbookTrustDialog() override;

    // The commands as listed (for tests and the screen reader).
    QString commandsText() const;
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The listing: one block per step that can run a command (automated or scripted).
    static QString describeCommands(const Runbook &runbook, const QString &runbookDirectory);

private:
    QPlainTextEdit *m_commands;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};
