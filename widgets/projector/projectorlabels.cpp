// The projector's labels changed quietly and fitted to a width (see projectorlabels.h).
#include "projectorlabels.h"

#include <QFont>
#include <QFontMetrics>
#include <QLabel>
#include <QStyle>

QLabel *ProjectorLabels::make(QWidget *parent, const QString &objectName, const char *role)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    if (role)
        label->setProperty("role", QByteArray(role));
    label->setTextFormat(Qt::PlainText);
    return label;
}

void ProjectorLabels::setText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

void ProjectorLabels::setFont(QWidget *widget, const QFont &font)
{
    if (widget->font() != font)
        widget->setFont(font);
}

void ProjectorLabels::setStatus(QWidget *widget, const char *status)
{
    const QByteArray value(status);
    if (widget->property("status").toByteArray() == value)
        return;
    widget->setProperty("status", value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void ProjectorLabels::setFlag(QWidget *widget, const char *name, bool on)
{
    if (widget->property(name).toBool() == on)
        return;
    widget->setProperty(name, on);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

int ProjectorLabels::scaled(qreal pixels, qreal scale)
{
    return qMax(1, qRound(pixels * scale));
}

void ProjectorLabels::elide(QLabel *label, const QString &text, int width)
{
    label->setMinimumWidth(1); // the elided text is the hint; the full one is no minimum
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, qMax(1, width));
    setText(label, shown);
    label->setAccessibleDescription(text);
}

void ProjectorLabels::wrapLines(QLabel *label, const QString &text, int width, int lines)
{
    const QFontMetrics metrics(label->font());
    const int limit = lines * metrics.lineSpacing() + 2;
    const auto fits = [&](const QString &candidate) {
        return metrics.boundingRect(QRect(0, 0, width, 1000000), Qt::TextWordWrap, candidate)
                   .height() <= limit;
    };
    QString shown = text;
    if (!fits(text)) {
        qsizetype low = 0, high = text.size();
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (fits(text.left(mid).trimmed() + u'…'))
                low = mid;
            else
                high = mid - 1;
        }
        shown = text.left(low).trimmed() + u'…';
    }
    setText(label, shown);
    label->setAccessibleDescription(text);
}

QString ProjectorLabels::widestReading(const QLabel *label)
{
    QString widest = label->text();
    for (QChar &c : widest) {
        if (c.isDigit())
            c = u'8';
    }
    return widest;
}

void ProjectorLabels::reserveWidestReading(QLabel *label)
{
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widestReading(label)));
}
