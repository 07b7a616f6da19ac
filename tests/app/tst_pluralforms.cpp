// English plural forms: a text written with %n reads "1 step" and "3 steps", never "step(s)", and
// every such text in the sources has its forms in resources/translations/drilldeck_en.ts.
#include "pluralforms.h"
#include "sourcestrings.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
const QString sourceDir = QStringLiteral(DRILLDECK_SOURCE_DIR);

struct PluralText
{
    QString context;
    QString source;
    QStringList forms;
};

QList<PluralText> pluralTexts()
{
    QFile ts(sourceDir + u"/resources/translations/drilldeck_en.ts"_s);
    if (!ts.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(ts.fileName()));
    QList<PluralText> texts;
    QString context;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1)
            context = xml.readElementText();
        else if (xml.name() == "message"_L1)
            texts.append({context, {}, {}});
        else if (xml.name() == "source"_L1 && !texts.isEmpty())
            texts.last().source = xml.readElementText();
        else if (xml.name() == "numerusform"_L1 && !texts.isEmpty())
            texts.last().forms.append(xml.readElementText());
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(ts.fileName()), qPrintable(xml.errorString()));
    return texts;
}
} // namespace

class TestPluralForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(PluralForms::install()); }

    void oneAndMany()
    {
        const char *text = "%n step(s) still running. Finish the drill anyway?";
        QCOMPARE(QCoreApplication::translate("DrillControl", text, nullptr, 1),
                 u"1 step still running. Finish the drill anyway?"_s);
        QCOMPARE(QCoreApplication::translate("DrillControl", text, nullptr, 3),
                 u"3 steps still running. Finish the drill anyway?"_s);
        QCOMPARE(QCoreApplication::translate(
                     "DrillEngine", "NOT SAVED: %1. %n event(s) wait to be stored.", nullptr, 1),
                 u"NOT SAVED: %1. 1 event waits to be stored."_s);
    }

    // Each text has two filled-in forms, as translated at run time, without "(s)".
    void everyTextHasBothForms()
    {
        const QList<PluralText> texts = pluralTexts();
        QVERIFY(texts.size() >= 10);
        for (const PluralText &t : texts) {
            QVERIFY2(t.forms.size() == 2, qPrintable(t.source));
            for (int n : {1, 2}) {
                const QString shown = QCoreApplication::translate(
                    qPrintable(t.context), t.source.toUtf8().constData(), nullptr, n);
                QVERIFY2(shown != t.source || !t.source.contains(u"(s)"_s), qPrintable(t.source));
                QVERIFY2(!shown.contains(u"(s)"_s), qPrintable(shown));
                QVERIFY2(shown.contains(QString::number(n)), qPrintable(shown));
            }
        }
    }

    // Every string literal with %n in app/, widgets/ and models/ is part of a text that has forms
    // (scripts/update-plurals.sh adds a new one).
    void everyPluralTextInTheSourcesHasForms()
    {
        QStringList sources;
        for (const PluralText &t : pluralTexts())
            sources.append(t.source);
        int found = 0;
        for (const SourceStrings::Literal &literal :
             SourceStrings::literals({u"*.cpp"_s, u"*.h"_s})) {
            if (!literal.text.contains(u"%n"_s))
                continue;
            QString fragment = literal.text;
            fragment.replace(u"\\n"_s, u"\n"_s).replace(u"\\\""_s, u"\""_s);
            ++found;
            const bool covered =
                std::any_of(sources.cbegin(), sources.cend(),
                            [&](const QString &s) { return s.contains(fragment); });
            QVERIFY2(covered,
                     qPrintable(u"%1: \"%2\" has no plural forms; run "
                                u"scripts/update-plurals.sh"_s.arg(literal.fileName, fragment)));
        }
        QVERIFY(found >= 10);
    }
};

QTEST_GUILESS_MAIN(TestPluralForms)
#include "tst_pluralforms.moc"
