// Rates the drill against the runbook's evaluation criteria, 1-5 each with a comment.
// Keyboard only: Tab moves between the fields, digits set a score, Enter saves.
#pragma once

#include "scorecard.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;

class ScorecardDialog : public QDialog
{
    Q_OBJECT
public:
    struct Rating
    {
        QString criterion;
        int score = 0;
        QString comment;

        bool operator==(const Rating &) const = default;
    };

    // current: the ratings so far (pre-filled; a criterion not rated yet starts at "—").
    ScorecardDialog(const QStringList &criteria, const Scorecard &current,
                    QWidget *parent = nullptr);
    ~ScorecardDialog() override;

    // The criteria whose score or comment changed, rated 1-5.
    QList<Rating> changedRatings() const;
    void setRating(const QString &criterion, int score, const QString &comment);

    void accept() override;

private:
    struct Row
    {
        QString criterion;
        QComboBox *score = nullptr; // "—", then 1 to 5 (a digit picks one)
        QLineEdit *comment = nullptr;
        int oldScore = 0;
        QString oldComment;
    };
    QList<Row> m_rows;
    QLabel *m_problem;
};
