// Finds the closest known name to a misspelt one, for "did you mean `expected`?" hints.
#pragma once

#include <QString>
#include <QStringList>

class NearestName
{
public:
    // The candidate with the smallest edit distance, if it is close enough to be a likely
    // typo (at most a third of the word's length, at least 1); otherwise empty.
    static QString find(const QString &word, const QStringList &candidates);
    static int editDistance(QStringView a, QStringView b);
    // " (did you mean `x`?)" or "".
    static QString hint(const QString &word, const QStringList &candidates);
};
