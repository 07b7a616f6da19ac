// The evidence of one command run as the JSON payload of its `command-run` event, and back.
#include "commandevidence.h"

#include "duration.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
struct OutcomeName
{
    CommandEvidence::Outcome outcome;
    QStringView name;
};
constexpr OutcomeName outcomeTable[] = {
    {CommandEvidence::Outcome::Passed, u"passed"},
    {CommandEvidence::Outcome::Failed, u"failed"},
    {CommandEvidence::Outcome::VerifyFailed, u"verify-failed"},
    {CommandEvidence::Outcome::TimedOut, u"timed-out"},
    {CommandEvidence::Outcome::Cancelled, u"cancelled"},
    {CommandEvidence::Outcome::FailedToStart, u"failed-to-start"},
    {CommandEvidence::Outcome::Crashed, u"crashed"},
};

QJsonObject outputToJson(const CommandEvidence::Output &output)
{
    return QJsonObject{{u"text"_s, output.text},
                       {u"totalBytes"_s, double(output.totalBytes)},
                       {u"truncated"_s, output.truncated}};
}

CommandEvidence::Output outputFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    CommandEvidence::Output output;
    output.text = o.value(u"text"_s).toString();
    output.totalBytes = qint64(o.value(u"totalBytes"_s).toDouble());
    output.truncated = o.value(u"truncated"_s).toBool();
    return output;
}
} // namespace

QString CommandEvidence::outcomeName(Outcome outcome)
{
    for (const OutcomeName &o : outcomeTable)
        if (o.outcome == outcome)
            return o.name.toString();
    return {};
}

std::optional<CommandEvidence::Outcome> CommandEvidence::outcomeFromName(QStringView name)
{
    for (const OutcomeName &o : outcomeTable)
        if (o.name == name)
            return o.outcome;
    return std::nullopt;
}

QString CommandEvidence::summary() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("CommandEvidence", text); };
    const QString took = Duration::format(std::max<qint64>(0, durationMs()) / 1000);
    switch (outcome) {
    case Outcome::Passed:
        return tr("passed in %1").arg(took);
    case Outcome::Failed:
        return tr("failed (exit %1) after %2").arg(exitCode).arg(took);
    case Outcome::VerifyFailed:
        return verifyExitCode
                   ? tr("its verification failed (exit %1) after %2").arg(*verifyExitCode).arg(took)
                   : tr("its verification failed after %1: %2").arg(took, error);
    case Outcome::TimedOut:
        return tr("timed out after %1").arg(took);
    case Outcome::Cancelled:
        return tr("cancelled after %1").arg(took);
    case Outcome::FailedToStart:
        return tr("did not start: %1").arg(error);
    case Outcome::Crashed:
        return tr("ended by signal %1 after %2").arg(signal).arg(took);
    }
    return {};
}

QString CommandEvidence::shortCommand(qsizetype maxChars) const
{
    const QString trimmed = command.trimmed();
    QString line = trimmed.section(u'\n', 0, 0);
    if (line.size() > maxChars)
        line = line.first(std::max<qsizetype>(maxChars - 1, 0)) + u'…';
    else if (line.size() < trimmed.size())
        line += u'…';
    return line;
}

QString CommandEvidence::outputTail(int lines) const
{
    QStringList all;
    for (const Output *output : {&standardOutput, &standardError, &verifyOutput}) {
        QString text = output->text;
        while (text.endsWith(u'\n'))
            text.chop(1);
        if (!text.isEmpty())
            all += text.split(u'\n');
    }
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(u'\n');
}

QString CommandEvidence::toPayload() const
{
    QJsonObject o{{u"command"_s, command},
                  {u"outcome"_s, outcomeName(outcome)},
                  {u"exitCode"_s, exitCode},
                  {u"signal"_s, signal},
                  {u"startMs"_s, double(startMs)},
                  {u"endMs"_s, double(endMs)},
                  {u"stdout"_s, outputToJson(standardOutput)},
                  {u"stderr"_s, outputToJson(standardError)},
                  {u"error"_s, error}};
    if (!verifyCommand.isEmpty()) {
        o[u"verifyCommand"_s] = verifyCommand;
        o[u"verifyOutput"_s] = outputToJson(verifyOutput);
    }
    if (verifyExitCode)
        o[u"verifyExitCode"_s] = *verifyExitCode;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<CommandEvidence> CommandEvidence::fromPayload(const QJsonObject &o)
{
    const std::optional<Outcome> outcome = outcomeFromName(o.value(u"outcome"_s).toString());
    if (!outcome || !o.value(u"command"_s).isString())
        return std::nullopt;
    CommandEvidence e;
    e.command = o.value(u"command"_s).toString();
    e.outcome = *outcome;
    e.exitCode = o.value(u"exitCode"_s).toInt(-1);
    e.signal = o.value(u"signal"_s).toInt(0);
    e.startMs = qint64(o.value(u"startMs"_s).toDouble());
    e.endMs = qint64(o.value(u"endMs"_s).toDouble());
    e.standardOutput = outputFromJson(o.value(u"stdout"_s));
    e.standardError = outputFromJson(o.value(u"stderr"_s));
    e.error = o.value(u"error"_s).toString();
    e.verifyCommand = o.value(u"verifyCommand"_s).toString();
    if (const QJsonValue v = o.value(u"verifyExitCode"_s); v.isDouble())
        e.verifyExitCode = v.toInt();
    e.verifyOutput = outputFromJson(o.value(u"verifyOutput"_s));
    return e;
}
