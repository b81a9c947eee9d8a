// export: the whole graph in formats other tools read.
//
// Contract:
// - json: networkx node-link data (networkx.node_link_graph(data) loads it as
//   a MultiDiGraph): {"directed":true,"multigraph":true,"graph":{...},
//   "nodes":[{"id","type","name","aliases","attributes","from_gazetteer",
//   "mentions"}], "links":[{"source","target","key","type","negated",
//   "polarity","former","modality","evidence":[...]}]}, plus top-level
//   "statements" (SAID, which has no target node) and "documents".
// - graphml: GraphML 1.0 with <key> declarations for every attribute; node ids
//   are entity ids; evidence is one string, one "document (date): sentence"
//   per line; booleans are written 1/0 (valid XML Schema booleans, and the
//   only form boost::read_graphml accepts). Loads with boost and networkx.
// - dot: a Graphviz digraph; entity types have their own shape and colour,
//   relation types their own edge colour, negated relations are dashed and
//   non-asserted meetings dotted; MET edges have no arrow head.
// Output is deterministic: nodes in graph order, edges in graph order.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "graph/graph.h"

namespace newsgraph {

enum class ExportFormat { kJson, kGraphml, kDot };

std::optional<ExportFormat> ParseExportFormat(std::string_view name);  // "json", "graphml", "dot"

void ExportGraph(const KnowledgeGraph& graph, ExportFormat format, std::ostream& out);

}  // namespace newsgraph
