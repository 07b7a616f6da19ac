// Drill › Review Rewrites: every live rewrite of the procedure in order, with who and when,
// and a before/after diff of the step (dtl, unified, + and - lines marked and coloured); then
// the whole file's diff; Save stores the rewritten runbook as the next revision and writes it
// back to its file, asking first when the file changed on disk since the drill loaded it.
#pragma once

#include <QDialog>

#include <functional>

class DrillEngine;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class RunbookRevisionStore;

class ReviewRewritesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class ChangedFileChoice { Overwrite, SaveAs, Cancel };
    using ChangedFilePrompt = std::function<ChangedFileChoice(const QString &message)>;
    using SaveAsPrompt = std::function<QString()>;

    // path: the runbook file the drill loaded (empty after a resume: store only, or Save As).
    ReviewRewritesDialog(DrillEngine *engine, RunbookRevisionStore *revisions, const QString &path,
                         QWidget *parent = nullptr);
    ~ReviewRewritesDialog() override;

    // For tests: answers instead of the message box and the file dialog.
    void setChangedFilePrompt(ChangedFilePrompt prompt) { m_changedFile = std::move(prompt); }
    void setSaveAsPrompt(SaveAsPrompt prompt) { m_saveAs = std::move(prompt); }

    QListWidget *list() const { return m_list; }
    QTextBrowser *diffView() const { return m_diff; }
    QString status() const;
    QString savedPath() const { return m_savedPath; }

    // Saves to the path given at construction (or stores only); false when nothing was saved.
    bool save();
    bool saveAs();

Q_SIGNALS:
    void saved(const QString &path, qint64 revisionId);

private:
    void fill();
    void showEntry(int row);
    bool saveTo(const QString &path, bool overwrite);
    static QString diffHtml(const QString &before, const QString &after);

    DrillEngine *m_engine;
    RunbookRevisionStore *m_revisions;
    QString m_path;
    QString m_savedPath;
    QListWidget *m_list;
    QTextBrowser *m_diff;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_save;
    ChangedFilePrompt m_changedFile;
    SaveAsPrompt m_saveAs;
};
