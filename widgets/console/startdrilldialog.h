// Before the drill: environment, facilitator, participants and their roles, the failure time.
// Shows the scenario, which only the facilitator sees. Remembers the team between drills.
// Environments are picked, never typed: a typo must not split the history into a new series;
// a new one is added on purpose (New environment…, confirmed).
#pragma once

#include "actionitem.h"
#include "drill.h"
#include "driverhistory.h"
#include "runbook.h"

#include <QDate>
#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QLabel;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

class StartDrillDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartDrillDialog(const Runbook &runbook, QWidget *parent = nullptr);
    ~StartDrillDialog() override;

    // The drill as entered: environment, facilitator, participants, scenario, failure time.
    Drill drill() const;
    // Environments earlier drills of this runbook ran in, offered beside the runbook's own.
    void setUsedEnvironments(const QStringList &environments);
    // Picks one of the environments offered; false (nothing changes) for another name.
    bool setEnvironment(const QString &environment);
    QStringList environments() const;
    void setFacilitator(const QString &name);
    // Then a row, without a name, for each of the runbook's roles nobody has: each role can be
    // given a person (rows without a name are not recorded).
    void setParticipants(const QList<Participant> &participants);
    // Who should drive this time (the person who has driven this runbook least) and why; shown
    // above the team with a button that makes them the driver. An invalid one hides it.
    void setDriverSuggestion(const DriverHistory::Suggestion &suggestion);
    // Gives the driver role to the suggested person: their row if they have one (its old role
    // goes to the previous driver), else the driver's row if it has no name yet, else a new row
    // (the previous driver stays, without a role).
    void useSuggestedDriver();
    QString suggestionText() const;

    // The open action items of earlier drills of this runbook, each to keep open or close
    // (done, dropped) as this drill starts; fromLabel names the drill an item came from. An
    // item due before today is marked overdue (a word and an icon, not colour alone) and
    // counted in the caption.
    void setCarriedOverItems(const QList<ActionItem> &items,
                             const std::function<QString(qint64)> &fromLabel,
                             const QDate &today = QDate::currentDate());
    // How many of the carried-over items are overdue.
    int overdueCount() const { return m_overdue; }
    // The items to close, by id, with how (done or dropped); the caller records them once the
    // new drill exists.
    QHash<qint64, ActionItem::Status> closures() const;
    QTableWidget *carriedOverTable() const { return m_carried; }

    void accept() override;

private:
    void addParticipantRow(const Participant &participant);
    QString roleAt(int row) const;
    void setRoleAt(int row, const QString &role);
    void showSuggestion();
    // New environment…: asks for the name, then whether it really is a new one.
    void addNewEnvironment();
    QList<Participant> participants() const;

    Runbook m_runbook;
    QComboBox *m_environment;
    QPushButton *m_newEnvironment;
    QLineEdit *m_facilitator;
    QTableWidget *m_participants;
    QLabel *m_suggestion;
    QPushButton *m_useSuggestion;
    DriverHistory::Suggestion m_suggested;
    QCheckBox *m_failureEarlier;
    QDateTimeEdit *m_failureTime;
    QLabel *m_carriedCaption;
    QTableWidget *m_carried;
    QList<ActionItem> m_carriedItems;
    int m_overdue = 0;
};
