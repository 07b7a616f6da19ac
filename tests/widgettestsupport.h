// What GUI tests read off a widget tree.
#pragma once

#include <QLabel>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

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

} // namespace WidgetTestSupport
