#include "yamldocuments.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/detail/memory.h>
#include <yaml-cpp/node/detail/node.h>
#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <utility>

namespace {
struct MarkedNodeTag
{};
} // namespace

// yaml-cpp builds documents with an internal NodeBuilder it does not export; a Node is made from
// its detail::node only by the library's friends, among them every as_if specialisation.
template<> struct YAML::as_if<MarkedNodeTag, MarkedNodeTag>
{
    static Node make(detail::node &node, detail::shared_memory_holder memory)
    {
        return Node(node, std::move(memory));
    }
};

namespace {
// The events of one document into a node tree, as yaml-cpp's own NodeBuilder does it.
class MarkedNodeBuilder : public YAML::EventHandler
{
public:
    MarkedNodeBuilder() : m_memory(std::make_shared<YAML::detail::memory_holder>())
    {
        m_anchors.push_back(nullptr); // anchor 0 is "no anchor"
    }

    YAML::Node root() const
    {
        if (!m_root)
            return YAML::Node();
        return YAML::as_if<MarkedNodeTag, MarkedNodeTag>::make(*m_root, m_memory);
    }
    const YAML::Mark &start() const { return m_start; }

    void OnDocumentStart(const YAML::Mark &mark) override { m_start = mark; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        push(mark, anchor).set_null();
        pop();
    }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || !m_anchors[anchor])
            throw YAML::ParserException(m_start, "unknown anchor");
        push(*m_anchors[anchor]);
        pop();
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        YAML::detail::node &node = push(mark, anchor);
        node.set_scalar(value);
        node.set_tag(tag);
        pop();
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        YAML::detail::node &node = push(mark, anchor);
        node.set_tag(tag);
        node.set_type(YAML::NodeType::Sequence);
        node.set_style(style);
    }
    void OnSequenceEnd() override { pop(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        YAML::detail::node &node = push(mark, anchor);
        node.set_type(YAML::NodeType::Map);
        node.set_tag(tag);
        node.set_style(style);
        ++m_mapDepth;
    }
    void OnMapEnd() override
    {
        --m_mapDepth;
        pop();
    }

private:
    YAML::detail::node &push(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        YAML::detail::node &node = m_memory->create_node();
        node.set_mark(mark);
        if (anchor) {
            if (anchor != m_anchors.size())
                throw YAML::ParserException(mark, "anchors out of order");
            m_anchors.push_back(&node);
        }
        push(node);
        return node;
    }
    void push(YAML::detail::node &node)
    {
        const bool needsKey = !m_stack.empty() && m_stack.back()->type() == YAML::NodeType::Map &&
                              m_keys.size() < m_mapDepth;
        m_stack.push_back(&node);
        if (needsKey)
            m_keys.emplace_back(&node, false);
    }
    void pop()
    {
        if (m_stack.size() == 1) {
            m_root = m_stack.front();
            m_stack.pop_back();
            return;
        }
        YAML::detail::node &node = *m_stack.back();
        m_stack.pop_back();
        YAML::detail::node &collection = *m_stack.back();
        if (collection.type() == YAML::NodeType::Sequence) {
            collection.push_back(node, m_memory);
        } else if (collection.type() == YAML::NodeType::Map && !m_keys.empty()) {
            std::pair<YAML::detail::node *, bool> &key = m_keys.back();
            if (key.second) {
                collection.insert(*key.first, node, m_memory);
                m_keys.pop_back();
            } else {
                key.second = true;
            }
        }
    }

    YAML::detail::shared_memory_holder m_memory;
    YAML::detail::node *m_root = nullptr;
    std::vector<YAML::detail::node *> m_stack;
    std::vector<YAML::detail::node *> m_anchors;
    std::vector<std::pair<YAML::detail::node *, bool>> m_keys;
    std::size_t m_mapDepth = 0;
    YAML::Mark m_start = YAML::Mark::null_mark();
};

bool sameMark(const YAML::Mark &a, const YAML::Mark &b)
{
    return a.pos == b.pos && a.line == b.line && a.column == b.column;
}
} // namespace

std::vector<YAML::Node> YamlDocuments::load(const std::string &text, int maxDocuments)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    std::vector<YAML::Node> documents;
    YAML::Mark previous = YAML::Mark::null_mark();
    for (int i = 0; i < maxDocuments + 1; ++i) {
        MarkedNodeBuilder builder;
        if (!parser.HandleNextDocument(builder))
            break;
        // A document that starts where the previous one did consumed nothing: the parser is
        // stuck on a token no node can start with.
        if (i > 0 && sameMark(builder.start(), previous)) {
            const std::size_t at = std::size_t(std::max(0, previous.pos));
            throw YAML::ParserException(
                previous, "unexpected `" + text.substr(at, at < text.size() ? 1 : 0) + "`");
        }
        previous = builder.start();
        if (int(documents.size()) < maxDocuments)
            documents.push_back(builder.root());
    }
    return documents;
}
