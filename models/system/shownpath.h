// A file's path as the console shows it: under the user's home folder as ~/…, so a screen (or a
// screenshot of it) says where the file is without the machine's folders.
#pragma once

#include <QString>

class ShownPath
{
public:
    // path with native separators; a path inside the home folder (as $HOME names it or with its
    // links resolved) starts with ~ instead.
    static QString of(const QString &path);
};
