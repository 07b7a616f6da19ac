#include "startdrilldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kFacilitator = u"drill/facilitator"_s;
const QString kParticipants = u"drill/participants"_s; // "name\trole" entries
const QString kEnvironment = u"drill/environment"_s;
} // namespace

StartDrillDialog::StartDrillDialog(const Runbook &runbook, QWidget *parent)
    : QDialog(parent), m_runbook(runbook), m_environment(new QComboBox(this)),
      m_facilitator(new QLineEdit(this)), m_participants(new QTableWidget(0, 2, this)),
      m_failureEarlier(new QCheckBox(tr("The failure happened before the drill starts"), this)),
      m_failureTime(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_carriedCaption(new QLabel(this)), m_carried(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Start a drill — %1").arg(runbook.title));
    m_environment->setEditable(true);
    m_environment->addItems(runbook.environments);
    m_facilitator->setPlaceholderText(tr("Your name"));

    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->verticalHeader()->hide();
    m_participants->setMinimumHeight(140);
    auto *add = new QPushButton(tr("&Add participant"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addParticipantRow({});
        m_participants->setCurrentCell(m_participants->rowCount() - 1, 0);
        m_participants->editItem(m_participants->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
    });
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(add);
    participantButtons->addWidget(remove);
    participantButtons->addStretch(1);

    m_failureTime->setCalendarPopup(true);
    m_failureTime->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_failureTime->setEnabled(false);
    connect(m_failureEarlier, &QCheckBox::toggled, m_failureTime, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(QString(), participantButtons);
    form->addRow(tr("Failure:"), m_failureEarlier);
    form->addRow(QString(), m_failureTime);

    auto *scenario = new QTextBrowser(this);
    scenario->setMarkdown(runbook.scenario.isEmpty() ? tr("*This runbook has no scenario.*")
                                                     : runbook.scenario);
    scenario->setMaximumHeight(120);
    auto *scenarioCaption =
        new QLabel(tr("<b>Scenario</b> — for the facilitator only; never on the projector"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create drill"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StartDrillDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_carried->setHorizontalHeaderLabels({tr("Action item"), tr("Owner"), tr("Due"), tr("Now")});
    m_carried->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_carried->verticalHeader()->hide();
    m_carried->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_carried->setAccessibleName(tr("Open action items of earlier drills"));
    m_carried->setMaximumHeight(160);
    m_carriedCaption->setBuddy(m_carried);
    m_carriedCaption->hide();
    m_carried->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_carriedCaption);
    layout->addWidget(m_carried);
    layout->addWidget(scenarioCaption);
    layout->addWidget(scenario);
    layout->addWidget(buttons);

    // The team of the last drill, as a starting point.
    QSettings settings;
    setEnvironment(settings.value(kEnvironment, runbook.environments.value(0)).toString());
    setFacilitator(settings.value(kFacilitator).toString());
    QList<Participant> remembered;
    const QStringList entries = settings.value(kParticipants).toStringList();
    for (const QString &entry : entries)
        remembered.append({entry.section(u'\t', 0, 0), entry.section(u'\t', 1)});
    setParticipants(remembered);
    resize(620, 560);
}

StartDrillDialog::~StartDrillDialog() = default;

void StartDrillDialog::setCarriedOverItems(const QList<ActionItem> &items,
                                           const std::function<QString(qint64)> &fromLabel)
{
    m_carriedItems = items;
    m_carried->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const ActionItem &a = items[row];
        auto *title = new QTableWidgetItem(a.title);
        title->setToolTip(tr("From %1").arg(fromLabel(a.drillId)));
        m_carried->setItem(row, 0, title);
        m_carried->setItem(row, 1, new QTableWidgetItem(a.owner));
        m_carried->setItem(row, 2, new QTableWidgetItem(a.dueDate));
        auto *now = new QComboBox(m_carried);
        now->addItem(tr("still open"), int(ActionItem::Status::Open));
        now->addItem(tr("done"), int(ActionItem::Status::Done));
        now->addItem(tr("dropped"), int(ActionItem::Status::Dropped));
        now->setAccessibleName(tr("Status of %1").arg(a.title));
        m_carried->setCellWidget(row, 3, now);
    }
    m_carried->resizeColumnToContents(1);
    m_carried->resizeColumnToContents(3);
    m_carriedCaption->setText(
        tr("<b>&Open action items</b> from earlier drills of this runbook (%n) — close the "
           "ones that are done:",
           nullptr, int(items.size())));
    m_carriedCaption->setVisible(!items.isEmpty());
    m_carried->setVisible(!items.isEmpty());
}

QHash<qint64, ActionItem::Status> StartDrillDialog::closures() const
{
    QHash<qint64, ActionItem::Status> out;
    for (int row = 0; row < int(m_carriedItems.size()); ++row) {
        const auto *now = qobject_cast<QComboBox *>(m_carried->cellWidget(row, 3));
        const auto status = ActionItem::Status(now ? now->currentData().toInt() : 0);
        if (status != ActionItem::Status::Open)
            out.insert(m_carriedItems[row].id, status);
    }
    return out;
}

void StartDrillDialog::setEnvironment(const QString &environment)
{
    if (m_environment->findText(environment) < 0 && !environment.isEmpty())
        m_environment->addItem(environment);
    m_environment->setCurrentText(environment);
}

void StartDrillDialog::setFacilitator(const QString &name)
{
    m_facilitator->setText(name);
}

void StartDrillDialog::setParticipants(const QList<Participant> &participants)
{
    m_participants->setRowCount(0);
    for (const Participant &p : participants)
        addParticipantRow(p);
}

void StartDrillDialog::addParticipantRow(const Participant &participant)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    m_participants->setItem(row, 0, new QTableWidgetItem(participant.name));
    auto *role = new QComboBox(m_participants);
    role->setEditable(true);
    role->addItems(m_runbook.roles);
    role->setCurrentText(participant.role);
    m_participants->setCellWidget(row, 1, role);
}

QList<Participant> StartDrillDialog::participants() const
{
    QList<Participant> out;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QTableWidgetItem *name = m_participants->item(row, 0);
        const auto *role = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1));
        const QString n = name ? name->text().simplified() : QString();
        if (!n.isEmpty())
            out.append({n, role ? role->currentText().simplified() : QString()});
    }
    return out;
}

Drill StartDrillDialog::drill() const
{
    Drill d;
    d.runbookId = m_runbook.id;
    d.environment = m_environment->currentText().simplified();
    d.facilitator = m_facilitator->text().simplified();
    d.participants = participants();
    d.scenario = m_runbook.scenario;
    if (m_failureEarlier->isChecked())
        d.failureMs = m_failureTime->dateTime().toMSecsSinceEpoch();
    return d;
}

void StartDrillDialog::accept()
{
    const Drill d = drill();
    QString problem;
    if (d.environment.isEmpty())
        problem = tr("Name the environment the drill runs in (for example test or production).");
    else if (d.facilitator.isEmpty())
        problem = tr("Enter the facilitator's name: every event is logged with an author.");
    else if (d.failureMs && *d.failureMs > QDateTime::currentMSecsSinceEpoch())
        problem = tr("The failure time is in the future; it is when the disaster happened.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Start a drill"), problem);
        return;
    }
    QSettings settings;
    settings.setValue(kEnvironment, d.environment);
    settings.setValue(kFacilitator, d.facilitator);
    QStringList entries;
    for (const Participant &p : d.participants)
        entries << p.name + u'\t' + p.role;
    settings.setValue(kParticipants, entries);
    QDialog::accept();
}
