// Finds text a YAML comment cut short: in a plain value, ` #` starts a comment, so
// `title: Sales asks in #general whether…` is the title "Sales asks in". Said as a warning.
#pragma once

#include "diagnostic.h"

#include <QByteArray>

struct Runbook;

class HiddenCommentCheck
{
public:
    // One warning per free-text value (titles, instructions, notes, commands, …) written plain
    // with a comment after it on its line, at the comment's `#`, with what the text reads.
    static QList<Diagnostic> check(const Runbook &runbook, const QByteArray &source,
                                   const QString &fileName);
};
