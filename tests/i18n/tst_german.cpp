// DrillDeck in German: the real binary under LANG=de_DE.UTF-8 speaks German (its messages, its
// help, the validator's diagnostics after an untranslated "error:"), its machine formats (history
// as CSV and JSON) are byte for byte those of an English run, and the console's menus follow the
// language chosen in View › Language; dates in the interface follow it.
#include "drilldeckprocess.h"
#include "interfacedates.h"
#include "mainwindow.h"
#include "pluralforms.h"
#include "uilanguage.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QProcessEnvironment inLanguage(const QString &home, const QString &lang)
{
    QProcessEnvironment env = DrillDeckProcess::environment(home);
    env.insert(u"LANG"_s, lang);
    return env;
}
} // namespace

class GermanTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatorSpeaksGermanAfterAnEnglishSeverity();
    void helpIsGerman();
    void historyCsvAndJsonAreTheSameInGerman_data();
    void historyCsvAndJsonAreTheSameInGerman();
    void consoleMenusFollowTheChosenLanguage();
    void interfaceDatesFollowTheLanguage();
};

void GermanTest::validatorSpeaksGermanAfterAnEnglishSeverity()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(u"bad.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("drilldeck: 1\ntitle: x\nphases: []\n");
    file.close();
    const auto german =
        DrillDeckProcess::run({u"validate"_s, path}, inLanguage(home.path(), u"de_DE.UTF-8"_s));
    QVERIFY2(german.exitedWith(1), qPrintable(german.describe()));
    // FILE:LINE:COLUMN: error: stays as editors and CI parse it; the message is German.
    QVERIFY2(german.err.contains(path + u":3:9: error: "_s) &&
                 german.err.contains(u"ein Runbook braucht mindestens eine Phase"_s),
             qPrintable(german.describe()));

    const auto english =
        DrillDeckProcess::run({u"validate"_s, path}, DrillDeckProcess::environment(home.path()));
    QVERIFY2(english.err.contains(u"a runbook needs at least one phase"_s),
             qPrintable(english.describe()));
}

void GermanTest::helpIsGerman()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const auto r = DrillDeckProcess::run({u"history"_s, u"--help"_s},
                                         inLanguage(home.path(), u"de_DE.UTF-8"_s));
    QVERIFY2(r.exitedWith(0), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Listet vergangene und unbeendete Drills auf"_s) &&
                 r.out.contains(u"Optionen:"_s), // Qt's own words, from qtbase_de
             qPrintable(r.describe()));
}

void GermanTest::historyCsvAndJsonAreTheSameInGerman_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
}

void GermanTest::historyCsvAndJsonAreTheSameInGerman()
{
    QFETCH(QString, format);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList args = {u"history"_s, u"--demo"_s, u"--format"_s, format};
    // The example database, with drills of every kind, made once in this home.
    const auto english = DrillDeckProcess::run(args, DrillDeckProcess::environment(home.path()));
    QVERIFY2(english.exitedWith(0), qPrintable(english.describe()));
    QVERIFY(english.out.count(u'\n') > 5);
    for (const QString &lang : {u"de_DE.UTF-8"_s, u"de_AT.UTF-8"_s}) {
        const auto german = DrillDeckProcess::run(args, inLanguage(home.path(), lang));
        QVERIFY2(german.exitedWith(0), qPrintable(german.describe()));
        // The one field that is the moment of the run (ISO 8601 UTC in both languages).
        static const QRegularExpression generated(
            u"\"generated\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\""_s);
        QCOMPARE(german.out.contains(generated), format == u"json");
        QCOMPARE(QString(german.out).replace(generated, u"GENERATED"_s),
                 QString(english.out).replace(generated, u"GENERATED"_s));
    }
    // The table is for people: German.
    const auto table = DrillDeckProcess::run({u"history"_s, u"--demo"_s},
                                             inLanguage(home.path(), u"de_DE.UTF-8"_s));
    QVERIFY2(table.out.contains(u"ZUSTAND"_s), qPrintable(table.describe()));
}

void GermanTest::consoleMenusFollowTheChosenLanguage()
{
    QVERIFY(PluralForms::install());
    UiLanguage::choose(u"de"_s);
    QCOMPARE(UiLanguage::effective(), u"de"_s);
    UiLanguage::install();
    MainWindow window;
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    QVERIFY2(titles.contains(u"&Datei"_s) && titles.contains(u"&Ansicht"_s),
             qPrintable(titles.join(u", "_s)));
    auto *language = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(language);
    QCOMPARE(language->title(), u"&Sprache"_s);
    // Qt's own texts come from qtbase_de: the key names in menus and the cheat sheet.
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText), u"Strg+N"_s);
    // The German translator is searched before the English plural forms.
    QCOMPARE(QCoreApplication::translate("RecordActions", "%n rating(s) recorded", nullptr, 2),
             u"2 Bewertungen erfasst"_s);
    UiLanguage::choose(QString());
}

void GermanTest::interfaceDatesFollowTheLanguage()
{
    const QDateTime at(QDate(2026, 11, 23), QTime(9, 30));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(InterfaceDates::date(at.date()), u"23.11.2026"_s);
    QCOMPARE(InterfaceDates::dateTime(at), u"23.11.2026 09:30"_s);
    for (const QLocale &english :
         {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QLocale::setDefault(english);
        QCOMPARE(InterfaceDates::dateTime(at), u"2026-11-23 09:30"_s);
    }
}

QTEST_MAIN(GermanTest)
#include "tst_german.moc"
