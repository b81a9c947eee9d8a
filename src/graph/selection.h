// selection: read-only views of a built graph that query and export share:
// which relations count (types, a date window), an entity's neighbourhood,
// and a copy of the graph cut down to a selection.
//
// Contract:
// - A date window compares an evidence record's document date as text with
//   --since/--until cut to their own length, so "2017" or "2017-03" mean the
//   whole year or month. With a window, undated evidence is out.
// - An edge is selected when its type is allowed and (with a window) at least
//   one piece of its evidence falls inside; only that evidence is kept.
// - Neighbourhood walks selected edges in both directions. A statement vertex
//   is a bridge, not a stop: from a speaker through a statement to the
//   entities it names or addresses (and back) is one hop, so "neighbours"
//   are always entities. Both edges around the statement must be selected.
// - Subgraph copies the selected edges whose ends are both kept, with their
//   endpoints and the documents the kept evidence cites. Entities without a
//   selected edge are left out, except those in `always_keep`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph {

struct DateWindow {
  std::string since;  // inclusive; empty: no bound
  std::string until;  // inclusive, by prefix
  bool empty() const { return since.empty() && until.empty(); }
  bool Contains(const std::string& date) const;
};

struct RelationSelection {
  std::vector<RelationType> types;  // empty: every type
  DateWindow window;

  bool Allows(RelationType type) const;
  bool everything() const { return types.empty() && window.empty(); }
  // The evidence of `edge` this selection keeps; empty when the edge is not selected.
  std::vector<EvidenceRecord> Evidence(const RelationEdge& edge) const;
  bool Selects(const RelationEdge& edge) const;
};

// "MET,SAID" (any case, spaces ignored) to types; throws Error naming the bad one.
std::vector<RelationType> ParseRelationTypeList(std::string_view list);
// "YYYY", "YYYY-MM" or "YYYY-MM-DD"; throws Error otherwise. `option` names it in the message.
std::string CheckDate(const std::string& date, std::string_view option);

struct Reached {
  Vertex vertex = 0;
  size_t depth = 0;       // hops from the start
  Vertex from = 0;        // the entity it was reached from
  std::vector<Edge> via;  // one edge, or two through a statement (from -> statement -> vertex)
};

// The start (depth 0) and every entity within `depth` hops, in the order
// reached (breadth first). `statements`, if given, receives the statement
// vertices crossed. With `stop_at`, the walk ends as soon as that vertex is
// reached (it is then the last element).
std::vector<Reached> Neighbourhood(const KnowledgeGraph& graph, Vertex start, size_t depth,
                                   const RelationSelection& selection,
                                   std::vector<Vertex>* statements = nullptr,
                                   std::optional<Vertex> stop_at = std::nullopt);

// `keep`: which vertices may appear (indexed by vertex; empty: all).
KnowledgeGraph Subgraph(const KnowledgeGraph& graph, const RelationSelection& selection,
                        const std::vector<bool>& keep, const std::vector<Vertex>& always_keep = {});

}  // namespace newsgraph
