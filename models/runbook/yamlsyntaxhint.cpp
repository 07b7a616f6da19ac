#include "yamlsyntaxhint.h"

#include "terminaltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("YamlSyntaxHint", text);
}
} // namespace

// YAML's most common mistake: a plain value holding ": " (`command: ./freeze --reason "DR drill:
// db"`), which yaml-cpp calls an "illegal map value". Says to quote it, with the line quoted.
QString YamlSyntaxHint::quoteHint(const QByteArray &bytes, int line)
{
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        const qsizetype next = bytes.indexOf('\n', start);
        if (next < 0)
            return {};
        start = next + 1;
    }
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0)
        end = bytes.size();
    const QString text = QString::fromUtf8(bytes.mid(start, end - start)).trimmed();
    // `key: value`, perhaps as a list entry (`- key: value`), with a plain key.
    static const QRegularExpression entry(u"^((?:- +)*[A-Za-z_][A-Za-z0-9_-]*:) +(.*)$"_s);
    const QRegularExpressionMatch m = entry.match(text);
    if (!m.hasMatch())
        return {};
    QString value = m.captured(2);
    QString comment;
    if (const qsizetype hash = value.indexOf(u" #"_s); hash >= 0) {
        comment = value.mid(hash);
        value = value.left(hash).trimmed();
    }
    if (!value.contains(u": "_s) || value.startsWith(u'"') || value.startsWith(u'\'') ||
        value.startsWith(u'{') || value.startsWith(u'['))
        return {};
    const QString fixed =
        m.captured(1) + u" '"_s + QString(value).replace(u'\'', u"''"_s) + u'\'' + comment;
    if (fixed.size() > 200)
        return tr("; a value that holds `: ` must be quoted: put it in single quotes ('...'), "
                  "doubling any ' inside");
    return tr("; a value that holds `: ` must be quoted, like this: %1")
        .arg(TerminalText::sanitise(fixed));
}

// yaml-cpp's own wording for tabs is cryptic; say what is wrong where it is.
std::optional<SourceLocation> YamlSyntaxHint::leadingTab(const QByteArray &bytes, int aroundLine)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == '\n') {
            if (line >= aroundLine - 1 && line <= aroundLine + 1) {
                // Indentation includes the "- " of sequence entries.
                for (qsizetype k = lineStart;
                     k < i && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '-'); ++k)
                    if (bytes[k] == '\t')
                        return SourceLocation{line, int(k - lineStart) + 1};
            }
            if (line > aroundLine + 1)
                break;
            ++line;
            lineStart = i + 1;
        }
    }
    return std::nullopt;
}
