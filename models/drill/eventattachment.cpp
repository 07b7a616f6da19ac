#include "eventattachment.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

EventAttachment EventAttachment::fromImageData(const QByteArray &data)
{
    EventAttachment a;
    a.data = data;
    a.size = data.size();
    a.mimeType = mimeTypeOf(data);
    return a;
}

QString EventAttachment::mimeTypeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (data.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    return {};
}

QString EventAttachment::sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString EventAttachment::problem() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("EventAttachment", text); };
    if (size <= 0 && data.isEmpty())
        return tr("the image is empty");
    const qint64 bytes = data.isEmpty() ? size : data.size();
    if (bytes > maxBytes)
        return tr("the image is %1; the limit is %2 — crop it or save it as JPEG")
            .arg(sizeText(bytes), sizeText(maxBytes));
    if (mimeType != u"image/png" && mimeType != u"image/jpeg")
        return tr("only PNG and JPEG images can be attached (this is %1)")
            .arg(mimeType.isEmpty() ? tr("something else") : mimeType);
    if (mimeTypeOf(data) != mimeType)
        return tr("the image data is not the %1 it claims to be").arg(mimeType);
    return {};
}
