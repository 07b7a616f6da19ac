// What would be right, for the YAML syntax errors whose yaml-cpp wording says nothing of it: a
// tab in the indentation, and a plain value holding ": ".
#pragma once

#include "sourcelocation.h"

#include <QByteArray>
#include <QString>

#include <optional>

class YamlSyntaxHint
{
public:
    // The first tab in the indentation of the lines around aroundLine (1-based), if any.
    static std::optional<SourceLocation> leadingTab(const QByteArray &bytes, int aroundLine);
    // For "illegal map value" on `key: a plain value: with a colon`: "; … quoted, like this:
    // key: 'a plain value: with a colon'", or empty when the line is not of that kind.
    static QString quoteHint(const QByteArray &bytes, int line);
};
