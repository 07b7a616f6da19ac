// `drilldeck evidence DRILL_ID|last --out FILE.zip [--db PATH|--demo] [--page a4|letter]
// [--sign gpg[:KEYID]|ssh:KEYFILE]`: one drill's evidence pack (docs/evidence-pack.md), headless.
// Needs a QApplication (the PDF report; the offscreen platform will do).
#pragma once

#include <QStringList>

class QTextStream;

class EvidenceCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   bool exampleData = false);
};
