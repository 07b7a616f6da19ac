// libFuzzer target: QuickEntry::parse on any line either gives an entry or says what is wrong,
// and what it accepts stays within the documented limits.
#include "quickentry.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString decoded =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // A view of exactly the text, without QString's terminating NUL, so that ASan sees any
    // read past its end.
    const auto exact = std::make_unique<char16_t[]>(size_t(decoded.size()));
    std::copy_n(reinterpret_cast<const char16_t *>(decoded.utf16()), decoded.size(), exact.get());
    const QuickEntry entry = QuickEntry::parse(QStringView(exact.get(), decoded.size()));
    if (!entry.ok())
        return 0;
    if (!QuickEntry::categories().contains(entry.category) ||
        entry.text.size() > QuickEntry::maxTextLength ||
        entry.author.size() > QuickEntry::maxAuthorLength)
        std::abort();
    (void)QuickEntry::prefixOf(entry.category);
    return 0;
}
