#include "startdrilldialog.h"

#include "appsettings.h"
#include "driverrole.h"
#include "nearestname.h"
#include "runbooktextbrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StartDrillDialog::StartDrillDialog(const Runbook &runbook, QWidget *parent)
    : QDialog(parent), m_runbook(runbook), m_environment(new QComboBox(this)),
      m_newEnvironment(new QPushButton(tr("&New environment…"), this)),
      m_facilitator(new QLineEdit(this)), m_participants(new QTableWidget(0, 2, this)),
      m_suggestion(new QLabel(this)), m_useSuggestion(new QPushButton(this)),
      m_failureEarlier(new QCheckBox(tr("The failure happened before the drill starts"), this)),
      m_failureTime(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_carriedCaption(new QLabel(this)), m_carried(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Start a drill — %1").arg(runbook.title));
    m_environment->addItems(runbook.environments);
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setObjectName(u"environment"_s);
    m_newEnvironment->setObjectName(u"newEnvironment"_s);
    m_facilitator->setObjectName(u"facilitator"_s);
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_newEnvironment, &QPushButton::clicked, this, &StartDrillDialog::addNewEnvironment);
    m_newEnvironment->setAutoDefault(false); // Enter in the form creates the drill
    // Alt+N or a click: Tab goes from the environment straight on to the facilitator.
    m_newEnvironment->setFocusPolicy(Qt::ClickFocus);
    m_facilitator->setPlaceholderText(tr("Your name"));

    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->verticalHeader()->hide();
    m_participants->setMinimumHeight(140);
    m_participants->setAccessibleName(tr("Participants and their roles"));
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
    // Spreading the knowledge: who should drive this time, and why.
    m_suggestion->setObjectName(u"driverSuggestion"_s);
    m_suggestion->setWordWrap(true);
    m_useSuggestion->setObjectName(u"useSuggestedDriver"_s);
    m_useSuggestion->setAutoDefault(false);
    connect(m_useSuggestion, &QPushButton::clicked, this, &StartDrillDialog::useSuggestedDriver);
    auto *suggestion = new QHBoxLayout;
    suggestion->addWidget(m_suggestion, 1);
    suggestion->addWidget(m_useSuggestion);
    m_suggestion->hide();
    m_useSuggestion->hide();
    connect(m_participants, &QTableWidget::itemChanged, this, &StartDrillDialog::showSuggestion);

    m_failureTime->setCalendarPopup(true);
    m_failureTime->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_failureTime->setEnabled(false);
    connect(m_failureEarlier, &QCheckBox::toggled, m_failureTime, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *environment = new QHBoxLayout;
    environment->addWidget(m_environment, 1);
    environment->addWidget(m_newEnvironment);
    form->addRow(tr("&Environment:"), environment);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(environment)))
        label->setBuddy(m_environment);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(QString(), participantButtons);
    form->addRow(QString(), suggestion);
    form->addRow(tr("Failure:"), m_failureEarlier);
    form->addRow(QString(), m_failureTime);

    auto *scenario = new RunbookTextBrowser(this);
    scenario->setRunbookMarkdown(runbook.scenario.isEmpty() ? tr("*This runbook has no scenario.*")
                                                            : runbook.scenario);
    scenario->setMaximumHeight(120);
    scenario->setAccessibleName(tr("Scenario"));
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
    const AppSettings::LastTeam last = AppSettings().lastTeam();
    setEnvironment(last.environment);
    setFacilitator(last.facilitator);
    setParticipants(last.participants);
    // The keyboard starts at the facilitator's name, selected: a first drill types it, the
    // next one types another over it or creates the drill with Enter at once.
    m_facilitator->setFocus(Qt::OtherFocusReason);
    m_facilitator->selectAll();
    resize(620, 560);
}

StartDrillDialog::~StartDrillDialog() = default;

