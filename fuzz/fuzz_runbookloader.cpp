// libFuzzer target: RunbookLoader::loadText on arbitrary bytes must never crash, throw or hang,
// and must either give a runbook or say what is wrong.
#include "runbookloader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RunbookLoadResult result = RunbookLoader::loadText(bytes, u"fuzz.yaml"_s);
    if (!result.ok() && !Diagnostic::hasErrors(result.diagnostics))
        std::abort(); // refused without a word
    if (result.ok() && result.runbook->allSteps().size() > RunbookLoader::maxSteps)
        std::abort();
    for (const Diagnostic &d : result.diagnostics)
        (void)d.toString();
    return 0;
}
