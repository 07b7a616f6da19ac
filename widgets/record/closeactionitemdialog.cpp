#include "closeactionitemdialog.h"

#include "actionitemstore.h"
#include "quickentry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CloseActionItemDialog::CloseActionItemDialog(const ActionItem &item, QWidget *parent)
    : QDialog(parent), m_status(new QComboBox(this)), m_note(new QLineEdit(this)),
      m_link(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Close the action item"));
    auto *caption = new QLabel(tr("Close “%1” with the evidence of what was done:")
                                   .arg(QString(item.title).replace(u'&', u"&&"_s)),
                               this);
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    m_status->addItem(tr("done"), int(ActionItem::Status::Done));
    m_status->addItem(tr("dropped"), int(ActionItem::Status::Dropped));
    m_status->setAccessibleName(tr("Closed as"));
    m_note->setText(item.closingNote);
    m_note->setPlaceholderText(tr("what was done, e.g. the DNS record is in Terraform now"));
    m_note->setMaxLength(int(ActionItemStore::maxClosingLength) + 200);
    m_note->setAccessibleName(tr("Closing note"));
    m_link->setText(item.closingLink);
    m_link->setPlaceholderText(u"https://tickets.example.com/OPS-42"_s);
    m_link->setMaxLength(int(ActionItemStore::maxClosingLength) + 200);
    m_link->setAccessibleName(tr("Link to the proof"));
    m_link->setToolTip(tr("A ticket, a merge request: an http or https address"));
    m_link->setMinimumWidth(420);
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Closed &as:"), m_status);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Link:"), m_link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close Item"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_note->setFocus(Qt::OtherFocusReason);
}

CloseActionItemDialog::~CloseActionItemDialog() = default;

ActionItem::Status CloseActionItemDialog::status() const
{
    return ActionItem::Status(m_status->currentData().toInt());
}

QString CloseActionItemDialog::note() const
{
    return QuickEntry::clean(m_note->text());
}

QString CloseActionItemDialog::link() const
{
    return m_link->text().trimmed();
}

QString CloseActionItemDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CloseActionItemDialog::accept()
{
    QString problem = ActionItemStore::closingProblem(note(), link());
    if (problem.isEmpty() && note().isEmpty() && link().isEmpty())
        problem = tr("say what was done, or link to the proof (or both)");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
