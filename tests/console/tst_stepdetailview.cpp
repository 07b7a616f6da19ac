// The current step as the console shows it: its lines stay together at the top when it has no
// instructions, and instructions take the space when there are some. Only the instructions are
// Markdown; a link in them opens in the web browser only, and only after the address was shown.
#include "commandtextedit.h"
#include "runbooktextbrowser.h"
#include "step.h"
#include "stepdetailview.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *labelSaying(QWidget *root, const QString &text)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (label->isVisible() && label->text() == text)
            return label;
    return nullptr;
}

Step step(const QString &instructions)
{
    Step s;
    s.id = u"provision"_s;
    s.title = u"Provision the VM"_s;
    s.role = u"driver"_s;
    s.expectedSeconds = 600;
    s.instructions = instructions;
    return s;
}

// What the label shows the reader (and a screen reader reads): the text once any markup in it
// is rendered.
QString shownText(QLabel *label)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// Where the link to href is drawn, in the browser's viewport.
QPoint linkPosition(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(it.fragment().position() + 1);
                return browser->cursorRect(cursor).center();
            }
    return {};
}

QMessageBox *openBox(QWidget *root)
{
    const QList<QMessageBox *> boxes = root->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        if (box->isVisible())
            return box;
    return nullptr;
}
} // namespace

