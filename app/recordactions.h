// The Record menu: the drill's record corrected and completed while it runs: observations edited
// or deleted (as new events, history never changes), images viewed, notes on steps, action
// items and the scorecard.
#pragma once

#include <QObject>

class ConsoleShortcuts;
class QAction;
struct SignOff;
class DrillConsole;
class DrillSession;
class QMenu;
class QWidget;

class RecordActions : public QObject
{
    Q_OBJECT
public:
    RecordActions(DrillConsole *console, QObject *parent);

    // Fills the Record menu; the log's row actions and the image's removal get their keys.
    void addTo(QMenu *record, ConsoleShortcuts &shortcuts);

    // What the dialogs do once answered, for scripts and tests; false (and a status message
    // saying why) when refused.
    bool editObservation(qint64 observationId, const QString &text, const QString &category,
                         const QString &author, const QString &stepId);
    bool deleteObservation(qint64 observationId, const QString &reason);
    bool annotateStep(const QString &stepId, const QString &text, bool onProjector);
    bool removeAnnotation(const QString &stepId);
    bool recordScore(const QString &criterion, int score, const QString &comment);
    bool signOff(const SignOff &signOff);

    void editSelectedObservation();
    void deleteSelectedObservation();
    void viewSelectedImage();
    void annotateFocusedStep();
    void showActionItems();
    void showScorecard();
    // Sign Off…: once the drill has ended (else the status bar says so).
    void showSignOff();
    // The Sign Off… action, enabled only while an ended drill is open.
    QAction *signOffAction() const { return m_signOff; }

    // "staging #3, 2026-11-23": how a drill of the open database is named in the dialogs.
    static QString drillLabel(const DrillSession *session, qint64 drillId);

private:
    QWidget *window() const;
    QStringList drillNames() const;

    DrillConsole *m_console;
    QAction *m_signOff = nullptr;
};
