// Neo4j bulk-import CSV (export.h): nodes.csv and relationships.csv for
// `neo4j-admin database import full`.
#include <nlohmann/json.hpp>
#include <ostream>

#include "export/export_internal.h"
#include "query/query.h"

namespace newsgraph::export_detail {
namespace {

// RFC 4180 field: always quoted, quotes doubled. Line breaks become spaces so
// that the import needs no --multiline-fields.
std::string Csv(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Neo4j's array delimiter is ';': one inside an element would split it.
std::string CsvArray(const std::vector<std::string>& items) {
  std::vector<std::string> clean;
  for (std::string item : items) {
    for (char& c : item) c = c == ';' ? ',' : c;
    clean.push_back(std::move(item));
  }
  return Csv(Join(clean, ";"));
}

// "Person", "Organization", ...: Neo4j labels are conventionally capitalized words.
std::string Label(const GraphVertex& v) {
  std::string type = TypeName(v), label;
  bool upper = true;
  for (char c : type) {
    if (c == '_') {
      upper = true;
      continue;
    }
    label += upper ? c : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    upper = false;
  }
  return v.is_statement() ? label : "Entity;" + label;
}

std::string Bool(bool b) { return b ? "true" : "false"; }

std::string EvidenceJsonText(const std::vector<EvidenceRecord>& evidence) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const EvidenceRecord& e : evidence) list.push_back(EvidenceJson(e));
  return list.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace
}  // namespace newsgraph::export_detail

namespace newsgraph {
using namespace export_detail;

void ExportNeo4j(const KnowledgeGraph& graph, std::ostream& nodes, std::ostream& relationships) {
  const GraphStorage& g = graph.storage();
  nodes << "id:ID,:LABEL,name,type,aliases:string[],mentions:int,statements:int,quote,direct:boolean,"
           "document_id,date,evidence\n";
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& v = g[*it];
    nodes << Csv(v.id) << ',' << Csv(Label(v)) << ',' << Csv(v.name) << ',' << Csv(TypeName(v)) << ',';
    if (v.is_statement()) {
      const Statement& s = v.statement;
      nodes << ",,," << Csv(v.quote()) << ',' << Bool(s.direct) << ',' << Csv(s.document_id) << ','
            << Csv(s.document_date) << ',' << Csv(EvidenceJsonText(s.evidence)) << '\n';
    } else {
      nodes << CsvArray(v.aliases) << ',' << v.mentions.size() << ',' << StatementCount(g, *it) << ",,,,,\n";
    }
  }
  relationships << ":START_ID,:END_ID,:TYPE,negated:boolean,polarity,former:boolean,modality,demand:boolean,"
                   "evidence_count:int,documents:string[],first_date,first_sentence,evidence\n";
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& e = g[*it];
    std::vector<std::string> documents;
    std::string first_date;
    for (const EvidenceRecord& record : e.evidence) {
      if (documents.empty() || documents.back() != record.document_id) documents.push_back(record.document_id);
      if (!record.document_date.empty() && (first_date.empty() || record.document_date < first_date)) {
        first_date = record.document_date;
      }
    }
    relationships << Csv(g[boost::source(*it, g)].id) << ',' << Csv(g[boost::target(*it, g)].id) << ','
                  << Csv(TypeName(e.type)) << ',' << Bool(e.negated) << ',' << Csv(e.polarity) << ','
                  << Bool(e.former) << ',' << Csv(e.modality) << ',' << Bool(e.demand) << ',' << e.evidence.size()
                  << ',' << CsvArray(documents) << ',' << Csv(first_date) << ','
                  << Csv(e.evidence.empty() ? "" : e.evidence.front().sentence) << ','
                  << Csv(EvidenceJsonText(e.evidence)) << '\n';
  }
}

}  // namespace newsgraph
