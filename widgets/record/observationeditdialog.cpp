#include "observationeditdialog.h"

#include "quickentry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ObservationEditDialog::ObservationEditDialog(const ObservationLedger::Observation &observation,
                                             const Runbook &runbook, const QStringList &names,
                                             QWidget *parent)
    : QDialog(parent), m_text(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_author(new QComboBox(this)), m_step(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Edit observation"));
    m_text->setText(observation.text);
    m_text->setMaxLength(QuickEntry::maxTextLength + 200); // accept() says why
    m_text->setMinimumWidth(520);
    const QStringList categories = QuickEntry::categories();
    // Named first, the prefix after it: typing a letter picks a category (i issue, q question,
    // a action item), as a list does.
    for (const QString &c : categories) {
        const QString prefix = QuickEntry::prefixOf(c).trimmed();
        const QString name = QString(c).replace(u'-', u' ');
        m_category->addItem(prefix.isEmpty() ? name : tr("%1  (%2)").arg(name, prefix), c);
    }
    m_category->setAccessibleName(tr("Category"));
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setCurrentIndex(std::max(0, m_category->findData(observation.category)));
    m_author->setEditable(true);
    QStringList authors = names;
    if (!observation.author.isEmpty() && !authors.contains(observation.author))
        authors.prepend(observation.author);
    m_author->addItems(authors);
    m_author->setCurrentText(observation.author);
    m_step->addItem(tr("(no step)"), QString());
    const QList<Step> steps = runbook.allSteps();
    for (const Step &s : steps)
        m_step->addItem(tr("%1. %2").arg(runbook.stepIndex(s.id) + 1).arg(s.title), s.id);
    m_step->setCurrentIndex(std::max(0, m_step->findData(observation.stepId)));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Who said it:"), m_author);
    form->addRow(tr("&Step:"), m_step);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

ObservationEditDialog::~ObservationEditDialog() = default;

QString ObservationEditDialog::text() const
{
    return QuickEntry::clean(m_text->text());
}

QString ObservationEditDialog::category() const
{
    return m_category->currentData().toString();
}

QString ObservationEditDialog::author() const
{
    return m_author->currentText().trimmed();
}

QString ObservationEditDialog::stepId() const
{
    return m_step->currentData().toString();
}

void ObservationEditDialog::accept()
{
    QString problem = QuickEntry::textProblem(m_text->text());
    if (problem.isEmpty())
        problem = QuickEntry::nameProblem(author());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
