// File › Export Report: pick a drill, preview its report, and save it as Markdown, HTML or
// PDF (A4 or Letter) with progress and cancel.
#pragma once

#include "reportexporter.h"

#include <QDialog>

#include <memory>

class DrillStore;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class RunbookRevisionStore;
struct DrillReport;

class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    // drillId: the drill shown first (0: the newest). exampleData: chart titles say so.
    ReportExportDialog(const DrillStore &drills, const RunbookRevisionStore &revisions,
                       qint64 drillId, bool exampleData, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    qint64 drillId() const;
    void setDrillId(qint64 id);
    ReportExporter::Format format() const;
    void setFormat(ReportExporter::Format format);
    QPageSize::PageSizeId pageSize() const;
    void setPageSize(QPageSize::PageSizeId size);
    QTextBrowser *preview() const { return m_preview; }
    QString problem() const; // why there is no preview, if there is none
    // "drill-17-jenkins-rebuild-test-3.pdf"
    QString suggestedFileName() const;

    // Writes the report with a progress dialog; false when it failed (told to the user unless
    // quiet) or was cancelled.
    bool exportTo(const QString &path, bool quiet = false);

private:
    void loadDrill();
    void saveAs();
    void updateControls();

    const DrillStore &m_drills;
    const RunbookRevisionStore &m_revisions;
    bool m_exampleData = false;
    std::unique_ptr<DrillReport> m_report;
    QHash<QString, QImage> m_charts;
    QString m_problem;
    QComboBox *m_drill = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_page = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};
