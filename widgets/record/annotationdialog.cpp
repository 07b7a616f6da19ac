#include "annotationdialog.h"

#include "quickentry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AnnotationDialog::AnnotationDialog(const QString &stepTitle, const QString &text, bool onProjector,
                                   bool exists, QWidget *parent)
    : QDialog(parent), m_text(new QLineEdit(this)),
      m_projector(new QCheckBox(tr("Show on the &projector"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Note on a step"));
    // The runbook's title as text: no markup, and a `&` in it is no shortcut.
    auto *caption =
        new QLabel(tr("Note pinned to “%1”:").arg(QString(stepTitle).replace(u'&', u"&&"_s)), this);
    caption->setTextFormat(Qt::PlainText);
    caption->setBuddy(m_text);
    m_text->setText(text);
    m_text->setMinimumWidth(480);
    m_text->setMaxLength(QuickEntry::maxTextLength + 200);
    m_projector->setChecked(onProjector);
    m_projector->setToolTip(tr("Off: only this console shows the note"));
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (exists) {
        QPushButton *remove =
            buttons->addButton(tr("&Remove Note"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_remove = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_text);
    layout->addWidget(m_projector);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

AnnotationDialog::~AnnotationDialog() = default;

QString AnnotationDialog::text() const
{
    return QuickEntry::clean(m_text->text());
}

bool AnnotationDialog::onProjector() const
{
    return m_projector->isChecked();
}

void AnnotationDialog::accept()
{
    if (const QString problem = QuickEntry::textProblem(m_text->text()); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
