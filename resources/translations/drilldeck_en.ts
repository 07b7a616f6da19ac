<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarCommand</name>
    <message numerus="yes">
        <source>Wrote %n due drill(s) to %1</source>
        <translation>
            <numerusform>Wrote %n due drill to %1</numerusform>
            <numerusform>Wrote %n due drills to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillCalendar</name>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>Overdue by %n day.</numerusform>
            <numerusform>Overdue by %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillClockPanel</name>
    <message numerus="yes">
        <source>%n step(s) without a reference (added or renamed since)</source>
        <translation>
            <numerusform>%n step without a reference (added or renamed since)</numerusform>
            <numerusform>%n steps without a reference (added or renamed since)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillControl</name>
    <message numerus="yes">
        <source>%n step(s) still running. Finish the drill anyway?</source>
        <translation>
            <numerusform>%n step still running. Finish the drill anyway?</numerusform>
            <numerusform>%n steps still running. Finish the drill anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillEngine</name>
    <message numerus="yes">
        <source>NOT SAVED: %1. %n event(s) wait to be stored; DrillDeck keeps retrying and can export them.</source>
        <translation>
            <numerusform>NOT SAVED: %1. %n event waits to be stored; DrillDeck keeps retrying and can export them.</numerusform>
            <numerusform>NOT SAVED: %1. %n events wait to be stored; DrillDeck keeps retrying and can export them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT SAVED: %1. %n event(s) wait to be stored.</source>
        <translation>
            <numerusform>NOT SAVED: %1. %n event waits to be stored.</numerusform>
            <numerusform>NOT SAVED: %1. %n events wait to be stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverHistory</name>
    <message numerus="yes">
        <source>%1 has driven it %n time(s)</source>
        <translation>
            <numerusform>%1 has driven it %n time</numerusform>
            <numerusform>%1 has driven it %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has driven it %n time(s), last on %2</source>
        <translation>
            <numerusform>%1 has driven it %n time, last on %2</numerusform>
            <numerusform>%1 has driven it %n times, last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverMatrixModel</name>
    <message numerus="yes">
        <source>%1 drove %2 in %n drill(s), last on %3</source>
        <translation>
            <numerusform>%1 drove %2 in %n drill, last on %3</numerusform>
            <numerusform>%1 drove %2 in %n drills, last on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%2 was driven by %n people: %1</source>
        <translation>
            <numerusform>%2 was driven by %n person: %1</numerusform>
            <numerusform>%2 was driven by %n people: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%1 has %n problem(s)</source>
        <translation>
            <numerusform>%1 has %n problem</numerusform>
            <numerusform>%1 has %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) of earlier drills closed</source>
        <translation>
            <numerusform>%n action item of earlier drills closed</numerusform>
            <numerusform>%n action items of earlier drills closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>Median of the last %n before B</source>
        <translation>
            <numerusform>Median of the last %n drill before B</numerusform>
            <numerusform>Median of the last %n before B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last drill in %1 against the %n drill(s) before it: median, interquartile range (the middle half, Q1–Q3) and min–max of each step&apos;s time; skipped steps have no time.</source>
        <translation>
            <numerusform>The last drill in %1 against the %n drill before it: median, interquartile range (the middle half, Q1–Q3) and min–max of each step&apos;s time; skipped steps have no time.</numerusform>
            <numerusform>The last drill in %1 against the %n drills before it: median, interquartile range (the middle half, Q1–Q3) and min–max of each step&apos;s time; skipped steps have no time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidRunbookBox</name>
    <message numerus="yes">
        <source>… and %n more: Show Details lists every problem.</source>
        <translation>
            <numerusform>… and %n more: Show Details lists every problem.</numerusform>
            <numerusform>… and %n more: Show Details lists every problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database; they are saved in %1</source>
        <translation>
            <numerusform>%n event could not be written to the database; it is saved in %1</numerusform>
            <numerusform>%n events could not be written to the database; they are saved in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database nor to a file; here they are:</source>
        <translation>
            <numerusform>%n event could not be written to the database nor to a file; here it is:</numerusform>
            <numerusform>%n events could not be written to the database nor to a file; here they are:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database. Save them to a file before closing?</source>
        <translation>
            <numerusform>%n event could not be written to the database. Save them to a file before closing?</numerusform>
            <numerusform>%n events could not be written to the database. Save them to a file before closing?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParallelStepsPanel</name>
    <message numerus="yes">
        <source>+ %n more running</source>
        <translation>
            <numerusform>+ %n more running</numerusform>
            <numerusform>+ %n more running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodReportComposer</name>
    <message numerus="yes">
        <source>predates %n later change(s)</source>
        <translation>
            <numerusform>predates %n later change</numerusform>
            <numerusform>predates %n later changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) predate later changes to the drill&apos;s record: they vouch for the record as it was when signed.</source>
        <translation>
            <numerusform>%n sign-off predates later changes to the drill&apos;s record: it vouches for the record as it was when signed.</numerusform>
            <numerusform>%n sign-offs predate later changes to the drill&apos;s record: they vouch for the record as it was when signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform>
            <numerusform>overdue %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeWindow</name>
    <message numerus="yes">
        <source>As of %1: %n runbook-environment(s), %2 overdue.</source>
        <translation>
            <numerusform>As of %1: %n runbook-environment, %2 overdue.</numerusform>
            <numerusform>As of %1: %n runbook-environments, %2 overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message numerus="yes">
        <source>%n rating(s) recorded</source>
        <translation>
            <numerusform>%n rating recorded</numerusform>
            <numerusform>%n ratings recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message numerus="yes">
        <source>… and %n more row(s) here, all in the exported report.</source>
        <translation>
            <numerusform>… and %n more row here, all in the exported report.</numerusform>
            <numerusform>… and %n more rows here, all in the exported report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRewritesDialog</name>
    <message numerus="yes">
        <source>The whole file
