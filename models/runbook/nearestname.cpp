#include "nearestname.h"

#include "terminaltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

int NearestName::editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

QString NearestName::find(const QString &word, const QStringList &candidates)
{
    if (word.size() > 64) // nobody misspells a paragraph
        return {};
    QString best;
    int bestDistance = std::max<int>(1, int(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QString NearestName::hint(const QString &word, const QStringList &candidates)
{
    const QString nearest = find(word, candidates);
    if (nearest.isEmpty())
        return {};
    // The name comes from the file: shown, never sent (a control character in it would act on
    // the terminal the diagnostic is printed to).
    return QCoreApplication::translate("NearestName", " (did you mean `%1`?)")
        .arg(TerminalText::excerpt(nearest));
}
