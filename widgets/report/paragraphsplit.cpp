#include "paragraphsplit.h"

#include <algorithm>

int ParagraphSplit::linesForPage(const QList<double> &heights, int first, double room, bool fresh)
{
    const int remaining = int(heights.size()) - first;
    int fit = 0;
    double used = 0;
    while (fit < remaining && used + heights[first + fit] <= room)
        used += heights[first + fit++];
    if (fresh)
        fit = std::max(fit, std::min(remaining, 1));
    if (fit >= remaining)
        return remaining;
    int lines = fit;
    if (remaining - lines == 1)
        --lines; // the last line would go alone: take the one before it along
    if (first == 0 && lines < 2)
        lines = 0; // the first line would stay alone: the paragraph starts on the next page
    return fresh && lines == 0 ? fit : lines;
}
