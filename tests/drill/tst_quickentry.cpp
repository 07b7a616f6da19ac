// The observation quick entry: prefixes pick the category, @name the author; empty, huge or
// control-character input is refused with a message and nothing is logged.
#include "quickentry.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestQuickEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("text");
        QTest::addRow("plain note")
            << u"DNS record is missing"_s << u"note"_s << QString() << u"DNS record is missing"_s;
        QTest::addRow("issue") << u"! efs is so slow"_s << u"issue"_s << QString()
                               << u"efs is so slow"_s;
        QTest::addRow("question") << u"? where is the backup"_s << u"question"_s << QString()
                                  << u"where is the backup"_s;
        QTest::addRow("action item")
            << u"+ name instances after their purpose"_s << u"action-item"_s << QString()
            << u"name instances after their purpose"_s;
        QTest::addRow("improvement") << u"~ do not back up workspaces"_s << u"improvement"_s
                                     << QString() << u"do not back up workspaces"_s;
        QTest::addRow("automation candidate")
            << u"* script the untar"_s << u"automation-candidate"_s << QString()
            << u"script the untar"_s;
        QTest::addRow("author") << u"@dana untar takes longer than tar"_s << u"note"_s << u"dana"_s
                                << u"untar takes longer than tar"_s;
        QTest::addRow("prefix then author") << u"! @sam.k pid file is stale"_s << u"issue"_s
                                            << u"sam.k"_s << u"pid file is stale"_s;
        QTest::addRow("author then prefix")
            << u"@sam + remove the pid file on boot"_s << u"action-item"_s << u"sam"_s
            << u"remove the pid file on boot"_s;
        QTest::addRow("no space after mark is text")
            << u"!important"_s << u"note"_s << QString() << u"!important"_s;
        QTest::addRow("email is text")
            << u"mail ops@example.com"_s << u"note"_s << QString() << u"mail ops@example.com"_s;
        QTest::addRow("tabs and newlines become spaces")
            << u"a\tb\nc"_s << u"note"_s << QString() << u"a b c"_s;
        QTest::addRow("unicode name")
            << u"@jürgen läuft"_s << u"note"_s << u"jürgen"_s << u"läuft"_s;
        QTest::addRow("markup stays text") << u"<script>alert(1)</script> **x**"_s << u"note"_s
                                           << QString() << u"<script>alert(1)</script> **x**"_s;
    }
    void parses()
    {
        QFETCH(QString, line);
        QFETCH(QString, category);
        QFETCH(QString, author);
        QFETCH(QString, text);
        const QuickEntry e = QuickEntry::parse(line);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.category, category);
        QCOMPARE(e.author, author);
        QCOMPARE(e.text, text);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << u"   "_s
                               << u"the observation is empty; type what you saw, then Enter"_s;
        QTest::addRow("prefix only") << u"! "_s
                                     << u"the observation is empty; type what you saw, then "
                                        u"Enter"_s;
        QTest::addRow("author only") << u"@dana"_s
                                     << u"the observation is empty; type what you saw, then "
                                        u"Enter"_s;
        QTest::addRow("bare at") << u"@ hello"_s
                                 << u"a name must follow @, like `@dana DNS record is missing`"_s;
        QTest::addRow("control characters in the name")
            << u"@da\u0007na hi"_s
            << u"the name after @ may hold letters, digits, '-', '_' and '.' only (found "
               u"U+0007)"_s;
        QTest::addRow("escape in the text")
            << u"ok \u001b[31mred"_s
            << u"the observation holds a control character (U+001b); paste plain text"_s;
        QTest::addRow("long name") << u"@"_s + QString(41, u'x') + u" hi"_s
                                   << u"the name after @ is longer than 40 characters"_s;
        QTest::addRow("a megabyte paste")
            << QString(1024 * 1024, u'x')
            << u"the observation is 1048576 characters long; the limit is 4000 — put long "
               u"output in a file and note where it is"_s;
    }
    void refuses()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        const QuickEntry e = QuickEntry::parse(line);
        QVERIFY(!e.ok());
        QCOMPARE(e.error, error);
    }

    void categoriesAndPrefixesAgree()
    {
        const QStringList categories = QuickEntry::categories();
        QCOMPARE(categories.first(), u"note"_s);
        QCOMPARE(QuickEntry::prefixOf(u"note"_s), QString());
        for (const QString &c : categories.mid(1)) {
            const QuickEntry e = QuickEntry::parse(QString(QuickEntry::prefixOf(c) + u"x"_s));
            QCOMPARE(e.category, c);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuickEntry)
#include "tst_quickentry.moc"
