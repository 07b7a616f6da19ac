// libFuzzer target: RunbookLoader::loadText on arbitrary bytes must never crash, throw or hang,
// and must either give a runbook or say what is wrong: in at most RunbookLimits::diagnostics
// problems (and the note that more follow), none carrying a control character, and a runbook it
// gives stays within the limits.
#include "runbookloader.h"
#include "terminaltext.h"

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
    if (result.diagnostics.size() > RunbookLimits::diagnostics + 1)
        std::abort();
    for (const Diagnostic &d : result.diagnostics)
        for (QChar c : d.message)
            if (TerminalText::isUnsafe(c.unicode()))
                std::abort(); // a message quoting the file must show a control, not carry it
    if (result.ok()) {
        const Runbook &rb = *result.runbook;
        if (rb.title.size() > RunbookLimits::lineChars || rb.phases.size() > RunbookLimits::phases)
            std::abort();
        for (const Step &s : rb.allSteps())
            if (s.title.size() > RunbookLimits::lineChars ||
                s.instructions.size() > RunbookLimits::blockChars ||
                s.dependsOn.size() > RunbookLimits::dependsOn || s.title.contains(QChar(0)))
                std::abort();
    }
    return 0;
}