%n rewrite(s) since revision %1</source>
        <translation>
            <numerusform>The whole file
%n rewrite since revision %1</numerusform>
            <numerusform>The whole file
%n rewrites since revision %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewrite(s). Saving stores the procedure as the runbook&apos;s next revision%1.</source>
        <translation>
            <numerusform>%n rewrite. Saving stores the procedure as the runbook&apos;s next revision%1.</numerusform>
            <numerusform>%n rewrites. Saving stores the procedure as the runbook&apos;s next revision%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunbookConfidence</name>
    <message numerus="yes">
        <source>%n ended drill(s) counted.</source>
        <translation>
            <numerusform>%n ended drill counted.</numerusform>
            <numerusform>%n ended drills counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;&amp;Open action items&lt;/b&gt; from earlier drills of this runbook (%n) — close the ones that are done:</source>
        <translation>
            <numerusform>&lt;b&gt;&amp;Open action items&lt;/b&gt; from earlier drills of this runbook (%n) — close the ones that are done:</numerusform>
            <numerusform>&lt;b&gt;&amp;Open action items&lt;/b&gt; from earlier drills of this runbook (%n) — close the ones that are done:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message numerus="yes">
        <source>%n runbook-environment(s) as of %1; %2 overdue. Why each confidence: --format json; the rule: docs/programme.md.</source>
        <translation>
            <numerusform>%n runbook-environment as of %1; %2 overdue. Why each confidence: --format json; the rule: docs/programme.md.</numerusform>
            <numerusform>%n runbook-environments as of %1; %2 overdue. Why each confidence: --format json; the rule: docs/programme.md.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepComparisonModel</name>
    <message numerus="yes">
        <source>median of the last %n</source>
        <translation>
            <numerusform>median of the last %n drill</numerusform>
            <numerusform>median of the last %n</numerusform>
        </translation>
    </message>
</context>
</TS>
