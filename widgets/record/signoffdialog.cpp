#include "signoffdialog.h"

#include "quickentry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SignOffDialog::SignOffDialog(const QString &name, const QStringList &roles, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_statement(new QPlainTextEdit(this)),
      m_withReservations(new QCheckBox(tr("Sign with &reservations:"), this)),
      m_reservations(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Sign off the drill"));
    auto *intro = new QLabel(tr("Vouch for this drill's record: its timeline, figures and "
                                "observations as they stand now. The sign-off is logged with "
                                "the time; a later change to the record shows that it predates "
                                "the change."),
                             this);
    intro->setWordWrap(true);
    m_name->setText(name);
    m_name->setMaxLength(QuickEntry::maxAuthorLength);
    m_name->setAccessibleName(tr("Name"));
    m_role->setEditable(true);
    QStringList offered{tr("facilitator"), tr("observer")};
    for (const QString &r : roles)
        if (!r.trimmed().isEmpty() && !offered.contains(r.trimmed(), Qt::CaseInsensitive))
            offered << r.trimmed();
    m_role->addItems(offered);
    m_role->setAccessibleName(tr("Role"));
    m_statement->setPlainText(SignOff::defaultStatement());
    m_statement->setTabChangesFocus(true);
    m_statement->setAccessibleName(tr("Statement"));
    m_statement->setFixedHeight(m_statement->fontMetrics().lineSpacing() * 4);
    m_withReservations->setToolTip(tr("Say what you are not sure of; the report shows it"));
    m_reservations->setTabChangesFocus(true);
    m_reservations->setAccessibleName(tr("Reservations"));
    m_reservations->setPlaceholderText(tr("e.g. the RPO was entered from memory"));
    m_reservations->setFixedHeight(m_reservations->fontMetrics().lineSpacing() * 4);
    m_reservations->setEnabled(false);
    connect(m_withReservations, &QCheckBox::toggled, m_reservations, [this](bool on) {
        m_reservations->setEnabled(on);
        if (on)
            m_reservations->setFocus(Qt::OtherFocusReason);
    });
    m_problem->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Statement:"), m_statement);
    form->addRow(m_withReservations, m_reservations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &Off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

SignOffDialog::~SignOffDialog() = default;

SignOff SignOffDialog::signOff() const
{
    SignOff s;
    s.name = m_name->text().trimmed();
    s.role = m_role->currentText().trimmed();
    s.statement = QuickEntry::clean(m_statement->toPlainText());
    if (m_withReservations->isChecked())
        s.reservations = QuickEntry::clean(m_reservations->toPlainText());
    return s;
}

QString SignOffDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SignOffDialog::accept()
{
    const SignOff s = signOff();
    DrillEvent event;
    event.kind = DrillEvent::Kind::SignedOff;
    event.author = s.name;
    event.payload = s.toPayload();
    QString problem = SignOff::check(event);
    if (problem.isEmpty() && m_withReservations->isChecked() && !s.withReservations())
        problem = tr("say what the reservations are, or untick “Sign with reservations”");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
