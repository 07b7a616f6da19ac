#include "injectspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
}

InjectsPanel::InjectsPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_cue(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cue->setObjectName(u"injectCue"_s);
    m_cue->setWordWrap(true);
    m_cue->setTextFormat(Qt::PlainText);
    QFont bold = m_cue->font();
    bold.setBold(true);
    m_cue->setFont(bold);
    m_cue->hide();
    layout->addWidget(m_cue);
    m_list->setWordWrap(true);
    m_list->setSpacing(3); // one inject from the next
    m_list->setAccessibleName(tr("Injects"));
    auto *reveal = new QPushButton(tr("Reveal selected (Ctrl+I)"), this);
    layout->addWidget(m_list, 1);
    layout->addWidget(reveal);
    connect(reveal, &QPushButton::clicked, this, [this] {
        if (!selectedInject().isEmpty())
            Q_EMIT revealRequested(selectedInject());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT revealRequested(item->data(IdRole).toString());
    });
}

InjectsPanel::~InjectsPanel() = default;

QString InjectsPanel::cueText(const QString &title)
{
    return tr("Inject ready: %1 — reveal with Ctrl+I").arg(title);
}

void InjectsPanel::setReadyInjects(const QStringList &injectIds)
{
    if (injectIds == m_ready)
        return;
    m_ready = injectIds;
    QString title;
    for (const Inject &inject : std::as_const(m_injects))
        if (inject.id == injectIds.value(0))
            title = inject.title;
    m_cue->setText(title.isEmpty() ? QString() : cueText(title));
    m_cue->setVisible(!title.isEmpty());
    if (title.isEmpty())
        return;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(IdRole).toString() == injectIds.constFirst())
            m_list->setCurrentRow(i);
}

QString InjectsPanel::cue() const
{
    return m_cue->isHidden() ? QString() : m_cue->text();
}

QString InjectsPanel::plainText(const QString &markdown)
{
    // The note is Markdown, written wrapped in the YAML: its line breaks inside a paragraph are
    // spaces, its `code` and **emphasis** marks are not for the reader.
    QTextDocument document;
    document.setMarkdown(markdown);
    return document.toPlainText().trimmed();
}

void InjectsPanel::setInjects(const QList<Inject> &injects, const QSet<QString> &revealed)
{
    // Called on every refresh of the console (each clicker press): the list, and the notes'
    // Markdown, are only made again when something in it changed.
    if (injects == m_injects && revealed == m_revealed)
        return;
    const QString selected = selectedInject();
    m_injects = injects;
    m_revealed = revealed;
    m_list->clear();
    for (const Inject &inject : injects) {
        const bool shown = revealed.contains(inject.id);
        QString text = (shown ? tr("✓ revealed: %1") : tr("○ %1")).arg(inject.title);
        if (!inject.note.isEmpty())
            text += u'\n' + plainText(inject.note);
        if (!inject.after.isEmpty())
            text += u'\n' + tr("cue: after step %1").arg(inject.after);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, inject.id);
        if (shown) { // said in words; italic rather than a colour that themes could hide
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        }
        if (inject.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0) {
        for (int i = 0; i < m_list->count(); ++i)
            if (!revealed.contains(m_list->item(i)->data(IdRole).toString())) {
                m_list->setCurrentRow(i);
                break;
            }
    }
}

QString InjectsPanel::nextUnrevealed() const
{
    for (const Inject &inject : m_injects)
        if (!m_revealed.contains(inject.id))
            return inject.id;
    return {};
}

QString InjectsPanel::selectedInject() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

int InjectsPanel::count() const
{
    return m_list->count();
}