void StartDrillDialog::setCarriedOverItems(const QList<ActionItem> &items,
                                           const std::function<QString(qint64)> &fromLabel,
                                           const QDate &today)
{
    m_carriedItems = items;
    m_overdue = 0;
    m_carried->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const ActionItem &a = items[row];
        auto *title = new QTableWidgetItem(a.title);
        title->setToolTip(tr("From %1").arg(fromLabel(a.drillId)));
        m_carried->setItem(row, 0, title);
        m_carried->setItem(row, 1, new QTableWidgetItem(a.owner));
        auto *due = new QTableWidgetItem(a.dueDate);
        const QDate dueDate = QDate::fromString(a.dueDate, u"yyyy-MM-dd"_s);
        if (dueDate.isValid() && dueDate < today) {
            ++m_overdue;
            due->setText(tr("overdue since %1").arg(a.dueDate));
            due->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            due->setToolTip(tr("Was due on %1; it is still open").arg(a.dueDate));
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
        }
        m_carried->setItem(row, 2, due);
        auto *now = new QComboBox(m_carried);
        now->addItem(tr("still open"), int(ActionItem::Status::Open));
        now->addItem(tr("done"), int(ActionItem::Status::Done));
        now->addItem(tr("dropped"), int(ActionItem::Status::Dropped));
        now->setAccessibleName(tr("Status of %1").arg(a.title));
        m_carried->setCellWidget(row, 3, now);
    }
    m_carried->resizeColumnToContents(1);
    m_carried->resizeColumnToContents(2);
    m_carried->resizeColumnToContents(3);
    QString caption =
        tr("<b>&Open action items</b> from earlier drills of this runbook (%n) — close the "
           "ones that are done:",
           nullptr, int(items.size()));
    if (m_overdue > 0)
        caption += u"<br>"_s + tr("Overdue, past their due date: <b>%1</b>").arg(m_overdue);
    m_carriedCaption->setText(caption);
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

void StartDrillDialog::setUsedEnvironments(const QStringList &environments)
{
    for (const QString &e : environments)
        if (!e.isEmpty() && m_environment->findText(e) < 0)
            m_environment->addItem(e);
    setEnvironment(AppSettings().lastTeam().environment); // it may be one of these
}

bool StartDrillDialog::setEnvironment(const QString &environment)
{
    const int index = environment.isEmpty() ? -1 : m_environment->findText(environment);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
    return index >= 0;
}

QStringList StartDrillDialog::environments() const
{
    QStringList out;
    for (int i = 0; i < m_environment->count(); ++i)
        out << m_environment->itemText(i);
    return out;
}

void StartDrillDialog::addNewEnvironment()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New environment"),
                              tr("Name of the new environment (its drills form a series of "
                                 "their own in the history):"),
                              QLineEdit::Normal, QString(), &ok)
            .simplified();
    if (!ok || name.isEmpty())
        return;
    const QStringList known = environments();
    for (const QString &k : known)
        if (k.compare(name, Qt::CaseInsensitive) == 0) { // not new after all
            setEnvironment(k);
            m_environment->setFocus();
            return;
        }
    const QString near = NearestName::find(name, known);
    QMessageBox question(QMessageBox::Question, tr("New environment"),
                         tr("Add “%1” as a new environment?").arg(name),
                         QMessageBox::Yes | QMessageBox::No, this);
    question.setInformativeText(
        near.isEmpty()
            ? tr("Its drills form a series of their own in the history and are not compared "
                 "with the others.")
            : tr("“%1” looks like “%2”, which exists. A new environment starts a series of its "
                 "own in the history: choose No and pick “%2” if that is what you meant.")
                  .arg(name, near));
    question.setDefaultButton(QMessageBox::No);
    if (question.exec() != QMessageBox::Yes) {
        m_environment->setFocus();
        return;
    }
    m_environment->addItem(name);
    setEnvironment(name);
    m_facilitator->setFocus();
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
    for (const QString &role : std::as_const(m_runbook.roles)) {
        bool given = false;
        for (int row = 0; row < m_participants->rowCount() && !given; ++row)
            given = roleAt(row).compare(role, Qt::CaseInsensitive) == 0;
        if (!given)
            addParticipantRow({QString(), role});
    }
    showSuggestion();
}

