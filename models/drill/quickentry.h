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
    // Why a text cannot be an observation (empty, too long, a control character), or empty.
    // Tabs and line breaks are allowed (clean() turns them into spaces).
    static QString textProblem(QStringView text);
    // The text with tabs and line breaks as spaces, trimmed.
    static QString clean(QStringView text);
    // Why a name cannot be an author or owner (too long, control characters, line breaks),
    // or empty. Names typed in a form may hold spaces; @name in the quick entry may not.
    static QString nameProblem(QStringView name);
    static QString defaultCategory() { return QStringLiteral("note"); }
    // Every category in the order of the log's filter: note, issue, question, action-item,
    // improvement, automation-candidate.
    static QStringList categories();
    // "! " for issue, "" for note.
    static QString prefixOf(const QString &category);
};
