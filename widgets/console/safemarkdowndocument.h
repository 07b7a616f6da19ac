// A text document for a runbook's Markdown: the format's Markdown without raw HTML, and nothing a
// runbook names is ever loaded — no image, no style sheet, no file.
#pragma once

#include <QTextDocument>

class SafeMarkdownDocument : public QTextDocument
{
    Q_OBJECT
public:
    // GitHub-flavoured Markdown; an HTML tag in it is shown as the text it is.
    static constexpr MarkdownFeatures features =
        MarkdownFeatures(int(MarkdownDialectGitHub) | int(MarkdownNoHTML));

    explicit SafeMarkdownDocument(QObject *parent = nullptr);
    ~SafeMarkdownDocument() override;

    void setRunbookMarkdown(const QString &markdown);

protected:
    // QTextDocument would read an image's file (`![](file:///dev/zero)`) from disk.
    QVariant loadResource(int type, const QUrl &name) override;
};
