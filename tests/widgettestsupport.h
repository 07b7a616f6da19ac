// What GUI tests read off a widget tree, and how they press keys and answer dialogs as a user.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace WidgetTestSupport {

// Every piece of text a widget tree shows: labels, text browsers, line edits.
inline QString visibleText(QWidget *root)
{
    QStringList out;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        out << l->text();
    const auto browsers = root->findChildren<QTextEdit *>();
    for (const QTextEdit *b : browsers)
        out << b->toPlainText();
    return out.join(u'\n');
}

// A key as the facilitator presses it: to the window's focused widget (the outline, the log,
// the entry...), which may take the key before the window's shortcuts do; the window active
// first (a dialog that just closed may still hold the focus).
inline void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window did not become active");
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && window->isAncestorOf(focus) ? focus : window, key, modifiers);
}

// Answers the next modal dialog of type T once it is open and active, with answer: call it, then
// press the key that opens the dialog. Looks for it on each turn of the event loop for up to 5 s,
// while context (the window under test) lives; a dialog that never opens leaves the state the test
// then checks unchanged.
template<typename T>
void whenModalOpens(QObject *context, std::function<void(T *)> answer, int attempts = 500)
{
    QTimer::singleShot(10, context, [context, answer = std::move(answer), attempts] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            // Keys go where the focus is: wait until the dialog has it, as a user would.
            if (!QTest::qWaitForWindowActive(dialog))
                qWarning("the %s did not become active", T::staticMetaObject.className());
            answer(dialog);
            if (QTest::currentTestFailed() && dialog->isVisible())
                dialog->reject(); // a check in answer failed: do not leave the test hanging
            return;
        }
        if (attempts > 0)
            whenModalOpens<T>(context, answer, attempts - 1);
        else
            qWarning("no %s opened", T::staticMetaObject.className());
    });
}

// Types text into the next modal dialog's line edit (an input dialog's) and presses Enter.
inline void typeIntoNextDialog(QObject *context, const QString &text)
{
    whenModalOpens<QDialog>(context, [text](QDialog *dialog) {
        auto *line = dialog->findChild<QLineEdit *>();
        if (!line) {
            qWarning("the dialog has no line to type into");
            dialog->reject();
            return;
        }
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    });
}

// Answers the next file dialog as a user does: the whole path in its file name field, Enter.
inline void chooseInNextFileDialog(QObject *context, const QString &path)
{
    whenModalOpens<QFileDialog>(context, [path](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            qWarning("the file dialog has no file name to type into");
            dialog->reject();
            return;
        }
        name->setText(path); // as typed, without the completer's list in the way
        QTest::keyClick(name, Qt::Key_Return);
        if (dialog->isVisible()) {
            qWarning("the file dialog did not take %s", qPrintable(path));
            dialog->reject();
        }
    });
}

// With DRILLDECK_SCREENSHOTS=DIR (a run under Xvfb, QT_QPA_PLATFORM=xcb, to look at a dialog as
// drawn): saves the widget as DIR/NAME.png; otherwise does nothing.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DRILLDECK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // replaced cell widgets
    QApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace WidgetTestSupport