// Takes the URLs QDesktopServices would hand to the system for one scheme.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestStepDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutInstructionsTheLinesStayAtTheTop()
    {
        StepDetailView view;
        view.resize(500, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setStep(step(u"Check the old VM first."_s), u"Rebuild"_s);
        view.setStep(step({}), u"Rebuild"_s); // as the facilitator moves on
        QCoreApplication::processEvents();
        QLabel *phase = labelSaying(&view, u"Rebuild"_s);
        QLabel *title = labelSaying(&view, u"Provision the VM"_s);
        QVERIFY(phase && title);
        // Phase, title and role follow each other (they were spread over the whole height).
        // Phase, title and role line follow each other at the top (they were each stretched to
        // a third of the height, the text centred in it).
        for (QLabel *label : {phase, title})
            QVERIFY2(label->height() <= label->sizeHint().height() + 4,
                     qPrintable(u"%1: %2 px high"_s.arg(label->text()).arg(label->height())));
        QVERIFY2(title->geometry().bottom() < 100, qPrintable(QString::number(title->y())));
    }

    void instructionsTakeTheSpace()
    {
        StepDetailView view;
        view.resize(500, 800);
        view.setStep(step(u"Run **terraform apply** and wait for the VM."_s), u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *instructions = view.findChild<QTextBrowser *>();
        QVERIFY(instructions && instructions->isVisible());
        QVERIFY2(instructions->height() > 500, qPrintable(QString::number(instructions->height())));
    }

    // The console broke "--delta --type=time" after the hyphen ("--delta --" / "type=time"):
    // someone typing from the screen types a space that is not there. Lines break at spaces;
    // a selection copies the command's own characters.
    void aCommandBreaksOnlyAtSpaces()
    {
        Step s = step({});
        s.command = u"pgbackrest --stanza=orders --delta --type=time \"--target=2026-12-07 "
                    "06:42:00+00\" --target-action=promote --repo1-path=/var/lib/pgbackrest/"
                    "orders-eu-central-1 restore"_s;
        StepDetailView view;
        view.setStep(s, u"Restore"_s);
        auto *box = view.findChild<CommandTextEdit *>();
        QVERIFY(box);
        for (const int width : {260, 330, 420, 510}) {
            view.resize(width, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const QString laidOut = box->document()->toPlainText();
            const QTextLayout *layout = box->document()->firstBlock().layout();
            QTRY_VERIFY(layout->lineCount() > 1);
            // A line ends at a space, or is all of one word too wide for the box.
            for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const QString text = laidOut.mid(line.textStart(), line.textLength());
                QVERIFY2(text.endsWith(u' ') || !text.contains(u' '),
                         qPrintable(u"%1 px: line %2 ends in “%3”"_s.arg(width).arg(i + 1).arg(
                             CommandTextEdit::unjoined(text))));
            }
        }
        QCOMPARE(view.commandText(), s.command);
        box->selectAll();
        box->copy();
        QCOMPARE(QApplication::clipboard()->text(), s.command);
    }

    // A step with no instructions showed its command on one line behind a horizontal
    // scrollbar: less of it than the projector. It wraps, and the box is as high as it.
    void aLongCommandIsWhollyVisible()
    {
        Step s = step({});
        s.command = u"aws ec2 describe-images --owners self --region eu-central-1 --filters "
                    "Name=tag:purpose,Values=jenkins --query "
                    "'sort_by(Images,&CreationDate)[-3:].[ImageId,Name,CreationDate]' "
                    "--output table --no-cli-pager --profile contentpool-drill"_s;
        StepDetailView view;
        view.resize(500, 800);
        view.setStep(s, u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractScrollArea *box = nullptr;
        for (auto *area : view.findChildren<QAbstractScrollArea *>())
            if (area->accessibleName() == u"Command")
                box = area;
        QVERIFY(box && box->isVisible());
        QCOMPARE(view.commandText(), s.command);
        // Nothing to scroll either way: the whole command is in sight.
        const auto wholly = [box] {
            return !box->horizontalScrollBar()->isVisible() &&
                   box->horizontalScrollBar()->maximum() == 0 &&
                   box->verticalScrollBar()->maximum() == 0;
        };
        QTRY_VERIFY2(wholly(), qPrintable(u"scrolls %1 px across, %2 down"_s
                                              .arg(box->horizontalScrollBar()->maximum())
                                              .arg(box->verticalScrollBar()->maximum())));
        const int lineSpacing = box->fontMetrics().lineSpacing();
        QVERIFY(box->height() > 2 * lineSpacing); // it wrapped
        // It sits under the title, not floating in the middle of the pane.
        QVERIFY2(box->mapTo(&view, QPoint(0, box->height())).y() < 400,
                 qPrintable(QString::number(box->mapTo(&view, QPoint(0, 0)).y())));
        // A wider pane: fewer lines, still whole.
        view.resize(1100, 800);
        QTRY_VERIFY(wholly());
        QTRY_VERIFY(box->height() < 6 * lineSpacing);
    }

    // A QLabel takes text that starts like HTML for HTML: a title of `<h1 style='color:red'>`
    // was shown as a red heading, a verify of `<table border=5>` as a table.
    void runbookTextIsShownAsWritten()
    {
        StepDetailView view;
        view.resize(600, 800);
        Step s = step(u"Run it."_s);
        s.title = u"<h1 style='color:red'>STEP</h1><table border=5><tr><td>x</td></tr></table>"_s;
        s.verify = u"<b>VERIFY</b> **not bold** [no link](https://example.com)"_s;
        s.role = u"<u>driver</u>"_s;
        const QString phase = u"<h1 style='color:red'>PHASE</h1>"_s;
        view.setStep(s, phase);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const QString &text : {s.title, s.verify, phase}) {
            QLabel *label = labelSaying(&view, text);
            QVERIFY2(label, qPrintable(text));
            QCOMPARE(shownText(label), text);
        }
        const QList<QLabel *> labels = view.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
            return label->isVisible() && shownText(label).contains(u"Role: <u>driver</u>"_s);
        }));
    }

    // Instructions are Markdown, without raw HTML, and nothing they name is loaded: an image
    // `![](file:///…)` was read from disk (`file:///dev/zero` never finishes).
    void instructionsAreMarkdownWithoutHtmlOrFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"secret.png"_s);
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png));
        const QUrl imageUrl = QUrl::fromLocalFile(png);
        StepDetailView view;
        view.resize(600, 800);
        view.setStep(step(u"**bold** <h1>RAW</h1> ![img](%1)"_s.arg(imageUrl.toString())),
                     u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QTextDocument *document = view.instructionsView()->document();
        QCOMPARE(document->toPlainText().trimmed(), u"bold <h1>RAW</h1> \uFFFC"_s);
        QVERIFY(document->resource(QTextDocument::ImageResource, imageUrl).isNull());
    }

    // A link in the instructions: a web address is shown first and opens in the browser only
    // when confirmed; file: and anything else never opens, in DrillDeck or outside it.
    void linksOpenInTheBrowserOnlyAfterAsking()
    {
        UrlCatcher web, files;
        QDesktopServices::setUrlHandler(u"https"_s, &web, "open");
        QDesktopServices::setUrlHandler(u"file"_s, &files, "open");
        StepDetailView view;
        view.resize(600, 800);
        view.setStep(step(u"See [the wiki](https://wiki.example.com/dr) and [the key](file:///etc/"
                          u"shadow)."_s),
                     u"Rebuild"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *browser = const_cast<RunbookTextBrowser *>(view.instructionsView());
        const QString before = browser->toPlainText();
        browser->setFocus();
        QTRY_VERIFY(browser->hasFocus());

        const QPoint wiki = linkPosition(browser, u"https://wiki.example.com/dr"_s);
        QVERIFY(!wiki.isNull());
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, wiki);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = openBox(&view)));
        QVERIFY2(ask->text().contains(u"https://wiki.example.com/dr"_s), qPrintable(ask->text()));
        QVERIFY(web.urls.isEmpty()); // not before the answer
        QTest::keyClick(ask, Qt::Key_Return);
        QTRY_COMPARE(web.urls, QList<QUrl>{QUrl(u"https://wiki.example.com/dr"_s)});
        QTRY_VERIFY(!openBox(&view));

        browser->setFocus();
        QTest::keyClick(browser, Qt::Key_Tab); // the second link
        QTest::keyClick(browser, Qt::Key_Return);
        QMessageBox *refused = nullptr;
        QTRY_VERIFY((refused = openBox(&view)));
        QVERIFY2(refused->text().contains(u"file:///etc/shadow"_s), qPrintable(refused->text()));
        QTest::keyClick(refused, Qt::Key_Return);
        QTRY_VERIFY(!openBox(&view));
        QVERIFY(files.urls.isEmpty());
        QCOMPARE(web.urls.size(), 1);
        QCOMPARE(browser->source(), QUrl());      // nothing loaded in place
        QCOMPARE(browser->toPlainText(), before); // the instructions still shown
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"file"_s);
    }
};

QTEST_MAIN(TestStepDetailView)
#include "tst_stepdetailview.moc"
