// Reads the YAML documents of a text, as YAML::LoadAll does, without its endless loop: yaml-cpp
// 0.7 repeats an empty document forever when a document starts with a token its parser does
// not consume (a stray `,` at the top level: jbeder/yaml-cpp#1040, fixed upstream by #1319).
#pragma once

#include <yaml-cpp/node/node.h>

#include <string>
#include <vector>

class YamlDocuments
{
public:
    // At most maxDocuments documents, each node with its source mark. Throws what yaml-cpp
    // throws, and a YAML::ParserException where the parser stops making progress.
    static std::vector<YAML::Node> load(const std::string &text, int maxDocuments = 2);
};
