// The facilitator's injects: each note read as text (the Markdown of a wrapped YAML block joined,
// its marks gone), revealed ones marked in words, the next one to reveal selected.
#include "injectspanel.h"

#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInjectsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notesReadAsText()
    {
        QCOMPARE(InjectsPanel::plainText(u"Reveal if the plan is clean. Someone renamed the `Name` "
                                         "tag by hand to\n`jenkins` two months ago; **does** the "
                                         "team read the plan?\n"_s),
                 u"Reveal if the plan is clean. Someone renamed the Name tag by hand to jenkins "
                 "two months ago; does the team read the plan?"_s);
        // Paragraphs stay apart.
        QCOMPARE(InjectsPanel::plainText(u"First.\n\nSecond."_s), u"First.\nSecond."_s);
    }

    void listShowsTitleNoteAndCue()
    {
        InjectsPanel panel;
        Inject plan;
        plan.id = u"name-mismatch"_s;
        plan.title = u"Terraform wants to destroy an instance"_s;
        plan.note = u"Someone renamed the `Name` tag by hand to\n`jenkins`."_s;
        plan.after = u"terraform-plan"_s;
        Inject s3;
        s3.id = u"s3-outage"_s;
        s3.title = u"Amazon S3 is down"_s;
        panel.setInjects({plan, s3}, {u"name-mismatch"_s});
        auto *list = panel.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"✓ revealed: Terraform wants to destroy an instance\n"
                                        "Someone renamed the Name tag by hand to jenkins.\n"
                                        "cue: after step terraform-plan"_s);
        QCOMPARE(list->item(1)->text(), u"○ Amazon S3 is down"_s);
        QCOMPARE(panel.selectedInject(), u"s3-outage"_s); // the next one to reveal
        QCOMPARE(panel.nextUnrevealed(), u"s3-outage"_s);
    }

    // An inject whose `after:` step is done is cued and selected, so Ctrl+I reveals it.
    void readyInjectIsCuedAndSelected()
    {
        InjectsPanel panel;
        Inject first{u"first"_s, u"First surprise"_s, {}, {}, {}};
        Inject wal{u"wal"_s, u"A WAL segment is missing"_s, {}, u"restore"_s, {}};
        panel.setInjects({first, wal}, {});
        QCOMPARE(panel.selectedInject(), u"first"_s);
        QCOMPARE(panel.cue(), QString());
        panel.setReadyInjects({u"wal"_s});
        QCOMPARE(panel.cue(), u"Inject ready: A WAL segment is missing — reveal with Ctrl+I"_s);
        QCOMPARE(panel.selectedInject(), u"wal"_s);
        panel.setInjects({first, wal}, {u"wal"_s});
        panel.setReadyInjects({});
        QCOMPARE(panel.cue(), QString());
    }
};

QTEST_MAIN(TestInjectsPanel)
#include "tst_injectspanel.moc"
