// A recorded run as JUnit XML, the format CI servers (Jenkins, GitLab) read: one testsuite per
// run, one testcase per step (classname RUNBOOK.PHASE, name the step id), a failure with its
// message and the output's tail, skipped for steps that were not run, the output capped.
#pragma once

#include "automatedrun.h"

#include <QByteArray>
#include <QList>
#include <QString>

class JUnitReport
{
public:
    static constexpr qsizetype systemOutCap = 64 * 1024; // characters of each stream kept

    struct Run
    {
        QString runbookId;
        QString environment;
        qint64 drillId = 0;
        int iteration = 0;
        qint64 startMs = 0; // UTC ms
        qint64 endMs = 0;
        QList<AutomatedRun::StepResult> steps;
    };

    static QByteArray toXml(const Run &run);
    // The failure in one line: "failed: exit 3", "timed-out: ...".
    static QString failureMessage(const CommandEvidence &evidence);
    // text without the characters XML 1.0 cannot hold (control characters but tab and line
    // ends, lone surrogates, U+FFFE, U+FFFF): each becomes U+FFFD.
    static QString xmlSafe(const QString &text);
};
