// Edits one step of the running procedure, or a new one to insert: title, instructions,
// command, verify, expected, role, automation, depends_on. A new step's id is proposed from its
// title until it is typed; an edited step keeps its id. OK asks the checker, which applies the
// loader's rules, and stays open showing why while the step is refused.
#pragma once

#include "step.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class StepEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns why the step cannot be taken (one problem a line), or empty.
    using Checker = std::function<QString(const Step &)>;

    enum class Mode { Edit, Insert };

    StepEditDialog(Mode mode, const Step &step, const QStringList &roles,
                   QWidget *parent = nullptr);
    ~StepEditDialog() override;

    void setChecker(Checker checker) { m_checker = std::move(checker); }
    // The step as entered (its notes, milestone and source locations kept from the original).
    Step step() const;
    QString problem() const;

    QLineEdit *idField() const { return m_id; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *expectedField() const { return m_expected; }
    QLineEdit *dependsOnField() const { return m_dependsOn; }
    QPlainTextEdit *instructionsField() const { return m_instructions; }
    QPlainTextEdit *commandField() const { return m_command; }

    // "Recreate the DNS record" -> "recreate-the-dns-record".
    static QString idFromTitle(const QString &title);

    void accept() override;

private:
    Mode m_mode;
    Step m_original;
    Checker m_checker;
    bool m_idTyped = false;
    QLineEdit *m_id;
    QLineEdit *m_title;
    QPlainTextEdit *m_instructions;
    QPlainTextEdit *m_command;
    QLineEdit *m_verify;
    QLineEdit *m_expected;
    QComboBox *m_role;
    QComboBox *m_automation;
    QLineEdit *m_dependsOn;
    QLabel *m_problem;
};
