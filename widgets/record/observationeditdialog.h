// Corrects a logged observation: its text, category, who said it and the step it belongs to.
// The change is logged as a new event; the original stays in the log.
#pragma once

#include "observationledger.h"
#include "runbook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

class ObservationEditDialog : public QDialog
{
    Q_OBJECT
public:
    // names: the drill's facilitator and participants, offered as authors (any name may be
    // typed).
    ObservationEditDialog(const ObservationLedger::Observation &observation, const Runbook &runbook,
                          const QStringList &names, QWidget *parent = nullptr);
    ~ObservationEditDialog() override;

    QString text() const;
    QString category() const;
    QString author() const;
    QString stepId() const;

    void accept() override; // refuses bad input with the reason shown in the dialog

private:
    QLineEdit *m_text;
    QComboBox *m_category;
    QComboBox *m_author;
    QComboBox *m_step;
    QLabel *m_problem;
};
