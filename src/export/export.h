// export: the whole graph in formats other tools read.
//
// Contract:
// - Every vertex is a node, entities and statements alike (graph/graph.h); a
//   statement's type is "STATEMENT" and its name is its quote. SAID, TOLD and
//   ABOUT are edges like any other relation.
// - json: networkx node-link data (networkx.node_link_graph(data) loads it as
//   a MultiDiGraph): {"directed":true,"multigraph":true,"graph":{...},
//   "nodes":[entity: {"id","type","name","aliases","attributes",
//   "from_gazetteer","mentions"}, statement: {"id","type","name","quote",
//   "direct","document_id","date","quote_start","quote_end","evidence"}],
//   "links":[{"source","target","key","type","negated","polarity","former",
//   "modality","evidence":[...]}]}, plus top-level "documents".
// - graphml: GraphML 1.0 with <key> declarations for every attribute; node ids
//   are vertex ids; entities carry aliases, mentions and statements (how many
//   they made), statements (whose name is the quote) direct, document_id and
//   date; evidence is
//   one string, one "document (date): sentence" per line; booleans are
//   written 1/0 (valid XML Schema booleans, and the only form
//   boost::read_graphml accepts). Loads with boost and networkx.
// - dot: a Graphviz digraph; entity types have their own shape and colour,
//   statements are notes labelled with their quote (abridged), relation
//   types have their own edge colour, negated relations are dashed and
//   non-asserted meetings dotted; MET edges have no arrow head.
// - neo4j: bulk-import CSV for `neo4j-admin database import full`, two files:
//   nodes.csv (id:ID, :LABEL "Entity;Person"... or "Statement", name, type,
//   aliases:string[], mentions:int, statements:int, quote, direct:boolean,
//   document_id, date, evidence) and relationships.csv (:START_ID, :END_ID,
//   :TYPE, negated, polarity, former, modality, demand, evidence_count:int,
//   documents:string[], first_date, first_sentence, evidence). Every string
//   field is quoted (quotes doubled), line breaks made spaces; ';' (the array
//   delimiter) inside an array element becomes ','; `evidence` is the JSON
//   list of evidence records as one string.
// Output is deterministic: nodes in graph order, edges in graph order.
// To export a selection (types, dates, a neighbourhood), pass the graph
// cut down by Subgraph (graph/selection.h).
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "graph/graph.h"

namespace newsgraph {

enum class ExportFormat { kJson, kGraphml, kDot, kNeo4j };

std::optional<ExportFormat> ParseExportFormat(std::string_view name);  // "json", "graphml", "dot", "neo4j"

// json, graphml or dot (neo4j throws Error: it is two files).
void ExportGraph(const KnowledgeGraph& graph, ExportFormat format, std::ostream& out);
void ExportNeo4j(const KnowledgeGraph& graph, std::ostream& nodes, std::ostream& relationships);

}  // namespace newsgraph
