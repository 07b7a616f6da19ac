// What one run of a step's command left behind: how it ended, when, its output (capped) and
// its verification. Stored as the payload of a `command-run` event; shown in the report.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

struct CommandEvidence
{
    enum class Outcome {
        Passed,        // exit 0 and, when there is one, a passing verify_command
        Failed,        // a non-zero exit status
        VerifyFailed,  // the command passed, its verification did not
        TimedOut,      // ran past its timeout: TERM, then KILL
        Cancelled,     // the facilitator stopped it
        FailedToStart, // no such shell, no such folder, not executable
        Crashed,       // ended by a signal it did not get from DrillDeck
    };

    struct Output
    {
        QString text;           // decoded as UTF-8 (invalid bytes become U+FFFD), ANSI stripped
        qint64 totalBytes = 0;  // everything the process wrote, kept or not
        bool truncated = false; // more than the cap: the head and the tail are kept

        bool operator==(const Output &) const = default;
    };

    QString command;
    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;  // valid when the process exited
    int signal = 0;     // the signal that ended it, 0 if none
    qint64 startMs = 0; // UTC ms
    qint64 endMs = 0;
    Output standardOutput;
    Output standardError;
    QString error; // why it failed to start, timed out... for people, in one sentence
    // The verify_command's run, when there was one.
    QString verifyCommand;
    std::optional<int> verifyExitCode;
    Output verifyOutput; // stdout and stderr of the verification together

    bool passed() const { return outcome == Outcome::Passed; }
    qint64 durationMs() const { return endMs - startMs; }
    bool operator==(const CommandEvidence &) const = default;
    // How it ended, for people: "passed in 3s", "failed (exit 2) after 4s", "timed out after 1m".
    QString summary() const;
    // The command as one short line for a log: its first line, cut with "…".
    QString shortCommand(qsizetype maxChars = 60) const;
    // The last lines of what it wrote (stderr after stdout), for a failure message.
    QString outputTail(int lines = 20) const;

    QString toPayload() const; // JSON object text
    static std::optional<CommandEvidence> fromPayload(const QJsonObject &payload);
    static QString outcomeName(Outcome outcome); // passed, failed, verify-failed, timed-out...
    static std::optional<Outcome> outcomeFromName(QStringView name);
};
