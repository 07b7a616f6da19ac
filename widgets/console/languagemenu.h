// View › Language: the system's language or one the user picks, taking effect at the next start.
#pragma once

#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // The user picked a language; message says when it applies (for the status bar).
    void chosen(const QString &message);

private:
    QActionGroup *m_choices;
};
