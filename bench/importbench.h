// Importing a 5 MB Markdown runbook, against reading the same text with Qt's own Markdown parser.
#pragma once

#include <QByteArray>

class BenchTable;

class ImportBench
{
public:
    static void run(BenchTable &table, int steps = 8000, int repetitions = 5);
    // A wiki-style runbook: a heading per phase, a sub-heading per step with its role, time,
    // check, a paragraph, a bullet list and a code block.
    static QByteArray generateMarkdown(int steps);
};
