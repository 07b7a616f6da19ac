// Line diffs of the procedure's rewrites, computed with dtl (libdtl-dev) in unified format.
#pragma once

#include <QList>
#include <QString>

struct DrillEvent;

class RewriteDiff
{
public:
    struct Line
    {
        enum class Kind { Hunk, Context, Removed, Added };
        Kind kind = Kind::Context;
        QString text; // without the sign

        QString toString() const; // "@@ -1,3 +1,4 @@", " same", "-old", "+new"
        bool operator==(const Line &) const = default;
    };

    // The unified diff (3 lines of context) from before to after; empty when they are equal.
    static QList<Line> unified(const QString &before, const QString &after);
    static QString unifiedText(const QString &before, const QString &after);

    // The step a rewrite event is about, before and after, as YAML: "" where it does not exist
    // (before an insert, after a removal). A move shows the step's place in both.
    static QString beforeText(const DrillEvent &event);
    static QString afterText(const DrillEvent &event);
};
