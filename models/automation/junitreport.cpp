// JUnit XML of a recorded run: the document, its safe text and its capped output.
#include "junitreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JUnitReport)
};

QString seconds(qint64 ms)
{
    return QString::number(double(std::max<qint64>(0, ms)) / 1000.0, 'f', 3);
}

// The last cap characters of text, saying how much was left out.
QString capped(const QString &text)
{
    if (text.size() <= JUnitReport::systemOutCap)
        return text;
    return Text::tr("[%1 characters left out here; the drill's evidence keeps the output]\n")
               .arg(text.size() - JUnitReport::systemOutCap) +
           text.right(JUnitReport::systemOutCap);
}

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void writeOutput(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    if (!text.isEmpty())
        xml.writeTextElement(element, JUnitReport::xmlSafe(capped(text)));
}
} // namespace

QString JUnitReport::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (!c.isSurrogate() && allowedInXml(c.unicode())) {
            safe += c;
        } else {
            safe += QChar::ReplacementCharacter;
        }
    }
    return safe;
}

QString JUnitReport::failureMessage(const CommandEvidence &evidence)
{
    const QString outcome = CommandEvidence::outcomeName(evidence.outcome);
    if (evidence.outcome == CommandEvidence::Outcome::Failed)
        return outcome + u": "_s + Text::tr("exit %1").arg(evidence.exitCode);
    if (evidence.outcome == CommandEvidence::Outcome::VerifyFailed && evidence.verifyExitCode)
        return outcome + u": "_s + Text::tr("verify_command exit %1").arg(*evidence.verifyExitCode);
    return evidence.error.isEmpty() ? outcome : outcome + u": "_s + evidence.error;
}

QByteArray JUnitReport::toXml(const Run &run)
{
    int failures = 0;
    int skipped = 0;
    for (const AutomatedRun::StepResult &step : run.steps) {
        failures += step.outcome == AutomatedRun::StepResult::Outcome::Failed;
        skipped += step.outcome == AutomatedRun::StepResult::Outcome::NotRun;
    }
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"drilldeck run"_s);
    xml.writeAttribute(u"tests"_s, QString::number(run.steps.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, u"0"_s);
    xml.writeAttribute(u"skipped"_s, QString::number(skipped));
    xml.writeAttribute(u"time"_s, seconds(run.endMs - run.startMs));

    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, xmlSafe(run.runbookId + u" ("_s + run.environment + u')'));
    xml.writeAttribute(u"tests"_s, QString::number(run.steps.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, u"0"_s);
    xml.writeAttribute(u"skipped"_s, QString::number(skipped));
    xml.writeAttribute(u"time"_s, seconds(run.endMs - run.startMs));
    xml.writeAttribute(
        u"timestamp"_s,
        QDateTime::fromMSecsSinceEpoch(run.startMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    xml.writeStartElement(u"properties"_s);
    const QList<std::pair<QString, QString>> properties = {
        {u"runbook"_s, run.runbookId},
        {u"environment"_s, run.environment},
        {u"drill"_s, QString::number(run.drillId)},
        {u"iteration"_s, QString::number(run.iteration)},
    };
    for (const auto &[name, value] : properties) {
        xml.writeStartElement(u"property"_s);
        xml.writeAttribute(u"name"_s, name);
        xml.writeAttribute(u"value"_s, xmlSafe(value));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // properties

    for (const AutomatedRun::StepResult &step : run.steps) {
        xml.writeStartElement(u"testcase"_s);
        xml.writeAttribute(u"classname"_s, xmlSafe(run.runbookId + u'.' + step.phaseId));
        xml.writeAttribute(u"name"_s, xmlSafe(step.stepId));
        const std::optional<CommandEvidence> &evidence = step.evidence;
        xml.writeAttribute(u"time"_s, seconds(evidence ? evidence->endMs - evidence->startMs : 0));
        if (step.outcome == AutomatedRun::StepResult::Outcome::Failed && evidence) {
            xml.writeStartElement(u"failure"_s);
            xml.writeAttribute(u"message"_s, xmlSafe(failureMessage(*evidence)));
            xml.writeAttribute(u"type"_s, CommandEvidence::outcomeName(evidence->outcome));
            xml.writeCharacters(xmlSafe(evidence->outputTail()));
            xml.writeEndElement();
        } else if (step.outcome == AutomatedRun::StepResult::Outcome::NotRun) {
            xml.writeEmptyElement(u"skipped"_s);
            xml.writeAttribute(u"message"_s, xmlSafe(step.notRunReason));
        }
        if (evidence) {
            writeOutput(xml, u"system-out"_s,
                        evidence->standardOutput.text + evidence->verifyOutput.text);
            writeOutput(xml, u"system-err"_s, evidence->standardError.text);
        }
        xml.writeEndElement(); // testcase
    }
    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return bytes;
}
