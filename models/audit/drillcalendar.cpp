#include "drillcalendar.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DrillCalendar)
};

QString date(const QDate &d)
{
    return d.toString(u"yyyyMMdd"_s);
}
} // namespace

QString DrillCalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += u' '; // other controls are not allowed in a TEXT value
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray DrillCalendar::fold(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype lineOctets = 0;
    qsizetype limit = 75; // the first line; a continuation's leading space counts too
    for (qsizetype i = 0; i < bytes.size();) {
        // One whole UTF-8 character: a lead byte and its continuation bytes (10xxxxxx).
        qsizetype n = 1;
        while (i + n < bytes.size() && (uchar(bytes[i + n]) & 0xC0) == 0x80)
            ++n;
        if (lineOctets + n > limit) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += bytes.mid(i, n);
        lineOctets += n;
        i += n;
    }
    out += "\r\n";
    return out;
}

QString DrillCalendar::uid(const QString &runbookId, const QString &environment)
{
    const QByteArray key = runbookId.toUtf8() + '\n' + environment.toUtf8();
    return QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32)) +
           u"@drilldeck"_s;
}

QByteArray DrillCalendar::write(const QList<ProgrammeStatus::Row> &rows, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text); };
    line(u"BEGIN:VCALENDAR"_s);
    line(u"VERSION:2.0"_s);
    line(u"PRODID:-//DrillDeck//DrillDeck %1//EN"_s.arg(QCoreApplication::applicationVersion()));
    line(u"CALSCALE:GREGORIAN"_s);
    line(u"METHOD:PUBLISH"_s);
    line(u"X-WR-CALNAME:"_s + escapeText(Text::tr("DR drills due")));
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const ProgrammeStatus::Row &r : rows) {
        if (!r.nextDue.isValid())
            continue;
        const QString title = r.title.isEmpty() ? r.runbookId : r.title;
        QString summary = Text::tr("DR drill due: %1 (%2)").arg(title, r.environment);
        if (r.overdue())
            summary = Text::tr("OVERDUE %1").arg(summary);
        QStringList description;
        description << Text::tr("Runbook: %1").arg(r.runbookId)
                    << Text::tr("Environment: %1").arg(r.environment);
        if (r.lastDrill)
            description << Text::tr("Last drill: #%1 on %2 (%3)")
                               .arg(r.lastDrill->drillId)
                               .arg(r.lastDrill->ended.toString(Qt::ISODate), r.lastDrill->outcome);
        else
            description << Text::tr("Never drilled here.");
        description << Text::tr("Cadence: %1 days%2")
                           .arg(r.cadenceDays)
                           .arg(r.cadenceSet ? QString() : Text::tr(" (none set; yearly assumed)"));
        if (r.overdue())
            description << Text::tr("Overdue by %n day(s).", nullptr, int(r.overdueDays));
        description
            << Text::tr("Confidence: %1").arg(RunbookConfidence::levelText(r.confidence.level))
            << r.confidence.why();
        if (r.changedSinceLastDrill)
            description << Text::tr("The runbook changed since its last drill here.");
        if (r.openItems > 0)
            description << Text::tr("Open action items: %1 (%2 overdue)")
                               .arg(r.openItems)
                               .arg(r.overdueItems);
        line(u"BEGIN:VEVENT"_s);
        line(u"UID:"_s + uid(r.runbookId, r.environment));
        line(u"DTSTAMP:"_s + dtstamp);
        line(u"DTSTART;VALUE=DATE:"_s + date(r.nextDue));
        line(u"DTEND;VALUE=DATE:"_s + date(r.nextDue.addDays(1)));
        line(u"SUMMARY:"_s + escapeText(summary));
        line(u"DESCRIPTION:"_s + escapeText(description.join(u'\n')));
        line(u"CATEGORIES:"_s + escapeText(u"DR drill"_s));
        line(u"TRANSP:TRANSPARENT"_s);
        line(u"END:VEVENT"_s);
    }
    line(u"END:VCALENDAR"_s);
    return out;
}
