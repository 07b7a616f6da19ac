// Every symbol the interface writes (▶ running, ✓ done, ‖ PAUSED, “quotes”…) has a glyph in
// DejaVu Sans, the font a stock Debian desktop and scripts/install-deps.sh provide: a missing one
// is drawn as an empty box (⏸ and 📎 were, on the console and in the outline).
#include "sourcestrings.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGlyphs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySymbolInTheInterfaceHasAGlyph()
    {
        QVERIFY2(QFontDatabase::families().contains(u"DejaVu Sans"_s),
                 "DejaVu Sans is not installed (package fonts-dejavu-core)");
        QFont font(u"DejaVu Sans"_s);
        const QRawFont raw = QRawFont::fromFont(font);
        QVERIFY(raw.isValid());
        QCOMPARE(raw.familyName(), u"DejaVu Sans"_s);
        // The string literals of the interface (comments are not drawn).
        QStringList missing;
        int symbols = 0;
        for (const SourceStrings::Literal &literal : SourceStrings::literals({u"*.cpp"_s})) {
            for (const char32_t c : literal.text.toUcs4()) {
                if (c < 0x80)
                    continue;
                ++symbols;
                if (!raw.supportsCharacter(c))
                    missing << u"%1 U+%2 in %3"_s.arg(QString::fromUcs4(&c, 1))
                                   .arg(uint(c), 4, 16, QChar(u'0'))
                                   .arg(literal.fileName);
            }
        }
        QVERIFY(symbols > 50);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }
};

QTEST_MAIN(TestGlyphs)
#include "tst_glyphs.moc"
