// The console's "how to start" panel: the few keys a newcomer needs, shown until a drill opens.
#include "firststepshint.h"

using namespace Qt::StringLiterals;

FirstStepsHint::FirstStepsHint(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"firstStepsHint"_s);
    setAccessibleName(tr("How to start a drill"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    setMargin(12);
    const auto row = [](const QString &keys, const QString &what) {
        return u"<tr><td style='padding: 3px 16px 3px 0'><b>%1</b></td><td style='padding: 3px "
               u"0'>%2"
               "</td></tr>"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    setText(u"<p style='font-size: large'><b>%1</b></p><table>%2%3%4%5</table>"_s.arg(
        tr("Running a drill takes three keys").toHtmlEscaped(),
        row(tr("Ctrl+N  or  F5"), tr("start a drill: pick the runbook, name the facilitator "
                                     "and F5 starts the clock")),
        row(tr("Page Down"), tr("the step is done, the next one starts")),
        row(tr("N"), tr("write an observation; Enter logs it")),
        row(tr("F1"), tr("every key, any time (the Help menu has it too)"))));
}
