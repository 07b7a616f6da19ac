#include "commandtextedit.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace {
constexpr char16_t wordJoiner = 0x2060;

bool breaksHere(QChar c)
{
    return c.isSpace();
}
} // namespace

CommandTextEdit::CommandTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void CommandTextEdit::setCommand(const QString &command)
{
    m_command = command;
    setPlainText(joined(command));
}

QString CommandTextEdit::joined(const QString &command)
{
    QString shown;
    shown.reserve(command.size() * 2);
    for (qsizetype i = 0; i < command.size(); ++i) {
        shown += command.at(i);
        const bool inWord = i + 1 < command.size() && !breaksHere(command.at(i)) &&
                            !breaksHere(command.at(i + 1)) && !command.at(i).isHighSurrogate();
        if (inWord)
            shown += QChar(wordJoiner);
    }
    return shown;
}

QString CommandTextEdit::unjoined(QString shown)
{
    return shown.remove(QChar(wordJoiner));
}

QMimeData *CommandTextEdit::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(unjoined(textCursor().selection().toPlainText()));
    return data;
}
