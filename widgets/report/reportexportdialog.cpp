#include "reportexportdialog.h"

#include "drillreport.h"
#include "drillreportcomposer.h"
#include "drillstore.h"
#include "htmlreportwriter.h"
#include "pdfreportwriter.h"
#include "reportdocument.h"
#include "runbookrevisionstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The preview shows the first rows of a long table and says how many more the report holds:
// Qt's rich text lays a table out whole, and the timeline of a drill of 10,000 events would
// hold the window for seconds. The exported report has every row.
ReportDocument previewOf(ReportDocument document)
{
    constexpr qsizetype shown = 200;
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        ReportDocument::Block &b = document.blocks[i];
        if (b.kind != ReportDocument::Block::Kind::Table || b.rows.size() <= shown)
            continue;
        const int more = int(b.rows.size() - shown);
        b.rows.resize(shown);
        ReportDocument::Block note;
        note.kind = ReportDocument::Block::Kind::Paragraph;
        note.text = ReportExportDialog::tr("… and %n more row(s) here, all in the exported report.",
                                           "", more);
        document.blocks.insert(++i, note);
    }
    return document;
}
} // namespace

ReportExportDialog::ReportExportDialog(const DrillStore &drills,
                                       const RunbookRevisionStore &revisions, qint64 drillId,
                                       bool exampleData, QWidget *parent)
    : QDialog(parent), m_drills(drills), m_revisions(revisions), m_exampleData(exampleData),
      m_drill(new QComboBox(this)), m_format(new QComboBox(this)), m_page(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Export Report"));
    m_format->addItem(tr("Markdown (.md, charts as PNG files beside it)"),
                      int(ReportExporter::Format::Markdown));
    m_format->addItem(tr("HTML (.html, one self-contained file)"),
                      int(ReportExporter::Format::Html));
    m_format->addItem(tr("PDF (.pdf)"), int(ReportExporter::Format::Pdf));
    m_format->setCurrentIndex(2);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));

    const auto all = drills.drills();
    qint64 newest = 0;
    if (all) {
        QList<Drill> list = all.value();
        std::sort(list.begin(), list.end(),
                  [](const Drill &a, const Drill &b) { return a.id > b.id; });
        for (const Drill &d : std::as_const(list)) {
            m_drill->addItem(tr("Drill %1 — %2, %3 #%4")
                                 .arg(d.id)
                                 .arg(d.runbookId, d.environment)
                                 .arg(d.iteration),
                             d.id);
            newest = std::max(newest, d.id);
        }
    }
    m_preview->setAccessibleName(tr("Preview of the report"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // 10,000 characters
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Drill:"), m_drill);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    auto *pageLabel = new QLabel(tr("&Paper:"), this);
    pageLabel->setBuddy(m_page);
    formatRow->addWidget(pageLabel);
    formatRow->addWidget(m_page);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 860);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::updateControls);
    connect(m_drill, &QComboBox::currentIndexChanged, this, &ReportExportDialog::loadDrill);
    setDrillId(drillId > 0 ? drillId : newest);
    if (m_drill->count() == 0)
        loadDrill();
    updateControls();
}

ReportExportDialog::~ReportExportDialog() = default;

qint64 ReportExportDialog::drillId() const
{
    return m_drill->currentData().toLongLong();
}

void ReportExportDialog::setDrillId(qint64 id)
{
    const int index = m_drill->findData(id);
    if (index < 0)
        return;
    if (index == m_drill->currentIndex() && m_report && m_report->drill.id == id)
        return;
    const QSignalBlocker blocker(m_drill);
    m_drill->setCurrentIndex(index);
    loadDrill();
}

ReportExporter::Format ReportExportDialog::format() const
{
    return ReportExporter::Format(m_format->currentData().toInt());
}

void ReportExportDialog::setFormat(ReportExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QPageSize::PageSizeId ReportExportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_page->currentData().toInt());
}

void ReportExportDialog::setPageSize(QPageSize::PageSizeId size)
{
    m_page->setCurrentIndex(m_page->findData(int(size)));
}

QString ReportExportDialog::problem() const
{
    return m_problem;
}

QString ReportExportDialog::suggestedFileName() const
{
    if (!m_report)
        return u"drill-report."_s + ReportExporter::suffix(format());
    const Drill &d = m_report->drill;
    QString name =
        u"drill-%1-%2-%3-%4"_s.arg(d.id).arg(d.runbookId, d.environment).arg(d.iteration);
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return name + u'.' + ReportExporter::suffix(format());
}

void ReportExportDialog::loadDrill()
{
    m_report.reset();
    m_charts.clear();
    m_problem.clear();
    const qint64 id = drillId();
    if (id <= 0) {
        m_problem = tr("There are no drills in this database yet.");
    } else {
        auto loaded =
            DrillReport::load(m_drills, m_revisions, id, QDateTime::currentMSecsSinceEpoch());
        if (loaded)
            m_report = std::make_unique<DrillReport>(std::move(loaded).value());
        else
            m_problem = loaded.error().message;
    }
    if (!m_report) {
        m_preview->setPlainText(m_problem);
        updateControls();
        return;
    }
    // The preview shows the charts small, as the PDF does; they are drawn again at full size
    // when the report is written.
    ReportExporter::Options options;
    options.exampleData = m_exampleData;
    options.chartSize = QSize(1000, 560);
    m_charts = ReportExporter::renderCharts(*m_report, options);
    QHash<QString, QString> sources;
    QTextDocument *document = m_preview->document();
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        document->addResource(QTextDocument::ImageResource,
                              QUrl(PdfReportWriter::chartSource(it.key())), it.value());
        sources.insert(it.key(), PdfReportWriter::chartSource(it.key()));
    }
    m_preview->setHtml(HtmlReportWriter::write(previewOf(DrillReportComposer::compose(*m_report)),
                                               sources, PdfReportWriter::chartWidth));
    updateControls();
}

void ReportExportDialog::updateControls()
{
    m_page->setEnabled(format() == ReportExporter::Format::Pdf);
    m_save->setEnabled(m_report != nullptr);
    if (!m_report)
        m_status->setText(m_problem);
    else if (!m_report->scenarioRevealed())
        m_status->setText(tr("This drill has not ended: the report shows it as it stands, and "
                             "keeps the scenario hidden."));
    else
        m_status->clear();
}

void ReportExportDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = ReportExporter::suffix(format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      QDir(folder).filePath(suggestedFileName()),
                                                      tr("Report (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

bool ReportExportDialog::exportTo(const QString &path, bool quiet)
{
    if (!m_report)
        return false;
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    ReportExporter::Options options;
    options.format = format();
    options.pageSize = pageSize();
    options.exampleData = m_exampleData;
    QString error;
    const auto result = ReportExporter::write(
        *m_report, path, options,
        [&progress](int done, int total, const QString &stage) {
            progress.setMaximum(total);
            progress.setLabelText(stage);
            progress.setValue(done); // processes events: the Cancel button works
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (result == ReportExporter::Result::Written) {
        m_status->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    if (result == ReportExporter::Result::Failed) {
        m_status->setText(error);
        if (!quiet)
            QMessageBox::warning(this, tr("Export Report"),
                                 tr("The report was not written: %1").arg(error));
    } else {
        m_status->setText(tr("Cancelled; nothing was written."));
    }
    return false;
}
