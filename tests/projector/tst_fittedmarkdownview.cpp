// FittedMarkdownView: a command on the projector breaks at spaces only, also when one of its
// words is wider than the line.
#include "fittedmarkdownview.h"
#include "projectortheme.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFittedMarkdownView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A JMESPath query is one word wider than the projector's line: it was cut inside
    // ("…,CreationDa" / "te]'"), and the room typed it wrong. It is drawn smaller instead.
    void aWordWiderThanTheLineIsNotCut()
    {
        const QString command =
            u"aws ec2 describe-images --owners self --region eu-central-1 --query "
            "'sort_by(Images,&CreationDate)[-3:].[ImageId,Name,CreationDate]' \\"_s;
        FittedMarkdownView view;
        view.setPixelSizes(40, 24);
        view.resize(1000, 700);
        view.setMarkdown(u"```\n"_s + command + u"\n```"_s);
        const QStringList lines = view.laidOutLines();
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u" | "_s))); // it does wrap
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines[i].endsWith(u' '),
                     qPrintable(u"line %1 breaks inside a word: %2"_s.arg(i).arg(lines[i])));
        QCOMPARE(lines.join(QString()).remove(QChar(0x2060)).replace(QChar(0x00A0), u' '), command);
        QVERIFY(!view.isElided());
        QCOMPARE(view.fittedPixelSize(), 40); // only the code is smaller, not the text
    }

    // "eu-central-1" over a lone "\": the continuation stays at the end of its line.
    void aLineContinuationStaysOnItsLine()
    {
        const QString words = u"aws ec2 describe-images --owners self --region eu-central-1"_s;
        const QString command = words + u" \\"_s;
        // As wide as the words and the code band's margins (half the text size each side):
        // everything but the continuation fits on the first line.
        const QFontMetrics code(ProjectorTheme::clockFont(36)); // 90 % of the text's 40 px
        FittedMarkdownView view;
        view.setPixelSizes(40, 24);
        view.resize(code.horizontalAdvance(words) + 40 + code.horizontalAdvance(u"\\"_s) / 2, 700);
        view.setMarkdown(u"```\n"_s + command + u"\n```"_s);
        const QStringList lines = view.laidOutLines();
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u" | "_s))); // it does wrap
        const QString last =
            QString(lines.last()).remove(QChar(0x2060)).replace(QChar(0x00A0), u' ');
        QVERIFY2(last.endsWith(u"eu-central-1 \\"_s), qPrintable(lines.join(u" | "_s)));
    }
};

QTEST_MAIN(TestFittedMarkdownView)
#include "tst_fittedmarkdownview.moc"
