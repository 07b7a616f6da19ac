// Before the drill: environment, facilitator, participants and their roles, the failure time.
// Shows the scenario, which only the facilitator sees. Remembers the team between drills.
#pragma once

#include "drill.h"
#include "runbook.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTableWidget;

class StartDrillDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartDrillDialog(const Runbook &runbook, QWidget *parent = nullptr);
    ~StartDrillDialog() override;

    // The drill as entered: environment, facilitator, participants, scenario, failure time.
    Drill drill() const;
    void setEnvironment(const QString &environment);
    void setFacilitator(const QString &name);
    void setParticipants(const QList<Participant> &participants);

    void accept() override;

private:
    void addParticipantRow(const Participant &participant);
    QList<Participant> participants() const;

    Runbook m_runbook;
    QComboBox *m_environment;
    QLineEdit *m_facilitator;
    QTableWidget *m_participants;
    QCheckBox *m_failureEarlier;
    QDateTimeEdit *m_failureTime;
};
