#include "runbooktextbrowser.h"

#include "safemarkdowndocument.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

RunbookTextBrowser::RunbookTextBrowser(QWidget *parent)
    : QTextBrowser(parent), m_document(new SafeMarkdownDocument(this))
{
    setDocument(m_document);
    // QTextBrowser would load a clicked link's target in place, a local file included.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { followLink(url, this); });
}

RunbookTextBrowser::~RunbookTextBrowser() = default;

void RunbookTextBrowser::setRunbookMarkdown(const QString &markdown)
{
    m_document->setRunbookMarkdown(markdown);
}

void RunbookTextBrowser::followLink(const QUrl &url, QWidget *parent)
{
    // The address as it is, percent-encoded and with the host in ASCII: what the browser
    // will be given, with nothing decoded that could disguise it.
    const QString address = url.toString(QUrl::FullyEncoded);
    const QString scheme = url.scheme().toLower();
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    if ((scheme == u"http" || scheme == u"https") && url.isValid() && !url.host().isEmpty()) {
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Open Link"));
        box->setText(tr("Open this address in your web browser?\n\n%1").arg(address));
        QPushButton *open = box->addButton(tr("&Open in Browser"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(open);
        QObject::connect(box, &QMessageBox::buttonClicked, box, [open, url](QAbstractButton *b) {
            if (b == open)
                QDesktopServices::openUrl(url);
        });
    } else {
        box->setIcon(QMessageBox::Information);
        box->setWindowTitle(tr("Link Not Opened"));
        box->setText(tr("DrillDeck does not open this link: only web addresses (http and https) "
                        "open, in your web browser.\n\n%1")
                         .arg(address));
        box->addButton(QMessageBox::Close);
    }
    box->open();
}
