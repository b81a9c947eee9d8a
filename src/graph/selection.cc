#include "graph/selection.h"

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "util/error.h"

namespace newsgraph {

bool DateWindow::Contains(const std::string& date) const {
  if (empty()) return true;
  if (date.empty()) return false;
  if (!since.empty() && date.compare(0, since.size(), since) < 0) return false;
  if (!until.empty() && date.compare(0, until.size(), until) > 0) return false;
  return true;
}

bool RelationSelection::Allows(RelationType type) const {
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

std::vector<EvidenceRecord> RelationSelection::Evidence(const RelationEdge& edge) const {
  if (!Allows(edge.type)) return {};
  if (window.empty()) return edge.evidence;
  std::vector<EvidenceRecord> kept;
  for (const EvidenceRecord& e : edge.evidence) {
    if (window.Contains(e.document_date)) kept.push_back(e);
  }
  return kept;
}

bool RelationSelection::Selects(const RelationEdge& edge) const {
  if (!Allows(edge.type)) return false;
  if (window.empty()) return true;
  return std::any_of(edge.evidence.begin(), edge.evidence.end(),
                     [&](const EvidenceRecord& e) { return window.Contains(e.document_date); });
}

std::vector<RelationType> ParseRelationTypeList(std::string_view list) {
  std::vector<RelationType> types;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string name;
    for (char c : list.substr(start, comma - start)) {
      if (c == ' ') continue;
      name += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : (c == '-' ? '_' : c);
    }
    if (!name.empty()) {
      std::optional<RelationType> type = ParseRelationType(name);
      if (!type) {
        throw Error("unknown relation type \"" + name +
                    "\" (expected MET, SAID, REACTED, HOLDS_OFFICE, MEMBER_OF, CONTACTED, ABOUT or TOLD)");
      }
      if (std::find(types.begin(), types.end(), *type) == types.end()) types.push_back(*type);
    }
    start = comma + 1;
  }
  return types;
}

std::string CheckDate(const std::string& date, std::string_view option) {
  auto digits = [&](size_t from, size_t n) {
    return std::all_of(date.begin() + static_cast<long>(from), date.begin() + static_cast<long>(from + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  bool ok = (date.size() == 4 && digits(0, 4)) ||
            (date.size() == 7 && digits(0, 4) && date[4] == '-' && digits(5, 2)) ||
            (date.size() == 10 && digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' &&
             digits(8, 2));
  if (!ok) throw Error(std::string(option) + " " + date + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
  return date;
}

namespace {

// Calls visit(edge, other end) for every selected edge of `v`, both directions.
template <typename Visit>
void ForEachSelectedEdge(const GraphStorage& g, Vertex v, const RelationSelection& selection, Visit visit) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (selection.Selects(g[*it])) visit(*it, boost::target(*it, g));
  }
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    if (boost::source(*it, g) != v && selection.Selects(g[*it])) visit(*it, boost::source(*it, g));
  }
}

}  // namespace

std::vector<Reached> Neighbourhood(const KnowledgeGraph& graph, Vertex start, size_t depth,
                                   const RelationSelection& selection, std::vector<Vertex>* statements,
                                   std::optional<Vertex> stop_at) {
  const GraphStorage& g = graph.storage();
  std::vector<Reached> reached = {Reached{start, 0, start, {}}};
  // A flat bitmap: hubs reach most of the graph in two hops, and a hash set
  // would dominate the walk.
  struct Seen {
    std::vector<bool> bits;
    bool insert_new(Vertex v) {
      if (bits[v]) return false;
      bits[v] = true;
      return true;
    }
  } seen{std::vector<bool>(boost::num_vertices(g), false)};
  seen.insert_new(start);
  auto done = [&] { return stop_at && reached.back().vertex == *stop_at; };
  for (size_t next = 0; next < reached.size() && !done(); ++next) {
    if (reached[next].depth >= depth) continue;
    const Vertex from = reached[next].vertex;
    const size_t hop = reached[next].depth + 1;
    ForEachSelectedEdge(g, from, selection, [&](Edge first, Vertex other) {
      if (done()) return;
      if (!g[other].is_statement()) {
        if (seen.insert_new(other)) reached.push_back(Reached{other, hop, from, {first}});
        return;
      }
      if (!seen.insert_new(other)) return;
      if (statements != nullptr) statements->push_back(other);
      ForEachSelectedEdge(g, other, selection, [&](Edge second, Vertex beyond) {
        if (g[beyond].is_statement() || done()) return;
        if (seen.insert_new(beyond)) reached.push_back(Reached{beyond, hop, from, {first, second}});
      });
    });
  }
  return reached;
}

KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const RelationSelection& selection,
                        const std::vector<bool>& keep, const std::vector<Vertex>& always_keep) {
  const GraphStorage& g = graph.storage();
  auto kept = [&](Vertex v) { return keep.empty() || keep[v]; };
  KnowledgeGraph out;
  std::unordered_set<std::string> cited;
  // Each vertex copied once: merging a copy into itself would repeat its mentions.
  std::unordered_map<Vertex, Vertex> copy_of;
  auto copy = [&](Vertex v) {
    auto [it, fresh] = copy_of.emplace(v, 0);
    if (fresh) it->second = out.AddOrGetVertex(g[v]);
    return it->second;
  };
  for (Vertex v : always_keep) copy(v);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    Vertex source = boost::source(*it, g), target = boost::target(*it, g);
    if (!kept(source) || !kept(target)) continue;
    RelationEdge edge = g[*it];
    edge.evidence = selection.Evidence(g[*it]);
    if (edge.evidence.empty() && !(selection.window.empty() && selection.Allows(edge.type))) continue;
    for (const EvidenceRecord& e : edge.evidence) cited.insert(e.document_id);
    out.AddRelation(copy(source), copy(target), edge);
  }
  for (auto [it, end] = boost::vertices(out.storage()); it != end; ++it) {
    const GraphVertex& v = out.storage()[*it];
    if (v.is_statement()) cited.insert(v.statement.document_id);
  }
  for (const DocumentRecord& d : graph.documents()) {
    if (cited.count(d.id) != 0) out.AddDocumentRecord(d);
  }
  return out;
}

}  // namespace newsgraph
