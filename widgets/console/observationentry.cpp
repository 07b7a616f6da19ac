#include "observationentry.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

ObservationEntry::ObservationEntry(QWidget *parent) : QLineEdit(parent)
{
    setAcceptDrops(true);
}

ObservationEntry::~ObservationEntry() = default;

void ObservationEntry::clearImage()
{
    if (m_image.isEmpty())
        return;
    m_image = {};
    Q_EMIT imageChanged(false, {});
}

void ObservationEntry::attachImageData(const QByteArray &bytes, const QString &origin)
{
    const EventAttachment image = EventAttachment::fromImageData(bytes);
    if (const QString problem = image.problem(); !problem.isEmpty()) {
        Q_EMIT imageRefused(tr("Image not attached (%1): %2").arg(origin, problem));
        return;
    }
    m_image = image;
    Q_EMIT imageChanged(true, tr("%1 image, %2 — logged with the next observation")
                                  .arg(image.mimeType.section(u'/', 1).toUpper(),
                                       EventAttachment::sizeText(image.size)));
}

bool ObservationEntry::takeImage(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (!url.isLocalFile())
                continue;
            const QString path = url.toLocalFile();
            QFile file(path);
            const QFileInfo info(path);
            // Checked before reading: a huge file is refused without loading it.
            if (info.size() > EventAttachment::maxBytes) {
                EventAttachment big;
                big.size = info.size();
                big.mimeType = u"image/png"_s;
                Q_EMIT imageRefused(
                    tr("Image not attached (%1): %2").arg(info.fileName(), big.problem()));
                return true;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                Q_EMIT imageRefused(
                    tr("Image not attached: cannot read %1: %2").arg(path, file.errorString()));
                return true;
            }
            attachImageData(file.readAll(), info.fileName());
            return true;
        }
    }
    if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (image.isNull())
            return false;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        attachImageData(png, tr("pasted"));
        return true;
    }
    return false;
}

void ObservationEntry::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) &&
        takeImage(QGuiApplication::clipboard()->mimeData())) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ObservationEntry::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasImage() || event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        QLineEdit::dragEnterEvent(event);
}

void ObservationEntry::dropEvent(QDropEvent *event)
{
    if (takeImage(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QLineEdit::dropEvent(event);
}
