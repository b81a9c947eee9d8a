// JSON node-link (export.h): networkx, D3 and Cytoscape load it.
#include <nlohmann/json.hpp>
#include <ostream>

#include "export/export_internal.h"
#include "query/query.h"

namespace newsgraph::export_detail {
namespace {

nlohmann::ordered_json EvidenceList(const std::vector<EvidenceRecord>& evidence) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const EvidenceRecord& e : evidence) list.push_back(EvidenceJson(e));
  return list;
}

// Every node starts with id, type and name; the rest depends on its kind.
nlohmann::ordered_json NodeJson(const GraphVertex& v) {
  nlohmann::ordered_json node = {{"id", v.id}, {"type", TypeName(v)}, {"name", v.name}};
  if (v.is_statement()) {
    const Statement& s = v.statement;
    node["quote"] = v.quote();
    node["direct"] = s.direct;
    node["document_id"] = s.document_id;
    node["date"] = s.document_date;
    node["quote_start"] = s.quote_start;
    node["quote_end"] = s.quote_end;
    node["evidence"] = EvidenceList(s.evidence);
    return node;
  }
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  for (const MentionRecord& m : v.mentions) {
    mentions.push_back({{"document_id", m.document_id}, {"start", m.start}, {"end", m.end}, {"text", m.text}});
  }
  node["aliases"] = v.aliases;
  node["attributes"] = v.attributes;
  node["from_gazetteer"] = v.from_gazetteer;
  node["mentions"] = std::move(mentions);
  return node;
}

}  // namespace

void ExportJson(const KnowledgeGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) nodes.push_back(NodeJson(g[*it]));
  nlohmann::ordered_json links = nlohmann::ordered_json::array();
  size_t key = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& e = g[*it];
    links.push_back({{"source", g[boost::source(*it, g)].id},
                     {"target", g[boost::target(*it, g)].id},
                     {"key", key++},  // unique, so parallel edges stay apart in networkx
                     {"type", TypeName(e.type)},
                     {"negated", e.negated},
                     {"polarity", e.polarity},
                     {"former", e.former},
                     {"modality", e.modality},
                     {"evidence", EvidenceList(e.evidence)}});
  }
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const DocumentRecord& d : graph.documents()) {
    documents.push_back({{"id", d.id}, {"title", d.title}, {"date", d.date}, {"source", d.source},
                         {"content_hash", d.content_hash}});
  }
  // networkx before 3.4 reads "links", 3.6 and later "edges" by default:
  // both keys, so that a plain node_link_graph(data) works with either.
  nlohmann::ordered_json data = {{"directed", true},
                                 {"multigraph", true},
                                 {"graph", {{"name", "newsgraph"}}},
                                 {"nodes", std::move(nodes)},
                                 {"links", links},
                                 {"edges", std::move(links)},
                                 {"documents", std::move(documents)}};
  // The graph's strings are valid UTF-8; `replace` only guards against a throw mid-output.
  out << data.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace newsgraph::export_detail
