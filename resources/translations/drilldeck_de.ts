<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionItemStore</name>
    <message>
        <source>an action item needs a title</source>
        <translation>eine Maßnahme braucht einen Titel</translation>
    </message>
    <message>
        <source>the action item&apos;s title: %1</source>
        <translation>der Titel der Maßnahme: %1</translation>
    </message>
    <message>
        <source>the action item&apos;s owner: %1</source>
        <translation>die verantwortliche Person der Maßnahme: %1</translation>
    </message>
    <message>
        <source>the due date “%1” is not a date like 2026-12-01</source>
        <translation>das Fälligkeitsdatum „%1“ ist kein Datum wie 2026-12-01</translation>
    </message>
    <message>
        <source>reading action items</source>
        <translation>Maßnahmen lesen</translation>
    </message>
    <message>
        <source>storing an action item of drill %1</source>
        <translation>eine Maßnahme von Drill %1 speichern</translation>
    </message>
    <message>
        <source>there is no action item %1</source>
        <translation>es gibt keine Maßnahme %1</translation>
    </message>
    <message>
        <source>changing action item %1</source>
        <translation>Maßnahme %1 ändern</translation>
    </message>
    <message>
        <source>closing action item %1 needs done or dropped</source>
        <translation>zum Schließen von Maßnahme %1 ist „erledigt“ oder „verworfen“ nötig</translation>
    </message>
    <message>
        <source>closing action item %1</source>
        <translation>Maßnahme %1 schließen</translation>
    </message>
    <message>
        <source>closing action item %1: %2</source>
        <translation>Maßnahme %1 schließen: %2</translation>
    </message>
    <message>
        <source>the closing note has %1 characters; at most %2 are kept</source>
        <translation>die Abschlussnotiz hat %1 Zeichen; höchstens %2 werden behalten</translation>
    </message>
    <message>
        <source>the closing note: %1</source>
        <translation>die Abschlussnotiz: %1</translation>
    </message>
    <message>
        <source>the closing link has %1 characters; at most %2 are kept</source>
        <translation>der Abschlusslink hat %1 Zeichen; höchstens %2 werden behalten</translation>
    </message>
    <message>
        <source>the closing link “%1” is not a web address; give one like https://tickets.example.com/OPS-42</source>
        <translation>der Abschlusslink „%1“ ist keine Webadresse; eine wie https://tickets.example.com/OPS-42 angeben</translation>
    </message>
</context>
<context>
    <name>ActionItemsDialog</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due (yyyy-MM-dd)</source>
        <translation>Fällig (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell; the status list opens with Alt+Down. Items of earlier drills of this runbook stay here until closed.</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle; Alt+Herunter öffnet die Statusliste. Maßnahmen früherer Drills dieses Runbooks bleiben hier, bis sie geschlossen sind.</translation>
    </message>
    <message>
        <source>this drill</source>
        <translation>dieser Drill</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Close with &amp;Evidence…</source>
        <translation>Mit &amp;Nachweis schließen…</translation>
    </message>
    <message>
        <source>Closed with</source>
        <translation>Geschlossen mit</translation>
    </message>
    <message>
        <source>Close the selected item: what was done and a link to the proof</source>
        <translation>Die gewählte Maßnahme schließen: was getan wurde und ein Link zum Beleg</translation>
    </message>
    <message>
        <source>Select the action item to close first</source>
        <translation>Zuerst die zu schließende Maßnahme wählen</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Show on the &amp;projector</source>
        <translation>Auf dem &amp;Projektor zeigen</translation>
    </message>
    <message>
        <source>Note on a step</source>
        <translation>Notiz zu einem Schritt</translation>
    </message>
    <message>
        <source>Note pinned to “%1”:</source>
        <translation>Notiz zu „%1“:</translation>
    </message>
    <message>
        <source>Off: only this console shows the note</source>
        <translation>Aus: nur diese Konsole zeigt die Notiz</translation>
    </message>
    <message>
        <source>&amp;Remove Note</source>
        <translation>Notiz &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>AnnotationLedger</name>
    <message>
        <source>a note is pinned to a step; this %1 event names none</source>
        <translation>eine Notiz gehört zu einem Schritt; dieses %1-Ereignis nennt keinen</translation>
    </message>
    <message>
        <source>step `%1` already has a note; change that one</source>
        <translation>Schritt `%1` hat schon eine Notiz; diese ändern</translation>
    </message>
    <message>
        <source>step `%1` has no note to change</source>
        <translation>Schritt `%1` hat keine Notiz, die sich ändern ließe</translation>
    </message>
</context>
<context>
    <name>AudienceState</name>
    <message>
        <source>**Verify:** %1</source>
        <translation>**Prüfen:** %1</translation>
    </message>
    <message>
        <source>The step the answer leads to</source>
        <translation>Der Schritt, zu dem die Antwort führt</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>DrillDeck — Projector</source>
        <translation>DrillDeck — Projektor</translation>
    </message>
    <message>
        <source>‖  PAUSED — the clock is stopped</source>
        <translation>‖  PAUSIERT — die Uhr steht</translation>
    </message>
    <message>
        <source>DrillDeck</source>
        <translation>DrillDeck</translation>
    </message>
</context>
<context>
    <name>AutomatedRun</name>
    <message>
        <source>not run: manual step in an automated run</source>
        <translation>nicht ausgeführt: manueller Schritt in einem automatisierten Lauf</translation>
    </message>
    <message>
        <source>not run: scripted step in an automated run</source>
        <translation>nicht ausgeführt: Schritt per Skript in einem automatisierten Lauf</translation>
    </message>
    <message>
        <source>not run: automated step without a command</source>
        <translation>nicht ausgeführt: automatisierter Schritt ohne Befehl</translation>
    </message>
    <message>
        <source>the drill could not be started</source>
        <translation>der Drill ließ sich nicht starten</translation>
    </message>
    <message>
        <source>not run: the drill could not be recorded</source>
        <translation>nicht ausgeführt: der Drill ließ sich nicht aufzeichnen</translation>
    </message>
    <message>
        <source>not run: stopped after step `%1` failed</source>
        <translation>nicht ausgeführt: angehalten, nachdem Schritt `%1` fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>not run: needs step `%1`, which failed</source>
        <translation>nicht ausgeführt: braucht Schritt `%1`, der fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>not run: needs step `%1`, which did not pass</source>
        <translation>nicht ausgeführt: braucht Schritt `%1`, der nicht bestanden hat</translation>
    </message>
    <message>
        <source>not run: its dependencies never completed</source>
        <translation>nicht ausgeführt: seine Abhängigkeiten wurden nie abgeschlossen</translation>
    </message>
    <message>
        <source>the drill could not be finished</source>
        <translation>der Drill ließ sich nicht beenden</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>AutomationShareModel</name>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Manual (%)</source>
        <translation>Manuell (%)</translation>
    </message>
    <message>
        <source>Scripted (%)</source>
        <translation>Per Skript (%)</translation>
    </message>
    <message>
        <source>Automated (%)</source>
        <translation>Automatisiert (%)</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a consistent copy of the DrillDeck database to FILE, also while a drill is
running, and without writing anything beside the database. FILE is written
completely or not at all, and never overwritten; a FILE.part-PID left by a backup
that was killed is removed.
Exit status: 0 on success, 1 when the copy cannot be made, 2 on a usage error.</source>
        <translation>Schreibt eine konsistente Kopie der DrillDeck-Datenbank nach FILE, auch während ein
Drill läuft, und ohne neben der Datenbank etwas zu schreiben. FILE wird vollständig
oder gar nicht geschrieben und nie überschrieben; eine FILE.part-PID, die ein
abgebrochenes Backup hinterlassen hat, wird entfernt.
Exit-Status: 0 bei Erfolg, 1 wenn die Kopie nicht möglich ist, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Backup-Datei.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>say where to write the backup: --out FILE</source>
        <translation>Ziel des Backups fehlt: --out FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>%1 nach %2 gesichert.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Write the due drills as an iCalendar file (RFC 5545) for the team&apos;s calendar: one
all-day event per runbook and environment on its next due date (the last drill plus
the runbook&apos;s cadence; never drilled: today). Each event keeps its UID, so importing
the file again updates the events. The file is complete or not written at all.
Exit status: 0 on success, 1 when the database cannot be read or the file cannot be
written, 2 on a usage error.</source>
        <translation>Schreibt die fälligen Drills als iCalendar-Datei (RFC 5545) für den Kalender des Teams:
ein ganztägiger Termin je Runbook und Umgebung an seinem nächsten Fälligkeitsdatum (der
letzte Drill plus der Turnus des Runbooks; nie geübt: heute). Jeder Termin behält seine
UID, sodass ein erneuter Import der Datei die Termine aktualisiert. Die Datei wird
vollständig oder gar nicht geschrieben.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank nicht gelesen oder die Datei nicht
geschrieben werden kann, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The file to write, e.g. drills.ics (a new or a regular file).</source>
        <translation>Die zu schreibende Datei, z. B. drills.ics (eine neue oder eine reguläre Datei).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>say where to write the calendar: --out drills.ics</source>
        <translation>Ziel des Kalenders fehlt: --out drills.ics</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n due drill(s) to %1</source>
        <translation>
            <numerusform>%n fälliger Drill nach %1 geschrieben</numerusform>
            <numerusform>%n fällige Drills nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>Render a history chart of one runbook without a display: the RTO trend per
iteration, time per phase, RPO per iteration, the automation share, or the steps
of the last two drills of one environment compared, or the timeline (Gantt) of
one drill. The suffix
of --out picks the format: .png, .svg, or .csv for the numbers behind the chart.
Exit status: 0 on success, 1 when the database or the file cannot be read or
written, 2 on a usage error.</source>
        <translation>Zeichnet ein Verlaufsdiagramm eines Runbooks ohne Bildschirm: den RTO-Trend je
Iteration, die Zeit je Phase, den RPO je Iteration, den Automatisierungsanteil,
die Schritte der letzten zwei Drills einer Umgebung im Vergleich oder die Zeitleiste
(Gantt) eines Drills. Die Endung
von --out bestimmt das Format: .png, .svg oder .csv für die Zahlen hinter dem Diagramm.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank oder die Datei nicht gelesen oder
geschrieben werden kann, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the example database.</source>
        <translation>Die Beispieldatenbank verwenden.</translation>
    </message>
    <message>
        <source>The runbook id (required).</source>
        <translation>Die Runbook-ID (erforderlich).</translation>
    </message>
    <message>
        <source>Only drills in this environment.</source>
        <translation>Nur Drills in dieser Umgebung.</translation>
    </message>
    <message>
        <source>The file to write: FILE.png, .svg or .csv (a new or a regular file).</source>
        <translation>Die zu schreibende Datei: FILE.png, .svg oder .csv (eine neue oder eine reguläre Datei).</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1200x700).</source>
        <translation>Bildgröße in Pixeln (Standard 1200x700).</translation>
    </message>
    <message>
        <source>For timeline: the drill id (default: the newest).</source>
        <translation>Für timeline: die Drill-ID (Standard: der neueste).</translation>
    </message>
    <message>
        <source>For trend and rpo: iteration (default) or date.</source>
        <translation>Für trend und rpo: iteration (Standard) oder date.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>trend, phases, rpo, automation, steps or timeline.</source>
        <translation>trend, phases, rpo, automation, steps oder timeline.</translation>
    </message>
    <message>
        <source>say which chart: %1</source>
        <translation>welches Diagramm? %1</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>unknown chart `%1`; use %2</source>
        <translation>unbekanntes Diagramm `%1`; möglich: %2</translation>
    </message>
    <message>
        <source>--runbook ID is required</source>
        <translation>--runbook ID ist erforderlich</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format of `%1`; supported: %2</source>
        <translation>unbekanntes Format von `%1`; unterstützt: %2</translation>
    </message>
    <message>
        <source>unknown x axis `%1`; use iteration or date</source>
        <translation>unbekannte x-Achse `%1`; möglich: iteration oder date</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1200x700</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1200x700</translation>
    </message>
    <message>
        <source>no finished drill %1 of `%2`</source>
        <translation>kein abgeschlossener Drill %1 von `%2`</translation>
    </message>
    <message>
        <source>no finished drills of `%1` in environment `%2`</source>
        <translation>keine abgeschlossenen Drills von `%1` in der Umgebung `%2`</translation>
    </message>
    <message>
        <source>no finished drills of `%1`</source>
        <translation>keine abgeschlossenen Drills von `%1`</translation>
    </message>
    <message>
        <source>steps compares two drills; there is only one</source>
        <translation>steps vergleicht zwei Drills; es gibt nur einen</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>hand (drills run by people), automated (by drilldeck run)
or both (default; the trend draws them as separate lines).</source>
        <translation>hand (von Menschen durchgeführte Drills), automated (durch drilldeck run)
oder both (Standard; der Trend zeichnet sie als getrennte Linien).</translation>
    </message>
    <message>
        <source>unknown runs `%1`; use hand, automated or both</source>
        <translation>unbekannter Wert für runs `%1`; möglich: hand, automated oder both</translation>
    </message>
    <message>
        <source> (--runs %1)</source>
        <translation> (--runs %1)</translation>
    </message>
    <message>
        <source>For trend: rto (default), wall, active, hands-on or waiting time.</source>
        <translation>Für trend: die Zeit rto (Standard), wall, active, hands-on oder waiting.</translation>
    </message>
    <message>
        <source>unknown measure `%1`; use rto, wall, active, hands-on or waiting</source>
        <translation>unbekannte Kennzahl `%1`; möglich: rto, wall, active, hands-on oder waiting</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>cannot encode the chart as PNG</source>
        <translation>das Diagramm lässt sich nicht als PNG kodieren</translation>
    </message>
    <message>
        <source>Exported by DrillDeck</source>
        <translation>Exportiert von DrillDeck</translation>
    </message>
    <message>
        <source>unknown format of %1; use .png, .svg or .csv</source>
        <translation>unbekanntes Format von %1; möglich: .png, .svg oder .csv</translation>
    </message>
</context>
<context>
    <name>CloseActionItemDialog</name>
    <message>
        <source>Close the action item</source>
        <translation>Maßnahme schließen</translation>
    </message>
    <message>
        <source>Close “%1” with the evidence of what was done:</source>
        <translation>„%1“ mit dem Nachweis schließen, was getan wurde:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Closed as</source>
        <translation>Geschlossen als</translation>
    </message>
    <message>
        <source>what was done, e.g. the DNS record is in Terraform now</source>
        <translation>was getan wurde, z. B. der DNS-Eintrag ist jetzt in Terraform</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Abschlussnotiz</translation>
    </message>
    <message>
        <source>Link to the proof</source>
        <translation>Link zum Beleg</translation>
    </message>
    <message>
        <source>A ticket, a merge request: an http or https address</source>
        <translation>Ein Ticket, ein Merge-Request: eine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>Closed &amp;as:</source>
        <translation>Geschlossen &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Close Item</source>
        <translation>Maßnahme &amp;schließen</translation>
    </message>
    <message>
        <source>say what was done, or link to the proof (or both)</source>
        <translation>angeben, was getan wurde, oder den Beleg verlinken (oder beides)</translation>
    </message>
</context>
<context>
    <name>CommandActions</name>
    <message>
        <source>Run Step&apos;s Command</source>
        <translation>Befehl des Schritts ausführen</translation>
    </message>
    <message>
        <source>Run the command of the step in view (an automated or scripted step), once the runbook file is trusted; passing completes the step</source>
        <translation>Den Befehl des angezeigten Schritts ausführen (ein automatisierter Schritt oder einer per Skript), sobald der Runbook-Datei vertraut wird; bei Erfolg ist der Schritt erledigt</translation>
    </message>
    <message>
        <source>Cancel Step&apos;s Command</source>
        <translation>Befehl des Schritts abbrechen</translation>
    </message>
    <message>
        <source>Stop the command of the step in view: TERM to its processes, KILL after a grace period</source>
        <translation>Den Befehl des angezeigten Schritts stoppen: TERM an seine Prozesse, KILL nach einer Schonfrist</translation>
    </message>
    <message>
        <source>“%1” has no command to run</source>
        <translation>„%1“ hat keinen Befehl zum Ausführen</translation>
    </message>
    <message>
        <source>“%1” is a manual step: its command is for a person to type (Ctrl+Shift+C copies it). X runs the commands of automated and scripted steps.</source>
        <translation>„%1“ ist ein manueller Schritt: sein Befehl ist zum Eintippen durch einen Menschen gedacht (Strg+Umschalt+C kopiert ihn). X führt die Befehle automatisierter Schritte und von Schritten per Skript aus.</translation>
    </message>
    <message>
        <source>The command of “%1” is running — Shift+X cancels it</source>
        <translation>Der Befehl von „%1“ läuft — Umschalt+X bricht ihn ab</translation>
    </message>
    <message>
        <source>This drill has ended; Ctrl+N starts a new one</source>
        <translation>Dieser Drill ist zu Ende; Strg+N startet einen neuen</translation>
    </message>
    <message>
        <source>The drill is paused — P resumes it</source>
        <translation>Der Drill ist pausiert — P setzt ihn fort</translation>
    </message>
    <message>
        <source>“%1” is finished; Page Up reopens it</source>
        <translation>„%1“ ist abgeschlossen; Bild aufwärts öffnet ihn wieder</translation>
    </message>
    <message>
        <source>“%1” is blocked — K unblocks it</source>
        <translation>„%1“ ist blockiert — K gibt ihn frei</translation>
    </message>
    <message>
        <source>This drill runs its stored runbook revision, not a file: commands run only from a runbook file you trust. Ctrl+Shift+C copies the command to run it by hand.</source>
        <translation>Dieser Drill läuft mit seiner gespeicherten Runbook-Revision, nicht mit einer Datei: Befehle laufen nur aus einer Runbook-Datei, der vertraut wird. Strg+Umschalt+C kopiert den Befehl, um ihn von Hand auszuführen.</translation>
    </message>
    <message>
        <source>%1 cannot be read now, so none of its commands runs: %2</source>
        <translation>%1 lässt sich gerade nicht lesen, daher läuft keiner seiner Befehle: %2</translation>
    </message>
    <message>
        <source>The command of “%1” is not the one %2 has now (rewritten during the drill, or the file changed): only a trusted file&apos;s own commands run. Ctrl+Shift+C copies it to run it by hand.</source>
        <translation>Der Befehl von „%1“ ist nicht der, den %2 jetzt enthält (während des Drills überarbeitet, oder die Datei hat sich geändert): nur die eigenen Befehle einer vertrauenswürdigen Datei laufen. Strg+Umschalt+C kopiert ihn, um ihn von Hand auszuführen.</translation>
    </message>
    <message>
        <source>Not trusted: nothing ran</source>
        <translation>Nicht vertraut: nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>Running the command of “%1”</source>
        <translation>Befehl von „%1“ läuft</translation>
    </message>
    <message>
        <source>“%1”: %2 — step done</source>
        <translation>„%1“: %2 — Schritt erledigt</translation>
    </message>
    <message>
        <source>“%1”: %2 — the step stays running: X retries, D completes it by hand, S skips it</source>
        <translation>„%1“: %2 — der Schritt läuft weiter: X versucht es erneut, D erledigt ihn von Hand, S überspringt ihn</translation>
    </message>
    <message>
        <source>Cancelling the command…</source>
        <translation>Befehl wird abgebrochen…</translation>
    </message>
    <message>
        <source>No command of the step in view is running</source>
        <translation>Kein Befehl des angezeigten Schritts läuft</translation>
    </message>
    <message>
        <source>“%1” is on a branch the decision did not take</source>
        <translation>„%1“ liegt auf einem Zweig, den die Entscheidung nicht genommen hat</translation>
    </message>
</context>
<context>
    <name>CommandEvidence</name>
    <message>
        <source>passed in %1</source>
        <translation>bestanden in %1</translation>
    </message>
    <message>
        <source>failed (exit %1) after %2</source>
        <translation>fehlgeschlagen (exit %1) nach %2</translation>
    </message>
    <message>
        <source>its verification failed (exit %1) after %2</source>
        <translation>Prüfung fehlgeschlagen (exit %1) nach %2</translation>
    </message>
    <message>
        <source>its verification failed after %1: %2</source>
        <translation>Prüfung fehlgeschlagen nach %1: %2</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Zeitlimit überschritten nach %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>abgebrochen nach %1</translation>
    </message>
    <message>
        <source>did not start: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <source>ended by signal %1 after %2</source>
        <translation>durch Signal %1 beendet nach %2</translation>
    </message>
</context>
<context>
    <name>CommandLineInterface</name>
    <message>
        <source>Run disaster-recovery fire drills: the runbook step by step against the stopwatch,
on the facilitator&apos;s laptop and on the projector.</source>
        <translation>Disaster-Recovery-Übungen durchführen: das Runbook Schritt für Schritt gegen die
Stoppuhr, auf dem Laptop der Übungsleitung und auf dem Projektor.</translation>
    </message>
    <message>
        <source>A runbook file (YAML) to open.</source>
        <translation>Eine Runbook-Datei (YAML), die geöffnet wird.</translation>
    </message>
    <message>
        <source>Open the example database (history of the sample runbooks) instead.</source>
        <translation>Stattdessen die Beispieldatenbank öffnen (Verlauf der Beispiel-Runbooks).</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>give --demo or --db, not both</source>
        <translation>entweder --demo oder --db angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot write the example database: %1</source>
        <translation>die Beispieldatenbank lässt sich nicht schreiben: %1</translation>
    </message>
    <message>
        <source>drilldeck: unknown command `%1`
</source>
        <translation>drilldeck: unbekannter Befehl `%1`
</translation>
    </message>
    <message>
        <source>
Commands (run without a display):
  validate FILE...           Check runbook files; print every problem as
                             FILE:LINE:COLUMN: error: MESSAGE
  history [--db PATH]        List drills: times, RTO and RPO against targets
          [--runbook ID] [--environment ENV] [--runs hand|automated|both]
          [--format table|csv|json]
  chart trend|phases|rpo|automation|steps|timeline --runbook ID
          --out FILE.png|.svg|.csv [--db PATH] [--environment ENV]
          [--measure rto|wall|active|hands-on|waiting] [--x-axis iteration|date]
          [--drill ID] [--runs hand|automated|both]
                             Render a history chart, or its numbers, headless
  report DRILL_ID|last --out FILE [--format md|html|pdf] [--page a4|letter]
          [--db PATH]        Write one drill&apos;s report (Markdown, HTML, PDF)
  report --from DATE --to DATE --out FILE [--format md|html|pdf] [--db PATH]
                             Every drill of a period across the runbooks
  backup --out FILE [--db PATH]
                             Write a consistent copy of the database
  restore FILE [--db PATH]   Check a backup and put it in place of the database;
                             the replaced file is kept beside it
  import RUNBOOK.md [--out FILE.yaml]
                             Make a runbook of a Markdown runbook; every guess
                             is printed as FILE:LINE: note: ...
  evidence DRILL_ID|last --out FILE.zip [--db PATH]
          [--sign gpg[:KEYID]|ssh:KEYFILE]
                             Write one drill&apos;s evidence pack: reports, log,
                             runbooks, outputs, images, MANIFEST (SHA-256)
  verify FILE.zip [--allowed-signers FILE]
                             Check an evidence pack and its signature
  run RUNBOOK --env ENV --trust[=SHA256] [--db PATH] [--junit OUT.xml]
          [--jobs N] [--keep-going]
                             Run the automated steps as a recorded drill (CI);
                             exit 0 only when every one passed
  sign-off DRILL_ID|last --name NAME --role ROLE [--statement TEXT]
          [--reservations TEXT] [--db PATH]
                             Sign off an ended drill&apos;s record (as a later
                             participant); exit 1 when refused
  status [--db PATH] [--format table|csv|json] [--today YYYY-MM-DD]
                             The DR programme: per runbook and environment the
                             last drill, next due, overdue, confidence
  calendar --out FILE.ics [--db PATH] [--today YYYY-MM-DD]
                             The due drills as an iCalendar file

&apos;--demo&apos; instead of &apos;--db PATH&apos; uses the example database (history, chart,
report, evidence, status, calendar).

&apos;drilldeck COMMAND --help&apos; tells more about a command.
</source>
        <translation>
Befehle (laufen ohne Bildschirm):
  validate FILE...           Runbook-Dateien prüfen; jedes Problem ausgeben als
                             FILE:LINE:COLUMN: error: MESSAGE
  history [--db PATH]        Drills auflisten: Zeiten, RTO und RPO gegen Ziele
          [--runbook ID] [--environment ENV] [--runs hand|automated|both]
          [--format table|csv|json]
  chart trend|phases|rpo|automation|steps|timeline --runbook ID
          --out FILE.png|.svg|.csv [--db PATH] [--environment ENV]
          [--measure rto|wall|active|hands-on|waiting] [--x-axis iteration|date]
          [--drill ID] [--runs hand|automated|both]
                             Ein Verlaufsdiagramm oder seine Zahlen ohne
                             Bildschirm zeichnen
  report DRILL_ID|last --out FILE [--format md|html|pdf] [--page a4|letter]
          [--db PATH]        Den Bericht eines Drills schreiben (Markdown, HTML,
                             PDF)
  report --from DATE --to DATE --out FILE [--format md|html|pdf] [--db PATH]
                             Alle Drills eines Zeitraums über alle Runbooks
  backup --out FILE [--db PATH]
                             Eine konsistente Kopie der Datenbank schreiben
  restore FILE [--db PATH]   Ein Backup prüfen und an die Stelle der Datenbank
                             setzen; die ersetzte Datei bleibt daneben erhalten
  import RUNBOOK.md [--out FILE.yaml]
                             Aus einem Markdown-Runbook ein Runbook machen; jede
                             Vermutung wird ausgegeben als FILE:LINE: note: ...
  evidence DRILL_ID|last --out FILE.zip [--db PATH]
          [--sign gpg[:KEYID]|ssh:KEYFILE]
                             Das Nachweispaket eines Drills schreiben: Berichte,
                             Protokoll, Runbooks, Ausgaben, Bilder, MANIFEST
                             (SHA-256)
  verify FILE.zip [--allowed-signers FILE]
                             Ein Nachweispaket und seine Signatur prüfen
  run RUNBOOK --env ENV --trust[=SHA256] [--db PATH] [--junit OUT.xml]
          [--jobs N] [--keep-going]
                             Die automatisierten Schritte als aufgezeichneten
                             Drill ausführen (CI); Exit 0 nur, wenn alle
                             bestanden haben
  sign-off DRILL_ID|last --name NAME --role ROLE [--statement TEXT]
          [--reservations TEXT] [--db PATH]
                             Die Aufzeichnung eines beendeten Drills abzeichnen
                             (als später teilnehmende Person); Exit 1 bei
                             Ablehnung
  status [--db PATH] [--format table|csv|json] [--today YYYY-MM-DD]
                             Das DR-Programm: je Runbook und Umgebung der
                             letzte Drill, nächste Fälligkeit, überfällig,
                             Zuversicht
  calendar --out FILE.ics [--db PATH] [--today YYYY-MM-DD]
                             Die fälligen Drills als iCalendar-Datei

&apos;--demo&apos; statt &apos;--db PATH&apos; verwendet die Beispieldatenbank (history, chart,
report, evidence, status, calendar).

&apos;drilldeck COMMAND --help&apos; sagt mehr über einen Befehl.
</translation>
    </message>
</context>
<context>
    <name>CommandOutputView</name>
    <message>
        <source>[… lines not shown here: %1; the drill&apos;s record and the report have them …]
</source>
        <translation>[… hier nicht gezeigte Zeilen: %1; die Aufzeichnung des Drills und der Bericht enthalten sie …]
</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>Output beyond %1 not kept: head and tail shown</source>
        <translation>Ausgabe über %1 hinaus nicht behalten: Anfang und Ende gezeigt</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Standard error (stderr)</source>
        <translation>Standardfehlerausgabe (stderr)</translation>
    </message>
    <message>
        <source>Standard output of the command</source>
        <translation>Standardausgabe des Befehls</translation>
    </message>
    <message>
        <source>Standard error of the command</source>
        <translation>Standardfehlerausgabe des Befehls</translation>
    </message>
    <message>
        <source>Output of the verification</source>
        <translation>Ausgabe der Prüfung</translation>
    </message>
    <message>
        <source>Cancel (Shift+X)</source>
        <translation>Abbrechen (Umschalt+X)</translation>
    </message>
    <message>
        <source>Cancel the command</source>
        <translation>Den Befehl abbrechen</translation>
    </message>
    <message>
        <source>Stop the command: TERM to its process group, KILL after a grace period (Shift+X)</source>
        <translation>Den Befehl stoppen: TERM an seine Prozessgruppe, KILL nach einer Schonfrist (Umschalt+X)</translation>
    </message>
    <message>
        <source>Verification (verify_command)</source>
        <translation>Prüfung (verify_command)</translation>
    </message>
    <message>
        <source>Running for %1 · timeout %2</source>
        <translation>Läuft seit %1 · Zeitlimit %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>The step stays running: X runs the command again, Space or D completes it by hand, S skips it with a reason.</source>
        <translation>Der Schritt läuft weiter: X führt den Befehl erneut aus, Leertaste oder D erledigt ihn von Hand, S überspringt ihn mit einem Grund.</translation>
    </message>
    <message>
        <source>Passed in %1</source>
        <translation>Bestanden in %1</translation>
    </message>
    <message>
        <source>Failed: exit %1 after %2</source>
        <translation>Fehlgeschlagen: exit %1 nach %2</translation>
    </message>
    <message>
        <source>Verification failed: `%1` exit %2 after %3</source>
        <translation>Prüfung fehlgeschlagen: `%1` exit %2 nach %3</translation>
    </message>
    <message>
        <source>Timed out after %1</source>
        <translation>Zeitlimit überschritten nach %1</translation>
    </message>
    <message>
        <source>Cancelled after %1</source>
        <translation>Abgebrochen nach %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Ended by signal %1 after %2</source>
        <translation>Durch Signal %1 beendet nach %2</translation>
    </message>
