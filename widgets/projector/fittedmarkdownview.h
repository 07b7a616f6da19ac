// Markdown drawn as large as fits: shrinks down to a floor, then cuts at a whole line with "…".
// A runbook's Markdown: no raw HTML, nothing loaded (see SafeMarkdownDocument).
#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <memory>

class SafeMarkdownDocument;

class FittedMarkdownView : public QWidget
{
    Q_OBJECT
public:
    explicit FittedMarkdownView(QWidget *parent = nullptr);
    ~FittedMarkdownView() override;

    void setMarkdown(const QString &markdown);
    QString markdown() const { return m_markdown; }
    QString plainText() const;
    // The text as laid out at the fitted size, one entry per line (a code block holds word
    // joiners, U+2060, where it must not break).
    QStringList laidOutLines() const;

    // The text starts at preferred and shrinks down to minimum before it is cut.
    void setPixelSizes(int preferred, int minimum);
    void setColours(const QColor &text, const QColor &muted, const QColor &codeBackground);

    int fittedPixelSize() const;
    bool isElided() const;
    // The height the text needs at the fitted size, at most the widget's height.
    int usedHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build(int pixelSize) const;
    void fit() const;

    QString m_markdown;
    int m_preferred = 32;
    int m_minimum = 24;
    QColor m_text = Qt::black;
    QColor m_muted = Qt::darkGray;
    QColor m_codeBackground = Qt::lightGray;

    // A cache: the layout for the current size and text, redone lazily.
    mutable std::unique_ptr<SafeMarkdownDocument> m_document;
    mutable bool m_dirty = true;
    mutable int m_fitted = 0;
    mutable int m_builtSize = 0;
    mutable int m_cutY = -1; // -1: everything fits
};
