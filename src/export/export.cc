#include "export/export.h"

#include "export/export_internal.h"
#include "util/error.h"

namespace newsgraph {
namespace export_detail {

std::string EvidenceLines(const std::vector<EvidenceRecord>& evidence) {
  std::string out;
  for (const EvidenceRecord& e : evidence) {
    if (!out.empty()) out += '\n';
    out += e.document_id;
    if (!e.document_date.empty()) out += " (" + e.document_date.str() + ")";
    out += ": ";
    for (char c : e.sentence) out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += sep;
    out += item;
  }
  return out;
}

// How many statements an entity made (its SAID edges).
size_t StatementCount(const GraphStorage& g, Vertex v) {
  size_t n = 0;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) n += g[*it].type == RelationType::kSaid;
  return n;
}

}  // namespace export_detail

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "json") return ExportFormat::kJson;
  if (name == "graphml") return ExportFormat::kGraphml;
  if (name == "dot" || name == "gv") return ExportFormat::kDot;
  if (name == "neo4j") return ExportFormat::kNeo4j;
  return std::nullopt;
}

void ExportGraph(const KnowledgeGraph& graph, ExportFormat format, std::ostream& out) {
  using namespace export_detail;
  switch (format) {
    case ExportFormat::kJson: ExportJson(graph, out); break;
    case ExportFormat::kGraphml: ExportGraphml(graph, out); break;
    case ExportFormat::kDot: ExportDot(graph, out); break;
    case ExportFormat::kNeo4j: throw Error("the neo4j format writes two files: use ExportNeo4j");
  }
}

}  // namespace newsgraph
