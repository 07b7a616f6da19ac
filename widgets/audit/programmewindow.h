// View › Programme: every runbook known to the database, per environment: the last drill, the
// next due by its cadence, overdue (a word and an icon, not red alone), the confidence and why
// (in the tooltip and under the table for the selected row), the last RTO against its target,
// open and overdue action items, changed since the last drill, and who drove it.
#pragma once

#include <QDate>
#include <QDialog>

class ProgrammeModel;
class QLabel;
class QTableView;

class ProgrammeWindow : public QDialog
{
    Q_OBJECT
public:
    // Reads the database at databasePath once (its own read-only connection), as of today.
    ProgrammeWindow(const QString &databasePath, const QDate &today, QWidget *parent = nullptr);

    ProgrammeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The text under the table: why the selected row has its confidence.
    QString explanation() const;
    // What the window says instead of a table when the database cannot be read or is empty.
    QString problem() const;
    // Writes the due drills shown as an iCalendar file (as `drilldeck calendar` does); empty,
    // or why it could not.
    QString exportCalendar(const QString &path) const;

Q_SIGNALS:
    // A row was double-clicked: show that runbook's history.
    void runbookActivated(const QString &runbookId);

private:
    void showWhy();
    void chooseCalendarFile();

    ProgrammeModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_problem = nullptr;
};
