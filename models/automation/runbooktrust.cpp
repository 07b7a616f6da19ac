// The trusted runbook contents, kept in the user's settings under "trustedRunbooks".
#include "runbooktrust.h"

#include "runbookrevisionstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
const QString group = u"trustedRunbooks"_s;

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}
} // namespace

RunbookTrust::RunbookTrust(QSettings &settings) : m_settings(settings) {}

QString RunbookTrust::sha256Of(const QByteArray &fileBytes)
{
    // The same name a stored revision has for these bytes: a resumed drill finds its trusted
    // file by it.
    return RunbookRevisionStore::sha256Of(fileBytes);
}

bool RunbookTrust::isTrusted(const QString &sha256) const
{
    const QString key = sha256.toLower();
    if (!isSha256(key))
        return false;
    m_settings.beginGroup(group);
    const bool trusted = m_settings.contains(key);
    m_settings.endGroup();
    return trusted;
}

void RunbookTrust::trust(const QString &sha256, const QString &runbookPath)
{
    const QString key = sha256.toLower();
    if (!isSha256(key))
        return;
    m_settings.beginGroup(group);
    // What was trusted and when, for a person reading the settings file.
    m_settings.setValue(
        key, QStringList{runbookPath, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    m_settings.endGroup();
    m_settings.sync();
}

void RunbookTrust::revoke(const QString &sha256)
{
    m_settings.beginGroup(group);
    m_settings.remove(sha256.toLower());
    m_settings.endGroup();
    m_settings.sync();
}
