#include "invalidrunbookbox.h"

#include "terminaltext.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

QMessageBox *InvalidRunbookBox::open(const QString &path, const QList<Diagnostic> &diagnostics,
                                     QWidget *parent)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("InvalidRunbookBox", text);
    };
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << TerminalText::sanitise(d.toString());
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Cannot open runbook"));
    // Plain text: a problem quotes the runbook, and a QMessageBox would take a `<` for HTML.
    box->setTextFormat(Qt::PlainText);
    QString text = tr("%1 is not a valid runbook.").arg(QDir::toNativeSeparators(path));
    if (!lines.isEmpty())
        text += u"\n\n"_s + lines.first(qMin(lines.size(), qsizetype(shownProblems))).join(u'\n');
    if (lines.size() > shownProblems) {
        text += u"\n\n"_s +
                QCoreApplication::translate("InvalidRunbookBox",
                                            "… and %n more: Show Details lists every problem.",
                                            nullptr, int(lines.size() - shownProblems));
        box->setDetailedText(lines.join(u'\n'));
    }
    box->setText(text);
    QPushButton *close = box->addButton(QMessageBox::Close);
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    // Enter closes the box; Show Details takes a click or its mnemonic, never the default.
    for (QAbstractButton *button : box->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button); push && push != close)
            push->setAutoDefault(false);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}
