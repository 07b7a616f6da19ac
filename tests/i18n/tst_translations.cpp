// The German translation covers every text: lupdate over the current sources into a copy of
// resources/translations/drilldeck_de.ts leaves no text untranslated, and every translation keeps
// its source's placeholders (%1…%9, %L1, %n) and its backtick-quoted tokens; and lupdate finds
// every tr() (one it cannot give a context would stay English at run time).
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            m = Message{context, {}, {}, false};
        else if (name == u"source")
            m.source = xml.readElementText();
        else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            m.unfinished = type == u"unfinished";
            if (type == u"obsolete" || type == u"vanished")
                continue;
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?[1-9]|%n"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out << m.captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

QString where(const Message &m)
{
    return m.context + u": \""_s + m.source.left(80) + u'"';
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTextIsTranslated();
    void translationsKeepPlaceholdersAndBackticks();
    void placeholderCheckCatchesADroppedOne();

private:
    QTemporaryDir m_dir;
    QList<Message> m_messages;
};

void TranslationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString copy = m_dir.filePath(u"drilldeck_de.ts"_s);
    QVERIFY(QFile::copy(
        QStringLiteral(DRILLDECK_SOURCE_DIR "/resources/translations/drilldeck_de.ts"), copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.setWorkingDirectory(QStringLiteral(DRILLDECK_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-source-language"_s, u"en"_s,
                   u"-target-language"_s, u"de"_s, u"app"_s, u"widgets"_s, u"models"_s, u"-ts"_s,
                   copy});
    QVERIFY(lupdate.waitForFinished(120'000));
    QCOMPARE(lupdate.exitCode(), 0);
    // A tr() lupdate cannot place in a context (a plain tr() function called from a free
    // function) would never be translated: such a file declares its context as a class instead.
    const QString said = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(!said.contains(u"cannot be called without context"_s), qPrintable(said));
    m_messages = readTs(copy);
    QVERIFY2(m_messages.size() > 1000, qPrintable(QString::number(m_messages.size())));
}

void TranslationsTest::everyTextIsTranslated()
{
    QStringList missing;
    for (const Message &m : std::as_const(m_messages)) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (m.unfinished || empty)
            missing << where(m);
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(u"%1 text(s) without a German translation (run "_s
                   u"scripts/update-translations.sh and translate them):\n"_s.arg(missing.size()) +
                   missing.join(u'\n')));
}

void TranslationsTest::translationsKeepPlaceholdersAndBackticks()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_messages)) {
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue; // everyTextIsTranslated() says so
            if (placeholders(t) != placeholders(m.source))
                wrong << where(m) + u" → \""_s + t + u"\": placeholders "_s +
                             placeholders(t).join(u' ') + u" instead of "_s +
                             placeholders(m.source).join(u' ');
            if (t.count(u'`') != m.source.count(u'`'))
                wrong << where(m) + u" → \""_s + t +
                             u"\": %1 backticks instead of %2"_s.arg(t.count(u'`'))
                                 .arg(m.source.count(u'`'));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TranslationsTest::placeholderCheckCatchesADroppedOne()
{
    QCOMPARE(placeholders(u"%1 of %2 steps, %n left"_s), QStringList({u"%1"_s, u"%2"_s, u"%n"_s}));
    QVERIFY(placeholders(u"%1 von Schritten"_s) != placeholders(u"%1 of %2 steps"_s));
    QCOMPARE(placeholders(u"%L1 and 100%"_s), QStringList{u"%L1"_s});
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
