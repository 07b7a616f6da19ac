// The console's Log dock (see consolelogpanel.h).
#include "consolelogpanel.h"

#include "eventlogdelegate.h"
#include "eventlogfiltermodel.h"
#include "eventlogmodel.h"
#include "focusedcontrolkeys.h"
#include "quickentry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConsoleLogPanel::ConsoleLogPanel(EventLogModel *log, QWidget *parent)
    : QWidget(parent), m_log(log), m_filter(new EventLogFilterModel(this)),
      m_view(new QTreeView(this)), m_category(new QComboBox(this)), m_author(new QComboBox(this)),
      m_stepOnly(new QCheckBox(tr("Selected step only"), this))
{
    m_filter->setSourceModel(m_log);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Drill log"));
    m_view->setItemDelegate(new EventLogDelegate(m_view));
    connect(m_log, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::scrollToBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_category->addItem(tr("All events"), QString::fromLatin1(EventLogFilterModel::everything));
    m_category->addItem(tr("Observations"),
                        QString::fromLatin1(EventLogFilterModel::observationsOnly));
    const QStringList categories = QuickEntry::categories();
    for (const QString &category : categories)
        m_category->addItem(QString(QuickEntry::prefixOf(category) + category).trimmed(), category);
    m_category->setAccessibleName(tr("Filter the log by category"));
    m_category->setObjectName(u"logCategory"_s);
    m_author->setAccessibleName(tr("Filter the log by who"));
    // The filters share the row and may shrink with a narrow log (a long category elided, whole
    // in the list): the log's width is the outline's loss on a small screen.
    for (QComboBox *filter : {m_category, m_author}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(4);
    }
    filters->addWidget(m_category, 3);
    filters->addWidget(m_author, 2);
    filters->addWidget(m_stepOnly);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAuthor(m_author->currentData().toString()); });
    connect(m_stepOnly, &QCheckBox::toggled, this, &ConsoleLogPanel::stepOnlyToggled);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &ConsoleLogPanel::updateAuthorFilter);
    connect(m_log, &QAbstractItemModel::modelReset, this, &ConsoleLogPanel::updateAuthorFilter);
    updateAuthorFilter();
    FocusedControlKeys::install(this);
    m_view->setColumnWidth(EventLogModel::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(u"00:00  "_s));
    m_view->setColumnWidth(EventLogModel::AuthorColumn,
                           m_view->fontMetrics().horizontalAdvance(u"Firstname  "_s));
}

bool ConsoleLogPanel::isStepOnly() const
{
    return m_stepOnly->isChecked();
}

void ConsoleLogPanel::setStepFilter(const QString &stepId)
{
    m_filter->setStep(stepId);
}

qint64 ConsoleLogPanel::selectedObservation() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !index.data(EventLogModel::IsObservationRole).toBool())
        return 0;
    return index.data(EventLogModel::EventIdRole).toLongLong();
}

qint64 ConsoleLogPanel::selectedAttachment() const
{
    return m_view->currentIndex().data(EventLogModel::AttachmentIdRole).toLongLong();
}

void ConsoleLogPanel::updateAuthorFilter()
{
    const QString selected = m_author->currentData().toString();
    const QStringList authors = m_log->authors();
    if (m_author->count() == authors.size() + 1)
        return; // nobody new
    const QSignalBlocker block(m_author);
    m_author->clear();
    m_author->addItem(tr("Anyone"), QString());
    for (const QString &a : authors)
        m_author->addItem(a, a);
    m_author->setCurrentIndex(std::max(0, m_author->findData(selected)));
}
