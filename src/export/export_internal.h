// Helpers the export formats share; internal to export/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"

namespace newsgraph::export_detail {

inline std::string TypeName(const GraphVertex& v) { return std::string(VertexTypeName(v)); }
inline std::string TypeName(RelationType t) { return std::string(RelationTypeName(t)); }

// One "document (date): sentence" per line, sentences on one line each.
std::string EvidenceLines(const std::vector<EvidenceRecord>& evidence);
std::string Join(const std::vector<std::string>& items, std::string_view separator);
// How many statements an entity made (its SAID edges).
size_t StatementCount(const GraphStorage& g, Vertex v);

void ExportJson(const KnowledgeGraph& graph, std::ostream& out);
void ExportGraphml(const KnowledgeGraph& graph, std::ostream& out);
void ExportDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace newsgraph::export_detail
