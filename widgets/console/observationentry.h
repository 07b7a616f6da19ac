// The one-line observation entry. Pasting an image (Ctrl+V) or dropping an image file onto it
// attaches the image to the next observation logged; a bad image (too large, not an image)
// is refused at once with the reason, and nothing is attached.
#pragma once

#include "eventattachment.h"

#include <QLineEdit>

class QMimeData;

class ObservationEntry : public QLineEdit
{
    Q_OBJECT
public:
    explicit ObservationEntry(QWidget *parent = nullptr);
    ~ObservationEntry() override;

    const EventAttachment &image() const { return m_image; }
    bool hasImage() const { return !m_image.isEmpty(); }
    void clearImage();
    // Takes an image from pasted or dropped data (image data, or an image file's URL); true
    // when the data held one. A bad one reports imageRefused and attaches nothing.
    bool takeImage(const QMimeData *data);
    void attachImageData(const QByteArray &bytes, const QString &origin);

Q_SIGNALS:
    void imageChanged(bool attached, const QString &description);
    void imageRefused(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    EventAttachment m_image;
};