</context>
<context>
    <name>CommandRun</name>
    <message>
        <source>the step has no command to run</source>
        <translation>der Schritt hat keinen Befehl zum Ausführen</translation>
    </message>
    <message>
        <source>no shell is given to run the command in (the `shell` key)</source>
        <translation>keine Shell angegeben, in der der Befehl läuft (der Schlüssel `shell`)</translation>
    </message>
    <message>
        <source>the shell `%1` does not exist (the `shell` key)</source>
        <translation>die Shell `%1` existiert nicht (der Schlüssel `shell`)</translation>
    </message>
    <message>
        <source>the shell `%1` is not an executable program (the `shell` key)</source>
        <translation>die Shell `%1` ist kein ausführbares Programm (der Schlüssel `shell`)</translation>
    </message>
    <message>
        <source>the shell `%1` is not found on the PATH (the `shell` key)</source>
        <translation>die Shell `%1` ist im PATH nicht zu finden (der Schlüssel `shell`)</translation>
    </message>
    <message>
        <source>the working folder `%1` does not exist (the `workdir` key)</source>
        <translation>der Arbeitsordner `%1` existiert nicht (der Schlüssel `workdir`)</translation>
    </message>
    <message>
        <source>the working folder `%1` is not a folder (the `workdir` key)</source>
        <translation>der Arbeitsordner `%1` ist kein Ordner (der Schlüssel `workdir`)</translation>
    </message>
    <message>
        <source>could not start `%1`: %2</source>
        <translation>`%1` ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>the verification did not start: %1</source>
        <translation>die Prüfung ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>killed with SIGKILL after it ignored SIGTERM for %1</source>
        <translation>mit SIGKILL beendet, nachdem SIGTERM %1 lang ignoriert wurde</translation>
    </message>
    <message>
        <source>stopped with SIGTERM</source>
        <translation>mit SIGTERM gestoppt</translation>
    </message>
    <message>
        <source>cancelled while it ran; %1</source>
        <translation>während der Ausführung abgebrochen; %1</translation>
    </message>
    <message>
        <source>ran past its timeout of %1; %2</source>
        <translation>Zeitlimit von %1 überschritten; %2</translation>
    </message>
    <message>
        <source>ended by the signal %1</source>
        <translation>durch das Signal %1 beendet</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Exit-Status %1 beendet</translation>
    </message>
    <message>
        <source>cancelled while its verification ran; %1</source>
        <translation>während der Prüfung abgebrochen; %1</translation>
    </message>
    <message>
        <source>the verification ran past its timeout of %1; %2</source>
        <translation>die Prüfung hat ihr Zeitlimit von %1 überschritten; %2</translation>
    </message>
    <message>
        <source>the verification was ended by the signal %1</source>
        <translation>die Prüfung wurde durch das Signal %1 beendet</translation>
    </message>
    <message>
        <source>the verification exited with status %1</source>
        <translation>die Prüfung endete mit Exit-Status %1</translation>
    </message>
    <message>
        <source>cancelled before its verification ran</source>
        <translation>abgebrochen, bevor die Prüfung lief</translation>
    </message>
    <message>
        <source>
[Verifying: %1]
</source>
        <translation>
[Prüfung: %1]
</translation>
    </message>
</context>
<context>
    <name>ConsoleLogPanel</name>
    <message>
        <source>Selected step only</source>
        <translation>Nur gewählter Schritt</translation>
    </message>
    <message>
        <source>Drill log</source>
        <translation>Drill-Protokoll</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Filter the log by category</source>
        <translation>Protokoll nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter the log by who</source>
        <translation>Protokoll nach Person filtern</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>ConsoleOutline</name>
    <message>
        <source>Runbook outline</source>
        <translation>Runbook-Gliederung</translation>
    </message>
</context>
<context>
    <name>CurrentStepPanel</name>
    <message>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <source>NOW · STEP %1 · %2 STEPS IN PARALLEL</source>
        <translation>JETZT · SCHRITT %1 · %2 SCHRITTE PARALLEL</translation>
    </message>
    <message>
        <source>NOW · STEP %1</source>
        <translation>JETZT · SCHRITT %1</translation>
    </message>
    <message>
        <source> · ✎ REWRITTEN</source>
        <translation> · ✎ ÜBERARBEITET</translation>
    </message>
    <message>
        <source>of %1 planned</source>
        <translation>von %1 geplant</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>ALL STEPS DONE</source>
        <translation>ALLE SCHRITTE ERLEDIGT</translation>
    </message>
    <message>
        <source>Every step is done. The facilitator finishes the drill.</source>
        <translation>Alle Schritte sind erledigt. Die Übungsleitung beendet den Drill.</translation>
    </message>
    <message>
        <source>ABOUT TO START</source>
        <translation>GLEICH GEHT ES LOS</translation>
    </message>
    <message>
        <source>UP NEXT</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <source>One step to go.</source>
        <translation>Noch ein Schritt.</translation>
    </message>
    <message>
        <source>%1 steps to go.</source>
        <translation>Noch %1 Schritte.</translation>
    </message>
    <message>
        <source>The drill has not started yet: the clocks start when the facilitator declares the disaster.</source>
        <translation>Der Drill hat noch nicht begonnen: Die Uhren starten, wenn die Übungsleitung den Ernstfall ausruft.</translation>
    </message>
    <message>
        <source>Waiting for the next step to start.</source>
        <translation>Warten auf den Start des nächsten Schritts.</translation>
    </message>
    <message>
        <source>All steps done — finish the drill</source>
        <translation>Alle Schritte erledigt — Drill beenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> · DECISION</source>
        <translation> · ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source> · ◷ WAITING ON A MACHINE</source>
        <translation> · ◷ WARTEN AUF EINE MASCHINE</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>there is no backup of it</source>
        <translation>es gibt kein Backup davon</translation>
    </message>
    <message>
        <source>the newest backup is %1</source>
        <translation>das neueste Backup ist %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a DrillDeck database (it is not a SQLite file); it was left untouched, and %2</source>
        <translation>%1 ist keine DrillDeck-Datenbank (keine SQLite-Datei); sie blieb unverändert, und %2</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); it was left untouched, and %3</source>
        <translation>%1 lässt sich nicht als Datenbank lesen (%2); sie blieb unverändert, und %3</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2); it was left untouched, and %3</source>
        <translation>%1 ist beschädigt (quick_check: %2); sie blieb unverändert, und %3</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a DrillDeck database; it was left untouched, and %2</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine DrillDeck-Datenbank; sie blieb unverändert, und %2</translation>
    </message>
    <message>
        <source>%1 is a directory, not a DrillDeck database</source>
        <translation>%1 ist ein Verzeichnis, keine DrillDeck-Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer DrillDeck (schema %2; this version knows up to %3); it was left untouched</source>
        <translation>%1 wurde von einem neueren DrillDeck geschrieben (Schema %2; diese Version kennt bis %3); sie blieb unverändert</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its directory); DrillDeck needs to write drills to it</source>
        <translation>%1 ist schreibgeschützt (die Datei oder ihr Verzeichnis); DrillDeck muss Drills hineinschreiben</translation>
    </message>
    <message>
        <source>%1 has an older schema (%2, current is %3); open it once with DrillDeck to upgrade it</source>
        <translation>%1 hat ein älteres Schema (%2, aktuell ist %3); einmal mit DrillDeck öffnen, um es zu aktualisieren</translation>
    </message>
    <message>
        <source>there is no DrillDeck database at %1: a restore into it was interrupted and left %2; start DrillDeck (or run the restore again) to finish it</source>
        <translation>unter %1 gibt es keine DrillDeck-Datenbank: eine Wiederherstellung dorthin wurde unterbrochen und hinterließ %2; DrillDeck starten (oder die Wiederherstellung wiederholen), um sie abzuschließen</translation>
    </message>
    <message>
        <source>there is no DrillDeck database at %1</source>
        <translation>unter %1 gibt es keine DrillDeck-Datenbank</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>setting up %1 (%2)</source>
        <translation>%1 einrichten (%2)</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode %2)</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden (Journal-Modus %2)</translation>
    </message>
    <message>
        <source>reading the schema version of %1</source>
        <translation>Schemaversion von %1 lesen</translation>
    </message>
    <message>
        <source>backing up %1 to %2 before upgrading it</source>
        <translation>%1 vor der Aktualisierung nach %2 sichern</translation>
    </message>
    <message>
        <source>ending write-ahead logging</source>
        <translation>Write-Ahead-Logging beenden</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 ist beschädigt (quick_check: %2)</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>there is no file %1</source>
        <translation>es gibt keine Datei %1</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is not a DrillDeck database (it is not a SQLite file)</source>
        <translation>%1 ist keine DrillDeck-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>%1 is truncated: %2 bytes, the database needs %3</source>
        <translation>%1 ist abgeschnitten: %2 Bytes, die Datenbank braucht %3</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (quick_check: %2)</source>
        <translation>%1 ist beschädigt (quick_check: %2)</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a DrillDeck database</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine DrillDeck-Datenbank</translation>
    </message>
    <message>
        <source>%1 was written by a newer DrillDeck (schema %2; this version knows up to %3)</source>
        <translation>%1 wurde von einem neueren DrillDeck geschrieben (Schema %2; diese Version kennt bis %3)</translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation>%1 nach %2 kopieren</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database: %2</source>
        <translation>%1 lässt sich nicht als Datenbank öffnen: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file, choose another name</source>
        <translation>%1 existiert bereits; ein Backup überschreibt nie eine Datei, bitte einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write the backup %1 to disk</source>
        <translation>das Backup %1 lässt sich nicht auf die Platte schreiben</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it</source>
        <translation>%1 ist die Datenbank selbst, kein Backup davon</translation>
    </message>
    <message>
        <source>not restoring while %1 is in use: %2</source>
        <translation>keine Wiederherstellung, solange %1 in Gebrauch ist: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to disk</source>
        <translation>%1 lässt sich nicht auf die Platte schreiben</translation>
    </message>
    <message>
        <source>cannot keep %1 as %2</source>
        <translation>%1 lässt sich nicht als %2 aufbewahren</translation>
    </message>
    <message>
        <source>cannot move the restored copy into place at %1</source>
        <translation>die wiederhergestellte Kopie lässt sich nicht nach %1 verschieben</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the database is already open by %1 pid %2 on host %3 (lock file %4)</source>
        <translation>die Datenbank ist bereits von %1 geöffnet, PID %2 auf Host %3 (Sperrdatei %4)</translation>
    </message>
    <message>
        <source>the database is locked by another program (lock file %1)</source>
        <translation>die Datenbank ist von einem anderen Programm gesperrt (Sperrdatei %1)</translation>
    </message>
</context>
<context>
    <name>DatabasePath</name>
    <message>
        <source>The DrillDeck database file (default: %1).</source>
        <translation>Die DrillDeck-Datenbankdatei (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>cannot read %1 (%2): %3</source>
        <translation>%1 lässt sich nicht lesen (%2): %3</translation>
    </message>
    <message>
        <source>there is no DrillDeck database at %1</source>
        <translation>unter %1 gibt es keine DrillDeck-Datenbank</translation>
    </message>
    <message>
        <source>to read it into memory</source>
        <translation>um sie in den Speicher zu lesen</translation>
    </message>
    <message>
        <source>cannot create a private folder to read %1 in: %2</source>
        <translation>kein privater Ordner zum Lesen von %1 anlegbar: %2</translation>
    </message>
    <message>
        <source>through a copy in %1</source>
        <translation>über eine Kopie in %1</translation>
    </message>
    <message>
        <source>%1 cannot be read from memory: %2</source>
        <translation>%1 lässt sich nicht aus dem Speicher lesen: %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>the sample runbook %1 is not compiled in</source>
        <translation>das Beispiel-Runbook %1 ist nicht einkompiliert</translation>
    </message>
    <message>
        <source>the sample runbook %1 does not load</source>
        <translation>das Beispiel-Runbook %1 lässt sich nicht laden</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot move the demo database to %1</source>
        <translation>die Demo-Datenbank lässt sich nicht nach %1 verschieben</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 lässt sich nicht schreiben</translation>
    </message>
</context>
<context>
    <name>DemoRecords</name>
    <message>
        <source>the Jenkins sample runbook does not load</source>
        <translation>das Jenkins-Beispiel-Runbook lässt sich nicht laden</translation>
    </message>
</context>
<context>
    <name>DrillCalendar</name>
    <message>
        <source>DR drills due</source>
        <translation>Fällige DR-Drills</translation>
    </message>
    <message>
        <source>DR drill due: %1 (%2)</source>
        <translation>DR-Drill fällig: %1 (%2)</translation>
    </message>
    <message>
        <source>OVERDUE %1</source>
        <translation>ÜBERFÄLLIG %1</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>Last drill: #%1 on %2 (%3)</source>
        <translation>Letzter Drill: #%1 am %2 (%3)</translation>
    </message>
    <message>
        <source>Never drilled here.</source>
        <translation>Hier noch nie geübt.</translation>
    </message>
    <message>
        <source>Cadence: %1 days%2</source>
        <translation>Turnus: %1 Tage%2</translation>
    </message>
    <message>
        <source> (none set; yearly assumed)</source>
        <translation> (keiner gesetzt; jährlich angenommen)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s).</source>
        <translation>
            <numerusform>%n Tag überfällig.</numerusform>
            <numerusform>%n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Zuversicht: %1</translation>
    </message>
    <message>
        <source>The runbook changed since its last drill here.</source>
        <translation>Das Runbook hat sich seit seinem letzten Drill hier geändert.</translation>
    </message>
    <message>
        <source>Open action items: %1 (%2 overdue)</source>
        <translation>Offene Maßnahmen: %1 (%2 überfällig)</translation>
    </message>
