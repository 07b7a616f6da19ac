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
    MarkedNodeBuilder(const YamlDocuments::Limits &limits, std::size_t &nodes)
        : m_memory(std::make_shared<YAML::detail::memory_holder>()), m_limits(limits),
          m_nodes(nodes)
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
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (anchor >= m_anchors.size() || !m_anchors[anchor])
            throw YAML::ParserException(m_start, "unknown anchor");
        m_mark = mark;
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
        if (++m_nodes > m_limits.nodes)
            throw YamlDocuments::LimitExceeded(mark, YamlDocuments::LimitExceeded::Which::Nodes,
                                               m_limits.nodes);
        m_mark = mark;
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
        m_items.push_back(0);
        if (needsKey)
            m_keys.emplace_back(&node, false);
    }
    void pop()
    {
        m_items.pop_back();
        if (m_stack.size() == 1) {
            m_root = m_stack.front();
            m_stack.pop_back();
            return;
        }
        YAML::detail::node &node = *m_stack.back();
        m_stack.pop_back();
        YAML::detail::node &collection = *m_stack.back();
        if (collection.type() == YAML::NodeType::Sequence) {
            if (++m_items.back() > m_limits.listItems)
                throw YamlDocuments::LimitExceeded(
                    m_mark, YamlDocuments::LimitExceeded::Which::ListItems, m_limits.listItems);
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
    const YamlDocuments::Limits &m_limits;
    std::size_t &m_nodes;                        // in this document and those before
    YAML::Mark m_mark = YAML::Mark::null_mark(); // of the latest node's event
    std::vector<std::size_t> m_items;            // per open node: its list items so far
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

YamlDocuments::LimitExceeded::LimitExceeded(const YAML::Mark &mark, Which which, std::size_t limit)
    : YAML::Exception(mark, which == Which::Nodes ? "too many nodes" : "too many list items"),
      which(which), limit(limit)
{}

std::vector<YAML::Node> YamlDocuments::load(const std::string &text, int maxDocuments)
{
    return load(text, maxDocuments, Limits());
}

std::vector<YAML::Node> YamlDocuments::load(const std::string &text, int maxDocuments,
                                            const Limits &limits)
{
    std::size_t nodes = 0;
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    std::vector<YAML::Node> documents;
    YAML::Mark previous = YAML::Mark::null_mark();
    for (int i = 0; i < maxDocuments + 1; ++i) {
        MarkedNodeBuilder builder(limits, nodes);
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
