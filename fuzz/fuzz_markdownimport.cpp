// libFuzzer target: MarkdownRunbookImporter::importText on arbitrary bytes must never crash,
// throw or hang; it either makes a runbook whose YAML loads back as that runbook, or says what is
// wrong with an error; notes and errors never carry a control character.
#include "markdownrunbookimporter.h"
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
    const MarkdownImport result = MarkdownRunbookImporter::importText(bytes, u"fuzz.md"_s);
    if (!result.ok() && !Diagnostic::hasErrors(result.diagnostics))
        std::abort(); // refused without a word
    if (result.ok()) {
        const RunbookLoadResult back = RunbookLoader::loadText(result.yaml, u"fuzz.yaml"_s);
        if (!back.ok() || !(*back.runbook == *result.runbook))
            std::abort(); // what it wrote is not what it made
    }
    if (result.diagnostics.size() > RunbookLimits::diagnostics + 1)
        std::abort();
    for (const Diagnostic &d : result.diagnostics)
        for (QChar c : d.message)
            if (TerminalText::isUnsafe(c.unicode()))
                std::abort();
    return 0;
}