QString StartDrillDialog::roleAt(int row) const
{
    const auto *role = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1));
    return role ? role->currentText().simplified() : QString();
}

void StartDrillDialog::setRoleAt(int row, const QString &role)
{
    if (auto *box = qobject_cast<QComboBox *>(m_participants->cellWidget(row, 1)))
        box->setCurrentText(role);
}

void StartDrillDialog::setDriverSuggestion(const DriverHistory::Suggestion &suggestion)
{
    m_suggested = suggestion;
    showSuggestion();
}

QString StartDrillDialog::suggestionText() const
{
    return m_suggestion->isHidden() ? QString() : m_suggestion->text();
}

void StartDrillDialog::showSuggestion()
{
    const bool shown = m_suggested.isValid();
    m_suggestion->setVisible(shown);
    m_useSuggestion->setVisible(shown);
    if (!shown)
        return;
    bool alreadyDriving = false;
    for (const Participant &p : participants())
        alreadyDriving =
            alreadyDriving || (p.name == m_suggested.name && DriverRole::matches(p.role));
    m_suggestion->setText(
        alreadyDriving
            ? tr("Suggested driver: <b>%1</b> — %2; already the driver.")
                  .arg(m_suggested.name.toHtmlEscaped(), m_suggested.why().toHtmlEscaped())
            : tr("Suggested driver: <b>%1</b> — %2.")
                  .arg(m_suggested.name.toHtmlEscaped(), m_suggested.why().toHtmlEscaped()));
    // The reason in full where it has room: a wrapped label of three lines would be cut off.
    m_suggestion->setToolTip(tr("Of the people who have driven a drill, nobody has driven this "
                                "runbook less: driving it spreads the knowledge."));
    m_useSuggestion->setText(tr("Make %1 the dri&ver").arg(m_suggested.name));
    m_useSuggestion->setEnabled(!alreadyDriving);
}

void StartDrillDialog::useSuggestedDriver()
{
    if (!m_suggested.isValid())
        return;
    int driverRow = -1, personRow = -1;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QTableWidgetItem *name = m_participants->item(row, 0);
        if (driverRow < 0 && DriverRole::matches(roleAt(row)))
            driverRow = row;
        if (personRow < 0 && name && name->text().simplified() == m_suggested.name)
            personRow = row;
    }
    if (personRow >= 0) { // a swap: the previous driver takes the suggested person's role
        if (driverRow >= 0 && driverRow != personRow)
            setRoleAt(driverRow, roleAt(personRow));
        setRoleAt(personRow, u"driver"_s);
    } else if (driverRow >= 0 &&
               m_participants->item(driverRow, 0)->text().simplified().isEmpty()) {
        m_participants->item(driverRow, 0)->setText(m_suggested.name);
    } else {
        // The previous driver stays in the team, without a role until the facilitator gives one.
        if (driverRow >= 0)
            setRoleAt(driverRow, QString());
        addParticipantRow({m_suggested.name, u"driver"_s});
    }
    showSuggestion();
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
    role->setAccessibleName(tr("Role"));
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
    QWidget *field = nullptr; // where the keyboard goes once the problem is read
    if (d.environment.isEmpty()) {
        problem = m_environment->count() > 0
                      ? tr("Choose the environment the drill runs in.")
                      : tr("This runbook lists no environments: add the one the drill runs in "
                           "with New environment… (for example test or production).");
        field =
            m_environment->count() > 0 ? static_cast<QWidget *>(m_environment) : m_newEnvironment;
    } else if (d.facilitator.isEmpty()) {
        problem = tr("Enter the facilitator's name: every event is logged with an author.");
        field = m_facilitator;
    } else if (d.failureMs && *d.failureMs > QDateTime::currentMSecsSinceEpoch()) {
        problem = tr("The failure time is in the future; it is when the disaster happened.");
        field = m_failureTime;
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Start a drill"), problem);
        field->setFocus(Qt::OtherFocusReason);
        return;
    }
    AppSettings().setLastTeam({d.environment, d.facilitator, d.participants});
    QDialog::accept();
}
