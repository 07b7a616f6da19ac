// Which runbook contents the user has trusted to run commands, by SHA-256 of the exact file
// bytes (like an editor's workspace trust). Remembered per user in the application's settings;
// a changed file is a new hash, so untrusted again. Nothing else ever runs a command.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

class RunbookTrust
{
public:
    explicit RunbookTrust(QSettings &settings);

    static QString sha256Of(const QByteArray &fileBytes); // lower-case hex
    bool isTrusted(const QString &sha256) const;
    void trust(const QString &sha256, const QString &runbookPath);
    void revoke(const QString &sha256);

private:
    QSettings &m_settings;
};
