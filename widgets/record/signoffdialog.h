// Drill › Sign Off…: after the drill ended, someone vouches for its record: their name, the role
// they had (facilitator, observer, a role of the runbook or of the participants), a statement,
// and reservations if they sign with some. The caller logs it (DrillEngine::signOff).
#pragma once

#include "signoff.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    // name: who signs by default (the console's author); roles: those to offer after
    // facilitator and observer (the runbook's and the participants'), any may be typed.
    SignOffDialog(const QString &name, const QStringList &roles, QWidget *parent = nullptr);
    ~SignOffDialog() override;

    SignOff signOff() const;
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QPlainTextEdit *statementEdit() const { return m_statement; }
    QCheckBox *reservationsBox() const { return m_withReservations; }
    QPlainTextEdit *reservationsEdit() const { return m_reservations; }

    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_role;
    QPlainTextEdit *m_statement;
    QCheckBox *m_withReservations;
    QPlainTextEdit *m_reservations;
    QLabel *m_problem;
};
