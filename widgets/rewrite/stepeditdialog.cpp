#include "stepeditdialog.h"

#include "duration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit *textBox(QWidget *parent, int lines, bool monospace)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true);
    if (monospace)
        box->setFont(QFont(u"monospace"_s));
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

// Multi-line text ends with a newline, as a YAML block keeps it; one line is kept as it is.
QString blockText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u'\n'))
        return trimmed;
    QString out = text;
    while (out.endsWith(u'\n') || out.endsWith(u' '))
        out.chop(1);
    return out + u'\n';
}
} // namespace

StepEditDialog::StepEditDialog(Mode mode, const Step &step, const QStringList &roles,
                               QWidget *parent)
    : QDialog(parent), m_mode(mode), m_original(step), m_id(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_instructions(textBox(this, 6, false)),
      m_command(textBox(this, 3, true)), m_verify(new QLineEdit(this)),
      m_expected(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_automation(new QComboBox(this)), m_dependsOn(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setObjectName(u"stepEditDialog"_s);
    setWindowTitle(mode == Mode::Edit ? tr("Rewrite step %1").arg(step.id) : tr("Insert a step"));
    m_id->setText(step.id);
    m_id->setReadOnly(mode == Mode::Edit);
    m_id->setToolTip(mode == Mode::Edit ? tr("A step's id stays stable; insert a new step for a "
                                             "new id")
                                        : tr("Proposed from the title until you type one"));
    m_title->setText(step.title);
    m_instructions->setPlainText(step.instructions);
    m_command->setPlainText(step.command);
    m_verify->setText(step.verify);
    m_expected->setText(step.expectedSeconds > 0 ? Duration::format(step.expectedSeconds)
                                                 : QString());
    m_expected->setPlaceholderText(tr("90s, 15m, 1h30m"));
    m_role->addItem(tr("(none)"), QString());
    for (const QString &r : roles)
        m_role->addItem(r, r);
    m_role->setCurrentIndex(std::max(0, m_role->findData(step.role)));
    for (Step::Automation a :
         {Step::Automation::Manual, Step::Automation::Scripted, Step::Automation::Automated})
        m_automation->addItem(Step::automationName(a), int(a));
    m_automation->setCurrentIndex(m_automation->findData(int(step.automation)));
    m_dependsOn->setText(step.dependsOn.join(u", "_s));
    m_dependsOn->setPlaceholderText(tr("step ids, separated by commas"));
    m_problem->setObjectName(u"problem"_s);
    m_problem->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"QLabel { color: #c0392b; font-weight: bold; }"_s);
    m_problem->hide();

    if (mode == Mode::Insert) {
        connect(m_id, &QLineEdit::textEdited, this, [this] { m_idTyped = true; });
        connect(m_title, &QLineEdit::textChanged, this, [this](const QString &title) {
            if (!m_idTyped)
                m_id->setText(idFromTitle(title));
        });
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Verify:"), m_verify);
    form->addRow(tr("E&xpected:"), m_expected);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Automation:"), m_automation);
    form->addRow(tr("&Depends on:"), m_dependsOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Edit ? tr("Rewrite") : tr("Insert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StepEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
    m_title->setFocus();
}

StepEditDialog::~StepEditDialog() = default;

QString StepEditDialog::idFromTitle(const QString &title)
{
    QString id = title.toLower();
    id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(64);
}

Step StepEditDialog::step() const
{
    Step s = m_original;
    s.id = m_id->text().trimmed();
    s.title = m_title->text().trimmed();
    s.instructions = blockText(m_instructions->toPlainText());
    s.command = blockText(m_command->toPlainText());
    s.verify = m_verify->text().trimmed();
    s.expectedSeconds = Duration::parseSeconds(m_expected->text().trimmed()).value_or(0);
    s.role = m_role->currentData().toString();
    s.automation = Step::Automation(m_automation->currentData().toInt());
    s.dependsOn.clear();
    for (const QString &dep : m_dependsOn->text().split(u',', Qt::SkipEmptyParts))
        if (!dep.trimmed().isEmpty())
            s.dependsOn << dep.trimmed();
    return s;
}

QString StepEditDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void StepEditDialog::accept()
{
    QString why;
    if (m_title->text().trimmed().isEmpty())
        why = tr("a step needs a title");
    const QString expected = m_expected->text().trimmed();
    if (why.isEmpty() && !expected.isEmpty())
        if (!Duration::parseSeconds(expected, &why))
            why = tr("expected: %1").arg(why);
    if (why.isEmpty() && m_checker)
        why = m_checker(step());
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