</context>
<context>
    <name>DrillClockPanel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1  ▲ +%2 over</source>
        <translation>%1  ▲ +%2 drüber</translation>
    </message>
    <message>
        <source>Total elapsed</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>not started — F5 starts</source>
        <translation>nicht gestartet — F5 startet</translation>
    </message>
    <message>
        <source>✓ all steps done — Ctrl+Return finishes</source>
        <translation>✓ alle Schritte erledigt — Strg+Return beendet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>‖ PAUSED — P resumes</source>
        <translation>‖ PAUSIERT — P setzt fort</translation>
    </message>
    <message>
        <source>✓ finished</source>
        <translation>✓ beendet</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>✗ Service not restored — RTO missed</source>
        <translation>✗ Dienst nicht wiederhergestellt — RTO verfehlt</translation>
    </message>
    <message>
        <source>✗ Service not restored</source>
        <translation>✗ Dienst nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>RTO %1 ✓ met (target %2)</source>
        <translation>RTO %1 ✓ eingehalten (Ziel %2)</translation>
    </message>
    <message>
        <source>RTO %1 ✗ missed by %2</source>
        <translation>RTO %1 ✗ um %2 verfehlt</translation>
    </message>
    <message>
        <source>RTO left %1</source>
        <translation>RTO-Rest %1</translation>
    </message>
    <message>
        <source>RTO ▲ overrun +%1</source>
        <translation>RTO ▲ überschritten +%1</translation>
    </message>
    <message>
        <source>RTO target %1</source>
        <translation>RTO-Ziel %1</translation>
    </message>
    <message>
        <source>No RTO objective</source>
        <translation>Kein RTO-Ziel</translation>
    </message>
    <message>
        <source>Forecast finish %1 · RTO %2</source>
        <translation>Voraussichtliches Ende %1 · RTO %2</translation>
    </message>
    <message>
        <source>Forecast finish %1</source>
        <translation>Voraussichtliches Ende %1</translation>
    </message>
    <message>
        <source>Steps done, with the reference run&apos;s place</source>
        <translation>Erledigte Schritte, mit der Position des Referenzlaufs</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) without a reference (added or renamed since)</source>
        <translation>
            <numerusform>%n Schritt ohne Referenz (seitdem hinzugefügt oder umbenannt)</numerusform>
            <numerusform>%n Schritte ohne Referenz (seitdem hinzugefügt oder umbenannt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillConsole</name>
    <message>
        <source>Image to attach</source>
        <translation>Anzuhängendes Bild</translation>
    </message>
    <message>
        <source>Image: %1 (Ctrl+Shift+Backspace removes it)</source>
        <translation>Bild: %1 (Strg+Umschalt+Rücktaste entfernt es)</translation>
    </message>
    <message>
        <source>Observation — N to type, Enter logs it. Prefixes: ! issue  ? question  + action item  ~ improvement  * automation candidate  @name who said it</source>
        <translation>Beobachtung — N zum Tippen, Enter protokolliert. Präfixe: ! Problem  ? Frage  + Maßnahme  ~ Verbesserung  * Automatisierungskandidat  @name wer es gesagt hat</translation>
    </message>
    <message>
        <source>Observation entry</source>
        <translation>Beobachtungseingabe</translation>
    </message>
    <message>
        <source>Scenario (facilitator only)</source>
        <translation>Szenario (nur Übungsleitung)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Injects (facilitator only)</source>
        <translation>Injects (nur Übungsleitung)</translation>
    </message>
    <message>
        <source>%1 Do not close DrillDeck while this shows.</source>
        <translation>%1 DrillDeck nicht schließen, solange dies angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>DrillControl</name>
    <message>
        <source>&amp;Start or Resume Drill</source>
        <translation>Drill &amp;starten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Complete Step and Start &amp;Next</source>
        <translation>Schritt erledigen, &amp;nächsten starten</translation>
    </message>
    <message>
        <source>&amp;Reopen Previous Step (mis-click)</source>
        <translation>Vorigen Schritt &amp;wieder öffnen (Fehlklick)</translation>
    </message>
    <message>
        <source>S&amp;kip Step…</source>
        <translation>Schritt ü&amp;berspringen…</translation>
    </message>
    <message>
        <source>Start Selected Step in &amp;Parallel</source>
        <translation>Gewählten Schritt pa&amp;rallel starten</translation>
    </message>
    <message>
        <source>&amp;Complete Selected Step</source>
        <translation>Gewählten Schritt erledi&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Block or Unblock Step</source>
        <translation>Schritt b&amp;lockieren oder freigeben</translation>
    </message>
    <message>
        <source>Reveal Next &amp;Inject</source>
        <translation>Nächsten &amp;Inject aufdecken</translation>
    </message>
    <message>
        <source>Restored &amp;Data Is From…</source>
        <translation>&amp;Daten wiederhergestellt von…</translation>
    </message>
    <message>
        <source>&amp;Log Observation</source>
        <translation>Beobachtung pro&amp;tokollieren</translation>
    </message>
    <message>
        <source>&amp;Finish Drill</source>
        <translation>Drill b&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Abort Drill…</source>
        <translation>Drill &amp;abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Copy Command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>The drill is already running</source>
        <translation>Der Drill läuft bereits</translation>
    </message>
    <message>
        <source>This drill has ended; Ctrl+N starts a new one</source>
        <translation>Dieser Drill ist zu Ende; Strg+N startet einen neuen</translation>
    </message>
    <message>
        <source>The drill is paused — P resumes it</source>
        <translation>Der Drill ist pausiert — P setzt ihn fort</translation>
    </message>
    <message>
        <source>Every step is finished — Ctrl+Return finishes the drill</source>
        <translation>Alle Schritte sind abgeschlossen — Strg+Return beendet den Drill</translation>
    </message>
    <message>
        <source>mis-click</source>
        <translation>Fehlklick</translation>
    </message>
    <message>
        <source>No finished step to reopen</source>
        <translation>Kein abgeschlossener Schritt zum Wiederöffnen</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation>Warum wird „%1“ übersprungen?</translation>
    </message>
    <message>
        <source>A skipped step needs a reason, for the report</source>
        <translation>Ein übersprungener Schritt braucht einen Grund, für den Bericht</translation>
    </message>
    <message>
        <source>Block step</source>
        <translation>Schritt blockieren</translation>
    </message>
    <message>
        <source>What is “%1” waiting for?</source>
        <translation>Worauf wartet „%1“?</translation>
    </message>
    <message>
        <source>Every inject has been revealed</source>
        <translation>Alle Injects sind aufgedeckt</translation>
    </message>
    <message>
        <source>Restored data</source>
        <translation>Wiederhergestellte Daten</translation>
    </message>
    <message>
        <source>The restored data is from (local time, yyyy-MM-dd HH:mm) — sets the RPO:</source>
        <translation>Die wiederhergestellten Daten sind von (Ortszeit, yyyy-MM-dd HH:mm) — setzt den RPO:</translation>
    </message>
    <message>
        <source>“%1” is not a time like 2026-11-23 09:30.</source>
        <translation>„%1“ ist keine Zeit wie 2026-11-23 09:30.</translation>
    </message>
    <message>
        <source>Finish drill</source>
        <translation>Drill beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still running. Finish the drill anyway?</source>
        <translation>
            <numerusform>%n Schritt läuft noch. Den Drill trotzdem beenden?</numerusform>
            <numerusform>%n Schritte laufen noch. Den Drill trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Abort drill</source>
        <translation>Drill abbrechen</translation>
    </message>
    <message>
        <source>Why is the drill aborted?</source>
        <translation>Warum wird der Drill abgebrochen?</translation>
    </message>
    <message>
        <source>Type what the image shows, then Enter: an image is logged with text</source>
        <translation>Eintippen, was das Bild zeigt, dann Enter: ein Bild wird mit Text protokolliert</translation>
    </message>
    <message>
        <source>Start a drill first (Ctrl+N): observations belong to one</source>
        <translation>Zuerst einen Drill starten (Strg+N): Beobachtungen gehören zu einem Drill</translation>
    </message>
    <message>
        <source>&amp;Waiting on a Machine / Hands-on</source>
        <translation>&amp;Warten auf eine Maschine / Handarbeit</translation>
    </message>
    <message>
        <source>D&amp;ecide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>Answer with Option %1</source>
        <translation>Mit Option %1 antworten</translation>
    </message>
    <message>
        <source>Start Ready Steps &amp;Automatically</source>
        <translation>Bereite Schritte &amp;automatisch starten</translation>
    </message>
    <message>
        <source>When a step is done or skipped, start at once the steps that depend on it and are now ready</source>
        <translation>Wenn ein Schritt erledigt oder übersprungen ist, sofort die Schritte starten, die von ihm abhängen und jetzt bereit sind</translation>
    </message>
    <message>
        <source>“%1” — press 1–%2 to answer</source>
        <translation>„%1“ — zum Antworten 1–%2 drücken</translation>
    </message>
    <message>
        <source>No step is running: W marks waiting within a running step</source>
        <translation>Kein Schritt läuft: W markiert das Warten innerhalb eines laufenden Schritts</translation>
    </message>
    <message>
        <source>Back to hands-on work in “%1”</source>
        <translation>Zurück zur Handarbeit in „%1“</translation>
    </message>
    <message>
        <source>Now only waiting on a machine in “%1” — W again when hands-on work resumes</source>
        <translation>Jetzt nur noch Warten auf eine Maschine in „%1“ — erneut W, wenn die Handarbeit weitergeht</translation>
    </message>
    <message>
        <source>Started automatically: %1</source>
        <translation>Automatisch gestartet: %1</translation>
    </message>
    <message>
        <source>No running step asks a question: keys 1–9 answer a decision while its step runs</source>
        <translation>Kein laufender Schritt stellt eine Frage: die Tasten 1–9 beantworten eine Entscheidung, während ihr Schritt läuft</translation>
    </message>
</context>
<context>
    <name>DrillEngine</name>
    <message>
        <source>the event belongs to drill %1, not %2</source>
        <translation>das Ereignis gehört zu Drill %1, nicht zu %2</translation>
    </message>
    <message>
        <source>step `%1` is not in this revision of the runbook</source>
        <translation>Schritt `%1` steht nicht in dieser Revision des Runbooks</translation>
    </message>
    <message numerus="yes">
        <source>NOT SAVED: %1. %n event(s) wait to be stored; DrillDeck keeps retrying and can export them.</source>
        <translation>
            <numerusform>NICHT GESPEICHERT: %1. %n Ereignis wartet auf das Speichern; DrillDeck versucht es weiter und kann es exportieren.</numerusform>
            <numerusform>NICHT GESPEICHERT: %1. %n Ereignisse warten auf das Speichern; DrillDeck versucht es weiter und kann sie exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT SAVED: %1. %n event(s) wait to be stored.</source>
        <translation>
            <numerusform>NICHT GESPEICHERT: %1. %n Ereignis wartet auf das Speichern.</numerusform>
            <numerusform>NICHT GESPEICHERT: %1. %n Ereignisse warten auf das Speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>the database is failing (%1); an observation with an image is logged only when it can be stored at once — nothing was logged</source>
        <translation>die Datenbank hat Fehler (%1); eine Beobachtung mit Bild wird nur protokolliert, wenn sie sofort gespeichert werden kann — nichts wurde protokolliert</translation>
    </message>
    <message>
        <source>the observation and its image were not stored: %1</source>
        <translation>die Beobachtung und ihr Bild wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>a sign-off needs the name and the role of who signs</source>
        <translation>eine Abzeichnung braucht Name und Rolle der Person, die abzeichnet</translation>
    </message>
    <message>
        <source>Decision “%1”: %2</source>
        <translation>Entscheidung „%1“: %2</translation>
    </message>
</context>
<context>
    <name>DrillHistory</name>
    <message>
        <source>revision %1 of runbook %2 does not load: %3</source>
        <translation>Revision %1 von Runbook %2 lässt sich nicht laden: %3</translation>
    </message>
</context>
<context>
    <name>DrillReplay</name>
    <message>
        <source>time goes backwards: this %1 event is at %2, before the last event at %3</source>
        <translation>die Zeit läuft rückwärts: dieses %1-Ereignis liegt bei %2, vor dem letzten Ereignis bei %3</translation>
    </message>
    <message>
        <source>the drill is already finished; no %1 event can follow it</source>
        <translation>der Drill ist bereits beendet; kein %1-Ereignis kann folgen</translation>
    </message>
    <message>
        <source>the drill was aborted; no %1 event can follow it</source>
        <translation>der Drill wurde abgebrochen; kein %1-Ereignis kann folgen</translation>
    </message>
    <message>
        <source>the drill has already started</source>
        <translation>der Drill hat bereits begonnen</translation>
    </message>
    <message>
        <source>the drill has not started yet; start it before a %1 event</source>
        <translation>der Drill hat noch nicht begonnen; vor einem %1-Ereignis starten</translation>
    </message>
    <message>
        <source>a %1 event needs a step id</source>
        <translation>ein %1-Ereignis braucht eine Schritt-ID</translation>
    </message>
    <message>
        <source>step `%1` is not in this revision of the runbook</source>
        <translation>Schritt `%1` steht nicht in dieser Revision des Runbooks</translation>
    </message>
    <message>
        <source>the drill is already paused</source>
        <translation>der Drill ist bereits pausiert</translation>
    </message>
    <message>
        <source>the drill is not paused, so it cannot resume</source>
        <translation>der Drill ist nicht pausiert und kann daher nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>an inject-revealed event needs the inject&apos;s id</source>
        <translation>ein inject-revealed-Ereignis braucht die ID des Injects</translation>
    </message>
    <message>
        <source>inject `%1` is not in this revision of the runbook</source>
        <translation>Inject `%1` steht nicht in dieser Revision des Runbooks</translation>
    </message>
    <message>
        <source>inject `%1` was already revealed</source>
        <translation>Inject `%1` wurde bereits aufgedeckt</translation>
    </message>
    <message>
        <source>a data-restored-at event needs the time of the restored data</source>
        <translation>ein data-restored-at-Ereignis braucht den Zeitpunkt der wiederhergestellten Daten</translation>
    </message>
    <message>
        <source>the restored data (%1) cannot be newer than the moment it is entered (%2)</source>
        <translation>die wiederhergestellten Daten (%1) können nicht neuer sein als der Moment ihrer Eingabe (%2)</translation>
    </message>
    <message>
        <source>an observation needs some text</source>
        <translation>eine Beobachtung braucht Text</translation>
    </message>
    <message>
        <source>step `%1` has already run (it is %2), so it stays in the procedure; skip it or edit it instead</source>
        <translation>Schritt `%1` ist bereits gelaufen (er ist %2) und bleibt daher im Ablauf; stattdessen überspringen oder bearbeiten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>the drill is paused; resume it before starting step `%1`</source>
        <translation>der Drill ist pausiert; vor dem Start von Schritt `%1` fortsetzen</translation>
    </message>
    <message>
        <source>step `%1` is already running</source>
        <translation>Schritt `%1` läuft bereits</translation>
    </message>
    <message>
        <source>step `%1` is already %2; reopen it instead</source>
        <translation>Schritt `%1` ist bereits %2; stattdessen wieder öffnen</translation>
    </message>
    <message>
        <source>step `%1` is blocked; unblock it first</source>
        <translation>Schritt `%1` ist blockiert; zuerst die Blockade aufheben</translation>
    </message>
    <message>
        <source>step `%1` depends on %2, which %3 not done yet</source>
        <translation>Schritt `%1` hängt von %2 ab; %3 noch nicht erledigt</translation>
    </message>
    <message>
        <source>is</source>
        <translation>dieser ist</translation>
    </message>
    <message>
        <source>are</source>
        <translation>diese sind</translation>
    </message>
    <message>
        <source>step `%1` has not started; start it before marking it done</source>
        <translation>Schritt `%1` wurde nicht gestartet; vor dem Erledigen starten</translation>
    </message>
    <message>
        <source>step `%1` is already %2</source>
        <translation>Schritt `%1` ist bereits %2</translation>
    </message>
    <message>
        <source>step `%1` is blocked; unblock it before marking it done</source>
        <translation>Schritt `%1` ist blockiert; vor dem Erledigen die Blockade aufheben</translation>
    </message>
    <message>
        <source>step `%1` is already %2; reopen it first</source>
        <translation>Schritt `%1` ist bereits %2; zuerst wieder öffnen</translation>
    </message>
    <message>
        <source>step `%1` is already finished, so it cannot be blocked</source>
        <translation>Schritt `%1` ist bereits abgeschlossen und kann nicht blockiert werden</translation>
    </message>
    <message>
        <source>step `%1` is already blocked</source>
        <translation>Schritt `%1` ist bereits blockiert</translation>
    </message>
    <message>
        <source>step `%1` is not blocked</source>
        <translation>Schritt `%1` ist nicht blockiert</translation>
    </message>
    <message>
        <source>step `%1` is neither done nor skipped, so it cannot be reopened</source>
        <translation>Schritt `%1` ist weder erledigt noch übersprungen und kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>step `%1` is not running since its first start, so it cannot be un-started; mark it done or skip it</source>
        <translation>Schritt `%1` läuft nicht seit seinem ersten Start und kann nicht ungestartet werden; als erledigt markieren oder überspringen</translation>
    </message>
    <message>
        <source>step `%1` is not running, so no run of its command can be recorded</source>
        <translation>Schritt `%1` läuft nicht, daher lässt sich keine Ausführung seines Befehls aufzeichnen</translation>
    </message>
    <message>
        <source>a command-run event needs the run&apos;s evidence (command and outcome)</source>
        <translation>ein command-run-Ereignis braucht den Nachweis der Ausführung (Befehl und Ergebnis)</translation>
    </message>
    <message>
        <source>a drill can be signed off only once it has finished or was aborted</source>
        <translation>ein Drill kann erst abgezeichnet werden, wenn er beendet oder abgebrochen ist</translation>
    </message>
    <message>
        <source>a sign-off needs the name and the role of who signs</source>
        <translation>eine Abzeichnung braucht Name und Rolle der Person, die abzeichnet</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nicht genommen</translation>
    </message>
    <message>
        <source>step `%1` is on a branch the decision did not take</source>
        <translation>Schritt `%1` liegt auf einem Zweig, den die Entscheidung nicht genommen hat</translation>
    </message>
    <message>
        <source>step `%1` is on a branch of decision `%2`, which is not made yet; answer it first (keys 1-9)</source>
        <translation>Schritt `%1` liegt auf einem Zweig der Entscheidung `%2`, die noch nicht getroffen ist; zuerst diese beantworten (Tasten 1-9)</translation>
    </message>
    <message>
        <source>step `%1` asks “%2”: answer it (keys 1-%3) before marking it done</source>
        <translation>Schritt `%1` fragt „%2“: vor dem Erledigen die Frage beantworten (Tasten 1-%3)</translation>
    </message>
    <message>
        <source>step `%1` is on a branch the decision did not take; reopen the decision to choose again</source>
        <translation>Schritt `%1` liegt auf einem Zweig, den die Entscheidung nicht genommen hat; die Entscheidung wieder öffnen, um neu zu wählen</translation>
    </message>
    <message>
        <source>step `%1` is not running, so it cannot wait on a machine; start it first</source>
        <translation>Schritt `%1` läuft nicht und kann daher nicht auf eine Maschine warten; zuerst starten</translation>
    </message>
    <message>
        <source>step `%1` already waits on a machine</source>
        <translation>Schritt `%1` wartet bereits auf eine Maschine</translation>
    </message>
    <message>
        <source>step `%1` is not waiting on a machine, so its wait cannot end</source>
        <translation>Schritt `%1` wartet nicht auf eine Maschine, daher kann sein Warten nicht enden</translation>
    </message>
    <message>
        <source>step `%1` asks no question, so no decision can be made at it</source>
        <translation>Schritt `%1` stellt keine Frage, daher kann bei ihm keine Entscheidung getroffen werden</translation>
    </message>
    <message>
        <source>step `%1` is not running; a decision is made while its step runs</source>
        <translation>Schritt `%1` läuft nicht; eine Entscheidung wird getroffen, während ihr Schritt läuft</translation>
    </message>
    <message>
        <source>decision `%1` has options 1 to %2; there is no option %3</source>
        <translation>Entscheidung `%1` hat die Optionen 1 bis %2; es gibt keine Option %3</translation>
    </message>
    <message>
        <source>step `%1` has already started, on a branch option %2 (“%3”) would not take; choose its branch, or un-start it first</source>
        <translation>Schritt `%1` wurde bereits gestartet, auf einem Zweig, den Option %2 („%3“) nicht nehmen würde; seinen Zweig wählen oder zuerst den Start zurücknehmen</translation>
    </message>
</context>
<context>
    <name>DrillReport</name>
    <message>
        <source>there are no drills in the database</source>
        <translation>die Datenbank enthält keine Drills</translation>
    </message>
    <message>
        <source>no drill %1: there are no drills in the database</source>
        <translation>kein Drill %1: die Datenbank enthält keine Drills</translation>
    </message>
    <message>
        <source>no drill %1 in the database; the drills are %2–%3</source>
        <translation>kein Drill %1 in der Datenbank; die Drills sind %2–%3</translation>
    </message>
    <message>
        <source>revision %1 of runbook %2 does not load: %3</source>
        <translation>Revision %1 von Runbook %2 lässt sich nicht laden: %3</translation>
    </message>
</context>
<context>
    <name>DrillReportComposer</name>
    <message>
        <source>Drill report: %1, %2 #%3</source>
        <translation>Drill-Bericht: %1, %2 #%3</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failure time</source>
        <translation>Ausfallzeitpunkt</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Übungsleitung</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>(hidden until the drill ends)</source>
        <translation>(verborgen, bis der Drill endet)</translation>
    </message>
    <message>
        <source>No scenario was recorded.</source>
        <translation>Es wurde kein Szenario erfasst.</translation>
    </message>
    <message>
        <source>the drill was aborted</source>
        <translation>der Drill wurde abgebrochen</translation>
    </message>
    <message>
        <source>“%1”, the step that marks the service restored, was skipped</source>
        <translation>„%1“, der Schritt, der den Dienst als wiederhergestellt markiert, wurde übersprungen</translation>
    </message>
    <message>
        <source>the drill ended before “%1”, the step that marks the service restored, was done</source>
        <translation>der Drill endete, bevor „%1“, der Schritt, der den Dienst als wiederhergestellt markiert, erledigt war</translation>
    </message>
    <message>
        <source>RTO: not restored — RTO missed: %1; the target is %2.</source>
        <translation>RTO: nicht wiederhergestellt — RTO verfehlt: %1; das Ziel ist %2.</translation>
    </message>
    <message>
        <source>RTO: not restored: %1; no target.</source>
        <translation>RTO: nicht wiederhergestellt: %1; kein Ziel.</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, of %3</source>
        <translation>%1 erledigt, %2 übersprungen, von %3</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps outside the runbook&apos;s phases</source>
        <translation>Schritte außerhalb der Phasen des Runbooks</translation>
    </message>
    <message>
        <source>● on the critical path. Delta: actual minus planned; pauses are left out of step times.</source>
        <translation>● auf dem kritischen Pfad. Abweichung: tatsächlich minus geplant; Pausen zählen nicht zu den Schrittzeiten.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drill started</source>
        <translation>Drill gestartet</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Observation (%1)</source>
        <translation>Beobachtung (%1)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Schritt übersprungen</translation>
    </message>
    <message>
        <source>Step blocked</source>
        <translation>Schritt blockiert</translation>
    </message>
    <message>
        <source>Step unblocked</source>
        <translation>Blockade aufgehoben</translation>
    </message>
    <message>
        <source>Step reopened</source>
        <translation>Schritt wieder geöffnet</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Dienst wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored data is from</source>
        <translation>Wiederhergestellte Daten sind von</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Drill finished</source>
        <translation>Drill beendet</translation>
    </message>
    <message>
        <source>Drill aborted</source>
        <translation>Drill abgebrochen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Es wurden keine Maßnahmen erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From observation</source>
        <translation>Aus Beobachtung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>The runbook names no evaluation criteria and nothing was scored.</source>
        <translation>Das Runbook nennt keine Bewertungskriterien, und nichts wurde bewertet.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Compared with the previous iteration</source>
        <translation>Vergleich mit der vorigen Iteration</translation>
    </message>
    <message>
        <source>This is the first ended drill of this runbook in %1.</source>
        <translation>Dies ist der erste beendete Drill dieses Runbooks in %1.</translation>
    </message>
    <message>
        <source>Drill %1 (iteration %2, %3) against drill %4 (iteration %5, %6).</source>
        <translation>Drill %1 (Iteration %2, %3) gegen Drill %4 (Iteration %5, %6).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>Steps skipped</source>
        <translation>Schritte übersprungen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Timeline of drill %1: steps from the start, critical path in red; pauses, injects and observations marked</source>
        <translation>Zeitleiste von Drill %1: Schritte ab dem Start, kritischer Pfad in Rot; Pausen, Injects und Beobachtungen markiert</translation>
    </message>
    <message>
        <source>RTO per iteration of %1, one line per environment, against the target</source>
        <translation>RTO je Iteration von %1, eine Linie je Umgebung, gegen das Ziel</translation>
    </message>
    <message>
        <source>%1 not achieved or not recorded; the target is %2.</source>
        <translation>%1 nicht erreicht oder nicht erfasst; das Ziel ist %2.</translation>
    </message>
    <message>
        <source>%1 not achieved or not recorded; no target.</source>
        <translation>%1 nicht erreicht oder nicht erfasst; kein Ziel.</translation>
    </message>
    <message>
        <source>%1 %2; no target.</source>
        <translation>%1 %2; kein Ziel.</translation>
    </message>
    <message>
        <source>%1 %2 against a target of %3: met, %4 to spare.</source>
        <translation>%1 %2 gegen ein Ziel von %3: eingehalten, %4 Reserve.</translation>
    </message>
    <message>
        <source>%1 %2 against a target of %3: missed by %4.</source>
        <translation>%1 %2 gegen ein Ziel von %3: um %4 verfehlt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Automated run (drilldeck run): only the steps with a command ran</source>
        <translation>Automatisierter Lauf (drilldeck run): nur die Schritte mit Befehl wurden ausgeführt</translation>
    </message>
    <message>
        <source>Hand-run drill</source>
        <translation>Von Hand durchgeführter Drill</translation>
    </message>
    <message>
        <source>its command %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Command run</source>
        <translation>Befehl ausgeführt</translation>
    </message>
    <message>
        <source>closed without a note</source>
        <translation>ohne Notiz geschlossen</translation>
    </message>
    <message>
        <source>Closed (evidence)</source>
        <translation>Geschlossen (Nachweis)</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>Nobody has signed this drill off yet.</source>
        <translation>Noch niemand hat diesen Drill abgezeichnet.</translation>
    </message>
    <message>
        <source>A drill is signed off once it has ended.</source>
        <translation>Ein Drill wird abgezeichnet, sobald er beendet ist.</translation>
    </message>
    <message>
        <source>With reservations: %1</source>
        <translation>Mit Vorbehalten: %1</translation>
    </message>
    <message>
        <source>predates later changes: %1</source>
        <translation>vor späteren Änderungen: %1</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>seither unverändert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Record since</source>
        <translation>Aufzeichnung seither</translation>
    </message>
    <message>
        <source>Sign-offs that predate later changes to the record: %1 of %2. What was signed is not all of what this report shows.</source>
        <translation>Abzeichnungen vor späteren Änderungen an der Aufzeichnung: %1 von %2. Abgezeichnet wurde nicht alles, was dieser Bericht zeigt.</translation>
    </message>
    <message>
        <source>Driven by someone new: %1 drove this runbook for the first time.</source>
        <translation>Von jemand Neuem ausgeführt: %1 hat dieses Runbook zum ersten Mal ausgeführt.</translation>
    </message>
    <message>
        <source>Driven by %1, who had driven this runbook before.</source>
        <translation>Ausgeführt von %1, mit diesem Runbook schon vertraut.</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Handarbeit</translation>
    </message>
    <message>
        <source>Waiting on machines</source>
        <translation>Warten auf Maschinen</translation>
    </message>
    <message>
        <source>Steps not taken</source>
        <translation>Nicht genommene Schritte</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>Entscheidungszeit</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(aborted the drill)</source>
        <translation>(Drill abgebrochen)</translation>
    </message>
    <message>
        <source>(changed later)</source>
        <translation>(später geändert)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Deciding took %1 of the %2 of active time; it is reported apart, and the steps not taken count neither as late nor as skipped.</source>
        <translation>Das Entscheiden dauerte %1 der %2 aktiver Zeit; es wird gesondert ausgewiesen, und die nicht genommenen Schritte zählen weder als verspätet noch als übersprungen.</translation>
    </message>
    <message>
        <source>Not taken: %1.</source>
        <translation>Nicht genommen: %1.</translation>
    </message>
    <message>
        <source>Hands-on and waiting</source>
        <translation>Handarbeit und Warten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Of %1 active time, %2 was hands-on work and %3 (%4) only waiting on machines, when every running step waited.</source>
        <translation>Von %1 aktiver Zeit waren %2 Handarbeit und %3 (%4) nur Warten auf Maschinen, also Zeit, in der jeder laufende Schritt wartete.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Waiting share</source>
        <translation>Anteil Warten</translation>
    </message>
    <message>
        <source>◷ a step marked “wait: true”: all of its time is waiting on a machine. Other steps wait from W (&quot;now we only wait&quot;) until W again or their end. Mostly waiting: faster machines or more bandwidth help; mostly hands-on: automation helps.</source>
        <translation>◷ ein Schritt mit „wait: true“: seine ganze Zeit ist Warten auf eine Maschine. Andere Schritte warten ab W („jetzt warten wir nur“) bis zum erneuten W oder bis zu ihrem Ende. Überwiegend Warten: schnellere Maschinen oder mehr Bandbreite helfen; überwiegend Handarbeit: Automatisierung hilft.</translation>
    </message>
    <message>
        <source>Hands-on and waiting time per step of drill %1</source>
        <translation>Handarbeit und Wartezeit je Schritt von Drill %1</translation>
    </message>
    <message>
        <source>Decision made</source>
        <translation>Entscheidung getroffen</translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <source>cannot create the folder %1 for the database %2</source>
        <translation>der Ordner %1 für die Datenbank %2 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>revision %1 of %2</source>
        <translation>Revision %1 von %2</translation>
    </message>
    <message>
        <source>the stored runbook of drill %1 no longer loads: %2</source>
        <translation>das gespeicherte Runbook von Drill %1 lässt sich nicht mehr laden: %2</translation>
    </message>
    <message>
        <source>the observation is logged, but its action item was not stored: %1</source>
        <translation>die Beobachtung ist protokolliert, aber ihre Maßnahme wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DrillStore</name>
    <message>
        <source>starting to store a drill</source>
        <translation>Speichern eines Drills beginnen</translation>
    </message>
    <message>
        <source>storing a drill of %1</source>
        <translation>einen Drill von %1 speichern</translation>
    </message>
    <message>
        <source>reading the iteration of drill %1</source>
        <translation>die Iteration von Drill %1 lesen</translation>
    </message>
    <message>
        <source>storing the participants of drill %1</source>
        <translation>die Teilnehmenden von Drill %1 speichern</translation>
    </message>
    <message>
        <source>storing a drill</source>
        <translation>einen Drill speichern</translation>
    </message>
    <message>
        <source>reading drills</source>
        <translation>Drills lesen</translation>
    </message>
    <message>
        <source>reading drill participants</source>
        <translation>Drill-Teilnehmende lesen</translation>
    </message>
    <message>
        <source>there is no drill %1</source>
        <translation>es gibt keinen Drill %1</translation>
    </message>
    <message>
        <source>preparing to store events</source>
        <translation>Speichern von Ereignissen vorbereiten</translation>
    </message>
    <message>
        <source>storing the %1 event of drill %2</source>
        <translation>das %1-Ereignis von Drill %2 speichern</translation>
    </message>
    <message>
        <source>reading the events of drill %1</source>
        <translation>die Ereignisse von Drill %1 lesen</translation>
    </message>
    <message>
        <source>reading drill events</source>
        <translation>Drill-Ereignisse lesen</translation>
    </message>
    <message>
        <source>counting the events of drill %1</source>
        <translation>die Ereignisse von Drill %1 zählen</translation>
    </message>
    <message>
        <source>starting to store an image</source>
        <translation>Speichern eines Bildes beginnen</translation>
    </message>
    <message>
        <source>storing the image of an event of drill %1</source>
        <translation>das Bild eines Ereignisses von Drill %1 speichern</translation>
    </message>
    <message>
        <source>storing an event with its image</source>
        <translation>ein Ereignis mit seinem Bild speichern</translation>
    </message>
    <message>
        <source>reading the images of drill %1</source>
        <translation>die Bilder von Drill %1 lesen</translation>
    </message>
    <message>
        <source>reading image %1</source>
        <translation>Bild %1 lesen</translation>
    </message>
    <message>
        <source>there is no image %1</source>
        <translation>es gibt kein Bild %1</translation>
    </message>
</context>
<context>
    <name>DrivenDrillsModel</name>
    <message>
        <source>%1 had not driven this runbook in any earlier drill</source>
        <translation>%1 hatte dieses Runbook in keinem früheren Drill ausgeführt</translation>
    </message>
    <message>
        <source>#%1 · %2 #%3</source>
        <translation>#%1 · %2 #%3</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message>
        <source>driven by someone new: %1</source>
        <translation>von jemand Neuem ausgeführt: %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Someone new?</source>
        <translation>Jemand Neues?</translation>
    </message>
</context>
<context>
    <name>DriverHistory</name>
    <message numerus="yes">
        <source>%1 has driven it %n time(s)</source>
        <translation>
            <numerusform>%1 hat es %n Mal ausgeführt</numerusform>
            <numerusform>%1 hat es %n Mal ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has driven it %n time(s), last on %2</source>
        <translation>
            <numerusform>%1 hat es %n Mal ausgeführt, zuletzt am %2</numerusform>
            <numerusform>%1 hat es %n Mal ausgeführt, zuletzt am %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriverMatrixModel</name>
    <message>
        <source>%1 has never driven %2</source>
        <translation>%1 hat %2 nie ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1 drove %2 in %n drill(s), last on %3</source>
        <translation>
            <numerusform>%1 hat %2 in %n Drill ausgeführt, zuletzt am %3</numerusform>
            <numerusform>%1 hat %2 in %n Drills ausgeführt, zuletzt am %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
(single driver)</source>
        <translation>%1
(nur eine ausführende Person)</translation>
    </message>
    <message>
        <source>No drill of %1 recorded a participant with the role driver.</source>
        <translation>Kein Drill von %1 hat Teilnehmende mit der Rolle „driver“ erfasst.</translation>
    </message>
    <message>
        <source>Only %1 has ever driven %2: a knowledge silo. Let someone else drive the next drill.</source>
        <translation>Nur %1 hat %2 je ausgeführt: ein Wissenssilo. Den nächsten Drill jemand anderes ausführen lassen.</translation>
    </message>
    <message numerus="yes">
        <source>%2 was driven by %n people: %1</source>
        <translation>
            <numerusform>%2 wurde von %n Person ausgeführt: %1</numerusform>
            <numerusform>%2 wurde von %n Personen ausgeführt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>write it as a number with a unit, like 90s, 15m, 1h30m or 2d</source>
        <translation>als Zahl mit Einheit schreiben, etwa 90s, 15m, 1h30m oder 2d</translation>
    </message>
    <message>
        <source>empty duration; %1</source>
        <translation>leere Dauer; %1</translation>
    </message>
    <message>
        <source>duration `%1` is too long; the longest is %2</source>
        <translation>Dauer `%1` ist zu lang; die längste ist %2</translation>
    </message>
    <message>
        <source>invalid duration `%1`: no spaces inside a duration; write it like 1h30m</source>
        <translation>ungültige Dauer `%1`: keine Leerzeichen in einer Dauer; so schreiben: 1h30m</translation>
    </message>
    <message>
        <source>invalid duration `%1`: expected a number at `%2`; %3</source>
        <translation>ungültige Dauer `%1`: Zahl erwartet bei `%2`; %3</translation>
    </message>
    <message>
        <source>invalid duration `%1`: the number %2 has no unit; %3</source>
        <translation>ungültige Dauer `%1`: die Zahl %2 hat keine Einheit; %3</translation>
    </message>
    <message>
        <source>invalid duration `%1`: units must come once each, in the order d, h, m, s (like 1h30m)</source>
        <translation>ungültige Dauer `%1`: jede Einheit nur einmal, in der Reihenfolge d, h, m, s (etwa 1h30m)</translation>
    </message>
    <message>
        <source>invalid duration `%1`: unknown unit `%2`; units are d, h, m and s, like 90s, 15m, 1h30m or 2d</source>
        <translation>ungültige Dauer `%1`: unbekannte Einheit `%2`; Einheiten sind d, h, m und s, etwa 90s, 15m, 1h30m oder 2d</translation>
    </message>
</context>
<context>
    <name>EventAttachment</name>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>the image is %1; the limit is %2 — crop it or save it as JPEG</source>
        <translation>das Bild ist %1 groß; die Grenze ist %2 — zuschneiden oder als JPEG speichern</translation>
    </message>
    <message>
        <source>only PNG and JPEG images can be attached (this is %1)</source>
        <translation>nur PNG- und JPEG-Bilder lassen sich anhängen (dies ist %1)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>the image data is not the %1 it claims to be</source>
        <translation>die Bilddaten sind nicht das %1, das sie zu sein vorgeben</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Drill started</source>
        <translation>Drill gestartet</translation>
    </message>
    <message>
        <source>Started “%1”</source>
        <translation>„%1“ gestartet</translation>
    </message>
    <message>
        <source>Done “%1”</source>
        <translation>„%1“ erledigt</translation>
    </message>
    <message>
        <source>Skipped “%1”</source>
        <translation>„%1“ übersprungen</translation>
    </message>
    <message>
        <source>Blocked “%1”</source>
        <translation>„%1“ blockiert</translation>
    </message>
    <message>
        <source>Unblocked “%1”</source>
        <translation>Blockade von „%1“ aufgehoben</translation>
    </message>
    <message>
        <source>Reopened “%1”</source>
        <translation>„%1“ wieder geöffnet</translation>
    </message>
    <message>
        <source>Not started after all: “%1”</source>
        <translation>Doch nicht gestartet: „%1“</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Inject: %1</source>
        <translation>Inject: %1</translation>
    </message>
    <message>
        <source>Restored data is from %1</source>
        <translation>Wiederhergestellte Daten sind von %1</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source> [image, %1]</source>
        <translation> [Bild, %1]</translation>
    </message>
    <message>
        <source>Drill finished</source>
        <translation>Drill beendet</translation>
    </message>
    <message>
        <source>Drill aborted</source>
        <translation>Drill abgebrochen</translation>
    </message>
    <message>
        <source>Rewrote “%1”</source>
        <translation>„%1“ überarbeitet</translation>
    </message>
    <message>
        <source>Inserted “%1”</source>
        <translation>„%1“ eingefügt</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>„%1“ entfernt</translation>
    </message>
    <message>
        <source>Moved “%1”</source>
        <translation>„%1“ verschoben</translation>
    </message>
    <message>
        <source>Saved the rewritten runbook</source>
        <translation>Überarbeitetes Runbook gespeichert</translation>
    </message>
    <message>
        <source>Edited an observation to: %1</source>
        <translation>Beobachtung geändert in: %1</translation>
    </message>
    <message>
        <source>Deleted the observation “%1”</source>
        <translation>Beobachtung „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Deleted an observation</source>
        <translation>Eine Beobachtung gelöscht</translation>
    </message>
    <message>
        <source>Annotated “%1”: %2</source>
        <translation>Notiz zu „%1“: %2</translation>
    </message>
    <message>
        <source>Changed the note on “%1”: %2</source>
        <translation>Notiz zu „%1“ geändert: %2</translation>
    </message>
    <message>
        <source>Removed the note on “%1”</source>
        <translation>Notiz zu „%1“ entfernt</translation>
    </message>
    <message>
        <source>Scored “%1”</source>
        <translation>„%1“ bewertet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Ran the command of “%1”</source>
        <translation>Befehl von „%1“ ausgeführt</translation>
    </message>
    <message>
        <source>Ran `%1`: %2</source>
        <translation>`%1` ausgeführt: %2</translation>
    </message>
    <message>
        <source>Signed off the drill as %1</source>
        <translation>Drill abgezeichnet als %1</translation>
    </message>
    <message>
        <source>Decided at “%1”: %2</source>
        <translation>Entschieden bei „%1“: %2</translation>
    </message>
    <message>
        <source>Now only waiting on a machine in “%1”</source>
        <translation>Jetzt nur noch Warten auf eine Maschine in „%1“</translation>
    </message>
    <message>
        <source>Back to hands-on work in “%1”</source>
        <translation>Zurück zur Handarbeit in „%1“</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Write the evidence pack of one drill: a zip with the PDF and HTML reports, the
complete event log (JSON), the runbook revision drilled and the one saved after it
with their diff, each command run&apos;s output, the images, the scorecard, action items,
sign-offs, an index.html linking everything and MANIFEST, the SHA-256 of every file
(check it with &apos;sha256sum -c MANIFEST&apos; or &apos;drilldeck verify&apos;). --sign adds a detached
signature of MANIFEST: gpg (MANIFEST.asc, your default key or KEYID) or ssh
(MANIFEST.sig, &apos;ssh-keygen -Y sign&apos; with KEYFILE, namespace drilldeck-evidence).
DRILL_ID is a drill&apos;s id (see &apos;drilldeck history&apos;), or &apos;last&apos; for the newest drill.
The file is complete or not written at all.
Exit status: 0 on success, 1 when the database, the signature or the file fails,
2 on a usage error.</source>
        <translation>Schreibt das Nachweispaket eines Drills: ein Zip mit den Berichten als PDF und HTML,
dem vollständigen Ereignisprotokoll (JSON), der geübten Runbook-Revision und der danach
gespeicherten samt ihrem Diff, der Ausgabe jeder Befehlsausführung, den Bildern, dem
Bewertungsbogen, den Maßnahmen, den Abzeichnungen, einer index.html, die alles
verlinkt, und MANIFEST, dem SHA-256 jeder Datei (prüfbar mit &apos;sha256sum -c MANIFEST&apos;
oder &apos;drilldeck verify&apos;). --sign fügt eine abgetrennte Signatur von MANIFEST hinzu:
gpg (MANIFEST.asc, der Standardschlüssel oder KEYID) oder ssh (MANIFEST.sig,
&apos;ssh-keygen -Y sign&apos; mit KEYFILE, Namespace drilldeck-evidence).
DRILL_ID ist die ID eines Drills (siehe &apos;drilldeck history&apos;) oder &apos;last&apos; für den neuesten.
Die Datei wird vollständig oder gar nicht geschrieben.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank, die Signatur oder die Datei scheitert,
2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the example database.</source>
        <translation>Die Beispieldatenbank verwenden.</translation>
    </message>
    <message>
        <source>The PDF&apos;s paper: a4 (default) or letter.</source>
        <translation>Das Papier des PDFs: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>The zip to write (a new or a regular file).</source>
        <translation>Das zu schreibende Zip (eine neue oder eine reguläre Datei).</translation>
    </message>
    <message>
        <source>Sign MANIFEST: gpg, gpg:KEYID or ssh:KEYFILE.</source>
        <translation>MANIFEST signieren: gpg, gpg:KEYID oder ssh:KEYFILE.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>A drill id, or last.</source>
        <translation>Eine Drill-ID oder last.</translation>
    </message>
    <message>
        <source>say which drill: a drill id, or last</source>
        <translation>welcher Drill? eine Drill-ID oder last</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>`%1` is not a drill id; give a number, or last</source>
        <translation>`%1` ist keine Drill-ID; eine Zahl angeben oder last</translation>
    </message>
    <message>
        <source>--out FILE.zip is required</source>
        <translation>--out FILE.zip ist erforderlich</translation>
    </message>
    <message>
        <source>--out `%1` must end in .zip; give --out %1.zip</source>
        <translation>--out `%1` muss auf .zip enden; --out %1.zip angeben</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not `%1`</source>
        <translation>--page muss a4 oder letter sein, nicht `%1`</translation>
    </message>
    <message>
        <source>Wrote the evidence pack of drill %1 to %2</source>
        <translation>Nachweispaket von Drill %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>an empty path</source>
        <translation>einen leeren Pfad</translation>
    </message>
    <message>
        <source>a path longer than 255 characters</source>
        <translation>einen Pfad mit mehr als 255 Zeichen</translation>
    </message>
    <message>
        <source>an absolute path; a pack holds relative paths only</source>
        <translation>einen absoluten Pfad; ein Paket enthält nur relative Pfade</translation>
    </message>
    <message>
        <source>a backslash; a pack separates folders with &apos;/&apos;</source>
        <translation>einen Backslash; ein Paket trennt Ordner mit &apos;/&apos;</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;..&apos;, which would leave the pack&apos;s folder</source>
        <translation>&apos;..&apos;, womit der Ordner des Pakets verlassen würde</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; part; give each folder once, as in a/b.txt</source>
        <translation>einen leeren oder &apos;.&apos;-Teil; jeden Ordner einmal angeben, wie in a/b.txt</translation>
    </message>
    <message>
        <source>MANIFEST line %1: %2</source>
        <translation>MANIFEST, Zeile %1: %2</translation>
    </message>
    <message>
        <source>the last line has no line end; the manifest is cut or was edited</source>
        <translation>die letzte Zeile hat kein Zeilenende; das Manifest ist abgeschnitten oder wurde bearbeitet</translation>
    </message>
    <message>
        <source>expected 64 hex digits, two spaces and a path</source>
        <translation>erwartet: 64 Hexziffern, zwei Leerzeichen und ein Pfad</translation>
    </message>
    <message>
        <source>expected a SHA-256 as 64 lowercase hex digits</source>
        <translation>erwartet: ein SHA-256 als 64 Hexziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>the path is not UTF-8</source>
        <translation>der Pfad ist kein UTF-8</translation>
    </message>
    <message>
        <source>`%1` has %2</source>
        <translation>`%1` hat %2</translation>
    </message>
    <message>
        <source>`%1` is listed twice</source>
        <translation>`%1` ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the manifest lists no file</source>
        <translation>das Manifest führt keine Datei auf</translation>
    </message>
</context>
<context>
    <name>EvidencePackExporter</name>
    <message>
        <source>[truncated: the process wrote %1 bytes; the head and the tail are kept]</source>
        <translation>[gekürzt: der Prozess hat %1 Bytes geschrieben; Anfang und Ende sind erhalten]</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>Befehl: %1</translation>
    </message>
    <message>
        <source>Outcome: %1 (%2)</source>
        <translation>Ergebnis: %1 (%2)</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The drill report, printable (PDF)</source>
        <translation>Der Drill-Bericht, druckbar (PDF)</translation>
    </message>
    <message>
        <source>The drill report as one self-contained HTML page</source>
        <translation>Der Drill-Bericht als eine eigenständige HTML-Seite</translation>
    </message>
    <message>
        <source>The drill&apos;s complete event log, in the order written (JSON)</source>
        <translation>Das vollständige Ereignisprotokoll des Drills, in der Reihenfolge des Schreibens (JSON)</translation>
    </message>
    <message>
        <source>The runbook revision that was drilled (YAML)</source>
        <translation>Die geübte Runbook-Revision (YAML)</translation>
    </message>
    <message>
        <source>The runbook revision saved after the drill&apos;s live rewrites (YAML)</source>
        <translation>Die Runbook-Revision, gespeichert nach den Live-Überarbeitungen des Drills (YAML)</translation>
    </message>
    <message>
        <source>What changed from the drilled revision to the saved one (unified diff)</source>
        <translation>Was sich von der geübten zur gespeicherten Revision geändert hat (Unified Diff)</translation>
    </message>
    <message>
        <source>The scorecard: each criterion&apos;s newest score and comment (JSON)</source>
        <translation>Der Bewertungsbogen: die neueste Bewertung und der Kommentar je Kriterium (JSON)</translation>
    </message>
    <message>
        <source>Action items: owner, due date, status, closing note and link (JSON)</source>
        <translation>Maßnahmen: Verantwortlich, Fälligkeitsdatum, Status, Abschlussnotiz und Link (JSON)</translation>
    </message>
    <message>
        <source>Sign-offs: who, role, when, statement, reservations, later changes (JSON)</source>
        <translation>Abzeichnungen: wer, Rolle, wann, Erklärung, Vorbehalte, spätere Änderungen (JSON)</translation>
    </message>
    <message>
        <source>A step&apos;s command run: outcome, exit code, output</source>
        <translation>Eine Befehlsausführung eines Schritts: Ergebnis, Exit-Code, Ausgabe</translation>
    </message>
    <message>
        <source>An image attached to the drill&apos;s log</source>
        <translation>Ein Bild, das dem Protokoll des Drills beigefügt ist</translation>
    </message>
    <message>
        <source>Evidence of drill %1</source>
        <translation>Nachweis des Drills %1</translation>
    </message>
    <message>
        <source>Evidence of drill %1: %2</source>
        <translation>Nachweis des Drills %1: %2</translation>
    </message>
    <message>
        <source>This folder is the evidence pack of one disaster-recovery drill, written by DrillDeck on %1. Every file is listed below with what it holds; the file MANIFEST gives the SHA-256 of each, so that anyone can check that nothing was changed since.</source>
        <translation>Dieser Ordner ist das Nachweispaket eines Disaster-Recovery-Drills, geschrieben von DrillDeck am %1. Jede Datei ist unten mit ihrem Inhalt aufgeführt; die Datei MANIFEST nennt den SHA-256 jeder Datei, sodass alle prüfen können, dass seitdem nichts geändert wurde.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Revision drilled</source>
        <translation>Geübte Revision</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Übungsleitung</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Protokolliert</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC), %3 events</source>
        <translation>%1 bis %2 (UTC), %3 Ereignisse</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The SHA-256 of every file above and of this page, index.html</source>
        <translation>Der SHA-256 jeder obigen Datei und dieser Seite, index.html</translation>
    </message>
    <message>
        <source>How to check this pack</source>
        <translation>So wird dieses Paket geprüft</translation>
    </message>
    <message>
        <source>Unzip it, then in its folder run:</source>
        <translation>Entpacken, dann in seinem Ordner ausführen:</translation>
    </message>
    <message>
        <source>Every line must say OK. DrillDeck checks the zip itself, without extracting it, and the signature of MANIFEST when there is one (MANIFEST.asc: OpenPGP, MANIFEST.sig: SSH):</source>
        <translation>Jede Zeile muss OK melden. DrillDeck prüft das Zip selbst, ohne es zu entpacken, und die Signatur von MANIFEST, wenn es eine gibt (MANIFEST.asc: OpenPGP, MANIFEST.sig: SSH):</translation>
    </message>
    <message>
        <source>Without DrillDeck: gpg --verify MANIFEST.asc MANIFEST, or ssh-keygen -Y verify -f allowed_signers -I SIGNER -n drilldeck-evidence -s MANIFEST.sig &lt; MANIFEST.</source>
        <translation>Ohne DrillDeck: gpg --verify MANIFEST.asc MANIFEST, oder ssh-keygen -Y verify -f allowed_signers -I SIGNER -n drilldeck-evidence -s MANIFEST.sig &lt; MANIFEST.</translation>
    </message>
    <message>
        <source>Reading the drill</source>
        <translation>Drill wird gelesen</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>Berichte werden geschrieben</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the report</source>
        <translation>für den Bericht lässt sich kein temporärer Ordner anlegen</translation>
    </message>
    <message>
        <source>cannot read the report back: %1</source>
        <translation>der Bericht lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>Writing the log and the runbook</source>
        <translation>Protokoll und Runbook werden geschrieben</translation>
    </message>
    <message>
        <source>the runbook revision %1 the drill saved cannot be read: %2</source>
        <translation>die vom Drill gespeicherte Runbook-Revision %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Adding the images</source>
        <translation>Bilder werden hinzugefügt</translation>
    </message>
    <message>
        <source>Adding the record</source>
        <translation>Aufzeichnung wird hinzugefügt</translation>
    </message>
    <message>
        <source>Signing MANIFEST</source>
        <translation>MANIFEST wird signiert</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>Zip wird geschrieben</translation>
    </message>
