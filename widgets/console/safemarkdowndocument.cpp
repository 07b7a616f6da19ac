#include "safemarkdowndocument.h"

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent) : QTextDocument(parent) {}

SafeMarkdownDocument::~SafeMarkdownDocument() = default;

void SafeMarkdownDocument::setRunbookMarkdown(const QString &markdown)
{
    setMarkdown(markdown, features);
}

QVariant SafeMarkdownDocument::loadResource(int, const QUrl &)
{
    return {};
}
