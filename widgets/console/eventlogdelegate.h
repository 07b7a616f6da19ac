// Draws the drill log: a deleted observation struck through (it stays readable: history never
// silently changes), an edited one as it stands now; text from CachedTextDelegate's layouts.
#pragma once

#include "cachedtextdelegate.h"

class EventLogDelegate : public CachedTextDelegate
{
    Q_OBJECT
public:
    using CachedTextDelegate::CachedTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
