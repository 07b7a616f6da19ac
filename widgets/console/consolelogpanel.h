// The console's Log dock: the drill's log as it grows, filtered by category, by who and to one
// step; the observation or image of its selected row is what the Record menu acts on.
#pragma once

#include <QWidget>

class EventLogFilterModel;
class EventLogModel;
class QCheckBox;
class QComboBox;
class QTreeView;

class ConsoleLogPanel : public QWidget
{
    Q_OBJECT
public:
    ConsoleLogPanel(EventLogModel *log, QWidget *parent);

    QTreeView *view() const { return m_view; }
    QCheckBox *stepOnlyBox() const { return m_stepOnly; }
    // Whether "Selected step only" is ticked; the step the log keeps to ("" any step).
    bool isStepOnly() const;
    void setStepFilter(const QString &stepId);
    // The observation of the selected row, 0 when that row is none; the image's, 0 when none.
    qint64 selectedObservation() const;
    qint64 selectedAttachment() const;

Q_SIGNALS:
    void stepOnlyToggled(bool on);

private:
    void updateAuthorFilter();

    EventLogModel *m_log;
    EventLogFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_category;
    QComboBox *m_author;
    QCheckBox *m_stepOnly;
};
