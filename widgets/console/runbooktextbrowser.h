// A runbook's Markdown in the console (instructions, scenario): nothing in it is loaded, and a
// link opens only in the web browser, only for http and https, after its address was shown.
#pragma once

#include <QTextBrowser>

class SafeMarkdownDocument;

class RunbookTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit RunbookTextBrowser(QWidget *parent = nullptr);
    ~RunbookTextBrowser() override;

    void setRunbookMarkdown(const QString &markdown);

    // What a link does: a web address asks first, then opens in the browser; anything else
    // (file:, a relative path, mailto:, …) says it is not opened. The box is shown window-modal
    // and not waited for.
    static void followLink(const QUrl &url, QWidget *parent);

private:
    SafeMarkdownDocument *m_document;
};