</context>
<context>
    <name>EvidencePackVerifier</name>
    <message>
        <source>`%1` cannot be read: %2</source>
        <translation>`%1` lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>`%1` is damaged: %2</source>
        <translation>`%1` ist beschädigt: %2</translation>
    </message>
    <message>
        <source>`%1` inflates to more than the %2 bytes it declares; refused as a zip bomb</source>
        <translation>`%1` entpackt sich auf mehr als die angegebenen %2 Bytes; als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>`%1` holds %2 bytes, not the %3 it declares; the pack is damaged</source>
        <translation>`%1` enthält %2 Bytes, nicht die angegebenen %3; das Paket ist beschädigt</translation>
    </message>
    <message>
        <source>… and more problems, not listed</source>
        <translation>… und weitere Probleme, nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive (%2): it is cut short, damaged or not an evidence pack</source>
        <translation>%1 ist kein lesbares Zip-Archiv (%2): es ist abgeschnitten, beschädigt oder kein Nachweispaket</translation>
    </message>
    <message>
        <source>%1 holds %2 entries, more than the %3 a pack may hold</source>
        <translation>%1 enthält %2 Einträge, mehr als die %3, die ein Paket enthalten darf</translation>
    </message>
    <message>
        <source>entry %1 cannot be read: %2</source>
        <translation>Eintrag %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>entry `%1` has %2; refused</source>
        <translation>Eintrag `%1` hat %2; abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` is in the archive twice; refused</source>
        <translation>Eintrag `%1` steht zweimal im Archiv; abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` is a symbolic link; a pack holds regular files only; refused</source>
        <translation>Eintrag `%1` ist ein symbolischer Link; ein Paket enthält nur reguläre Dateien; abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` is not a regular file (a device, FIFO or socket); refused</source>
        <translation>Eintrag `%1` ist keine reguläre Datei (ein Gerät, FIFO oder Socket); abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` is encrypted; a pack is not</source>
        <translation>Eintrag `%1` ist verschlüsselt; ein Paket ist das nicht</translation>
    </message>
    <message>
        <source>entry `%1` is a folder with content; refused</source>
        <translation>Eintrag `%1` ist ein Ordner mit Inhalt; abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` declares %2 bytes, more than the %3 a file of a pack may have; refused as a possible zip bomb</source>
        <translation>Eintrag `%1` gibt %2 Bytes an, mehr als die %3, die eine Datei eines Pakets haben darf; als mögliche Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>entry `%1` inflates %2 bytes to %3 (more than %4 times); refused as a zip bomb</source>
        <translation>Eintrag `%1` entpackt %2 Bytes zu %3 (mehr als das %4-Fache); als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>the files inflate to %1 bytes in all, more than the %2 a pack may hold; refused as a zip bomb</source>
        <translation>die Dateien entpacken sich auf insgesamt %1 Bytes, mehr als die %2, die ein Paket enthalten darf; als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>%1 has no MANIFEST: it is not an evidence pack, or MANIFEST was removed</source>
        <translation>%1 hat kein MANIFEST: es ist kein Nachweispaket, oder MANIFEST wurde entfernt</translation>
    </message>
    <message>
        <source>MANIFEST has %1 bytes, more than the %2 it may have</source>
        <translation>MANIFEST hat %1 Bytes, mehr als die %2, die es haben darf</translation>
    </message>
    <message>
        <source>`%1` is too large to be a signature</source>
        <translation>`%1` ist zu groß für eine Signatur</translation>
    </message>
    <message>
        <source>`%1` is in the pack but not in MANIFEST: an extra file</source>
        <translation>`%1` ist im Paket, aber nicht in MANIFEST: eine zusätzliche Datei</translation>
    </message>
    <message>
        <source>`%1` does not match MANIFEST: it was changed after the pack was made (SHA-256 %2, MANIFEST says %3)</source>
        <translation>`%1` stimmt nicht mit MANIFEST überein: die Datei wurde nach dem Erstellen des Pakets geändert (SHA-256 %2, MANIFEST nennt %3)</translation>
    </message>
    <message>
        <source>`%1` is listed in MANIFEST but missing from the pack</source>
        <translation>`%1` ist in MANIFEST aufgeführt, fehlt aber im Paket</translation>
    </message>
</context>
<context>
    <name>EvidenceReport</name>
    <message>
        <source>ended by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Exit-Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 — exit %2</source>
        <translation>%1 — exit %2</translation>
    </message>
    <message>
        <source>%1 — not run</source>
        <translation>%1 — nicht ausgeführt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>No output.</source>
        <translation>Keine Ausgabe.</translation>
    </message>
    <message>
        <source>Output, up to its last %1 lines (%2 written; stderr after stdout):</source>
        <translation>Ausgabe, bis zu ihren letzten %1 Zeilen (%2 geschrieben; stderr nach stdout):</translation>
    </message>
    <message>
        <source>DrillDeck kept only the head and the tail of it.</source>
        <translation>DrillDeck hat davon nur Anfang und Ende behalten.</translation>
    </message>
    <message>
        <source>Long lines are cut here.</source>
        <translation>Lange Zeilen sind hier gekürzt.</translation>
    </message>
    <message>
        <source>Command evidence</source>
        <translation>Nachweise der Befehle</translation>
    </message>
    <message>
        <source>What the steps&apos; commands did when DrillDeck ran them: each run&apos;s outcome, the command, and the end of its output.</source>
        <translation>Was die Befehle der Schritte taten, als DrillDeck sie ausführte: das Ergebnis jeder Ausführung, der Befehl und das Ende ihrer Ausgabe.</translation>
    </message>
    <message>
        <source>%1 — run %2 of %3</source>
        <translation>%1 — Ausführung %2 von %3</translation>
    </message>
</context>
<context>
    <name>EvidenceSignature</name>
    <message>
        <source>%1 is not installed (not found on PATH)</source>
        <translation>%1 ist nicht installiert (nicht im PATH gefunden)</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>cannot write the signature to a temporary folder</source>
        <translation>die Signatur lässt sich nicht in einen temporären Ordner schreiben</translation>
    </message>
    <message>
        <source>signed by OpenPGP key %1, which is not in your keyring: the signature cannot be checked; import the signer&apos;s key and verify again</source>
        <translation>signiert mit dem OpenPGP-Schlüssel %1, der nicht im Schlüsselbund ist: die Signatur lässt sich nicht prüfen; den Schlüssel der signierenden Person importieren und erneut prüfen</translation>
    </message>
    <message>
        <source>BAD signature: MANIFEST was changed after it was signed, or the signature belongs to another file</source>
        <translation>UNGÜLTIGE Signatur: MANIFEST wurde nach dem Signieren geändert, oder die Signatur gehört zu einer anderen Datei</translation>
    </message>
    <message>
        <source>the signature is by an expired or revoked key</source>
        <translation>die Signatur stammt von einem abgelaufenen oder widerrufenen Schlüssel</translation>
    </message>
    <message>
        <source>not a valid OpenPGP signature: %1</source>
        <translation>keine gültige OpenPGP-Signatur: %1</translation>
    </message>
    <message>
        <source>a good signature by %1 (key %2), but your keyring does not trust that key; certify it (gpg --lsign-key) once you know it is theirs</source>
        <translation>eine gültige Signatur von %1 (Schlüssel %2), aber der Schlüsselbund vertraut diesem Schlüssel nicht; ihn beglaubigen (gpg --lsign-key), sobald feststeht, dass er dieser Person gehört</translation>
    </message>
    <message>
        <source>a good signature by %1 (key %2)</source>
        <translation>eine gültige Signatur von %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>BAD signature: MANIFEST was changed after it was signed, or this is not an SSH signature in namespace %1 (%2)</source>
        <translation>UNGÜLTIGE Signatur: MANIFEST wurde nach dem Signieren geändert, oder dies ist keine SSH-Signatur im Namespace %1 (%2)</translation>
    </message>
    <message>
        <source>signed by SSH key %1, which nobody vouched for: give --allowed-signers FILE listing the keys you trust</source>
        <translation>signiert mit dem SSH-Schlüssel %1, für den niemand bürgt: --allowed-signers FILE mit den vertrauenswürdigen Schlüsseln angeben</translation>
    </message>
    <message>
        <source>the allowed signers file %1 is not a readable file</source>
        <translation>die Datei der zugelassenen Signierenden %1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>signed by SSH key %1, which %2 does not list</source>
        <translation>signiert mit dem SSH-Schlüssel %1, den %2 nicht aufführt</translation>
    </message>
    <message>
        <source>the signature by %1 does not verify: %2</source>
        <translation>die Signatur von %1 lässt sich nicht bestätigen: %2</translation>
    </message>
    <message>
        <source>the SSH key `%1` is not a readable file</source>
        <translation>der SSH-Schlüssel `%1` ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>--sign must be gpg, gpg:KEYID or ssh:KEYFILE, not `%1`</source>
        <translation>--sign muss gpg, gpg:KEYID oder ssh:KEYFILE sein, nicht `%1`</translation>
    </message>
    <message>
        <source>%1 could not sign MANIFEST: %2</source>
        <translation>%1 konnte MANIFEST nicht signieren: %2</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
</context>
<context>
    <name>EvidenceZipWriter</name>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>das Zip-Archiv lässt sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>`%1` has %2</source>
        <translation>`%1` hat %2</translation>
    </message>
    <message>
        <source>`%1` is given twice</source>
        <translation>`%1` ist zweimal angegeben</translation>
    </message>
    <message>
        <source>the archive could not be read back from memory</source>
        <translation>das Archiv ließ sich nicht aus dem Speicher zurücklesen</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation>Runbook ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New Drill…</source>
        <translation>&amp;Neuer Drill…</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>A drill is in progress; finish or abort it before opening another runbook.</source>
        <translation>Ein Drill läuft; ihn erst beenden oder abbrechen, dann ein anderes Runbook öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s)</source>
        <translation>
            <numerusform>%1 hat %n Problem</numerusform>
            <numerusform>%1 hat %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>Runbooks (*.yaml *.yml);;All files (*)</source>
        <translation>Runbooks (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open or Create a DrillDeck Database</source>
        <translation>DrillDeck-Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>DrillDeck databases (*.sqlite *.db);;All files (*)</source>
        <translation>DrillDeck-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A drill is in progress; finish or abort it before switching databases.</source>
        <translation>Ein Drill läuft; ihn erst beenden oder abbrechen, dann die Datenbank wechseln.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>Neuer Drill</translation>
    </message>
    <message>
        <source>No database is open, so a drill cannot be recorded.

%1</source>
        <translation>Keine Datenbank geöffnet, daher lässt sich kein Drill aufzeichnen.

%1</translation>
    </message>
    <message>
        <source>Drill created — F5 starts the clock</source>
        <translation>Drill angelegt — F5 startet die Uhr</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Not every action item could be closed: %1</source>
        <translation>Nicht jede Maßnahme ließ sich schließen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s) of earlier drills closed</source>
        <translation>
            <numerusform>%n Maßnahme früherer Drills geschlossen</numerusform>
            <numerusform>%n Maßnahmen früherer Drills geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume drill</source>
        <translation>Drill fortsetzen</translation>
    </message>
    <message>
        <source>Drill resumed with its stored runbook revision</source>
        <translation>Drill mit seiner gespeicherten Runbook-Revision fortgesetzt</translation>
    </message>
    <message>
        <source>An unfinished drill was found: %1, %2, iteration %3, created %4.

Resume it? The stopwatch continues from the stored times.</source>
        <translation>Ein unbeendeter Drill wurde gefunden: %1, %2, Iteration %3, angelegt %4.

Fortsetzen? Die Stoppuhr läuft ab den gespeicherten Zeiten weiter.</translation>
    </message>
    <message>
        <source>Not now keeps it for the next start. Abort it ends it for good (the history keeps it, as aborted).</source>
        <translation>„Jetzt nicht“ hebt ihn für den nächsten Start auf. „Drill abbrechen…“ beendet ihn endgültig (der Verlauf behält ihn als abgebrochen).</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>&amp;Abort it…</source>
        <translation>Drill &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Export E&amp;vidence…</source>
        <translation>Nachweis&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>There is no drill in this database yet: the evidence pack is written for a drill that was run.</source>
        <translation>In dieser Datenbank gibt es noch keinen Drill: das Nachweispaket wird für einen durchgeführten Drill geschrieben.</translation>
    </message>
    <message>
        <source>Export the Evidence Pack of Drill %1</source>
        <translation>Nachweispaket von Drill %1 exportieren</translation>
    </message>
    <message>
        <source>Evidence pack (*.zip)</source>
        <translation>Nachweispaket (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the evidence pack…</source>
        <translation>Nachweispaket wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote the evidence pack of drill %1 to %2</source>
        <translation>Nachweispaket von Drill %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>Das Nachweispaket wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>FinishedPanel</name>
    <message>
        <source>✓ Drill finished</source>
        <translation>✓ Drill beendet</translation>
    </message>
    <message>
        <source>TOTAL TIME</source>
        <translation>GESAMTZEIT</translation>
    </message>
    <message>
        <source>✗ Service not restored</source>
        <translation>✗ Dienst nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>✓ RTO met with %1 to spare</source>
        <translation>✓ RTO eingehalten, %1 Reserve</translation>
    </message>
    <message>
        <source>▲ RTO missed by %1</source>
        <translation>▲ RTO um %1 verfehlt</translation>
    </message>
</context>
<context>
    <name>FirstStepsHint</name>
    <message>
        <source>How to start a drill</source>
        <translation>So startet ein Drill</translation>
    </message>
    <message>
        <source>Running a drill takes three keys</source>
        <translation>Ein Drill braucht drei Tasten</translation>
    </message>
    <message>
        <source>Ctrl+N  or  F5</source>
        <translation>Strg+N  oder  F5</translation>
    </message>
    <message>
        <source>start a drill: pick the runbook, name the facilitator and F5 starts the clock</source>
        <translation>Drill starten: Runbook wählen, Übungsleitung eintragen, F5 startet die Uhr</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild abwärts</translation>
    </message>
    <message>
        <source>the step is done, the next one starts</source>
        <translation>der Schritt ist erledigt, der nächste beginnt</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>write an observation; Enter logs it</source>
        <translation>eine Beobachtung schreiben; Enter protokolliert sie</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>every key, any time (the Help menu has it too)</source>
        <translation>alle Tasten, jederzeit (auch im Hilfe-Menü)</translation>
    </message>
</context>
<context>
    <name>GhostPace</name>
    <message>
        <source>level with the best run</source>
        <translation>gleichauf mit dem besten Lauf</translation>
    </message>
    <message>
        <source>level with the last run</source>
        <translation>gleichauf mit dem letzten Lauf</translation>
    </message>
    <message>
        <source>%1 ahead of the best run</source>
        <translation>dem besten Lauf %1 voraus</translation>
    </message>
    <message>
        <source>%1 ahead of the last run</source>
        <translation>dem letzten Lauf %1 voraus</translation>
    </message>
    <message>
        <source>behind the best run by %1</source>
        <translation>%1 hinter dem besten Lauf zurück</translation>
    </message>
    <message>
        <source>behind the last run by %1</source>
        <translation>%1 hinter dem letzten Lauf zurück</translation>
    </message>
    <message>
        <source>new step — no reference</source>
        <translation>neuer Schritt — keine Referenz</translation>
    </message>
    <message>
        <source>The best run was faster at “%1” by %2</source>
        <translation>Der beste Lauf war bei „%1“ um %2 schneller</translation>
    </message>
    <message>
        <source>The last run was faster at “%1” by %2</source>
        <translation>Der letzte Lauf war bei „%1“ um %2 schneller</translation>
    </message>
    <message>
        <source>Best run: drill %1, %2 active</source>
        <translation>Bester Lauf: Drill %1, %2 aktiv</translation>
    </message>
    <message>
        <source>Best run: drill %1, RTO %2</source>
        <translation>Bester Lauf: Drill %1, RTO %2</translation>
    </message>
    <message>
        <source>Last run: drill %1, %2 active</source>
        <translation>Letzter Lauf: Drill %1, %2 aktiv</translation>
    </message>
    <message>
        <source>Last run: drill %1, RTO %2</source>
        <translation>Letzter Lauf: Drill %1, RTO %2</translation>
    </message>
</context>
<context>
    <name>HiddenCommentCheck</name>
    <message>
        <source>` #` starts a YAML comment, so `%1` reads only `%2`; put the whole text in quotes to keep `#%3`</source>
        <translation>` #` beginnt einen YAML-Kommentar, daher liest sich `%1` nur als `%2`; den ganzen Text in Anführungszeichen setzen, um `#%3` zu behalten</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>not restored (no RTO)</source>
        <translation>nicht wiederhergestellt (kein RTO)</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Date of the drill</source>
        <translation>Datum des Drills</translation>
    </message>
    <message>
        <source>Paused / resumed</source>
        <translation>Pausiert / fortgesetzt</translation>
    </message>
    <message>
        <source>Inject revealed</source>
        <translation>Inject aufgedeckt</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Dienst wiederhergestellt</translation>
    </message>
    <message>
        <source>Drill (environment #iteration)</source>
        <translation>Drill (Umgebung #Iteration)</translation>
    </message>
    <message>
        <source> (example data)</source>
        <translation> (Beispieldaten)</translation>
    </message>
    <message>
        <source>RTO achieved by date</source>
        <translation>Erreichter RTO nach Datum</translation>
    </message>
    <message>
        <source>RTO achieved per iteration</source>
        <translation>Erreichter RTO je Iteration</translation>
    </message>
    <message>
        <source>Wall-clock time by date</source>
        <translation>Gesamtzeit nach Datum</translation>
    </message>
    <message>
        <source>Wall-clock time per iteration</source>
        <translation>Gesamtzeit je Iteration</translation>
    </message>
    <message>
        <source>Active time (pauses left out) by date</source>
        <translation>Aktive Zeit (ohne Pausen) nach Datum</translation>
    </message>
    <message>
        <source>Active time (pauses left out) per iteration</source>
        <translation>Aktive Zeit (ohne Pausen) je Iteration</translation>
    </message>
    <message>
        <source>RTO target (%1 min)</source>
        <translation>RTO-Ziel (%1 min)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>RPO achieved by date</source>
        <translation>Erreichter RPO nach Datum</translation>
    </message>
    <message>
        <source>RPO achieved per iteration</source>
        <translation>Erreichter RPO je Iteration</translation>
    </message>
    <message>
        <source>RPO target (%1 min)</source>
        <translation>RPO-Ziel (%1 min)</translation>
    </message>
    <message>
        <source>Minutes of data lost</source>
        <translation>Minuten Datenverlust</translation>
    </message>
    <message>
        <source>Step time per phase</source>
        <translation>Schrittzeit je Phase</translation>
    </message>
    <message>
        <source>Minutes (step clocks summed)</source>
        <translation>Minuten (Schrittuhren summiert)</translation>
    </message>
    <message>
        <source>Share of step time by automation</source>
        <translation>Anteil der Schrittzeit nach Automatisierung</translation>
    </message>
    <message>
        <source>Share of step time</source>
        <translation>Anteil der Schrittzeit</translation>
    </message>
    <message>
        <source>Steps: %1 against %2</source>
        <translation>Schritte: %1 gegen %2</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Zeitleiste von %1</translation>
    </message>
    <message>
        <source>Step on the critical path</source>
        <translation>Schritt auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Minutes from the start (wall clock)</source>
        <translation>Minuten ab dem Start (Uhrzeit)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Hands-on time by date</source>
        <translation>Handarbeitszeit nach Datum</translation>
    </message>
    <message>
        <source>Hands-on time per iteration</source>
        <translation>Handarbeitszeit je Iteration</translation>
    </message>
    <message>
        <source>Time waiting on machines by date</source>
        <translation>Wartezeit auf Maschinen nach Datum</translation>
    </message>
    <message>
        <source>Time waiting on machines per iteration</source>
        <translation>Wartezeit auf Maschinen je Iteration</translation>
    </message>
    <message>
        <source>Hands-on and waiting time of %1</source>
        <translation>Handarbeits- und Wartezeit von %1</translation>
    </message>
    <message>
        <source>Hands-on</source>
        <translation>Handarbeit</translation>
    </message>
    <message>
        <source>Waiting on a machine</source>
        <translation>Warten auf eine Maschine</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RUNBOOK</source>
        <translation>RUNBOOK</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMG.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>WALL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPR.</translation>
    </message>
    <message>
        <source>List past and unfinished drills: times, RTO and RPO against the runbook&apos;s targets.
JSON adds each drill&apos;s steps (see docs/history-json.md). The database is only read.
Exit status: 0 on success, 1 when the database cannot be read or the output cannot
be written in full, 2 on a usage error.</source>
        <translation>Listet vergangene und unbeendete Drills auf: Zeiten, RTO und RPO gegen die Ziele
des Runbooks. JSON enthält zusätzlich die Schritte jedes Drills (siehe
docs/history-json.md). Die Datenbank wird nur gelesen.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank nicht gelesen oder die Ausgabe
nicht vollständig geschrieben werden kann, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Only drills of the runbook with this id.</source>
        <translation>Nur Drills des Runbooks mit dieser ID.</translation>
    </message>
    <message>
        <source>Only drills in this environment.</source>
        <translation>Nur Drills in dieser Umgebung.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>unknown format `%1`; use table, csv or json</source>
        <translation>unbekanntes Format `%1`; möglich: table, csv oder json</translation>
    </message>
    <message>
        <source>No drills in %1.</source>
        <translation>Keine Drills in %1.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>DURCHF.</translation>
    </message>
    <message>
        <source>hand (drills run by people), automated (by drilldeck run) or both (default).</source>
        <translation>hand (von Menschen durchgeführte Drills), automated (durch drilldeck run) oder both (Standard).</translation>
    </message>
    <message>
        <source>unknown runs `%1`; use hand, automated or both</source>
        <translation>unbekannter Wert für runs `%1`; möglich: hand, automated oder both</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — example data</source>
        <translation>Verlauf — Beispieldaten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>RTO achieved</source>
        <translation>Erreichter RTO</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Drill Re&amp;port…</source>
        <translation>Drill-&amp;Bericht…</translation>
    </message>
    <message>
        <source>The report of the drill the timeline shows</source>
        <translation>Der Bericht des Drills, den die Zeitleiste zeigt</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Runbook:</translation>
    </message>
    <message>
        <source>E&amp;nvironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>&amp;Phasen</translation>
    </message>
    <message>
        <source>RP&amp;O</source>
        <translation>RP&amp;O</translation>
    </message>
    <message>
        <source>&amp;Automation</source>
        <translation>&amp;Automatisierung</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Compare drill &amp;A:</source>
        <translation>Drill &amp;A vergleichen:</translation>
    </message>
    <message>
        <source>with drill &amp;B:</source>
        <translation>mit Drill &amp;B:</translation>
    </message>
    <message>
        <source>No drills yet in %1.</source>
        <translation>Noch keine Drills in %1.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>#%1 · %2 #%3 · %4</source>
        <translation>#%1 · %2 #%3 · %4</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;CSV table (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>The table below holds the chart&apos;s figures.</source>
        <translation>Die Tabelle darunter enthält die Zahlen des Diagramms.</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>Zahlen: %1</translation>
    </message>
    <message>
        <source>Hand-run and automated</source>
        <translation>Von Hand und automatisiert</translation>
    </message>
    <message>
        <source>Hand-run only</source>
        <translation>Nur von Hand</translation>
    </message>
    <message>
        <source>Automated only</source>
        <translation>Nur automatisiert</translation>
    </message>
    <message>
        <source>Drills people ran, runs recorded by drilldeck run, or both</source>
        <translation>Von Menschen durchgeführte Drills, von drilldeck run aufgezeichnete Läufe oder beides</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>&amp;Durchführung:</translation>
    </message>
    <message>
        <source>Hands-on time</source>
        <translation>Handarbeitszeit</translation>
    </message>
    <message>
        <source>Waiting on machines</source>
        <translation>Warten auf Maschinen</translation>
    </message>
    <message>
        <source>Drills the statistics compare with</source>
        <translation>Drills, mit denen die Statistik vergleicht</translation>
    </message>
    <message>
        <source>Statistics over the last N &amp;drills:</source>
        <translation>Statistik über die letzten N &amp;Drills:</translation>
    </message>
    <message>
        <source>Step statistics</source>
        <translation>Schrittstatistik</translation>
    </message>
    <message>
        <source>Who has driven which runbook: drills driven · the last one&apos;s date. A runbook only one person has ever driven says &lt;b&gt;single driver&lt;/b&gt;: let someone else drive it next. Below, the drills of the runbook chosen above with their drivers.</source>
        <translation>Wer welches Runbook ausgeführt hat: ausgeführte Drills · Datum des letzten. Ein Runbook, das je nur eine Person ausgeführt hat, ist mit &lt;b&gt;nur eine ausführende Person&lt;/b&gt; markiert: beim nächsten Mal soll jemand anderes ausführen. Darunter die Drills des oben gewählten Runbooks und wer sie ausgeführt hat.</translation>
    </message>
    <message>
        <source>People and the runbooks they drove</source>
        <translation>Personen und die Runbooks, die sie ausgeführt haben</translation>
    </message>
    <message>
        <source>Drills of this runbook and their drivers</source>
        <translation>Drills dieses Runbooks und wer sie ausgeführt hat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>Median of the last %n before B</source>
        <translation>
            <numerusform>Median über den letzten %n Drill vor B</numerusform>
            <numerusform>Median über die letzten %n Drills vor B</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished drill in this environment yet.</source>
        <translation>Noch kein abgeschlossener Drill in dieser Umgebung.</translation>
    </message>
    <message numerus="yes">
        <source>The last drill in %1 against the %n drill(s) before it: median, interquartile range (the middle half, Q1–Q3) and min–max of each step&apos;s time; skipped steps have no time.</source>
        <translation>
            <numerusform>Der letzte Drill in %1 gegen den %n Drill davor: Median, Interquartilsabstand (die mittlere Hälfte, Q1–Q3) und Min–Max der Zeit jedes Schritts; übersprungene Schritte haben keine Zeit.</numerusform>
            <numerusform>Der letzte Drill in %1 gegen die %n Drills davor: Median, Interquartilsabstand (die mittlere Hälfte, Q1–Q3) und Min–Max der Zeit jedes Schritts; übersprungene Schritte haben keine Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>HtmlReportWriter</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Chart not included: %1</source>
        <translation>Diagramm nicht enthalten: %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Make a DrillDeck runbook (YAML) of a runbook written in Markdown: the top heading is
the title, each heading below it a phase, each numbered item or sub-heading a step;
fenced code becomes the step&apos;s command, and &apos;Expected:&apos;, &apos;Verify:&apos; and &apos;Role:&apos; lines
its keys; the rest stays as the step&apos;s instructions. Every place it had to guess is
printed as FILE:LINE: note: ...; read them, then drill the runbook.
Without --out the runbook is printed. FILE is written completely or not at all, and
never overwritten.
Exit status: 0 when the runbook was made, 1 when it cannot be, 2 on a usage error.</source>
        <translation>Macht aus einem in Markdown geschriebenen Runbook ein DrillDeck-Runbook (YAML): die
oberste Überschrift ist der Titel, jede Überschrift darunter eine Phase, jeder
nummerierte Punkt oder jede Unterüberschrift ein Schritt; ein Codeblock wird zum
Befehl des Schritts, Zeilen mit &apos;Expected:&apos;, &apos;Verify:&apos; und &apos;Role:&apos; zu seinen
Schlüsseln; der Rest bleibt die Anleitung des Schritts. Jede Stelle, an der geraten
werden musste, wird als FILE:LINE: note: ... ausgegeben; diese lesen, dann das
Runbook üben.
Ohne --out wird das Runbook ausgegeben. FILE wird vollständig oder gar nicht
geschrieben und nie überschrieben.
Exit-Status: 0 wenn das Runbook entstanden ist, 1 wenn nicht, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The runbook file to write (.yaml).</source>
        <translation>Die zu schreibende Runbook-Datei (.yaml).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The Markdown runbook.</source>
        <translation>Das Markdown-Runbook.</translation>
    </message>
    <message>
        <source>no Markdown file given</source>
        <translation>keine Markdown-Datei angegeben</translation>
    </message>
    <message>
        <source>one Markdown file at a time; got %1</source>
        <translation>immer nur eine Markdown-Datei; erhalten: %1</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>%1 exists; give another --out or move it away (import never overwrites)</source>
        <translation>%1 existiert; ein anderes --out angeben oder die Datei wegräumen (import überschreibt nie)</translation>
    </message>
    <message>
        <source>%1: written (%2 phases, %3 steps); check the notes above, then `drilldeck validate` it</source>
        <translation>%1: geschrieben (%2 Phasen, %3 Schritte); die Hinweise oben prüfen, dann mit `drilldeck validate` prüfen</translation>
    </message>
</context>
<context>
    <name>InjectsAndNotesPanel</name>
    <message>
        <source>⚡ INJECTS</source>
        <translation>⚡ INJECTS</translation>
    </message>
    <message>
        <source>✎ NOTES FROM THE TEAM</source>
        <translation>✎ NOTIZEN FÜR DAS TEAM</translation>
    </message>
</context>
<context>
    <name>InjectsPanel</name>
    <message>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>Reveal selected (Ctrl+I)</source>
        <translation>Ausgewählten aufdecken (Strg+I)</translation>
    </message>
    <message>
        <source>✓ revealed: %1</source>
        <translation>✓ aufgedeckt: %1</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message>
        <source>cue: after step %1</source>
        <translation>Einsatz: nach Schritt %1</translation>
    </message>
    <message>
        <source>Inject ready: %1 — reveal with Ctrl+I</source>
        <translation>Inject bereit: %1 — mit Strg+I aufdecken</translation>
    </message>
</context>
<context>
    <name>InterruptedRestore</name>
    <message>
        <source>cannot remove %1, left by a restore that was interrupted</source>
        <translation>%1 lässt sich nicht entfernen (Rest einer unterbrochenen Wiederherstellung)</translation>
    </message>
    <message>
        <source>An interrupted restore (process %1) was rolled back: the database is as it was before it. Run the restore again.</source>
        <translation>Eine unterbrochene Wiederherstellung (Prozess %1) wurde zurückgerollt: Die Datenbank ist wie vorher. Die Wiederherstellung erneut ausführen.</translation>
    </message>
    <message>
        <source>An interrupted restore (process %1) had no database to replace and left an incomplete copy; the incomplete copy was removed (%2).</source>
        <translation>Eine unterbrochene Wiederherstellung (Prozess %1) hatte keine Datenbank zu ersetzen und hinterließ eine unvollständige Kopie; diese wurde entfernt (%2).</translation>
    </message>
    <message>
        <source>cannot finish the interrupted restore: %1 cannot be moved to %2</source>
        <translation>die unterbrochene Wiederherstellung lässt sich nicht abschließen: %1 lässt sich nicht nach %2 verschieben</translation>
    </message>
    <message>
        <source>An interrupted restore (process %1) was finished: the database is the restored backup.</source>
        <translation>Eine unterbrochene Wiederherstellung (Prozess %1) wurde abgeschlossen: Die Datenbank ist das wiederhergestellte Backup.</translation>
    </message>
</context>
<context>
    <name>InvalidRunbookBox</name>
    <message>
        <source>Cannot open runbook</source>
        <translation>Runbook lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 is not a valid runbook.</source>
        <translation>%1 ist kein gültiges Runbook.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: Show Details lists every problem.</source>
        <translation>
            <numerusform>… und %n weiteres: „Details einblenden“ listet alle Probleme.</numerusform>
            <numerusform>… und %n weitere: „Details einblenden“ listet alle Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>[%1 characters left out here; the drill&apos;s evidence keeps the output]
</source>
        <translation>[%1 Zeichen hier ausgelassen; der Nachweis des Drills enthält die Ausgabe]
</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>exit %1</translation>
    </message>
    <message>
        <source>verify_command exit %1</source>
        <translation>verify_command exit %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>DrillDeck speaks %1</source>
        <translation>DrillDeck spricht %1</translation>
    </message>
    <message>
        <source>DrillDeck speaks %1 from the next start</source>
        <translation>DrillDeck spricht ab dem nächsten Start %1</translation>
    </message>
</context>
<context>
    <name>LatestObservationsPanel</name>
    <message>
        <source>LATEST OBSERVATIONS</source>
        <translation>NEUESTE BEOBACHTUNGEN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>D&amp;rill</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Light or Dark &amp;Console</source>
        <translation>Helle oder dunkle &amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Leave Entry or Unblank</source>
        <translation>Eingabe verlassen oder einblenden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database: checking %1…</source>
        <translation>Datenbank: %1 wird geprüft…</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>DrillDeck</source>
        <translation>DrillDeck</translation>
    </message>
    <message>
        <source>No runbook open — Ctrl+O opens one</source>
        <translation>Kein Runbook geöffnet — Strg+O öffnet eines</translation>
    </message>
    <message>
        <source>%1 · %2 #%3</source>
        <translation>%1 · %2 #%3</translation>
    </message>
    <message>
        <source>%1 — example data</source>
        <translation>%1 — Beispieldaten</translation>
    </message>
    <message>
        <source>%1 — DrillDeck</source>
        <translation>%1 — DrillDeck</translation>
    </message>
    <message>
        <source>Runbook %1 (stored revision)</source>
        <translation>Runbook %1 (gespeicherte Revision)</translation>
    </message>
    <message>
        <source>Runbook %1</source>
        <translation>Runbook %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database; they are saved in %1</source>
        <translation>
            <numerusform>%n Ereignis ließ sich nicht in die Datenbank schreiben; es ist gesichert in %1</numerusform>
            <numerusform>%n Ereignisse ließen sich nicht in die Datenbank schreiben; sie sind gesichert in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database nor to a file; here they are:</source>
        <translation>
            <numerusform>%n Ereignis ließ sich weder in die Datenbank noch in eine Datei schreiben; hier ist es:</numerusform>
            <numerusform>%n Ereignisse ließen sich weder in die Datenbank noch in eine Datei schreiben; hier sind sie:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved events</source>
        <translation>Nicht gespeicherte Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be written to the database. Save them to a file before closing?</source>
        <translation>
            <numerusform>%n Ereignis ließ sich nicht in die Datenbank schreiben. Vor dem Schließen in einer Datei sichern?</numerusform>
            <numerusform>%n Ereignisse ließen sich nicht in die Datenbank schreiben. Vor dem Schließen in einer Datei sichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save unsaved events</source>
        <translation>Nicht gespeicherte Ereignisse sichern</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Auf&amp;zeichnung</translation>
    </message>
    <message>
        <source>P&amp;rocedure</source>
        <translation>A&amp;blauf</translation>
    </message>
    <message>
        <source>The events were not saved: %1. The console stays open with them; save them elsewhere, or make room.</source>
        <translation>Die Ereignisse wurden nicht gespeichert: %1. Die Konsole bleibt mit ihnen offen; anderswo speichern oder Platz schaffen.</translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation>&amp;Programm…</translation>
    </message>
    <message>
        <source>&amp;Race Against</source>
        <translation>&amp;Wettlauf gegen</translation>
    </message>
    <message>
        <source>The &amp;Best Run (shortest RTO)</source>
        <translation>Den &amp;besten Lauf (kürzester RTO)</translation>
    </message>
    <message>
        <source>The &amp;Last Run</source>
        <translation>Den &amp;letzten Lauf</translation>
    </message>
</context>
<context>
    <name>MarkdownReportWriter</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Chart not included: %1</source>
        <translation>Diagramm nicht enthalten: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownRunbookImporter</name>
    <message>
        <source>a range: took its upper bound</source>
        <translation>ein Bereich: die Obergrenze genommen</translation>
    </message>
    <message>
        <source>the runbook made of it is not valid: %1</source>
        <translation>das daraus gemachte Runbook ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>more notes follow; only the first %1 are shown</source>
        <translation>weitere Hinweise folgen; nur die ersten %1 werden gezeigt</translation>
    </message>
    <message>
        <source>no headings and no numbered list: nothing to make steps of; write each phase as a heading (`## Restore`) over a numbered list of steps (`1. Stop the service`) or `###` step headings</source>
        <translation>keine Überschriften und keine nummerierte Liste: nichts, woraus Schritte werden könnten; jede Phase als Überschrift (`## Restore`) über eine nummerierte Liste von Schritten (`1. Stop the service`) oder `###`-Schrittüberschriften schreiben</translation>
    </message>
    <message>
        <source>Imported runbook</source>
        <translation>Importiertes Runbook</translation>
    </message>
    <message>
        <source>no single top heading: the title is the file&apos;s name, `%1`</source>
        <translation>keine einzelne oberste Überschrift: der Titel ist der Dateiname, `%1`</translation>
    </message>
    <message>
        <source>no phase headings and no numbered list under the title: nothing to make steps of; write each phase as a heading (`## Restore`) over a numbered list of steps (`1. Stop the service`)</source>
        <translation>keine Phasenüberschriften und keine nummerierte Liste unter dem Titel: nichts, woraus Schritte werden könnten; jede Phase als Überschrift (`## Restore`) über eine nummerierte Liste von Schritten (`1. Stop the service`) schreiben</translation>
    </message>
    <message>
        <source>no phase headings: the numbered list is one phase, `Procedure`</source>
        <translation>keine Phasenüberschriften: die nummerierte Liste ist eine Phase, `Ablauf`</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>the text before the first phase is the runbook&apos;s description</source>
        <translation>der Text vor der ersten Phase ist die Beschreibung des Runbooks</translation>
    </message>
    <message>
        <source>more than %1 phases; a runbook may have at most %1</source>
        <translation>mehr als %1 Phasen; ein Runbook hat höchstens %1</translation>
    </message>
    <message>
        <source>phase `%1` has no numbered list or step headings: its text is one step</source>
        <translation>Phase `%1` hat keine nummerierte Liste und keine Schrittüberschriften: ihr Text ist ein Schritt</translation>
    </message>
    <message>
        <source>the text before the first step of `%1` is kept in that step&apos;s instructions</source>
        <translation>der Text vor dem ersten Schritt von `%1` bleibt in der Anleitung dieses Schritts</translation>
    </message>
    <message>
        <source>more than %1 steps; a runbook may have at most %1</source>
        <translation>mehr als %1 Schritte; ein Runbook hat höchstens %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`: %2</translation>
    </message>
    <message>
        <source>`%1` is not a duration DrillDeck reads (like `15m` or `1h30m`): left in the instructions</source>
        <translation>`%1` ist keine Dauer, die DrillDeck liest (etwa `15m` oder `1h30m`): bleibt in der Anleitung</translation>
    </message>
    <message>
        <source>more than %1 roles; a runbook may have at most %1</source>
        <translation>mehr als %1 Rollen; ein Runbook hat höchstens %1</translation>
    </message>
    <message>
        <source>a code block is not closed: as in Markdown, the rest of the file is its code</source>
        <translation>ein Codeblock ist nicht geschlossen: wie in Markdown ist der Rest der Datei sein Code</translation>
    </message>
    <message>
        <source>%1 code blocks in step `%2`: joined into one command, a blank line apart</source>
        <translation>%1 Codeblöcke in Schritt `%2`: zu einem Befehl verbunden, durch eine Leerzeile getrennt</translation>
    </message>
    <message>
        <source>`%1` cut to %2 characters (the rest stays in the file you imported)</source>
        <translation>`%1` auf %2 Zeichen gekürzt (der Rest steht in der importierten Datei)</translation>
    </message>
    <message>
        <source>`%1` would be over %2 characters, the most a runbook holds; split the section into steps</source>
        <translation>`%1` hätte über %2 Zeichen, mehr als ein Runbook fasst; den Abschnitt in Schritte teilen</translation>
    </message>
    <message>
        <source>a Markdown runbook is a UTF-8 text file</source>
        <translation>ein Markdown-Runbook ist eine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>file is empty; a Markdown runbook has a title (`# Restore the database`), phase headings and numbered steps</source>
        <translation>die Datei ist leer; ein Markdown-Runbook hat einen Titel (`# Restore the database`), Phasenüberschriften und nummerierte Schritte</translation>
    </message>
</context>
<context>
    <name>NearestName</name>
    <message>
        <source> (did you mean `%1`?)</source>
        <translation> (war `%1` gemeint?)</translation>
    </message>
</context>
<context>
    <name>NextStepCard</name>
    <message>
        <source>UP NEXT</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <source>UP NEXT · READY TO START</source>
        <translation>ALS NÄCHSTES · STARTBEREIT</translation>
    </message>
    <message>
        <source>Also ready: %1</source>
        <translation>Auch bereit: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ObjectiveTexts</name>
    <message>
        <source>Service restored — %1, RTO met (target %2)</source>
        <translation>Dienst wiederhergestellt — %1, RTO eingehalten (Ziel %2)</translation>
    </message>
    <message>
        <source>Service restored — %1, RTO missed by %2 (target %3)</source>
        <translation>Dienst wiederhergestellt — %1, RTO um %2 verfehlt (Ziel %3)</translation>
    </message>
    <message>
        <source>Service restored — %1</source>
        <translation>Dienst wiederhergestellt — %1</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>RPO %1 — met (target %2)</source>
        <translation>RPO %1 — eingehalten (Ziel %2)</translation>
    </message>
    <message>
        <source>RPO %1 — missed by %2 (target %3)</source>
        <translation>RPO %1 — um %2 verfehlt (Ziel %3)</translation>
    </message>
</context>
<context>
    <name>ObservationEditDialog</name>
    <message>
        <source>Edit observation</source>
        <translation>Beobachtung bearbeiten</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(kein Schritt)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Who said it:</source>
        <translation>&amp;Wer hat es gesagt:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
</context>
<context>
    <name>ObservationEntry</name>
    <message>
        <source>Image not attached (%1): %2</source>
        <translation>Bild nicht angehängt (%1): %2</translation>
    </message>
    <message>
        <source>%1 image, %2 — logged with the next observation</source>
        <translation>%1-Bild, %2 — wird mit der nächsten Beobachtung protokolliert</translation>
    </message>
    <message>
        <source>Image not attached: cannot read %1: %2</source>
        <translation>Bild nicht angehängt: %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
</context>
<context>
    <name>ObservationLedger</name>
    <message>
        <source>there is no observation %1 in this drill to change</source>
        <translation>in diesem Drill gibt es keine Beobachtung %1, die sich ändern ließe</translation>
    </message>
    <message>
        <source>observation %1 was deleted; it cannot change any more</source>
        <translation>Beobachtung %1 wurde gelöscht; sie lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>`%1` is not an observation category; use one of %2</source>
        <translation>`%1` ist keine Beobachtungskategorie; möglich: %2</translation>
    </message>
</context>
<context>
    <name>OutputCapture</name>
    <message>
        <source>
[The output passed %1: no more is shown live; its end is kept with the evidence.]
</source>
        <translation>
[Die Ausgabe hat %1 überschritten: live wird nichts mehr gezeigt; ihr Ende bleibt beim Nachweis erhalten.]
</translation>
    </message>
    <message>
        <source>
[… %1 left out: the output passed the cap of %2; its start and its end are kept …]
</source>
        <translation>
[… %1 ausgelassen: die Ausgabe hat die Grenze von %2 überschritten; ihr Anfang und ihr Ende bleiben erhalten …]
</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>refusing to write %1: it is %2, not a regular file; name a new file or a regular one</source>
        <translation>%1 wird nicht geschrieben: es ist %2, keine reguläre Datei; eine neue oder eine reguläre Datei angeben</translation>
    </message>
</context>
<context>
    <name>ParallelStepsPanel</name>
    <message>
        <source>ALSO RUNNING</source>
        <translation>LÄUFT AUSSERDEM</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more running</source>
        <translation>
            <numerusform>+ %n weiterer läuft</numerusform>
            <numerusform>+ %n weitere laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · ✎ %2</source>
        <translation>%1 · ✎ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source> · ◷ waiting</source>
        <translation> · ◷ wartet</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF lässt sich nicht beginnen</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>das PDF ist leer geworden</translation>
    </message>
</context>
<context>
    <name>PeriodReportComposer</name>
    <message>
        <source>%1, %2 #%3</source>
        <translation>%1, %2 #%3</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisiert</translation>
    </message>
    <message>
        <source>hand-run</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>aborted before the service was restored</source>
        <translation>abgebrochen, bevor der Dienst wiederhergestellt war</translation>
    </message>
    <message>
        <source>the service was not restored</source>
        <translation>der Dienst wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>RTO %1 against a target of %2</source>
        <translation>RTO %1 gegen ein Ziel von %2</translation>
    </message>
    <message>
        <source>RPO %1 against a target of %2</source>
        <translation>RPO %1 gegen ein Ziel von %2</translation>
    </message>
    <message>
        <source>open, overdue since %1</source>
        <translation>offen, überfällig seit %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>(closed at the start of drill %1)</source>
        <translation>(geschlossen zu Beginn von Drill %1)</translation>
    </message>
    <message>
        <source>no evidence recorded</source>
        <translation>kein Nachweis erfasst</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source> (UTC, both days included)</source>
        <translation> (UTC, beide Tage eingeschlossen)</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>%1 (%2 hand-run, %3 automated)</source>
        <translation>%1 (%2 von Hand, %3 automatisiert)</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Objectives met</source>
        <translation>Ziele eingehalten</translation>
    </message>
    <message>
        <source>Objectives missed</source>
        <translation>Ziele verfehlt</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No RTO target</source>
        <translation>Kein RTO-Ziel</translation>
    </message>
    <message>
        <source>Not ended yet</source>
        <translation>Noch nicht beendet</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>%1 open (%2 overdue), %3 closed</source>
        <translation>%1 offen (%2 überfällig), %3 geschlossen</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Every ended drill of the period met its objectives.</source>
        <translation>Jeder beendete Drill des Zeitraums hat seine Ziele eingehalten.</translation>
    </message>
    <message>
        <source>%1 of %2 drills missed their objectives or were aborted; their corrective actions are listed under “Misses and corrective actions”.</source>
        <translation>%1 von %2 Drills haben ihre Ziele verfehlt oder wurden abgebrochen; ihre Korrekturmaßnahmen stehen unter „Verfehlungen und Korrekturmaßnahmen“.</translation>
    </message>
    <message>
        <source>Objectives and results</source>
        <translation>Ziele und Ergebnisse</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>One row per drill, oldest first; each figure with its target in brackets.</source>
        <translation>Eine Zeile je Drill, ältester zuerst; jeder Wert mit seinem Ziel in Klammern.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>RTO (target)</source>
        <translation>RTO (Ziel)</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO (target)</source>
        <translation>RPO (Ziel)</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>The RTO of each runbook&apos;s first and last drill in the period that restored the service, and the charts of every drill.</source>
        <translation>Der RTO des ersten und des letzten Drills je Runbook im Zeitraum, die den Dienst wiederhergestellt haben, und die Diagramme aller Drills.</translation>
    </message>
    <message>
        <source>(faster)</source>
        <translation>(schneller)</translation>
    </message>
    <message>
        <source>(slower)</source>
        <translation>(langsamer)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>First RTO</source>
        <translation>Erster RTO</translation>
    </message>
    <message>
        <source>Last RTO</source>
        <translation>Letzter RTO</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>RTO of %1 per drill in the period, against its target</source>
        <translation>RTO von %1 je Drill im Zeitraum, gegen das Ziel</translation>
    </message>
    <message>
        <source>Misses and corrective actions</source>
        <translation>Verfehlungen und Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No corrective action was recorded for this miss.</source>
        <translation>Für diese Verfehlung wurde keine Korrekturmaßnahme erfasst.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closing note and link</source>
        <translation>Abschlussnotiz und Link</translation>
    </message>
    <message>
        <source>No drill of the period missed its objectives.</source>
        <translation>Kein Drill des Zeitraums hat seine Ziele verfehlt.</translation>
    </message>
    <message>
        <source>%1 misses; %2 corrective actions still open; %3 misses without a corrective action.</source>
        <translation>Verfehlungen: %1; noch offene Korrekturmaßnahmen: %2; Verfehlungen ohne Korrekturmaßnahme: %3.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Übungsleitung</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Who drove each runbook</source>
        <translation>Wer welches Runbook ausgeführt hat</translation>
    </message>
    <message>
        <source>A driver is a participant with the role “driver”; in a drill without one, a participant whose role the runbook gives to steps. Knowledge is spread when more than one person drove a runbook.</source>
        <translation>Ausführende sind Teilnehmende mit der Rolle „driver“; in einem Drill ohne solche die Teilnehmenden, deren Rolle das Runbook Schritten zuweist. Das Wissen ist verteilt, wenn mehr als eine Person ein Runbook ausgeführt hat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no driver recorded</source>
        <translation>keine ausführende Person erfasst</translation>
    </message>
    <message>
        <source>one person only: not spread</source>
        <translation>nur eine Person: nicht verteilt</translation>
    </message>
    <message>
        <source>spread over %1 people</source>
        <translation>verteilt auf %1 Personen</translation>
    </message>
    <message>
        <source>%1 (%2 automated)</source>
        <translation>%1 (%2 automatisiert)</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Ausführende</translation>
    </message>
    <message>
        <source>Who drove</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>%1 runbooks were driven by one person only in the period.</source>
        <translation>Runbooks, die im Zeitraum nur eine Person ausgeführt hat: %1.</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>With reservations: %1</source>
        <translation>Mit Vorbehalten: %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>No drill of the period was signed off.</source>
        <translation>Kein Drill des Zeitraums wurde abgezeichnet.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Abgezeichnet von</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Ended without a sign-off: %1.</source>
        <translation>Ohne Abzeichnung beendet: %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Period report: %1</source>
        <translation>Zeitraumbericht: %1</translation>
    </message>
    <message>
        <source>No drill started between %1 and %2 (UTC, both days included): there is nothing to report for this period.</source>
        <translation>Zwischen %1 und %2 (UTC, beide Tage eingeschlossen) hat kein Drill begonnen: Für diesen Zeitraum gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <source>%1 of %2 ended hand-run drills</source>
        <translation>%1 von %2 beendeten, von Hand geführten Drills</translation>
    </message>
    <message numerus="yes">
        <source>predates %n later change(s)</source>
        <translation>
            <numerusform>älter als %n spätere Änderung</numerusform>
            <numerusform>älter als %n spätere Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) predate later changes to the drill&apos;s record: they vouch for the record as it was when signed.</source>
        <translation>
            <numerusform>%n Abzeichnung ist älter als spätere Änderungen an der Aufzeichnung des Drills: sie bürgt für die Aufzeichnung, wie sie beim Abzeichnen war.</numerusform>
            <numerusform>%n Abzeichnungen sind älter als spätere Änderungen an der Aufzeichnung des Drills: sie bürgen für die Aufzeichnung, wie sie beim Abzeichnen war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automated runs are the record of a machine, not of people who watched: %1 of them ended in the period without a sign-off, as expected.</source>
        <translation>Automatisierte Läufe sind die Aufzeichnung einer Maschine, nicht von Menschen, die zugesehen haben: %1 davon endeten im Zeitraum wie erwartet ohne Abzeichnung.</translation>
    </message>
</context>
<context>
    <name>PhaseBreakdownModel</name>
    <message>
        <source>Other steps</source>
        <translation>Weitere Schritte</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
</context>
<context>
    <name>ProcedureRewriter</name>
    <message>
        <source>there is no phase `%1` in the runbook</source>
        <translation>im Runbook gibt es keine Phase `%1`</translation>
    </message>
    <message>
        <source>cannot insert step `%1` at position %2 of phase `%3`, which has %4 steps</source>
        <translation>Schritt `%1` lässt sich nicht an Position %2 von Phase `%3` einfügen, die %4 Schritte hat</translation>
    </message>
    <message>
        <source>step `%1` is not at position %2 of phase `%3` any more</source>
        <translation>Schritt `%1` steht nicht mehr an Position %2 von Phase `%3`</translation>
    </message>
    <message>
        <source>step `%1` has changed since this rewrite was made</source>
        <translation>Schritt `%1` hat sich seit dieser Überarbeitung geändert</translation>
    </message>
    <message>
        <source>a step&apos;s id stays stable: `%1` cannot become `%2`; insert a new step instead</source>
        <translation>die ID eines Schritts bleibt fest: `%1` kann nicht zu `%2` werden; stattdessen einen neuen Schritt einfügen</translation>
    </message>
    <message>
        <source>cannot move step `%1` to position %2 of phase `%3`, which has %4 steps</source>
        <translation>Schritt `%1` lässt sich nicht an Position %2 von Phase `%3` verschieben, die %4 Schritte hat</translation>
    </message>
</context>
<context>
    <name>ProcedureRewrites</name>
    <message>
        <source>&amp;Edit Selected Step…</source>
        <translation>Gewählten Schritt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Insert Step After Selected…</source>
        <translation>Schritt nach dem gewählten &amp;einfügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Selected Step</source>
        <translation>Gewählten Schritt ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation>Schritt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Step &amp;Down</source>
        <translation>Schritt nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Undo Rewrite</source>
        <translation>Überarbeitung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do Rewrite</source>
        <translation>Überarbeitung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Re&amp;do %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Re&amp;view Rewrites and Save…</source>
        <translation>Überarbeitungen &amp;prüfen und speichern…</translation>
    </message>
    <message>
        <source>Rewrote “%1” — Ctrl+Z undoes it</source>
        <translation>„%1“ überarbeitet — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Inserted “%1” — Ctrl+Z undoes it</source>
        <translation>„%1“ eingefügt — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Removed “%1” — Ctrl+Z puts it back</source>
        <translation>„%1“ entfernt — Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>“%1” is already the first step</source>
        <translation>„%1“ ist bereits der erste Schritt</translation>
    </message>
    <message>
        <source>“%1” is already the last step</source>
        <translation>„%1“ ist bereits der letzte Schritt</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Rewritten runbook stored as a new revision</source>
        <translation>Überarbeitetes Runbook als neue Revision gespeichert</translation>
    </message>
    <message>
        <source>Rewritten runbook saved to %1</source>
        <translation>Überarbeitetes Runbook gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due now (never drilled)</source>
        <translation>jetzt fällig (nie geübt)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (met)</source>
        <translation>%1 von %2 (eingehalten)</translation>
    </message>
    <message>
        <source>%1 of %2 (missed)</source>
        <translation>%1 von %2 (verfehlt)</translation>
    </message>
    <message>
        <source>%1 (no target)</source>
        <translation>%1 (kein Ziel)</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>not restored (target %1)</source>
        <translation>nicht wiederhergestellt (Ziel %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · #%2 (%3)</source>
        <translation>%1 · #%2 (%3)</translation>
    </message>
    <message>
        <source>automated</source>
        <translation>automatisiert</translation>
    </message>
    <message>
        <source>hand-run</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>%1 (faded)</source>
        <translation>%1 (verblasst)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 offen, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>changed since last drill</source>
        <translation>seit dem letzten Drill geändert</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — cadence %3</source>
        <translation>%1 (%2) — Turnus %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>not set (a year is assumed)</source>
        <translation>nicht gesetzt (ein Jahr wird angenommen)</translation>
    </message>
    <message>
        <source>The runbook on file (revision %1) is not the one last drilled here (%2).</source>
        <translation>Das hinterlegte Runbook (Revision %1) ist nicht das, das hier zuletzt geübt wurde (%2).</translation>
    </message>
    <message>
        <source>No participant with the role driver was recorded.</source>
        <translation>Es wurde niemand mit der Rolle driver erfasst.</translation>
    </message>
    <message>
        <source>Only one person has ever driven this runbook: %1</source>
        <translation>Nur eine Person hat dieses Runbook je ausgeführt: %1</translation>
    </message>
    <message>
        <source>Drivers: %1</source>
        <translation>Ausführende: %1</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>Letzter Drill</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Last RTO</source>
        <translation>Letzter RTO</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Ausführende</translation>
    </message>
    <message>
        <source>only %1 (single driver)</source>
        <translation>nur %1 (nur eine ausführende Person)</translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation>%1 (nur %2)</translation>
    </message>
    <message>
        <source>Single driver — a knowledge silo, let someone else drive the next drill: %1.</source>
        <translation>Nur eine ausführende Person — ein Wissenssilo, den nächsten Drill soll jemand anderes ausführen: %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeWindow</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Runbooks by environment</source>
        <translation>Runbooks nach Umgebung</translation>
    </message>
    <message>
        <source>Why this confidence</source>
        <translation>Warum diese Zuversicht</translation>
    </message>
    <message>
        <source>Confidence: high — succeeded in production within the cadence; medium — in a test environment within it, or in production within twice it; low — the last drill failed, or the success faded; none — never drilled. Double-click a row for its history.</source>
        <translation>Zuversicht: hoch — in Produktion innerhalb des Turnus erfolgreich; mittel — in einer Testumgebung innerhalb des Turnus oder in Produktion innerhalb des doppelten Turnus; niedrig — der letzte Drill ist gescheitert oder der Erfolg ist verblasst; keine — nie geübt. Doppelklick auf eine Zeile zeigt ihren Verlauf.</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>The due drills as an iCalendar file (.ics) for the team&apos;s calendar</source>
        <translation>Die fälligen Drills als iCalendar-Datei (.ics) für den Kalender des Teams</translation>
    </message>
    <message>
        <source>Cannot read the programme: %1</source>
        <translation>Das Programm kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runbooks in %1 yet: drill one first.</source>
        <translation>Noch keine Runbooks in %1: zuerst eines üben.</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n runbook-environment(s), %2 overdue.</source>
        <translation>
            <numerusform>Stand %1: %n Runbook-Umgebung, %2 überfällig.</numerusform>
            <numerusform>Stand %1: %n Runbook-Umgebungen, %2 überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Example data: due dates are counted from the day it is seen from.</source>
        <translation>Beispieldaten: Fälligkeiten zählen ab dem Tag, von dem aus sie betrachtet werden.</translation>
    </message>
</context>
<context>
    <name>ProjectorClockCard</name>
    <message>
        <source>DRILL TIME</source>
        <translation>DRILL-ZEIT</translation>
    </message>
    <message>
        <source>Drill time</source>
        <translation>Drill-Zeit</translation>
    </message>
    <message>
        <source>RTO REMAINING</source>
        <translation>RTO VERBLEIBEND</translation>
    </message>
    <message>
        <source>Time left to the recovery time objective</source>
        <translation>Verbleibende Zeit bis zum Recovery Time Objective</translation>
    </message>
    <message>
        <source>RTO ✓ MET · TARGET %1</source>
        <translation>RTO ✓ EINGEHALTEN · ZIEL %1</translation>
    </message>
    <message>
        <source>RTO ▲ MISSED · TARGET %1</source>
        <translation>RTO ▲ VERFEHLT · ZIEL %1</translation>
    </message>
    <message>
        <source>RTO ACHIEVED</source>
        <translation>RTO ERREICHT</translation>
    </message>
    <message>
        <source>Recovery time achieved</source>
        <translation>Erreichte Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>▲ +%1 over</source>
        <translation>▲ +%1 drüber</translation>
    </message>
    <message>
        <source>Against the reference run</source>
        <translation>Gegen den Referenzlauf</translation>
    </message>
</context>
<context>
    <name>ProjectorControl</name>
    <message>
        <source>&amp;Show or Hide Projector Window</source>
        <translation>Projektorfenster &amp;zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Blank Projector</source>
        <translation>Projektor &amp;ausblenden</translation>
    </message>
    <message>
        <source>Light or Dark &amp;Theme</source>
        <translation>Helles oder dunkles &amp;Design</translation>
    </message>
    <message>
        <source>Projector &amp;Screen</source>
        <translation>Projektor&amp;bildschirm</translation>
    </message>
    <message>
        <source>Projector blanked — B or . shows it again</source>
        <translation>Projektor ausgeblendet — B oder . zeigt ihn wieder</translation>
    </message>
    <message>
        <source>Projector showing</source>
        <translation>Projektor zeigt</translation>
    </message>
    <message>
        <source>Automatic (the screen that is not this one)</source>
        <translation>Automatisch (der Bildschirm, der nicht dieser ist)</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
</context>
<context>
    <name>ProjectorHeader</name>
    <message>
        <source>Example data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Drill %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>ProjectorWords</name>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 skipped</source>
        <translation>%1 von %2 Schritten erledigt, %3 übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>▲ +%1 over</source>
        <translation>▲ +%1 drüber</translation>
    </message>
    <message>
        <source>● %1 left</source>
        <translation>● %1 übrig</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(nothing yet)</source>
        <comment>command output pane</comment>
        <translation>(noch nichts)</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>a name must follow @, like `@dana DNS record is missing`</source>
        <translation>nach @ muss ein Name folgen, etwa `@dana DNS-Eintrag fehlt`</translation>
    </message>
    <message>
        <source>the name after @ is longer than %1 characters</source>
        <translation>der Name nach @ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the name after @ may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only (found U+%1)</source>
        <translation>der Name nach @ darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten (gefunden: U+%1)</translation>
    </message>
    <message>
        <source>the observation is empty; type what you saw, then Enter</source>
        <translation>die Beobachtung ist leer; eintippen, was zu sehen war, dann Enter</translation>
    </message>
    <message>
        <source>the observation is %1 characters long; the limit is %2 — put long output in a file and note where it is</source>
        <translation>die Beobachtung ist %1 Zeichen lang; die Grenze ist %2 — lange Ausgaben in eine Datei legen und notieren, wo sie liegt</translation>
    </message>
    <message>
        <source>the observation holds a control character (U+%1); paste plain text</source>
        <translation>die Beobachtung enthält ein Steuerzeichen (U+%1); reinen Text einfügen</translation>
    </message>
    <message>
        <source>the name is %1 characters long; the limit is %2</source>
        <translation>der Name ist %1 Zeichen lang; die Grenze ist %2</translation>
    </message>
    <message>
        <source>the name holds a control character (U+%1); type a plain name</source>
        <translation>der Name enthält ein Steuerzeichen (U+%1); einen einfachen Namen tippen</translation>
    </message>
</context>
<context>
    <name>QuitQuestion</name>
    <message>
        <source>Quit DrillDeck</source>
        <translation>DrillDeck beenden</translation>
    </message>
    <message>
        <source>The drill is paused. Quit DrillDeck?</source>
        <translation>Der Drill ist pausiert. DrillDeck beenden?</translation>
    </message>
    <message>
        <source>A drill is running. Quit DrillDeck?</source>
        <translation>Ein Drill läuft. DrillDeck beenden?</translation>
    </message>
    <message>
        <source>The projector closes too.</source>
        <translation>Der Projektor schließt sich ebenfalls.</translation>
    </message>
    <message>
        <source>The projector closes too, and the drill&apos;s clocks keep running while DrillDeck is closed (P pauses the drill first).</source>
        <translation>Der Projektor schließt sich ebenfalls, und die Uhren des Drills laufen weiter, während DrillDeck geschlossen ist (P pausiert den Drill vorher).</translation>
    </message>
    <message>
        <source>Everything so far is saved: the drill can be resumed later, the next start offers to resume it.</source>
        <translation>Alles bisher ist gespeichert: Der Drill lässt sich später fortsetzen, der nächste Start bietet es an.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;Edit Observation…</source>
        <translation>Beobachtung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Observation…</source>
        <translation>Beobachtung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;View Image</source>
        <translation>Bild &amp;ansehen</translation>
    </message>
    <message>
        <source>&amp;Annotate Step…</source>
        <translation>Schritt &amp;kommentieren…</translation>
    </message>
    <message>
        <source>Action &amp;Items…</source>
        <translation>&amp;Maßnahmen…</translation>
    </message>
    <message>
        <source>&amp;Scorecard…</source>
        <translation>Be&amp;wertungsbogen…</translation>
    </message>
    <message>
        <source>Remove the Attached Image</source>
        <translation>Angehängtes Bild entfernen</translation>
    </message>
    <message>
        <source>%1 #%2, %3</source>
        <translation>%1 #%2, %3</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>Drill %1</translation>
    </message>
    <message>
        <source>Observation changed — the original stays in the log</source>
        <translation>Beobachtung geändert — das Original bleibt im Protokoll</translation>
    </message>
    <message>
        <source>Observation deleted — it stays in the log, struck through</source>
        <translation>Beobachtung gelöscht — sie bleibt durchgestrichen im Protokoll</translation>
    </message>
    <message>
        <source>Select a stored observation in the log first</source>
        <translation>Zuerst eine gespeicherte Beobachtung im Protokoll wählen</translation>
    </message>
    <message>
        <source>A deleted observation cannot change any more</source>
        <translation>Eine gelöschte Beobachtung lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>Select an observation in the log to delete</source>
        <translation>Zum Löschen eine Beobachtung im Protokoll wählen</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Beobachtung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?
It stays in the log, struck through. Why (optional):</source>
        <translation>„%1“ löschen?
Sie bleibt durchgestrichen im Protokoll. Warum (optional):</translation>
    </message>
    <message>
        <source>The selected row has no image</source>
        <translation>Die gewählte Zeile hat kein Bild</translation>
    </message>
    <message>
        <source>The stored image cannot be shown</source>
        <translation>Das gespeicherte Bild lässt sich nicht anzeigen</translation>
    </message>
    <message>
        <source>Image — %1, %2</source>
        <translation>Bild — %1, %2</translation>
    </message>
    <message>
        <source>This runbook has no evaluation criteria (add `evaluation:` to rate a drill)</source>
        <translation>Dieses Runbook hat keine Bewertungskriterien (`evaluation:` ergänzen, um einen Drill zu bewerten)</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) recorded</source>
        <translation>
            <numerusform>%n Bewertung erfasst</numerusform>
            <numerusform>%n Bewertungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign &amp;Off…</source>
        <translation>Drill ab&amp;zeichnen…</translation>
    </message>
    <message>
        <source>Vouch for the record of a drill that has ended</source>
        <translation>Für die Aufzeichnung eines beendeten Drills bürgen</translation>
    </message>
    <message>
        <source>Signed off by %1 (%2)</source>
        <translation>Abgezeichnet von %1 (%2)</translation>
    </message>
    <message>
        <source>A drill is signed off once it has finished or was aborted</source>
        <translation>Ein Drill kann abgezeichnet werden, sobald er beendet oder abgebrochen ist</translation>
    </message>
</context>
<context>
    <name>ReportChartRenderer</name>
    <message>
        <source>drill %1 (%2 #%3)</source>
        <translation>Drill %1 (%2 #%3)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Use the example database.</source>
        <translation>Die Beispieldatenbank verwenden.</translation>
    </message>
    <message>
        <source>md, html or pdf (default: from the suffix of --out).</source>
        <translation>md, html oder pdf (Standard: aus der Endung von --out).</translation>
    </message>
    <message>
        <source>For pdf: a4 (default) or letter.</source>
        <translation>Für pdf: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>The file to write (a new or a regular file).</source>
        <translation>Die zu schreibende Datei (eine neue oder eine reguläre Datei).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>A drill id, or last.</source>
        <translation>Eine Drill-ID oder last.</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>`%1` is not a drill id; give a number, or last</source>
        <translation>`%1` ist keine Drill-ID; eine Zahl angeben oder last</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be md, html or pdf, not `%1`</source>
        <translation>--format muss md, html oder pdf sein, nicht `%1`</translation>
    </message>
    <message>
        <source>cannot tell the format from `%1`; give --format md, html or pdf</source>
        <translation>das Format lässt sich aus `%1` nicht ablesen; --format md, html oder pdf angeben</translation>
    </message>
    <message>
        <source>--format %1 does not match --out `%2`; give --format %3, or --out %4</source>
        <translation>--format %1 passt nicht zu --out `%2`; --format %3 oder --out %4 angeben</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not `%1`</source>
        <translation>--page muss a4 oder letter sein, nicht `%1`</translation>
    </message>
    <message>
        <source>Wrote the report of drill %1 to %2</source>
        <translation>Bericht von Drill %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Wrote the period report %1 to %2 to %3 (drills: %4)</source>
        <translation>Zeitraumbericht %1 bis %2 nach %3 geschrieben (Drills: %4)</translation>
    </message>
    <message>
        <source>Write the report of one drill: facts, participants, scenario, RTO and RPO against
their targets, steps, timeline, rewrites, action items, scorecard, the comparison
with the previous iteration and the charts. DRILL_ID is a drill&apos;s id (see
&apos;drilldeck history&apos;), or &apos;last&apos; for the newest drill.
With --from and --to instead of a drill: the period report, every drill that
started in those days (UTC, both included) across all runbooks: objectives
against results, trends, misses and their corrective actions, who took part and
who drove, sign-offs.
Markdown writes the charts as FILE-CHART.png (FILE-timeline.png, FILE-trend.png,
FILE-trend-RUNBOOK.png) beside FILE.md; HTML is one self-contained
file; PDF is printed on A4 or Letter. The file is complete or not written at all.
Exit status: 0 on success, 1 when the database or the file cannot be read or
written, 2 on a usage error.</source>
        <translation>Schreibt den Bericht eines Drills: Fakten, Teilnehmende, Szenario, RTO und RPO gegen
ihre Ziele, Schritte, Zeitleiste, Überarbeitungen, Maßnahmen, Bewertungsbogen, den
Vergleich mit der vorigen Iteration und die Diagramme. DRILL_ID ist die ID eines Drills
(siehe &apos;drilldeck history&apos;) oder &apos;last&apos; für den neuesten Drill.
Mit --from und --to statt eines Drills: der Zeitraumbericht, jeder Drill, der an diesen
Tagen begann (UTC, beide eingeschlossen), über alle Runbooks: Ziele gegen Ergebnisse,
Trends, Verfehlungen und ihre Korrekturmaßnahmen, wer teilgenommen und wer ausgeführt
hat, Abzeichnungen.
Markdown schreibt die Diagramme als FILE-CHART.png (FILE-timeline.png, FILE-trend.png,
FILE-trend-RUNBOOK.png) neben FILE.md; HTML ist eine in sich geschlossene Datei; PDF
wird auf A4 oder Letter gedruckt. Die Datei wird vollständig oder gar nicht geschrieben.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank oder die Datei nicht gelesen oder
geschrieben werden kann, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>The period report&apos;s first day, YYYY-MM-DD (UTC), with --to.</source>
        <translation>Der erste Tag des Zeitraumberichts, YYYY-MM-DD (UTC), mit --to.</translation>
    </message>
    <message>
        <source>The period report&apos;s last day, YYYY-MM-DD (UTC), included.</source>
        <translation>Der letzte Tag des Zeitraumberichts, YYYY-MM-DD (UTC), eingeschlossen.</translation>
    </message>
    <message>
        <source>give a drill (`%1`) or a period (--from, --to), not both</source>
        <translation>einen Drill (`%1`) oder einen Zeitraum (--from, --to) angeben, nicht beides</translation>
    </message>
    <message>
        <source>say which drill: a drill id, or last; or a period: --from DATE --to DATE</source>
        <translation>welcher Drill? eine Drill-ID oder last; oder ein Zeitraum: --from DATE --to DATE</translation>
    </message>
    <message>
        <source>a period needs both --from and --to (YYYY-MM-DD)</source>
        <translation>ein Zeitraum braucht --from und --to (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from `%1` is not a date; give YYYY-MM-DD, e.g. 2025-01-01</source>
        <translation>--from `%1` ist kein Datum; YYYY-MM-DD angeben, z. B. 2025-01-01</translation>
    </message>
    <message>
        <source>--to `%1` is not a date; give YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>--to `%1` ist kein Datum; YYYY-MM-DD angeben, z. B. 2025-03-31</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2; the period runs from --from to --to</source>
        <translation>--to %1 liegt vor --from %2; der Zeitraum reicht von --from bis --to</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message numerus="yes">
        <source>… and %n more row(s) here, all in the exported report.</source>
        <translation>
            <numerusform>… und %n weitere Zeile hier, alle im exportierten Bericht.</numerusform>
            <numerusform>… und %n weitere Zeilen hier, alle im exportierten Bericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (.md, charts as PNG files beside it)</source>
        <translation>Markdown (.md, Diagramme als PNG-Dateien daneben)</translation>
    </message>
    <message>
        <source>HTML (.html, one self-contained file)</source>
        <translation>HTML (.html, eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Drill %1 — %2, %3 #%4</source>
        <translation>Drill %1 — %2, %3 #%4</translation>
    </message>
    <message>
        <source>&amp;Drill:</source>
        <translation>&amp;Drill:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>There are no drills in this database yet.</source>
        <translation>In dieser Datenbank gibt es noch keine Drills.</translation>
    </message>
    <message>
        <source>This drill has not ended: the report shows it as it stands, and keeps the scenario hidden.</source>
        <translation>Dieser Drill ist nicht zu Ende: Der Bericht zeigt ihn im jetzigen Stand und hält das Szenario verborgen.</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Bericht (*.%1)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Drawing the %1 chart</source>
        <translation>Diagramm %1 wird gezeichnet</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Der Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ReportPageFlow</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Chart not included: %1</source>
        <translation>Diagramm nicht enthalten: %1</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the DrillDeck database with the backup FILE. FILE is checked first (a
DrillDeck database, quick_check ok, a schema this version knows), with the commits
still in its FILE-wal; the replaced database is kept beside it as
NAME.bak-STAMP-vN, and the restored one gets its permissions. The database is
replaced in one step: there is a database at the path at every moment. Refused
while DrillDeck has the database open (also through a symbolic link).
Exit status: 0 on success, 1 when FILE is refused or the database is in use,
2 on a usage error.</source>
        <translation>Ersetzt die DrillDeck-Datenbank durch das Backup FILE. FILE wird zuerst geprüft (eine
DrillDeck-Datenbank, quick_check ok, ein Schema, das diese Version kennt), samt den
Commits, die noch in FILE-wal stehen; die ersetzte Datenbank bleibt daneben als
NAME.bak-STAMP-vN erhalten, und die wiederhergestellte erhält ihre Rechte. Die
Datenbank wird in einem Schritt ersetzt: unter dem Pfad liegt zu jedem Zeitpunkt
eine Datenbank. Abgelehnt, solange DrillDeck die Datenbank geöffnet hat (auch über
einen symbolischen Link).
Exit-Status: 0 bei Erfolg, 1 wenn FILE abgelehnt wird oder die Datenbank in Gebrauch
ist, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Das wiederherzustellende Backup.</translation>
    </message>
    <message>
        <source>name the backup file to restore</source>
        <translation>die wiederherzustellende Backup-Datei angeben</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>Die ersetzte Datenbank bleibt erhalten als %1.</translation>
    </message>
</context>
<context>
    <name>ReviewRewritesDialog</name>
    <message>
        <source>✎ edit undone</source>
        <translation>✎ Änderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>✎ edit redone</source>
        <translation>✎ Änderung wiederhergestellt</translation>
    </message>
    <message>
        <source>✎ edited</source>
        <translation>✎ geändert</translation>
    </message>
    <message>
        <source>+ removal undone</source>
        <translation>+ Entfernen rückgängig gemacht</translation>
    </message>
    <message>
        <source>+ insertion redone</source>
        <translation>+ Einfügen wiederhergestellt</translation>
    </message>
    <message>
        <source>+ inserted</source>
        <translation>+ eingefügt</translation>
    </message>
    <message>
        <source>− insertion undone</source>
        <translation>− Einfügen rückgängig gemacht</translation>
    </message>
    <message>
        <source>− removal redone</source>
        <translation>− Entfernen wiederhergestellt</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− entfernt</translation>
    </message>
    <message>
        <source>↕ move undone</source>
        <translation>↕ Verschieben rückgängig gemacht</translation>
    </message>
    <message>
        <source>↕ move redone</source>
        <translation>↕ Verschieben wiederhergestellt</translation>
    </message>
    <message>
        <source>↕ moved</source>
        <translation>↕ verschoben</translation>
    </message>
    <message>
        <source>Review rewrites — %1</source>
        <translation>Überarbeitungen prüfen — %1</translation>
    </message>
    <message>
        <source>&amp;Store as Next Revision</source>
        <translation>Als nächste Revision &amp;ablegen</translation>
    </message>
    <message>
        <source>&amp;Save as Next Revision</source>
        <translation>Als nächste Revision &amp;speichern</translation>
    </message>
    <message>
        <source>Store the rewritten runbook in the database (the drill was resumed, so its file is not known)</source>
        <translation>Das überarbeitete Runbook in der Datenbank ablegen (der Drill wurde fortgesetzt, daher ist seine Datei nicht bekannt)</translation>
    </message>
    <message>
        <source>Store the rewritten runbook and write it to %1</source>
        <translation>Das überarbeitete Runbook ablegen und nach %1 schreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4 “%5”</source>
        <translation>%1  %2  %3
%4 „%5“</translation>
    </message>
    <message numerus="yes">
        <source>The whole file
%n rewrite(s) since revision %1</source>
        <translation>
            <numerusform>Die ganze Datei
%n Überarbeitung seit Revision %1</numerusform>
            <numerusform>Die ganze Datei
%n Überarbeitungen seit Revision %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewrites yet: the procedure is as it was loaded.</source>
        <translation>Noch keine Überarbeitungen: Der Ablauf ist wie geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rewrite(s). Saving stores the procedure as the runbook&apos;s next revision%1.</source>
        <translation>
            <numerusform>%n Überarbeitung. Speichern legt den Ablauf als nächste Revision des Runbooks ab%1.</numerusform>
            <numerusform>%n Überarbeitungen. Speichern legt den Ablauf als nächste Revision des Runbooks ab%1.</numerusform>
        </translation>
    </message>
    <message>
        <source> and writes %1</source>
        <translation> und schreibt %1</translation>
    </message>
    <message>
        <source>%1 — from revision %2 to what Save writes</source>
        <translation>%1 — von Revision %2 zu dem, was Speichern schreibt</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 — step %4</source>
        <translation>%1 von %2 um %3 — Schritt %4</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
    <message>
        <source>Save the rewritten runbook</source>
        <translation>Überarbeitetes Runbook speichern</translation>
    </message>
    <message>
        <source>Runbooks (*.yaml *.yml)</source>
        <translation>Runbooks (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The runbook file changed</source>
        <translation>Die Runbook-Datei hat sich geändert</translation>
    </message>
    <message>
        <source>Overwrite it with the rewritten runbook, save it under another name, or cancel?</source>
        <translation>Mit dem überarbeiteten Runbook überschreiben, unter anderem Namen speichern oder abbrechen?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Überarbeitungen</translation>
    </message>
    <message>
        <source>Changes of the selected rewrite</source>
        <translation>Änderungen der gewählten Überarbeitung</translation>
    </message>
</context>
<context>
    <name>RewriteCommand</name>
    <message>
        <source>rewrite of “%1”</source>
        <translation>Überarbeitung von „%1“</translation>
    </message>
    <message>
        <source>insertion of “%1”</source>
        <translation>Einfügen von „%1“</translation>
    </message>
    <message>
        <source>removal of “%1”</source>
        <translation>Entfernen von „%1“</translation>
    </message>
    <message>
        <source>move of “%1”</source>
        <translation>Verschieben von „%1“</translation>
    </message>
</context>
<context>
    <name>RewriteReport</name>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>%1; by %2, the last at %3</source>
        <translation>%1; von %2, zuletzt um %3</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation>%1 (rückgängig)</translation>
    </message>
    <message>
        <source>%1 (redo)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Überarbeitungen</translation>
    </message>
    <message>
        <source>The procedure was not rewritten during this drill.</source>
        <translation>Der Ablauf wurde während dieses Drills nicht überarbeitet.</translation>
    </message>
    <message>
        <source>The net change to each step: the step as the revision had it against the step as the drill left it. Every rewrite, undo and redo is listed in the appendix “Rewrite history” at the end.</source>
        <translation>Die Nettoänderung an jedem Schritt: der Schritt, wie die Revision ihn hatte, gegen den Schritt, wie der Drill ihn hinterließ. Jede Überarbeitung, jedes Rückgängigmachen und Wiederherstellen steht im Anhang „Überarbeitungsverlauf“ am Ende.</translation>
    </message>
    <message>
        <source>Step “%1”: inserted and removed again, no net change (%2).</source>
        <translation>Schritt „%1“: eingefügt und wieder entfernt, keine Nettoänderung (%2).</translation>
    </message>
    <message>
        <source>edited and moved</source>
        <translation>bearbeitet und verschoben</translation>
    </message>
    <message>
        <source>Step “%1”: no net change (%2).</source>
        <translation>Schritt „%1“: keine Nettoänderung (%2).</translation>
    </message>
    <message>
        <source>Step “%1” %2 at %3 by %4</source>
        <translation>Schritt „%1“ %2 um %3 von %4</translation>
    </message>
    <message>
        <source>Step “%1” %2</source>
        <translation>Schritt „%1“ %2</translation>
    </message>
    <message>
        <source>The net change of these rewrites: %1.</source>
        <translation>Die Nettoänderung dieser Überarbeitungen: %1.</translation>
    </message>
    <message>
        <source>Appendix: rewrite history</source>
        <translation>Anhang: Überarbeitungsverlauf</translation>
    </message>
    <message>
        <source>Every live rewrite in the order it was made; an undo takes back the latest change still in force, a redo brings back the latest change undone.</source>
        <translation>Jede Live-Überarbeitung in der Reihenfolge, in der sie gemacht wurde; ein Rückgängigmachen nimmt die letzte noch gültige Änderung zurück, ein Wiederherstellen holt die zuletzt rückgängig gemachte zurück.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Überarbeitung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>RewriteUndoStack</name>
    <message>
        <source>no drill is open</source>
        <translation>kein Drill ist geöffnet</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>cannot undo the %1: %2</source>
        <translation>%1 lässt sich nicht rückgängig machen: %2</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>cannot redo the %1: %2</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2</translation>
    </message>
</context>
<context>
    <name>RewrittenRunbookSaver</name>
    <message>
        <source>the rewritten runbook does not load back, so nothing was saved:
%1</source>
        <translation>das überarbeitete Runbook lädt nicht wieder, daher wurde nichts gespeichert:
%1</translation>
    </message>
    <message>
        <source>the rewritten runbook does not load back the same (a text yaml-cpp cannot write?), so nothing was saved</source>
        <translation>das überarbeitete Runbook lädt nicht gleich wieder (ein Text, den yaml-cpp nicht schreiben kann?), daher wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>%1 changed on disk since the drill loaded it (revision %2); overwriting it would lose those changes</source>
        <translation>%1 hat sich auf der Platte geändert, seit der Drill es geladen hat (Revision %2); Überschreiben würde diese Änderungen verlieren</translation>
    </message>
    <message>
        <source>revision %1 is stored, but %2</source>
        <translation>Revision %1 ist abgelegt, aber %2</translation>
    </message>
    <message>
        <source>revision %1 is stored and written, but the drill log refused the runbook-saved event: %2</source>
        <translation>Revision %1 ist abgelegt und geschrieben, aber das Drill-Protokoll hat das runbook-saved-Ereignis abgelehnt: %2</translation>
    </message>
    <message>
        <source>Stored as revision %1</source>
        <translation>Als Revision %1 abgelegt</translation>
    </message>
    <message>
        <source>Stored as revision %1 and written to %2</source>
        <translation>Als Revision %1 abgelegt und nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the runbook runs commands on this machine; read them, then give --trust (this file as it is now) or --trust=%1</source>
        <translation>das Runbook führt Befehle auf diesem Rechner aus; sie lesen, dann --trust (diese Datei, wie sie jetzt ist) oder --trust=%1 angeben</translation>
    </message>
    <message>
        <source>--trust=%1 does not match the runbook, whose SHA-256 is %2: it changed since it was read; read its commands again</source>
        <translation>--trust=%1 passt nicht zum Runbook, dessen SHA-256 %2 ist: es hat sich geändert, seit es gelesen wurde; seine Befehle erneut lesen</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: gestartet</translation>
    </message>
    <message>
        <source>%1: passed in %2</source>
        <translation>%1: bestanden in %2</translation>
    </message>
    <message>
        <source>%1: %2 after %3</source>
        <translation>%1: %2 nach %3</translation>
    </message>
    <message>
        <source>Run a runbook&apos;s automated steps as a recorded drill, without a person (a CI job):
each step with `automation: automated` and a `command`, in dependency order; every
other step is recorded as not run. The drill is stored as automated, with its
environment and the next iteration, and appears in the history and on the charts.
Commands run only after --trust: without it the commands are listed with the SHA-256
to pass, and nothing runs. After a failure no new step starts (unless --keep-going);
the drill is finished either way, the failure kept as the step&apos;s evidence.
Exit status: 0 when every automated step passed, 1 when one did not, the runbook is
invalid or not trusted, or the drill could not be recorded, 2 on a usage error.</source>
        <translation>Führt die automatisierten Schritte eines Runbooks als aufgezeichneten Drill aus, ohne
Menschen (ein CI-Job): jeden Schritt mit `automation: automated` und einem `command`,
in der Reihenfolge der Abhängigkeiten; jeder andere Schritt wird als nicht ausgeführt
aufgezeichnet. Der Drill wird als automatisiert gespeichert, mit seiner Umgebung und
der nächsten Iteration, und erscheint im Verlauf und in den Diagrammen.
Befehle laufen nur nach --trust: ohne diese Option werden die Befehle mit dem zu
übergebenden SHA-256 aufgelistet, und nichts läuft. Nach einem Fehlschlag startet
kein neuer Schritt (außer mit --keep-going); der Drill wird in jedem Fall beendet,
der Fehlschlag bleibt als Nachweis des Schritts erhalten.
Exit-Status: 0 wenn jeder automatisierte Schritt bestanden hat, 1 wenn einer nicht
bestanden hat, das Runbook ungültig ist oder ihm nicht vertraut wird oder der Drill
nicht aufgezeichnet werden konnte, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The environment (one of the runbook&apos;s).</source>
        <translation>Die Umgebung (eine aus dem Runbook).</translation>
    </message>
    <message>
        <source>Write a JUnit XML report (one test case per step).</source>
        <translation>Einen JUnit-XML-Bericht schreiben (ein Testfall je Schritt).</translation>
    </message>
    <message>
        <source>Run the runbook&apos;s commands: trust the file as it is now; --trust=SHA256 only when the file&apos;s SHA-256 is that.</source>
        <translation>Die Befehle des Runbooks ausführen: der Datei vertrauen, wie sie jetzt ist; --trust=SHA256 nur, wenn der SHA-256 der Datei genau dieser ist.</translation>
    </message>
    <message>
        <source>Commands run at the same time where depends_on allows (default 1).</source>
        <translation>Gleichzeitig laufende Befehle, wo depends_on es zulässt (Standard 1).</translation>
    </message>
    <message>
        <source>After a failure, go on with the steps that do not depend on the failed one.</source>
        <translation>Nach einem Fehlschlag mit den Schritten weitermachen, die nicht vom fehlgeschlagenen abhängen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The runbook file (YAML).</source>
        <translation>Die Runbook-Datei (YAML).</translation>
    </message>
    <message>
        <source>give --trust or --trust=SHA256, not both</source>
        <translation>entweder --trust oder --trust=SHA256 angeben, nicht beides</translation>
    </message>
    <message>
        <source>no runbook given</source>
        <translation>kein Runbook angegeben</translation>
    </message>
    <message>
        <source>one runbook at a time; got %1</source>
        <translation>immer nur ein Runbook; erhalten: %1</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64, not `%1`</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 64, nicht `%1`</translation>
    </message>
    <message>
        <source>--junit needs a file name</source>
        <translation>--junit braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--env ENV is needed</source>
        <translation>--env ENV ist erforderlich</translation>
    </message>
    <message>
        <source>unknown environment `%1`</source>
        <translation>unbekannte Umgebung `%1`</translation>
    </message>
    <message>
        <source>the runbook&apos;s environments: %1</source>
        <translation>die Umgebungen des Runbooks: %1</translation>
    </message>
    <message>
        <source>%1 has no step with `automation: automated` and a `command`; nothing to run</source>
        <translation>%1 hat keinen Schritt mit `automation: automated` und einem `command`; nichts auszuführen</translation>
    </message>
    <message>
        <source>The commands it would run:</source>
        <translation>Die Befehle, die es ausführen würde:</translation>
    </message>
    <message>
        <source>drill %1: %2, %3, iteration %4</source>
        <translation>Drill %1: %2, %3, Iteration %4</translation>
    </message>
    <message>
        <source>drill %1 finished: %2 passed, %3 failed, %4 not run; RTO %5</source>
        <translation>Drill %1 beendet: %2 bestanden, %3 fehlgeschlagen, %4 nicht ausgeführt; RTO %5</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>the drill could not be fully recorded: %1; the events not stored follow (JSON)</source>
        <translation>der Drill ließ sich nicht vollständig aufzeichnen: %1; die nicht gespeicherten Ereignisse folgen (JSON)</translation>
    </message>
    <message>
        <source>the run was stopped by %1</source>
        <translation>der Lauf wurde durch %1 gestoppt</translation>
    </message>
    <message>
        <source>drill %1 aborted: %2 passed, %3 failed, %4 not run; RTO %5</source>
        <translation>Drill %1 abgebrochen: %2 bestanden, %3 fehlgeschlagen, %4 nicht ausgeführt; RTO %5</translation>
    </message>
</context>
<context>
    <name>RunSelection</name>
    <message>
        <source>automated</source>
        <translation>automatisiert</translation>
    </message>
    <message>
        <source>hand-run</source>
        <translation>von Hand</translation>
    </message>
</context>
<context>
    <name>RunbookConfidence</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>a test environment (%1)</source>
        <translation>einer Testumgebung (%1)</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>production (%1)</source>
        <translation>Produktion (%1)</translation>
    </message>
    <message>
        <source>Cadence %1 days</source>
        <translation>Turnus %1 Tage</translation>
    </message>
    <message>
        <source>No cadence set: %1 days assumed</source>
        <translation>Kein Turnus gesetzt: %1 Tage angenommen</translation>
    </message>
    <message>
        <source>%1: never drilled in %2.</source>
        <translation>%1: nie in %2 geübt.</translation>
    </message>
    <message>
        <source>last drill #%1 (iteration %2, %3) ended %4: %5</source>
        <translation>letzter Drill #%1 (Iteration %2, %3) endete %4: %5</translation>
    </message>
    <message>
        <source>%1: the last drill in %2 did not succeed; %3.</source>
        <translation>%1: der letzte Drill in %2 war nicht erfolgreich; %3.</translation>
    </message>
    <message>
        <source>%1 days ago, more than twice the cadence</source>
        <translation>vor %1 Tagen, mehr als der doppelte Turnus</translation>
    </message>
    <message>
        <source>%1 days ago, older than the cadence</source>
        <translation>vor %1 Tagen, länger als der Turnus</translation>
    </message>
    <message>
        <source>%1 days ago, within the cadence</source>
        <translation>vor %1 Tagen, innerhalb des Turnus</translation>
    </message>
    <message>
        <source>%1: succeeded in %2 %3; %4.</source>
        <translation>%1: erfolgreich in %2 %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n ended drill(s) counted.</source>
        <translation>
            <numerusform>%n beendeter Drill gezählt.</numerusform>
            <numerusform>%n beendete Drills gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The runbook changed since its last drill here%1.</source>
        <translation>Das Runbook hat sich seit seinem letzten Drill hier geändert%1.</translation>
    </message>
    <message>
        <source>: high becomes medium</source>
        <translation>: hoch wird zu mittel</translation>
    </message>
</context>
<context>
    <name>RunbookHistory</name>
    <message>
        <source>no drills of runbook `%1`; the database has no drills</source>
        <translation>keine Drills von Runbook `%1`; die Datenbank enthält keine Drills</translation>
    </message>
    <message>
        <source>no drills of runbook `%1`; known runbooks: %2</source>
        <translation>keine Drills von Runbook `%1`; bekannte Runbooks: %2</translation>
    </message>
</context>
<context>
    <name>RunbookLoader</name>
    <message>
        <source>%1; give the path of a runbook file (.yaml)</source>
        <translation>%1; den Pfad einer Runbook-Datei (.yaml) angeben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>is a FIFO (named pipe)</source>
        <translation>ist ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>is a device</source>
        <translation>ist ein Gerät</translation>
    </message>
    <message>
        <source>is a socket</source>
        <translation>ist ein Socket</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB; a runbook may be at most %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB; ein Runbook hat höchstens %1 MiB</translation>
    </message>
    <message>
        <source>file is %1 MiB; a runbook may be at most %2 MiB</source>
        <translation>die Datei hat %1 MiB; ein Runbook hat höchstens %2 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>text is larger than %1 MiB; a runbook may be at most %1 MiB</source>
        <translation>der Text ist größer als %1 MiB; ein Runbook hat höchstens %1 MiB</translation>
    </message>
    <message>
        <source>binary data (a NUL byte); %1</source>
        <translation>Binärdaten (ein NUL-Byte); %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>file is empty; a runbook starts with `drilldeck: %1`</source>
        <translation>die Datei ist leer; ein Runbook beginnt mit `drilldeck: %1`</translation>
    </message>
    <message>
        <source>a runbook is a UTF-8 YAML text file</source>
        <translation>ein Runbook ist eine YAML-Textdatei in UTF-8</translation>
    </message>
    <message>
        <source>a list of more than %1 items; no list in a runbook may be that long (see Limits in the runbook format)</source>
        <translation>eine Liste mit mehr als %1 Einträgen; keine Liste in einem Runbook darf so lang sein (siehe Grenzen im Runbook-Format)</translation>
    </message>
    <message>
        <source>more than %1 values, keys and list items; a runbook may hold at most that many (see Limits in the runbook format)</source>
        <translation>mehr als %1 Werte, Schlüssel und Listeneinträge; ein Runbook enthält höchstens so viele (siehe Grenzen im Runbook-Format)</translation>
    </message>
    <message>
        <source>nesting is too deep (over %1 levels); a runbook needs only a few</source>
        <translation>zu tief verschachtelt (über %1 Ebenen); ein Runbook braucht nur wenige</translation>
    </message>
    <message>
        <source>tab character in indentation; YAML indents with spaces only</source>
        <translation>Tabulator in der Einrückung; YAML rückt nur mit Leerzeichen ein</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>die Datei lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>file holds no YAML document; a runbook starts with `drilldeck: %1`</source>
        <translation>die Datei enthält kein YAML-Dokument; ein Runbook beginnt mit `drilldeck: %1`</translation>
    </message>
    <message>
        <source>more than one YAML document (`---`); put one runbook in each file</source>
        <translation>mehr als ein YAML-Dokument (`---`); je Datei ein Runbook</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>more problems follow; only the first %1 are shown: fix these and check the file again</source>
        <translation>weitere Probleme folgen; nur die ersten %1 werden gezeigt: diese beheben und die Datei erneut prüfen</translation>
    </message>
    <message>
        <source>a runbook is a YAML mapping that starts with `drilldeck: %1`; found %2</source>
        <translation>ein Runbook ist eine YAML-Zuordnung, die mit `drilldeck: %1` beginnt; gefunden: %2</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>dem Runbook</translation>
    </message>
    <message>
        <source>environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>missing required key `drilldeck` (the format version); add `drilldeck: %1` at the top</source>
        <translation>erforderlicher Schlüssel `drilldeck` (die Formatversion) fehlt; `drilldeck: %1` oben ergänzen</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>dem Runbook</translation>
    </message>
    <message>
        <source>a key in %1 must be a plain name, not %2</source>
        <translation>ein Schlüssel in %1 muss ein einfacher Name sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown key `%1` in %2; the keys are: %3</source>
        <translation>unbekannter Schlüssel `%1` in %2; die Schlüssel sind: %3</translation>
    </message>
    <message>
        <source>unknown key `%1` in %2; did you mean `%3`?</source>
        <translation>unbekannter Schlüssel `%1` in %2; war `%3` gemeint?</translation>
    </message>
    <message>
        <source>duplicate key `%1`</source>
        <translation>doppelter Schlüssel `%1`</translation>
    </message>
    <message>
        <source>duplicate key `%1`; it is already set at line %2</source>
        <translation>doppelter Schlüssel `%1`; er ist bereits in Zeile %2 gesetzt</translation>
    </message>
    <message>
        <source>missing required key `%1` in %2</source>
        <translation>erforderlicher Schlüssel `%1` fehlt in %2</translation>
    </message>
    <message>
        <source>unsupported runbook format version `%1`; this DrillDeck reads version %2 (`drilldeck: %2`)</source>
        <translation>nicht unterstützte Runbook-Formatversion `%1`; dieses DrillDeck liest Version %2 (`drilldeck: %2`)</translation>
    </message>
    <message>
        <source>like `objectives: { rto: 4h, rpo: 24h }`</source>
        <translation>etwa `objectives: { rto: 4h, rpo: 24h }`</translation>
    </message>
    <message>
        <source>`objectives`</source>
        <translation>`objectives`</translation>
    </message>
    <message>
        <source>a list of `{ id: ..., title: ... }` entries</source>
        <translation>eine Liste von Einträgen `{ id: ..., title: ... }`</translation>
    </message>
    <message>
        <source>injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>each inject is `{ id: ..., title: ... }`</source>
        <translation>jedes Inject ist `{ id: ..., title: ... }`</translation>
    </message>
    <message>
        <source>an inject</source>
        <translation>einem Inject</translation>
    </message>
    <message>
        <source>a list of phases, each `{ id: ..., title: ..., steps: [...] }`</source>
        <translation>eine Liste von Phasen, jede `{ id: ..., title: ..., steps: [...] }`</translation>
    </message>
    <message>
        <source>`phases` is empty; a runbook needs at least one phase</source>
        <translation>`phases` ist leer; ein Runbook braucht mindestens eine Phase</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>each phase is a mapping with `id`, `title` and `steps`</source>
        <translation>jede Phase ist eine Zuordnung mit `id`, `title` und `steps`</translation>
    </message>
    <message>
        <source>a phase</source>
        <translation>einer Phase</translation>
    </message>
    <message>
        <source>a list of steps, each `{ id: ..., title: ... }`</source>
        <translation>eine Liste von Schritten, jeder `{ id: ..., title: ... }`</translation>
    </message>
    <message>
        <source>too many steps: a runbook holds at most %1</source>
        <translation>zu viele Schritte: ein Runbook hat höchstens %1</translation>
    </message>
    <message>
        <source>each step is a mapping with `id` and `title`</source>
        <translation>jeder Schritt ist eine Zuordnung mit `id` und `title`</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>einem Schritt</translation>
    </message>
    <message>
        <source>invalid automation `%1`; use manual, scripted or automated%2</source>
        <translation>ungültige Automatisierung `%1`; möglich: manual, scripted oder automated%2</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>`%1` must be text, not %2</source>
        <translation>`%1` muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>a list like `[a, b]`</source>
        <translation>eine Liste wie `[a, b]`</translation>
    </message>
    <message>
        <source>`%1` lists more than %2 %3; at most %2 are allowed (see Limits in the runbook format)</source>
        <translation>`%1` listet mehr als %2 %3; höchstens %2 sind erlaubt (siehe Grenzen im Runbook-Format)</translation>
    </message>
    <message>
        <source>`%1` is %2 characters long; a duration is at most %3, like 1h30m</source>
        <translation>`%1` ist %2 Zeichen lang; eine Dauer hat höchstens %3, etwa 1h30m</translation>
    </message>
    <message>
        <source>`%1`: %2</source>
        <translation>`%1`: %2</translation>
    </message>
    <message>
        <source>`%1` must be %2, not %3</source>
        <translation>`%1` muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>in `%1`: %2, not %3</source>
        <translation>in `%1`: %2, nicht %3</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the text `%1`</source>
        <translation>der Text `%1`</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the document expands to far more than the file holds (YAML aliases repeating large parts?); runbooks must not use `*alias` to multiply content</source>
        <translation>das Dokument wächst auf weit mehr an, als die Datei enthält (YAML-Aliase, die große Teile wiederholen?); Runbooks dürfen Inhalte nicht mit `*alias` vervielfachen</translation>
    </message>
    <message>
        <source>a mapping of variable names to values, like `env: { PGHOST: db1, PGPORT: 5432 }`</source>
        <translation>eine Zuordnung von Variablennamen zu Werten, etwa `env: { PGHOST: db1, PGPORT: 5432 }`</translation>
    </message>
    <message>
        <source>variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>a name in `env` must be a plain name, not %1</source>
        <translation>ein Name in `env` muss ein einfacher Name sein, nicht %1</translation>
    </message>
    <message>
        <source>duplicate variable `%1` in `env`; it is already set at line %2</source>
        <translation>doppelte Variable `%1` in `env`; sie ist bereits in Zeile %2 gesetzt</translation>
    </message>
    <message>
        <source>a mapping with `question` and `options`, like `decision: { question: Is the replica current?, options: [...] }`</source>
        <translation>eine Zuordnung mit `question` und `options`, etwa `decision: { question: Is the replica current?, options: [...] }`</translation>
    </message>
    <message>
        <source>`decision`</source>
        <translation>`decision`</translation>
    </message>
    <message>
        <source>a list of options, each `{ label: ..., goto: STEP }` (or `goto: abort`)</source>
        <translation>eine Liste von Optionen, jede `{ label: ..., goto: STEP }` (oder `goto: abort`)</translation>
    </message>
    <message>
        <source>a decision has at most %1 options (one key each, 1-%1)</source>
        <translation>eine Entscheidung hat höchstens %1 Optionen (je eine Taste, 1-%1)</translation>
    </message>
    <message>
        <source>each option is `{ label: ..., goto: STEP }`</source>
        <translation>jede Option ist `{ label: ..., goto: STEP }`</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>einer Option</translation>
    </message>
    <message>
        <source>`%1` must be true or false, not `%2`</source>
        <translation>`%1` muss true oder false sein, nicht `%2`</translation>
    </message>
</context>
<context>
    <name>RunbookModel</name>
    <message>
        <source>%1 ▲+%2</source>
        <translation>%1 ▲+%2</translation>
    </message>
    <message>
        <source>▷ next</source>
        <translation>▷ als Nächstes</translation>
    </message>
    <message>
        <source>○ ready</source>
        <translation>○ bereit</translation>
    </message>
    <message>
        <source>■ unfinished</source>
        <translation>■ unbeendet</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>⊘ blocked</source>
        <translation>⊘ blockiert</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>↷ skipped</source>
        <translation>↷ übersprungen</translation>
    </message>
    <message>
        <source>✎ %1</source>
        <translation>✎ %1</translation>
    </message>
    <message>
        <source>%1 (%2) — rewritten during this drill</source>
        <translation>%1 (%2) — während dieses Drills überarbeitet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 late against %3 planned</source>
        <translation>%1: %2 zu spät gegenüber %3 geplant</translation>
    </message>
    <message>
        <source>%1 — ready to start: Page Down starts it</source>
        <translation>%1 — startbereit: Bild abwärts startet ihn</translation>
    </message>
    <message>
        <source>%1 — ready to start: R starts it in parallel</source>
        <translation>%1 — startbereit: R startet ihn parallel</translation>
    </message>
    <message>
        <source>%1 — rewritten during this drill</source>
        <translation>%1 — während dieses Drills überarbeitet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step — %1 of %2 done</source>
        <translation>Schritt — %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Step — %1 of %2 done, %3 skipped</source>
        <translation>Schritt — %1 von %2 erledigt, %3 übersprungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>◷ waiting</source>
        <translation>◷ wartet</translation>
    </message>
    <message>
        <source>↳ not taken</source>
        <translation>↳ nicht genommen</translation>
    </message>
    <message>
        <source>%1 — waiting on a machine: W marks hands-on work again</source>
        <translation>%1 — Warten auf eine Maschine: W markiert wieder Handarbeit</translation>
    </message>
</context>
<context>
    <name>RunbookRevisionStore</name>
    <message>
        <source>reading runbook revisions</source>
        <translation>Runbook-Revisionen lesen</translation>
    </message>
    <message>
        <source>there is no runbook revision %1</source>
        <translation>es gibt keine Runbook-Revision %1</translation>
    </message>
    <message>
        <source>there is no runbook revision with hash %1</source>
        <translation>es gibt keine Runbook-Revision mit dem Hash %1</translation>
    </message>
    <message>
        <source>storing a revision of runbook %1</source>
        <translation>eine Revision von Runbook %1 speichern</translation>
    </message>
</context>
<context>
    <name>RunbookTextBrowser</name>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>DrillDeck does not open this link: only web addresses (http and https) open, in your web browser.

%1</source>
        <translation>DrillDeck öffnet diesen Link nicht: nur Webadressen (http und https) öffnen sich, im Webbrowser.

%1</translation>
    </message>
</context>
<context>
    <name>RunbookTrustDialog</name>
    <message>
        <source>Trust the runbook’s commands</source>
        <translation>Den Befehlen des Runbooks vertrauen</translation>
    </message>
    <message>
        <source>This runbook runs commands on your machine:</source>
        <translation>Dieses Runbook führt Befehle auf diesem Rechner aus:</translation>
    </message>
    <message>
        <source>The runbook&apos;s commands</source>
        <translation>Die Befehle des Runbooks</translation>
    </message>
    <message>
        <source>File: %1
SHA-256: %2</source>
        <translation>Datei: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>They run with your permissions, as you would type them. Trust this file only if you know what it does; once trusted, X runs a step&apos;s command without asking again, until the file changes.</source>
        <translation>Die Befehle laufen mit den eigenen Rechten, als wären sie von Hand eingetippt. Dieser Datei nur vertrauen, wenn klar ist, was sie tut; danach führt X den Befehl eines Schritts ohne erneute Nachfrage aus, bis sich die Datei ändert.</translation>
    </message>
    <message>
        <source>&amp;Trust and Run</source>
        <translation>&amp;Vertrauen und ausführen</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>  verify: $ %1</source>
        <translation>  Prüfung: $ %1</translation>
    </message>
    <message>
        <source>  shell: %1 · folder: %2 · timeout %3</source>
        <translation>  Shell: %1 · Ordner: %2 · Zeitlimit %3</translation>
    </message>
    <message>
        <source>  environment: %1</source>
        <translation>  Umgebungsvariablen: %1</translation>
    </message>
</context>
<context>
    <name>RunbookValidator</name>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>`%1` is %2 characters long; it may be at most %3 (see Limits in the runbook format)</source>
        <translation>`%1` ist %2 Zeichen lang; höchstens %3 sind erlaubt (siehe Grenzen im Runbook-Format)</translation>
    </message>
    <message>
        <source>`%1` holds %2 at character %3, which makes text display in another order than it is stored; remove it unless the text needs it</source>
        <translation>`%1` enthält %2 an Zeichen %3, wodurch Text in anderer Reihenfolge angezeigt wird, als er gespeichert ist; entfernen, sofern der Text es nicht braucht</translation>
    </message>
    <message>
        <source>`%1` holds a %2 at character %3; it is one line of text: %4</source>
        <translation>`%1` enthält einen %2 an Zeichen %3; es ist eine Textzeile: %4</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>write it on one line</source>
        <translation>in einer Zeile schreiben</translation>
    </message>
    <message>
        <source>use spaces instead</source>
        <translation>stattdessen Leerzeichen verwenden</translation>
    </message>
    <message>
        <source>`%1` holds the control character %2 at character %3; remove it (text holds no control character but tab and line break)</source>
        <translation>`%1` enthält das Steuerzeichen %2 an Zeichen %3; entfernen (Text enthält außer Tabulator und Zeilenumbruch kein Steuerzeichen)</translation>
    </message>
    <message>
        <source>`%1` holds the control character %2 at character %3; remove it (one line of text holds no control character)</source>
        <translation>`%1` enthält das Steuerzeichen %2 an Zeichen %3; entfernen (eine Textzeile enthält kein Steuerzeichen)</translation>
    </message>
    <message>
        <source>`%1` lists %2 %3; a runbook holds at most %4</source>
        <translation>`%1` listet %2 %3; ein Runbook hat höchstens %4</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>too many steps: a runbook holds at most %1</source>
        <translation>zu viele Schritte: ein Runbook hat höchstens %1</translation>
    </message>
    <message>
        <source>`depends_on` lists %1 steps; a step depends on at most %2 (a step that waits for many can wait for one that gathers them)</source>
        <translation>`depends_on` listet %1 Schritte; ein Schritt hängt von höchstens %2 ab (ein Schritt, der auf viele wartet, kann auf einen warten, der sie sammelt)</translation>
    </message>
    <message>
        <source>invalid id `%1`: use lowercase letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit (like `restore-backup`)</source>
        <translation>ungültige ID `%1`: Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; verwenden, beginnend mit Buchstabe oder Ziffer (etwa `restore-backup`)</translation>
    </message>
    <message>
        <source>duplicate phase id `%1`; it is already used at line %2</source>
        <translation>doppelte Phasen-ID `%1`; sie wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>phase `%1` has no steps; give it at least one</source>
        <translation>Phase `%1` hat keine Schritte; mindestens einen angeben</translation>
    </message>
    <message>
        <source>duplicate step id `%1`; it is already used at line %2</source>
        <translation>doppelte Schritt-ID `%1`; sie wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>duplicate step id `%1`; another step of the procedure already uses it</source>
        <translation>doppelte Schritt-ID `%1`; ein anderer Schritt des Ablaufs verwendet sie bereits</translation>
    </message>
    <message>
        <source>role `%1` is not declared; list it under the top-level `roles`</source>
        <translation>Rolle `%1` ist nicht deklariert; unter den obersten `roles` aufführen</translation>
    </message>
    <message>
        <source>role `%1` is not one of the runbook&apos;s roles (%2)%3</source>
        <translation>Rolle `%1` gehört nicht zu den Rollen des Runbooks (%2)%3</translation>
    </message>
    <message>
        <source>unknown milestone `%1`; the only milestone is `%2`</source>
        <translation>unbekannter Meilenstein `%1`; der einzige Meilenstein ist `%2`</translation>
    </message>
    <message>
        <source>more than one `service-restored` milestone; the first is at line %1, and a runbook has one end of its RTO clock</source>
        <translation>mehr als ein `service-restored`-Meilenstein; der erste steht in Zeile %1, und ein Runbook hat ein Ende seiner RTO-Uhr</translation>
    </message>
    <message>
        <source>step `%1` depends on itself</source>
        <translation>Schritt `%1` hängt von sich selbst ab</translation>
    </message>
    <message>
        <source>step `%1` depends on unknown step `%2`%3</source>
        <translation>Schritt `%1` hängt vom unbekannten Schritt `%2` ab%3</translation>
    </message>
    <message>
        <source>dependency cycle: %1; a step cannot wait for itself</source>
        <translation>Abhängigkeitszyklus: %1; ein Schritt kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <source>duplicate inject id `%1`; it is already used at line %2</source>
        <translation>doppelte Inject-ID `%1`; sie wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>inject `%1` is cued after unknown step `%2`%3</source>
        <translation>Inject `%1` ist nach dem unbekannten Schritt `%2` angesetzt%3</translation>
    </message>
    <message>
        <source>duplicate %1 `%2` in `%3`</source>
        <translation>doppelte %1 `%2` in `%3`</translation>
    </message>
    <message>
        <source>step `%1` has a `verify_command` but no `command`; the check runs after the command passed: add the `command`, or say the check in `verify` for people</source>
        <translation>Schritt `%1` hat ein `verify_command`, aber kein `command`; die Prüfung läuft, nachdem der Befehl bestanden hat: das `command` ergänzen oder die Prüfung für Menschen in `verify` beschreiben</translation>
    </message>
    <message>
        <source>`shell` is empty; give the program and its arguments that the command follows, like `bash -eo pipefail -c`</source>
        <translation>`shell` ist leer; das Programm und seine Argumente angeben, denen der Befehl folgt, etwa `bash -eo pipefail -c`</translation>
    </message>
    <message>
        <source>invalid variable name `%1` in `env`: use letters, digits and &apos;_&apos;, not starting with a digit (like `PGHOST`)</source>
        <translation>ungültiger Variablenname `%1` in `env`: Buchstaben, Ziffern und &apos;_&apos; verwenden, nicht mit einer Ziffer beginnend (etwa `PGHOST`)</translation>
    </message>
    <message>
        <source>the decision of step `%1` needs 2 to %3 options (one key each, 1-%3); it has %2</source>
        <translation>die Entscheidung von Schritt `%1` braucht 2 bis %3 Optionen (je eine Taste, 1-%3); sie hat %2</translation>
    </message>
    <message>
        <source>step `%1` is unreachable: it follows decision `%2`, whose options lead past it; point an option&apos;s `goto` at it, or move it before the decision</source>
        <translation>Schritt `%1` ist unerreichbar: er folgt auf Entscheidung `%2`, deren Optionen an ihm vorbeiführen; das `goto` einer Option auf ihn richten oder ihn vor die Entscheidung verschieben</translation>
    </message>
    <message>
        <source>option %1 of decision `%2` goes to the decision itself; a decision leads to a later step of its phase</source>
        <translation>Option %1 von Entscheidung `%2` führt zur Entscheidung selbst; eine Entscheidung führt zu einem späteren Schritt ihrer Phase</translation>
    </message>
    <message>
        <source>option %1 of decision `%2` goes to unknown step `%3`%4</source>
        <translation>Option %1 von Entscheidung `%2` führt zum unbekannten Schritt `%3`%4</translation>
    </message>
    <message>
        <source>option %1 of decision `%2` goes to `%3` in phase `%4`; a branch stays in the decision&apos;s phase `%5`: go to a later step of it</source>
        <translation>Option %1 von Entscheidung `%2` führt zu `%3` in Phase `%4`; ein Zweig bleibt in der Phase `%5` der Entscheidung: zu einem späteren Schritt darin führen</translation>
    </message>
    <message>
        <source>option %1 of decision `%2` goes back to `%3`, an earlier step: that would form a loop; a decision leads to a later step of its phase (reopen a step to repeat it)</source>
        <translation>Option %1 von Entscheidung `%2` führt zurück zu `%3`, einem früheren Schritt: das ergäbe eine Schleife; eine Entscheidung führt zu einem späteren Schritt ihrer Phase (einen Schritt wieder öffnen, um ihn zu wiederholen)</translation>
    </message>
</context>
<context>
    <name>SchemaHistory</name>
    <message>
        <source>starting the upgrade of %1</source>
        <translation>Aktualisierung von %1 beginnen</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2</source>
        <translation>%1 auf Schema %2 aktualisieren</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>the runbook has no evaluation criteria to rate</source>
        <translation>das Runbook hat keine Bewertungskriterien</translation>
    </message>
    <message>
        <source>`%1` is not one of the runbook&apos;s evaluation criteria</source>
        <translation>`%1` ist keines der Bewertungskriterien des Runbooks</translation>
    </message>
    <message>
        <source>a score is a whole number from %1 to %2</source>
        <translation>eine Bewertung ist eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>the comment on “%1”: %2</source>
        <translation>der Kommentar zu „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kriterium&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score (1–5)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bewertung (1–5)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 poor</source>
        <translation>%1 schwach</translation>
    </message>
    <message>
        <source>%1 excellent</source>
        <translation>%1 hervorragend</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Bewertung für %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <source>Rate each criterion from 1 (poor) to 5 (excellent). A new rating is logged; the latest counts.</source>
        <translation>Jedes Kriterium von 1 (schwach) bis 5 (hervorragend) bewerten. Eine neue Bewertung wird protokolliert; die neueste zählt.</translation>
    </message>
    <message>
        <source>give “%1” a score from 1 to 5 to keep its comment</source>
        <translation>„%1“ eine Bewertung von 1 bis 5 geben, um den Kommentar zu behalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutCheatSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Tasten und was sie tun</translation>
    </message>
</context>
<context>
    <name>SignOff</name>
    <message>
        <source>I observed this drill; the figures are correct.</source>
        <translation>Ich habe diesen Drill beobachtet; die Zahlen stimmen.</translation>
    </message>
    <message>
        <source>a sign-off needs the name and the role of who signs</source>
        <translation>eine Abzeichnung braucht Name und Rolle der Person, die abzeichnet</translation>
    </message>
    <message>
        <source>the name of who signs: %1</source>
        <translation>der Name der Person, die abzeichnet: %1</translation>
    </message>
    <message>
        <source>the role of who signs: %1</source>
        <translation>die Rolle der Person, die abzeichnet: %1</translation>
    </message>
    <message>
        <source>the statement</source>
        <translation>die Erklärung</translation>
    </message>
    <message>
        <source>the reservations</source>
        <translation>die Vorbehalte</translation>
    </message>
</context>
<context>
    <name>SignOffCommand</name>
    <message>
        <source>Sign off a drill that has ended (finished or aborted): who vouches for its record,
in which role, with a statement and, if any, reservations. The sign-off is logged
as an event of the drill; the report and the history show it, and a later change to
the record shows that the sign-off predates it. DRILL_ID is a drill&apos;s id (see
&apos;drilldeck history&apos;), or &apos;last&apos; for the newest drill.
Exit status: 0 when the sign-off is stored, 1 when it is refused (the drill has not
ended, a name or text the log cannot hold, the database cannot be opened), 2 on a
usage error.</source>
        <translation>Zeichnet einen beendeten Drill (abgeschlossen oder abgebrochen) ab: wer für seine
Aufzeichnung bürgt, in welcher Rolle, mit einer Erklärung und gegebenenfalls
Vorbehalten. Die Abzeichnung wird als Ereignis des Drills protokolliert; Bericht und
Verlauf zeigen sie, und eine spätere Änderung an der Aufzeichnung zeigt, dass die
Abzeichnung älter ist. DRILL_ID ist die ID eines Drills (siehe &apos;drilldeck history&apos;)
oder &apos;last&apos; für den neuesten Drill.
Exit-Status: 0 wenn die Abzeichnung gespeichert ist, 1 wenn sie abgelehnt wird (der
Drill ist nicht beendet, ein Name oder Text, den das Protokoll nicht aufnehmen kann,
die Datenbank lässt sich nicht öffnen), 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Who signs (required).</source>
        <translation>Wer abzeichnet (erforderlich).</translation>
    </message>
    <message>
        <source>The role they had: facilitator, observer, a role of the runbook (required).</source>
        <translation>Die Rolle der Person: facilitator, observer oder eine Rolle des Runbooks (erforderlich).</translation>
    </message>
    <message>
        <source>What they vouch for (default: &quot;%1&quot;).</source>
        <translation>Wofür die Person bürgt (Standard: „%1“).</translation>
    </message>
    <message>
        <source>Sign with reservations: what they have doubts about.</source>
        <translation>Mit Vorbehalten abzeichnen: woran Zweifel bestehen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>A drill id, or last.</source>
        <translation>Eine Drill-ID oder last.</translation>
    </message>
    <message>
        <source>say which drill: a drill id, or last</source>
        <translation>welcher Drill? eine Drill-ID oder last</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>`%1` is not a drill id; give a number, or last</source>
        <translation>`%1` ist keine Drill-ID; eine Zahl angeben oder last</translation>
    </message>
    <message>
        <source>say who signs: --name NAME</source>
        <translation>wer zeichnet ab? --name NAME</translation>
    </message>
    <message>
        <source>say in which role they sign: --role ROLE (e.g. facilitator, observer)</source>
        <translation>in welcher Rolle wird abgezeichnet? --role ROLE (z. B. facilitator, observer)</translation>
    </message>
    <message>
        <source>--reservations needs the text of the reservations</source>
        <translation>--reservations braucht den Text der Vorbehalte</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <source>drill %1 is not signed off: %2</source>
        <translation>Drill %1 wird nicht abgezeichnet: %2</translation>
    </message>
    <message>
        <source>Signed off drill %1 as %2 (%3)</source>
        <translation>Drill %1 abgezeichnet als %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign with &amp;reservations:</source>
        <translation>Mit &amp;Vorbehalten abzeichnen:</translation>
    </message>
    <message>
        <source>Sign off the drill</source>
        <translation>Drill abzeichnen</translation>
    </message>
    <message>
        <source>Vouch for this drill&apos;s record: its timeline, figures and observations as they stand now. The sign-off is logged with the time; a later change to the record shows that it predates the change.</source>
        <translation>Für die Aufzeichnung dieses Drills bürgen: Zeitleiste, Werte und Beobachtungen, wie sie jetzt stehen. Die Abzeichnung wird mit der Uhrzeit protokolliert; eine spätere Änderung an der Aufzeichnung zeigt, dass die Abzeichnung älter ist als die Änderung.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>Übungsleitung</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachtende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Say what you are not sure of; the report shows it</source>
        <translation>Angeben, was nicht sicher ist; der Bericht zeigt es</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Vorbehalte</translation>
    </message>
    <message>
        <source>e.g. the RPO was entered from memory</source>
        <translation>z. B. der RPO wurde aus dem Gedächtnis eingetragen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Erklärung:</translation>
    </message>
    <message>
        <source>Sign &amp;Off</source>
        <translation>&amp;Abzeichnen</translation>
    </message>
    <message>
        <source>say what the reservations are, or untick “Sign with reservations”</source>
        <translation>die Vorbehalte angeben oder „Mit Vorbehalten abzeichnen“ abwählen</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>StartDrillDialog</name>
    <message>
        <source>&amp;New environment…</source>
        <translation>&amp;Neue Umgebung…</translation>
    </message>
    <message>
        <source>The failure happened before the drill starts</source>
        <translation>Der Ausfall geschah vor dem Start des Drills</translation>
    </message>
    <message>
        <source>Start a drill — %1</source>
        <translation>Drill starten — %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Ü&amp;bungsleitung:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>Ausfall:</translation>
    </message>
    <message>
        <source>*This runbook has no scenario.*</source>
        <translation>*Dieses Runbook hat kein Szenario.*</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario&lt;/b&gt; — for the facilitator only; never on the projector</source>
        <translation>&lt;b&gt;Szenario&lt;/b&gt; — nur für die Übungsleitung; nie auf dem Projektor</translation>
    </message>
    <message>
        <source>Create drill</source>
        <translation>Drill anlegen</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Open action items of earlier drills</source>
        <translation>Offene Maßnahmen früherer Drills</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;&amp;Open action items&lt;/b&gt; from earlier drills of this runbook (%n) — close the ones that are done:</source>
        <translation>
            <numerusform>&lt;b&gt;&amp;Offene Maßnahmen&lt;/b&gt; aus früheren Drills dieses Runbooks (%n) — die erledigten schließen:</numerusform>
            <numerusform>&lt;b&gt;&amp;Offene Maßnahmen&lt;/b&gt; aus früheren Drills dieses Runbooks (%n) — die erledigten schließen:</numerusform>
        </translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Name of the new environment (its drills form a series of their own in the history):</source>
        <translation>Name der neuen Umgebung (ihre Drills bilden im Verlauf eine eigene Reihe):</translation>
    </message>
    <message>
        <source>Add “%1” as a new environment?</source>
        <translation>„%1“ als neue Umgebung hinzufügen?</translation>
    </message>
    <message>
        <source>Its drills form a series of their own in the history and are not compared with the others.</source>
        <translation>Ihre Drills bilden im Verlauf eine eigene Reihe und werden nicht mit den anderen verglichen.</translation>
    </message>
    <message>
        <source>“%1” looks like “%2”, which exists. A new environment starts a series of its own in the history: choose No and pick “%2” if that is what you meant.</source>
        <translation>„%1“ sieht aus wie „%2“, das es schon gibt. Eine neue Umgebung beginnt im Verlauf eine eigene Reihe: „Nein“ wählen und „%2“ nehmen, falls das gemeint war.</translation>
    </message>
    <message>
        <source>Choose the environment the drill runs in.</source>
        <translation>Die Umgebung wählen, in der der Drill läuft.</translation>
    </message>
    <message>
        <source>This runbook lists no environments: add the one the drill runs in with New environment… (for example test or production).</source>
        <translation>Dieses Runbook nennt keine Umgebungen: die Umgebung des Drills mit „Neue Umgebung…“ hinzufügen (etwa test oder production).</translation>
    </message>
    <message>
        <source>Enter the facilitator&apos;s name: every event is logged with an author.</source>
        <translation>Den Namen der Übungsleitung eintragen: jedes Ereignis wird mit Urheber protokolliert.</translation>
    </message>
    <message>
        <source>The failure time is in the future; it is when the disaster happened.</source>
        <translation>Der Ausfallzeitpunkt liegt in der Zukunft; gemeint ist, wann der Ernstfall eintrat.</translation>
    </message>
    <message>
        <source>Start a drill</source>
        <translation>Drill starten</translation>
    </message>
    <message>
        <source>Participants and their roles</source>
        <translation>Teilnehmende und ihre Rollen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>Was due on %1; it is still open</source>
        <translation>War am %1 fällig; ist noch offen</translation>
    </message>
    <message>
        <source>Overdue, past their due date: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Überfällig, Fälligkeitsdatum überschritten: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Suggested driver: &lt;b&gt;%1&lt;/b&gt; — %2; already the driver.</source>
        <translation>Vorschlag zum Ausführen: &lt;b&gt;%1&lt;/b&gt; — %2; führt bereits aus.</translation>
    </message>
    <message>
        <source>Make %1 the dri&amp;ver</source>
        <translation>%1 ausführen &amp;lassen</translation>
    </message>
    <message>
        <source>Suggested driver: &lt;b&gt;%1&lt;/b&gt; — %2.</source>
        <translation>Vorschlag zum Ausführen: &lt;b&gt;%1&lt;/b&gt; — %2.</translation>
    </message>
    <message>
        <source>Of the people who have driven a drill, nobody has driven this runbook less: driving it spreads the knowledge.</source>
        <translation>Von allen, die schon einen Drill ausgeführt haben, hat niemand dieses Runbook seltener ausgeführt: es auszuführen verteilt das Wissen.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>RUNBOOK</source>
        <translation>RUNBOOK</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMG.</translation>
    </message>
    <message>
        <source>LAST DRILL</source>
        <translation>LETZTE ÜBUNG</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>FÄLLIG AM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>ZUVERSICHT</translation>
    </message>
    <message>
        <source>LAST RTO</source>
        <translation>LETZTER RTO</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>MASSNAHMEN</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>DRIVERS</source>
        <translation>AUSFÜHRENDE</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>--today: `%1` is not a date; use YYYY-MM-DD, e.g. 2025-03-31</source>
        <translation>--today: `%1` ist kein Datum; YYYY-MM-DD verwenden, z. B. 2025-03-31</translation>
    </message>
    <message>
        <source>The DR programme: every runbook known to the database, per environment: the last
drill, the next due by the runbook&apos;s cadence (a year when it sets none), overdue,
confidence (none, low, medium, high; JSON says why), the last RTO against its target,
open and overdue action items, changed since the last drill, who drove it.
The rule is in docs/programme.md. The database is only read.
Exit status: 0 on success, 1 when the database cannot be read, 2 on a usage error.</source>
        <translation>Das DR-Programm: jedes Runbook, das die Datenbank kennt, je Umgebung: der letzte
Drill, die nächste Fälligkeit nach dem Turnus des Runbooks (ein Jahr, wenn es keinen
setzt), überfällig, Zuversicht (keine, niedrig, mittel, hoch; JSON sagt, warum), der
letzte RTO gegen sein Ziel, offene und überfällige Maßnahmen, seit dem letzten Drill
geändert, wer es ausgeführt hat.
Die Regel steht in docs/programme.md. Die Datenbank wird nur gelesen.
Exit-Status: 0 bei Erfolg, 1 wenn die Datenbank nicht gelesen werden kann, 2 bei
falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>unknown format `%1`; use table, csv or json</source>
        <translation>unbekanntes Format `%1`; möglich: table, csv oder json</translation>
    </message>
    <message>
        <source>No runbooks in the database yet: drill one, then ask again.</source>
        <translation>Noch keine Runbooks in der Datenbank: zuerst eines üben, dann erneut abfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n runbook-environment(s) as of %1; %2 overdue. Why each confidence: --format json; the rule: docs/programme.md.</source>
        <translation>
            <numerusform>%n Runbook-Umgebung, Stand %1; %2 überfällig. Warum welche Zuversicht: --format json; die Regel: docs/programme.md.</numerusform>
            <numerusform>%n Runbook-Umgebungen, Stand %1; %2 überfällig. Warum welche Zuversicht: --format json; die Regel: docs/programme.md.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date to judge at (default: today, UTC; in the example database
2025-06-30, the day it is seen from).</source>
        <translation>Das Datum, zu dem beurteilt wird (Vorgabe: heute, UTC; in der Beispieldatenbank
der 30.06.2025, der Tag, von dem aus sie betrachtet wird).</translation>
    </message>
</context>
<context>
    <name>StepComparisonModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Geplant (min)</translation>
    </message>
    <message>
        <source>A (min)</source>
        <translation>A (min)</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (min)</translation>
    </message>
    <message>
        <source>B (min)</source>
        <translation>B (min)</translation>
    </message>
    <message>
        <source>Change (min)</source>
        <translation>Veränderung (min)</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Überarbeitung</translation>
    </message>
    <message numerus="yes">
        <source>median of the last %n</source>
        <translation>
            <numerusform>Median über den letzten %n Drill</numerusform>
            <numerusform>Median über die letzten %n Drills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDetailView</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard (Ctrl+Shift+C)</source>
        <translation>Den Befehl in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verify&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prüfen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note on this step</source>
        <translation>Notiz zu diesem Schritt</translation>
    </message>
    <message>
        <source>Note (on the projector): %1</source>
        <translation>Notiz (auf dem Projektor): %1</translation>
    </message>
    <message>
        <source>Note (console only): %1</source>
        <translation>Notiz (nur Konsole): %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Automation: %1</source>
        <translation>Automatisierung: %1</translation>
    </message>
    <message>
        <source>Milestone: service restored</source>
        <translation>Meilenstein: Dienst wiederhergestellt</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Kein Schritt gewählt</translation>
    </message>
    <message>
        <source>Step instructions</source>
        <translation>Anleitung des Schritts</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>aborts the drill</source>
        <translation>bricht den Drill ab</translation>
    </message>
    <message>
        <source>goes on with the next step</source>
        <translation>macht mit dem nächsten Schritt weiter</translation>
    </message>
    <message>
        <source>goes to %1</source>
        <translation>führt zu %1</translation>
    </message>
    <message>
        <source>  %1   %2 — %3</source>
        <translation>  %1   %2 — %3</translation>
    </message>
    <message>
        <source>Press %1 while the step runs: the choice and the time it took are logged.</source>
        <translation>%1 drücken, während der Schritt läuft: die Wahl und die dafür benötigte Zeit werden protokolliert.</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
</context>
<context>
    <name>StepEditDialog</name>
    <message>
        <source>Rewrite step %1</source>
        <translation>Schritt %1 überarbeiten</translation>
    </message>
    <message>
        <source>Insert a step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>A step&apos;s id stays stable; insert a new step for a new id</source>
        <translation>Die ID eines Schritts bleibt fest; für eine neue ID einen neuen Schritt einfügen</translation>
    </message>
    <message>
        <source>Proposed from the title until you type one</source>
        <translation>Aus dem Titel vorgeschlagen, bis eine eingetippt wird</translation>
    </message>
    <message>
        <source>90s, 15m, 1h30m</source>
        <translation>90s, 15m, 1h30m</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>step ids, separated by commas</source>
        <translation>Schritt-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Verify:</source>
        <translation>&amp;Prüfen:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>E&amp;rwartet:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Automation:</source>
        <translation>A&amp;utomatisierung:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Überarbeitung</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>a step needs a title</source>
        <translation>ein Schritt braucht einen Titel</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
</context>
<context>
    <name>StepRewrite</name>
    <message>
        <source>the %1 event is not a rewrite of the procedure</source>
        <translation>das %1-Ereignis ist keine Überarbeitung des Ablaufs</translation>
    </message>
    <message>
        <source>a %1 event needs the phase and the index of the step</source>
        <translation>ein %1-Ereignis braucht die Phase und den Index des Schritts</translation>
    </message>
    <message>
        <source>a %1 event needs the step as it was (`before`)</source>
        <translation>ein %1-Ereignis braucht den Schritt, wie er war (`before`)</translation>
    </message>
    <message>
        <source>a %1 event needs the step as it becomes (`after`)</source>
        <translation>ein %1-Ereignis braucht den Schritt, wie er wird (`after`)</translation>
    </message>
    <message>
        <source>a step-moved event needs where the step goes (`toPhase`, `toIndex`)</source>
        <translation>ein step-moved-Ereignis braucht das Ziel des Schritts (`toPhase`, `toIndex`)</translation>
    </message>
    <message>
        <source>the %1 event names step `%2` but its payload is about step `%3`</source>
        <translation>das %1-Ereignis nennt Schritt `%2`, aber seine Nutzdaten betreffen Schritt `%3`</translation>
    </message>
</context>
<context>
    <name>StepStatisticsModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <source>no earlier drill did it</source>
        <translation>kein früherer Drill hat ihn ausgeführt</translation>
    </message>
    <message>
        <source>▼ faster than usual (below Q1)</source>
        <translation>▼ schneller als üblich (unter Q1)</translation>
    </message>
    <message>
        <source>typical (within Q1–Q3)</source>
        <translation>typisch (innerhalb Q1–Q3)</translation>
    </message>
    <message>
        <source>▲ slower than usual (above Q3)</source>
        <translation>▲ langsamer als üblich (über Q3)</translation>
    </message>
    <message>
        <source>too few earlier drills to say</source>
        <translation>zu wenige frühere Drills für eine Aussage</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Interquartile range (Q1–Q3)</source>
        <translation>Interquartilsabstand (Q1–Q3)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>Letzter Drill</translation>
    </message>
    <message>
        <source>Last − median</source>
        <translation>Letzter − Median</translation>
    </message>
    <message>
        <source>Last against the others</source>
        <translation>Letzter gegenüber den anderen</translation>
    </message>
</context>
<context>
    <name>StoreBatch</name>
    <message>
        <source>starting a batch of writes</source>
        <translation>Beginn einer Reihe von Schreibvorgängen</translation>
    </message>
    <message>
        <source>storing a batch of writes</source>
        <translation>Speichern einer Reihe von Schreibvorgängen</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>service restored</source>
        <translation>Dienst wiederhergestellt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start (min)</source>
        <translation>Start (min)</translation>
    </message>
    <message>
        <source>End (min)</source>
        <translation>Ende (min)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>RTO (min)</source>
        <translation>RTO (min)</translation>
    </message>
    <message>
        <source>RTO target (min)</source>
        <translation>RTO-Ziel (min)</translation>
    </message>
    <message>
        <source>RTO status</source>
        <translation>RTO-Status</translation>
    </message>
    <message>
        <source>Wall (min)</source>
        <translation>Gesamt (min)</translation>
    </message>
    <message>
        <source>Active (min)</source>
        <translation>Aktiv (min)</translation>
    </message>
    <message>
        <source>RPO (min)</source>
        <translation>RPO (min)</translation>
    </message>
    <message>
        <source>RPO target (min)</source>
        <translation>RPO-Ziel (min)</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchführung</translation>
    </message>
    <message>
        <source>Hands-on (min)</source>
        <translation>Handarbeit (min)</translation>
    </message>
    <message>
        <source>Waiting (min)</source>
        <translation>Warten (min)</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check runbook files and print every problem as FILE:LINE:COLUMN: error: MESSAGE.
Exit status: 0 when all files are valid, 1 when any is not, 2 on a usage error.</source>
        <translation>Prüft Runbook-Dateien und gibt jedes Problem aus als FILE:LINE:COLUMN: error: MESSAGE.
Exit-Status: 0 wenn alle Dateien gültig sind, 1 wenn eine es nicht ist, 2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print only problems, not valid files.</source>
        <translation>Nur Probleme ausgeben, keine gültigen Dateien.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Runbook files (YAML).</source>
        <translation>Runbook-Dateien (YAML).</translation>
    </message>
    <message>
        <source>%1: ok (%2 phases, %3 steps)</source>
        <translation>%1: ok (%2 Phasen, %3 Schritte)</translation>
    </message>
    <message>
        <source>%1 of %2 files valid</source>
        <translation>%1 von %2 Dateien gültig</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check an evidence pack (from &apos;drilldeck evidence&apos;) without extracting it: every file
against the SHA-256 MANIFEST gives, nothing missing and nothing extra; entries with
&apos;..&apos;, absolute paths, symbolic links, a zip bomb or a cut archive are refused. A
signature of MANIFEST is checked too: MANIFEST.asc with your gpg keyring,
MANIFEST.sig with an allowed signers file (ssh-keygen(1)). A signature by a key you do
not have or trust is reported as such, never as valid.
Exit status: 0 when the pack is intact and every signature is valid, 1 otherwise,
2 on a usage error.</source>
        <translation>Prüft ein Nachweispaket (aus &apos;drilldeck evidence&apos;), ohne es zu entpacken: jede Datei
gegen den SHA-256-Wert aus MANIFEST, nichts fehlt und nichts ist zu viel; Einträge mit
&apos;..&apos;, absolute Pfade, symbolische Links, eine Zip-Bombe oder ein abgeschnittenes Archiv
werden abgelehnt. Auch eine Signatur von MANIFEST wird geprüft: MANIFEST.asc mit dem
eigenen gpg-Schlüsselbund, MANIFEST.sig mit einer allowed-signers-Datei (ssh-keygen(1)).
Eine Signatur mit einem Schlüssel, der fehlt oder dem nicht vertraut wird, wird als
solche gemeldet, nie als gültig.
Exit-Status: 0 wenn das Paket intakt und jede Signatur gültig ist, 1 sonst,
2 bei falscher Verwendung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The SSH keys you trust, in ssh-keygen&apos;s allowed signers format.</source>
        <translation>Die vertrauenswürdigen SSH-Schlüssel, im allowed-signers-Format von ssh-keygen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The evidence pack.</source>
        <translation>Das Nachweispaket.</translation>
    </message>
    <message>
        <source>say which pack: verify FILE.zip</source>
        <translation>welches Paket? verify FILE.zip</translation>
    </message>
    <message>
        <source>unexpected argument `%1`</source>
        <translation>unerwartetes Argument `%1`</translation>
    </message>
    <message>
        <source>--allowed-signers `%1` is not a readable file</source>
        <translation>--allowed-signers `%1` ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>signature %1: %2: %3</source>
        <translation>Signatur %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 bytes, match MANIFEST</source>
        <translation>%1: %2 Dateien, %3 Bytes, stimmen mit MANIFEST überein</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the files are intact, the signature is not valid</source>
        <translation>NICHT VERIFIZIERT: die Dateien sind intakt, die Signatur ist nicht gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>%1: VALID%2</source>
        <translation>%1: GÜLTIG%2</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signiert</translation>
    </message>
    <message>
        <source>, not signed</source>
        <translation>, nicht signiert</translation>
    </message>
</context>
<context>
    <name>YamlSyntaxHint</name>
    <message>
        <source>; a value that holds `: ` must be quoted: put it in single quotes (&apos;...&apos;), doubling any &apos; inside</source>
        <translation>; ein Wert, der `: ` enthält, muss in Anführungszeichen stehen: in einfache Anführungszeichen setzen (&apos;...&apos;) und jedes &apos; darin verdoppeln</translation>
    </message>
    <message>
        <source>; a value that holds `: ` must be quoted, like this: %1</source>
        <translation>; ein Wert, der `: ` enthält, muss in Anführungszeichen stehen, so: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DrillDeck</source>
        <translation>DrillDeck</translation>
    </message>
    <message>
        <source>give at most one runbook file</source>
        <translation>höchstens eine Runbook-Datei angeben</translation>
    </message>
    <message>
        <source>drilldeck: %1: closing as Quit does; every event is stored, and a drill resumes at the next start
</source>
        <translation>drilldeck: %1: wird beendet wie mit „Beenden“; jedes Ereignis ist gespeichert, und ein Drill wird beim nächsten Start fortgesetzt
</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
</TS>
