// Where a paragraph's lines break across pages so that neither its first line (an orphan) nor
// its last (a widow) stands alone at the foot or the head of a page.
#pragma once

#include <QList>

class ParagraphSplit
{
public:
    // How many of the lines from `first` on (their heights) go on the page with `room` left;
    // 0: none, start them on the next page. On a page that holds nothing yet (fresh) at least
    // one line goes, however little room there is: there is no better page to wait for.
    static int linesForPage(const QList<double> &heights, int first, double room, bool fresh);
};
