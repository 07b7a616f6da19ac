// Colours the outline by step status and lateness; the text already says it in words,
// so colour is never the only signal. Text is drawn from CachedTextDelegate's layouts.
#pragma once

#include "cachedtextdelegate.h"

#include <QSet>

class StepStatusDelegate : public CachedTextDelegate
{
    Q_OBJECT
public:
    using CachedTextDelegate::CachedTextDelegate;

    // Steps with a note pinned to them get a note icon before their title. Returns the steps
    // that gained or lost their note, the only rows to repaint.
    QSet<QString> setAnnotatedSteps(const QSet<QString> &stepIds)
    {
        QSet<QString> changed = stepIds;
        changed.unite(m_annotated);
        changed.subtract(QSet<QString>(stepIds).intersect(m_annotated));
        m_annotated = stepIds;
        return changed;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<QString> m_annotated;
};
