// The current step in full: title, Markdown instructions, the command to copy, how to verify.
// Only the instructions are Markdown; every other text is shown as the plain text it is.
#pragma once

#include <QWidget>

struct Step;
class QLabel;
class CommandTextEdit;
class QToolButton;
class RunbookTextBrowser;

class StepDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit StepDetailView(QWidget *parent = nullptr);
    ~StepDetailView() override;

    void setStep(const Step &step, const QString &phaseTitle);
    void clear();
    // The note pinned to the step (empty: none), and whether the projector shows it.
    void setAnnotation(const QString &text, bool onProjector);
    QString annotationText() const;

    QString titleText() const;
    // A decision step's question and its numbered options, as shown; empty for other steps.
    QString decisionText() const;
    QString commandText() const;
    // The instructions as laid out (for tests and accessibility).
    const RunbookTextBrowser *instructionsView() const { return m_instructions; }

public Q_SLOTS:
    void copyCommand();

private:
    static constexpr int maxCommandLines = 12;
    void fitCommandHeight();

    QLabel *m_phase;
    QLabel *m_title;
    QLabel *m_meta;
    RunbookTextBrowser *m_instructions;
    QWidget *m_commandBox;
    CommandTextEdit *m_command;
    QToolButton *m_copy;
    QLabel *m_verifyCaption;
    QLabel *m_verify;
    QLabel *m_note;
    QLabel *m_decision = nullptr; // the question and the options, keys 1-9
};
