// A 1-based line and column in a runbook file, as editors and compilers count them.
#pragma once

struct SourceLocation
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const SourceLocation &) const = default;
};
