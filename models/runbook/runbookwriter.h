// Writes a runbook back to YAML (format version 1) with yaml-cpp's emitter, keeping what of the
// original file's layout yaml-cpp can: the key order, flow or block lists, literal blocks for
// multi-line text, and the comment lines at the top. Other comments and blank lines are lost.
#pragma once

#include <QByteArray>

struct Runbook;
struct Step;

class RunbookWriter
{
public:
    // original: the text the runbook was loaded from (its header comments are copied), or
    // empty. Keys follow the original's order where the runbook knows their locations, the
    // format's order (RunbookLoader::topLevelKeys, stepKeys) otherwise.
    static QByteArray toYaml(const Runbook &runbook, const QByteArray &original = {});

    // One step as the file would hold it (a YAML mapping), for showing and diffing it.
    static QByteArray stepToYaml(const Step &step);

    // The comment and blank lines that open a YAML text, up to its first content line.
    static QByteArray headerComments(const QByteArray &yaml);
};
