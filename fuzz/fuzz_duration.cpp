// libFuzzer target: Duration::parseSeconds on arbitrary text, and its round trip through format().
#include "duration.h"

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
    const QStringView text(exact.get(), decoded.size());
    QString error;
    const auto seconds = Duration::parseSeconds(text, &error);
    if (!seconds) {
        // A refusal always says why.
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // What parses is in range, and its canonical notation parses back to the same value.
    if (*seconds < 0 || *seconds > Duration::maxSeconds)
        std::abort();
    const auto again = Duration::parseSeconds(Duration::format(*seconds));
    if (!again || *again != *seconds)
        std::abort();
    (void)Duration::formatClock(*seconds * 1000);
    return 0;
}
