// A step's command as the console shows it: read-only, wrapped at spaces only, never inside a
// word (Qt's line breaking would split "--delta --type" after a hyphen and "/usr/lib" after a
// slash, and someone typing from the screen would type a space that is not there). A word wider
// than the box still breaks where it must. Copying gives the command's own characters.
#pragma once

#include <QTextEdit>

class CommandTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit CommandTextEdit(QWidget *parent = nullptr);

    void setCommand(const QString &command);
    QString command() const { return m_command; }

    // The text laid out: a WORD JOINER (U+2060, no break, no width) between the characters of
    // a word, so the only break opportunities left are at spaces and line ends.
    static QString joined(const QString &command);
    static QString unjoined(QString shown);

protected:
    QMimeData *createMimeDataFromSelection() const override;

private:
    QString m_command;
};
