#include "programmewindow.h"

#include "database.h"
#include "demodata.h"
#include "drillcalendar.h"
#include "outputfile.h"
#include "programmemodel.h"
#include "programmeviewmodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ProgrammeWindow::ProgrammeWindow(const QString &databasePath, const QDate &today, QWidget *parent)
    : QDialog(parent), m_model(new ProgrammeModel(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_why(new QLabel(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Programme"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1480, 560);
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *view = new ProgrammeViewModel(this);
    view->setSourceModel(m_model);
    m_table->setModel(view);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Runbooks by environment"));
    layout->addWidget(m_table, 1);

    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setAccessibleName(tr("Why this confidence"));
    layout->addWidget(m_why);
    auto *legend = new QLabel(
        tr("Confidence: high — succeeded in production within the cadence; medium — in a test "
           "environment within it, or in production within twice it; low — the last drill "
           "failed, or the success faded; none — never drilled. Double-click a row for its "
           "history."),
        this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *calendar =
        buttons->addButton(tr("Export &Calendar…"), QDialogButtonBox::ActionRole);
    calendar->setToolTip(tr("The due drills as an iCalendar file (.ics) for the team's calendar"));
    connect(calendar, &QPushButton::clicked, this, &ProgrammeWindow::chooseCalendarFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto opened = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!opened) {
        m_problem->setText(tr("Cannot read the programme: %1").arg(opened.error().message));
        m_problem->show();
    } else {
        auto rows =
            ProgrammeStatus::load(*opened.value(), today, QDateTime::currentMSecsSinceEpoch());
        if (!rows) {
            m_problem->setText(tr("Cannot read the programme: %1").arg(rows.error().message));
            m_problem->show();
        } else {
            m_model->setRows(rows.value(), today);
            if (rows->isEmpty()) {
                m_problem->setText(tr("No runbooks in %1 yet: drill one first.").arg(databasePath));
                m_problem->show();
            }
        }
    }
    int overdue = 0;
    for (const ProgrammeStatus::Row &row : m_model->rows())
        overdue += row.overdue() ? 1 : 0;
    m_summary->setText(
        tr("As of %1: %n runbook-environment(s), %2 overdue.", nullptr, m_model->rowCount())
            .arg(today.toString(Qt::ISODate))
            .arg(overdue) +
        (DemoData::versionOf(databasePath) > 0
             ? u' ' + tr("Example data: due dates are counted from the day it is seen from.")
             : QString()));
    if (const QString silos = ProgrammeModel::singleDriverText(m_model->rows()); !silos.isEmpty())
        m_summary->setText(m_summary->text() + u' ' + silos);
    m_table->resizeColumnsToContents();
    // A long title is cut (its whole text is in the tooltip), the columns that judge stay.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setColumnWidth(ProgrammeModel::RunbookColumn,
                            std::min(m_table->columnWidth(ProgrammeModel::RunbookColumn), 280));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgrammeWindow::showWhy);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT runbookActivated(index.data(ProgrammeModel::RunbookIdRole).toString());
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showWhy();
}

QString ProgrammeWindow::explanation() const
{
    return m_why->text();
}

QString ProgrammeWindow::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ProgrammeWindow::showWhy()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_why->clear();
        return;
    }
    const ProgrammeStatus::Row &r = m_model->rows().at(row);
    m_why->setText(tr("%1 in %2: %3").arg(r.runbookId, r.environment, r.confidence.why()));
}

QString ProgrammeWindow::exportCalendar(const QString &path) const
{
    QString error;
    if (!OutputFile::write(
            path, DrillCalendar::write(m_model->rows(), QDateTime::currentDateTimeUtc()), &error))
        return error;
    return {};
}

void ProgrammeWindow::chooseCalendarFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), u"drills.ics"_s,
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCalendar(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Calendar"), error);
}
