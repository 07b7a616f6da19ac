// F1: every keyboard shortcut of the window, read from its actions, so it is never out of date.
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

class ShortcutCheatSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutCheatSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutCheatSheet() override;

    // Rows of "keys<TAB>action" in the order shown, for tests and the README.
    QStringList rows() const;

private:
    QTableWidget *m_table;
};
