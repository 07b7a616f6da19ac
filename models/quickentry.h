// The one-line observation entry, parsed: a prefix picks the category ("! " issue,
// "? " question, "+ " action item, "~ " improvement, "* " automation candidate),
// "@name " names who said it, the rest is the text. Bad input is an error value, never a crash.
#pragma once

#include <QString>
#include <QStringList>

struct QuickEntry
{
    QString category = defaultCategory();
    QString author; // empty: the facilitator
    QString text;
    QString error; // set when the line cannot be logged; say what would be right

    bool ok() const { return error.isEmpty(); }
    bool operator==(const QuickEntry &) const = default;

    static constexpr int maxTextLength = 4000;
    static constexpr int maxAuthorLength = 40;

    static QuickEntry parse(QStringView line);
    static QString defaultCategory() { return QStringLiteral("note"); }
    // Every category in the order of the log's filter: note, issue, question, action-item,
    // improvement, automation-candidate.
    static QStringList categories();
    // "! " for issue, "" for note.
    static QString prefixOf(const QString &category);
};
