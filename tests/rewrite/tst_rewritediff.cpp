// RewriteDiff: dtl's unified diff of a step before and after a rewrite, line by line.
#include "rewritediff.h"
#include "steprewrite.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRewriteDiff : public QObject
{
    Q_OBJECT
    Step m_step;

private Q_SLOTS:
    void init()
    {
        m_step = Step{};
        m_step.id = u"check-dns"_s;
        m_step.title = u"Check the DNS record"_s;
        m_step.role = u"aws-admin"_s;
        m_step.expectedSeconds = 300;
        m_step.verify = u"The record is there."_s;
    }

    void unifiedDiffOfLines()
    {
        const QString before = u"a\nb\nc\nd\ne\nf\ng\nh\n"_s;
        const QString after = u"a\nb\nc\nD\ne\nf\ng\nh\ni\n"_s;
        QCOMPARE(RewriteDiff::unifiedText(before, after),
                 u"@@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+i\n"_s);
        QVERIFY(RewriteDiff::unified(before, before).isEmpty());
        QCOMPARE(RewriteDiff::unified(QString(), u"x\n"_s),
                 (QList<RewriteDiff::Line>{{RewriteDiff::Line::Kind::Hunk, u"@@ -0,0 +1,1 @@"_s},
                                           {RewriteDiff::Line::Kind::Added, u"x"_s}}));
    }

    void editedStep()
    {
        Step after = m_step;
        after.expectedSeconds = 900;
        after.command = u"aws route53 list-resource-record-sets"_s;
        const DrillEvent e = StepRewrite::edit(u"assess"_s, 2, m_step, after).toEvent();
        QCOMPARE(RewriteDiff::unifiedText(RewriteDiff::beforeText(e), RewriteDiff::afterText(e)),
                 u"@@ -1,5 +1,6 @@\n"
                 " id: check-dns\n"
                 " title: Check the DNS record\n"
                 " role: aws-admin\n"
                 "-expected: 5m\n"
                 "+expected: 15m\n"
                 "+command: aws route53 list-resource-record-sets\n"
                 " verify: The record is there.\n"_s);
    }

    void insertedRemovedAndMovedSteps()
    {
        const DrillEvent inserted = StepRewrite::insert(u"assess"_s, 3, m_step).toEvent();
        QCOMPARE(RewriteDiff::beforeText(inserted), QString());
        QCOMPARE(RewriteDiff::unifiedText(RewriteDiff::beforeText(inserted),
                                          RewriteDiff::afterText(inserted)),
                 u"@@ -0,0 +1,5 @@\n+id: check-dns\n+title: Check the DNS record\n"
                 "+role: aws-admin\n+expected: 5m\n+verify: The record is there.\n"_s);
        const DrillEvent removed = StepRewrite::remove(u"assess"_s, 3, m_step).toEvent();
        QCOMPARE(RewriteDiff::afterText(removed), QString());
        QVERIFY(RewriteDiff::unifiedText(RewriteDiff::beforeText(removed), {})
                    .startsWith(u"@@ -1,5 +0,0 @@\n-id: check-dns\n"_s));
        const DrillEvent moved =
            StepRewrite::move(u"assess"_s, 3, m_step, u"rebuild"_s, 0).toEvent();
        QVERIFY(
            RewriteDiff::unifiedText(RewriteDiff::beforeText(moved), RewriteDiff::afterText(moved))
                .startsWith(u"@@ -1,4 +1,4 @@\n-# phase assess, position 4\n"
                            "+# phase rebuild, position 1\n id: check-dns\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestRewriteDiff)
#include "tst_rewritediff.moc"
