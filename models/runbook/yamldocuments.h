// Reads the YAML documents of a text, as YAML::LoadAll does, without its endless loop: yaml-cpp
// 0.7 repeats an empty document forever when a document starts with a token its parser does
// not consume (a stray `,` at the top level: jbeder/yaml-cpp#1040, fixed upstream by #1319).
#pragma once

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/node/node.h>

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

class YamlDocuments
{
public:
    // The most a text may build: a tree of yaml-cpp nodes costs some 470 bytes a node, so a
    // 16 MiB list of one-letter items would take gigabytes before anyone looked at it.
    struct Limits
    {
        std::size_t nodes = std::numeric_limits<std::size_t>::max();     // across all documents
        std::size_t listItems = std::numeric_limits<std::size_t>::max(); // in any one list
    };

    // Thrown where the text goes past a limit, with the mark of the node that did.
    class LimitExceeded : public YAML::Exception
    {
    public:
        enum class Which { Nodes, ListItems };
        LimitExceeded(const YAML::Mark &mark, Which which, std::size_t limit);
        Which which;
        std::size_t limit;
    };

    // At most maxDocuments documents, each node with its source mark. Throws what yaml-cpp
    // throws, a YAML::ParserException where the parser stops making progress, and
    // LimitExceeded.
    static std::vector<YAML::Node> load(const std::string &text, int maxDocuments,
                                        const Limits &limits);
    static std::vector<YAML::Node> load(const std::string &text, int maxDocuments = 2);
};
