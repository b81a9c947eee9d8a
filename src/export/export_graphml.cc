// GraphML (export.h): Boost's read_graphml, networkx and Gephi read it back.
#include <ostream>

#include "export/export_internal.h"

namespace newsgraph::export_detail {
namespace {

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // As references, so that parsers which tidy white space keep them.
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        // XML 1.0 forbids other control characters even as references.
        if (static_cast<unsigned char>(c) < 0x20) {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

}  // namespace

void ExportGraphml(const KnowledgeGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"n_id\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n"
         "  <key id=\"n_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"n_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"n_aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
         "  <key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
         "  <key id=\"n_statements\" for=\"node\" attr.name=\"statements\" attr.type=\"int\"/>\n"
         "  <key id=\"n_direct\" for=\"node\" attr.name=\"direct\" attr.type=\"boolean\"/>\n"
         "  <key id=\"n_document\" for=\"node\" attr.name=\"document_id\" attr.type=\"string\"/>\n"
         "  <key id=\"n_date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>\n"
         "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"e_negated\" for=\"edge\" attr.name=\"negated\" attr.type=\"boolean\"/>\n"
         "  <key id=\"e_polarity\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>\n"
         "  <key id=\"e_former\" for=\"edge\" attr.name=\"former\" attr.type=\"boolean\"/>\n"
         "  <key id=\"e_modality\" for=\"edge\" attr.name=\"modality\" attr.type=\"string\"/>\n"
         "  <key id=\"e_count\" for=\"edge\" attr.name=\"evidence_count\" attr.type=\"int\"/>\n"
         "  <key id=\"e_evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
         "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& v = g[*it];
    out << "    <node id=\"" << XmlEscape(v.id) << "\">\n";
    Data(out, "n_id", v.id);
    Data(out, "n_type", TypeName(v));
    Data(out, "n_name", v.name);
    if (v.is_statement()) {
      Data(out, "n_direct", v.statement.direct ? "1" : "0");
      Data(out, "n_document", v.statement.document_id);
      Data(out, "n_date", v.statement.document_date);
    } else {
      Data(out, "n_aliases", Join(v.aliases, "|"));
      Data(out, "n_mentions", std::to_string(v.mentions.size()));
      Data(out, "n_statements", std::to_string(StatementCount(g, *it)));
    }
    out << "    </node>\n";
  }
  size_t n = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& e = g[*it];
    out << "    <edge id=\"e" << n++ << "\" source=\"" << XmlEscape(g[boost::source(*it, g)].id)
        << "\" target=\"" << XmlEscape(g[boost::target(*it, g)].id) << "\">\n";
    Data(out, "e_type", TypeName(e.type));
    // XML Schema allows 1/0 as well as true/false; boost::read_graphml only takes 1/0.
    Data(out, "e_negated", e.negated ? "1" : "0");
    Data(out, "e_polarity", e.polarity);
    Data(out, "e_former", e.former ? "1" : "0");
    Data(out, "e_modality", e.modality);
    Data(out, "e_count", std::to_string(e.evidence.size()));
    Data(out, "e_evidence", EvidenceLines(e.evidence));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph::export_detail
