#include "focusedcontrolkeys.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QKeyEvent>
#include <QWidget>

void FocusedControlKeys::install(QWidget *root)
{
    auto *filter = new FocusedControlKeys(root);
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w))
            continue;
        w->setFocusPolicy(Qt::TabFocus);
        w->installEventFilter(filter);
    }
}

bool FocusedControlKeys::eventFilter(QObject *watched, QEvent *event)
{
    // Accepting the override tells Qt the focused control wants the key: no shortcut fires and
    // the key press reaches the control.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
