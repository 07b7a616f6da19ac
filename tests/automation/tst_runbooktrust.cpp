// RunbookTrust: the SHA-256 of the exact file bytes is what is trusted, remembered in the
// user's settings; a changed byte is untrusted again, a revoked hash too.
#include "runbooktrust.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRunbookTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsTheSha256OfTheBytes()
    {
        // sha256sum of an empty file and of "abc".
        QCOMPARE(RunbookTrust::sha256Of({}),
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(RunbookTrust::sha256Of("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void trustIsRememberedRevokedAndTiedToEveryByte()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(u"drilldeck.ini"_s);
        const QByteArray runbook = "drilldeck: 1\nid: rb\n";
        const QString hash = RunbookTrust::sha256Of(runbook);
        {
            QSettings settings(ini, QSettings::IniFormat);
            RunbookTrust trust(settings);
            QVERIFY(!trust.isTrusted(hash));
            trust.trust(hash, u"/srv/runbooks/rb.yaml"_s);
            QVERIFY(trust.isTrusted(hash));
            QVERIFY(trust.isTrusted(hash.toUpper())); // a hash typed on the command line
        }
        {
            // Another process (a new QSettings on the same file) sees it.
            QSettings settings(ini, QSettings::IniFormat);
            RunbookTrust trust(settings);
            QVERIFY(trust.isTrusted(hash));
            QByteArray changed = runbook;
            changed[changed.size() - 2] = 'c'; // one byte
            QVERIFY(!trust.isTrusted(RunbookTrust::sha256Of(changed)));
            QVERIFY(!trust.isTrusted(RunbookTrust::sha256Of(runbook + ' ')));
            QVERIFY(!trust.isTrusted(QString()));
            QVERIFY(!trust.isTrusted(u"not a hash"_s));
            trust.revoke(hash);
            QVERIFY(!trust.isTrusted(hash));
        }
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(!RunbookTrust(settings).isTrusted(hash));
        // Only its own group is written: other settings stay as they are.
        settings.setValue(u"window/geometry"_s, 42);
        RunbookTrust(settings).trust(hash, u"rb.yaml"_s);
        QCOMPARE(settings.value(u"window/geometry"_s).toInt(), 42);
        QCOMPARE(settings.childGroups(), (QStringList{u"trustedRunbooks"_s, u"window"_s}));
    }

    void somethingThatIsNoHashIsNeverTrusted()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        RunbookTrust trust(settings);
        trust.trust(u"../../etc"_s, u"x"_s);
        QVERIFY(settings.allKeys().isEmpty());
        QVERIFY(!trust.isTrusted(u"../../etc"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunbookTrust)
#include "tst_runbooktrust.moc"
