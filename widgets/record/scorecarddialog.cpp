#include "scorecarddialog.h"

#include "quickentry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ScorecardDialog::ScorecardDialog(const QStringList &criteria, const Scorecard &current,
                                 QWidget *parent)
    : QDialog(parent), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Scorecard"));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Criterion</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Score (1–5)</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Comment</b>"), this), 0, 2);
    for (const QString &criterion : criteria) {
        Row row;
        row.criterion = criterion;
        row.score = new QComboBox(this);
        row.score->addItem(tr("—"), 0);
        for (int n = Scorecard::minScore; n <= Scorecard::maxScore; ++n)
            row.score->addItem(n == Scorecard::minScore   ? tr("%1 poor").arg(n)
                               : n == Scorecard::maxScore ? tr("%1 excellent").arg(n)
                                                          : QString::number(n),
                               n);
        row.score->setAccessibleName(tr("Score for %1").arg(criterion));
        row.comment = new QLineEdit(this);
        row.comment->setMinimumWidth(420);
        row.comment->setAccessibleName(tr("Comment on %1").arg(criterion));
        if (const Scorecard::Score *s = current.find(criterion)) {
            row.oldScore = s->score;
            row.oldComment = s->comment;
        }
        row.score->setCurrentIndex(std::max(0, row.score->findData(row.oldScore)));
        row.comment->setText(row.oldComment);
        // The runbook's criterion as text: no markup, and a `&` in it is no shortcut.
        auto *label = new QLabel(QString(criterion).replace(u'&', u"&&"_s), this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(row.score);
        const int r = grid->rowCount();
        grid->addWidget(label, r, 0);
        grid->addWidget(row.score, r, 1);
        grid->addWidget(row.comment, r, 2);
        m_rows.append(row);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rate each criterion from 1 (poor) to 5 (excellent). A new "
                                "rating is logged; the latest counts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (!m_rows.isEmpty())
        m_rows.constFirst().score->setFocus();
}

ScorecardDialog::~ScorecardDialog() = default;

void ScorecardDialog::setRating(const QString &criterion, int score, const QString &comment)
{
    for (Row &row : m_rows)
        if (row.criterion == criterion) {
            row.score->setCurrentIndex(std::max(0, row.score->findData(score)));
            row.comment->setText(comment);
        }
}

QList<ScorecardDialog::Rating> ScorecardDialog::changedRatings() const
{
    QList<Rating> out;
    for (const Row &row : m_rows) {
        const QString comment = QuickEntry::clean(row.comment->text());
        if (row.score->currentData().toInt() >= Scorecard::minScore &&
            (row.score->currentData().toInt() != row.oldScore || comment != row.oldComment))
            out.append({row.criterion, row.score->currentData().toInt(), comment});
    }
    return out;
}

void ScorecardDialog::accept()
{
    for (const Row &row : m_rows) {
        const QString comment = row.comment->text();
        QString problem;
        if (!comment.trimmed().isEmpty())
            problem = QuickEntry::textProblem(comment);
        if (problem.isEmpty() && row.score->currentData().toInt() < Scorecard::minScore &&
            !comment.trimmed().isEmpty())
            problem = tr("give “%1” a score from 1 to 5 to keep its comment").arg(row.criterion);
        if (!problem.isEmpty()) {
            m_problem->setText(tr("%1: %2").arg(row.criterion, problem));
            m_problem->show();
            row.comment->setFocus();
            return;
        }
    }
    QDialog::accept();
}
