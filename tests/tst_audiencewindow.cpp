// The projector window: what the room sees, that it ticks by itself, fits, and shows no secret.
#include "audiencestate.h"
#include "audiencewindow.h"
#include "fittedmarkdownview.h"
#include "runbook.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Step 7 of 18 of the Jenkins rebuild, with a late step running beside it.
AudienceState jenkinsState()
{
    AudienceState s;
    s.runbookTitle = u"Rebuild Jenkins from backup"_s;
    s.environment = u"test"_s;
    s.iteration = 2;
    s.exampleData = true;
    AudienceState::RunningStep restore;
    restore.id = u"restore-home"_s;
    restore.number = 7;
    restore.title = u"Restore the Jenkins home from the S3 backup"_s;
    restore.phaseTitle = u"Restore data"_s;
    restore.instructions =
        u"Download the latest nightly archive from `s3://contentpool-jenkins-backup/nightly/` "
        "and unpack it into `/var/lib/jenkins` on the new instance.\n\n"
        "1. Stop Jenkins so nothing writes to the home directory.\n"
        "2. Fetch the archive with the backup script.\n"
        "3. Untar as the `jenkins` user; skip `workspace/` and `logs/`.\n\n"
        "```\npython3 restore_backup.py --bucket contentpool-jenkins-backup --latest\n```\n\n"
        "**Verify:** `config.xml` and the `jobs/` directory are back, owned by jenkins."_s;
    restore.elapsedMs = (12 * 60 + 5) * 1000;
    restore.expectedSeconds = 45 * 60;
    AudienceState::RunningStep mount;
    mount.id = u"mount-efs"_s;
    mount.number = 9;
    mount.title = u"Mount the EFS volume on the new instance"_s;
    mount.phaseTitle = u"Restore data"_s;
    mount.elapsedMs = (18 * 60 + 40) * 1000;
    mount.expectedSeconds = 15 * 60;
    s.runningSteps = {restore, mount};
    s.nextStepTitle = u"Restart Jenkins and check the build queue"_s;
    s.stepsDone = 6;
    s.stepsTotal = 18;
    s.phaseTitle = u"Restore data"_s;
    s.drillElapsedMs = (2 * 3600 + 47 * 60 + 30) * 1000LL;
    s.clockRunning = true;
    s.rtoRemainingMs = (1 * 3600 + 12 * 60 + 30) * 1000LL;
    s.observations = {{u"10:20"_s, u"Packer is baking the Jenkins AMI from the toolbelt repo"_s},
                      {u"10:40"_s, u"Packer picked the right EFS; the original backup is gone"_s},
                      {u"10:41"_s, u"Jenkins is alive (but no data)"_s}};
    s.revealedInjects = {u"EFS throughput is throttled"_s};
    s.pinnedAnnotations = {u"Leave out logs/ and workspace/*: they make the archive ten times "
                           "bigger"_s};
    return s;
}

[[maybe_unused]] QLabel *label(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<QLabel *>(name);
    if (!found)
        qWarning("no label %s", qPrintable(name));
    return found;
}

// Every text a viewer could read: visible labels and the rendered instructions.
[[maybe_unused]] QStringList visibleTexts(const QWidget &window)
{
    QStringList texts;
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->isVisibleTo(&window) && !l->text().isEmpty())
            texts.append(l->text());
    }
    const auto views = window.findChildren<FittedMarkdownView *>();
    for (const FittedMarkdownView *v : views) {
        if (v->isVisibleTo(&window) && !v->plainText().isEmpty())
            texts.append(v->plainText());
    }
    return texts;
}
} // namespace

class TestAudienceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void screenshots();
};

// With DRILLDECK_SCREENSHOT_DIR set, saves the window at three sizes in both themes.
void TestAudienceWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("DRILLDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set DRILLDECK_SCREENSHOT_DIR to save screenshots");
    QDir().mkpath(dir);
    const QList<QSize> sizes = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    for (const QSize &size : sizes) {
        for (auto variant : {ProjectorTheme::Variant::Dark, ProjectorTheme::Variant::Light}) {
            AudienceWindow window;
            window.setThemeVariant(variant);
            window.resize(size);
            window.setState(jenkinsState());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCoreApplication::processEvents();
            const QString file = u"%1/audience-%2x%3-%4.png"_s.arg(dir)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(ProjectorTheme::variantName(variant));
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), size);
            QVERIFY(image.save(file));
        }
    }
}

QTEST_MAIN(TestAudienceWindow)
#include "tst_audiencewindow.moc"
