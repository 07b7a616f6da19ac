// One run of a step's command on the console, below the step: what runs, for how long and until
// when, its standard output and standard error apart as they arrive, a Cancel button; then how it
// ended and what it left. Console only: nothing of it ever reaches the projector.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
struct CommandEvidence;

class CommandOutputView : public QWidget
{
    Q_OBJECT
public:
    enum class Stream { Output, Error };
    // Lines a pane keeps while the run goes on: a flood scrolls the oldest away (the evidence
    // keeps the head and the tail, shown once the run ends).
    static constexpr int maxLiveLines = 5000;

    explicit CommandOutputView(QWidget *parent = nullptr);
    ~CommandOutputView() override;

    // A run begins (the step above shows its command): the panes empty, the clock from startMs
    // (UTC ms).
    void startRun(qint64 timeoutMs, qint64 outputCapBytes, qint64 startMs);
    // Text as it arrives; shown in batches, a few times a second, however fast it comes.
    void append(Stream stream, const QString &text);
    // The run ended: its outcome in one line, its output as kept (head and tail when capped).
    void finishRun(const CommandEvidence &evidence);
    bool isRunning() const { return m_running; }

    // What the panes and lines show (for tests and the screen reader).
    QString outputText() const;
    QString errorText() const;
    QString verificationText() const;
    QString statusText() const;
    QString outcomeText() const;
    // The output beyond the cap was not kept (said on the pane).
    bool capNoticeShown(Stream stream) const;

    // "passed in 3.2 s", "failed: exit 2 after 1.1 s", "timed out after 15 min" ...
    static QString outcomeLine(const CommandEvidence &evidence);

Q_SIGNALS:
    void cancelRequested();

private:
    void flush();
    void updateStatus();
    void noteBytes(Stream stream, qsizetype bytes);

    QLabel *m_status;
    QLabel *m_outcome;
    QLabel *m_outputCaption;
    QLabel *m_errorCaption;
    QLabel *m_outputCap;
    QLabel *m_errorCap;
    QPlainTextEdit *m_output;
    QPlainTextEdit *m_error;
    QWidget *m_verification;
    QPlainTextEdit *m_verificationText;
    QPushButton *m_cancel;
    QTimer *m_flush;
    QTimer *m_tick;
    QString m_pendingOutput;
    QString m_pendingError;
    qint64 m_outputBytes = 0;
    qint64 m_errorBytes = 0;
    qint64 m_capBytes = 0;
    qint64 m_startMs = 0;
    qint64 m_timeoutMs = 0;
    bool m_running = false;
};
