#include "actionitemsdialog.h"

#include "actionitemstore.h"
#include "closeactionitemdialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActionItemsDialog::ActionItemsDialog(ActionItemStore &store, qint64 drillId,
                                     const QString &runbookId,
                                     std::function<QString(qint64)> drillLabel,
                                     std::function<qint64()> clock, QWidget *parent)
    : QDialog(parent), m_store(store), m_drillId(drillId), m_runbookId(runbookId),
      m_drillLabel(std::move(drillLabel)), m_clock(std::move(clock)),
      m_table(new QTableWidget(this)), m_problem(new QLabel(this)),
      m_close(new QPushButton(tr("Close with &Evidence…"), this))
{
    setWindowTitle(tr("Action items"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Action item"), tr("Owner"), tr("Due (yyyy-MM-dd)"),
                                        tr("Status"), tr("From"), tr("Closed with")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceColumn, QHeaderView::Stretch);
    // A few rows: the due date and status columns fit their header and their values.
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Action items"));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *hint = new QLabel(tr("F2 or typing edits a cell; the status list opens with Alt+Down. "
                               "Items of earlier drills of this runbook stay here until closed."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_close->setToolTip(tr("Close the selected item: what was done and a link to the proof"));
    m_close->setAutoDefault(false);
    buttons->addButton(m_close, QDialogButtonBox::ActionRole);
    connect(m_close, &QPushButton::clicked, this, &ActionItemsDialog::closeSelected);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(980, 420);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading)
            this->store(item->row());
    });
    reload();
}

ActionItemsDialog::~ActionItemsDialog() = default;

QString ActionItemsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ActionItemsDialog::reload()
{
    m_loading = true;
    m_items.clear();
    QString error;
    if (auto earlier = m_store.openItemsBefore(m_runbookId, m_drillId))
        m_items += earlier.value();
    else
        error = earlier.error().message;
    if (auto own = m_store.items(m_drillId))
        m_items += own.value();
    else
        error = own.error().message;
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < int(m_items.size()); ++row) {
        const ActionItem &a = m_items[row];
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(a.title));
        m_table->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
        m_table->setItem(row, DueColumn, new QTableWidgetItem(a.dueDate));
        auto *from = new QTableWidgetItem(a.drillId == m_drillId ? tr("this drill")
                                                                 : m_drillLabel(a.drillId));
        from->setFlags(from->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, FromColumn, from);
        QStringList closure;
        if (!a.isOpen()) {
            if (a.closedMs > 0)
                closure << QDateTime::fromMSecsSinceEpoch(a.closedMs)
                               .toLocalTime()
                               .toString(u"yyyy-MM-dd"_s);
            if (!a.closingNote.isEmpty())
                closure << a.closingNote;
            if (!a.closingLink.isEmpty())
                closure << a.closingLink;
        }
        auto *evidence = new QTableWidgetItem(closure.join(u" — "_s));
        evidence->setToolTip(closure.join(u"\n"_s));
        evidence->setFlags(evidence->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, EvidenceColumn, evidence);
        auto *status = new QComboBox(m_table);
        for (auto s :
             {ActionItem::Status::Open, ActionItem::Status::Done, ActionItem::Status::Dropped})
            status->addItem(ActionItem::statusName(s), int(s));
        status->setCurrentIndex(status->findData(int(a.status)));
        status->setAccessibleName(tr("Status of %1").arg(a.title));
        connect(status, &QComboBox::currentIndexChanged, this, [this, row] {
            if (!m_loading)
                store(row);
        });
        m_table->setCellWidget(row, StatusColumn, status);
    }
    m_table->resizeColumnToContents(OwnerColumn);
    m_table->resizeColumnToContents(FromColumn);
    m_close->setEnabled(!m_items.isEmpty());
    m_loading = false;
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
}

void ActionItemsDialog::store(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    ActionItem changed = m_items[row];
    changed.title = m_table->item(row, TitleColumn)->text();
    changed.owner = m_table->item(row, OwnerColumn)->text();
    changed.dueDate = m_table->item(row, DueColumn)->text().trimmed();
    if (auto *status = qobject_cast<QComboBox *>(m_table->cellWidget(row, StatusColumn)))
        changed.status = ActionItem::Status(status->currentData().toInt());
    const bool closing = !changed.isOpen() && m_items[row].isOpen() && changed.drillId != m_drillId;
    auto stored = closing ? m_store.close(changed.id, changed.status, m_drillId, m_clock())
                          : m_store.update(changed, m_clock());
    if (stored && closing && changed.title != m_items[row].title)
        stored = m_store.update(changed, m_clock());
    if (!stored) {
        const QString message = stored.error().message;
        reload(); // the cell goes back to what is stored
        m_problem->setText(message);
        m_problem->show();
        return;
    }
    m_items[row] = stored.value();
    m_problem->hide();
    Q_EMIT itemsChanged();
}

bool ActionItemsDialog::closeWithEvidence(int row, ActionItem::Status status, const QString &note,
                                          const QString &link)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const ActionItem &a = m_items[row];
    // An item of an earlier drill is closed by this one; the drill's own item by nobody else.
    auto stored =
        m_store.close(a.id, status, a.drillId == m_drillId ? 0 : m_drillId, m_clock(), note, link);
    if (!stored) {
        m_problem->setText(stored.error().message);
        m_problem->show();
        return false;
    }
    reload();
    Q_EMIT itemsChanged();
    return true;
}

void ActionItemsDialog::closeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size()) {
        m_problem->setText(tr("Select the action item to close first"));
        m_problem->show();
        return;
    }
    CloseActionItemDialog dialog(m_items[row], this);
    if (dialog.exec() == QDialog::Accepted)
        closeWithEvidence(row, dialog.status(), dialog.note(), dialog.link());
}
