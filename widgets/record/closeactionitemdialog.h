// Close an action item with evidence: done or dropped, a note on what was done, and a link to
// the proof (a ticket, a merge request: http or https, checked before the dialog closes).
#pragma once

#include "actionitem.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

class CloseActionItemDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloseActionItemDialog(const ActionItem &item, QWidget *parent = nullptr);
    ~CloseActionItemDialog() override;

    ActionItem::Status status() const;
    QString note() const;
    QString link() const;
    QString problem() const;

    QComboBox *statusBox() const { return m_status; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *linkEdit() const { return m_link; }

    void accept() override;

private:
    QComboBox *m_status;
    QLineEdit *m_note;
    QLineEdit *m_link;
    QLabel *m_problem;
};
