#include "export/export.h"

#include <nlohmann/json.hpp>
#include <string>

#include "query/query.h"

namespace newsgraph {
namespace {

std::string TypeName(const GraphVertex& v) { return std::string(VertexTypeName(v)); }
std::string TypeName(RelationType t) { return std::string(RelationTypeName(t)); }

// ---- JSON (networkx node-link) ----

nlohmann::ordered_json EvidenceList(const std::vector<EvidenceRecord>& evidence) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const EvidenceRecord& e : evidence) list.push_back(EvidenceJson(e));
  return list;
}

void ExportJson(const KnowledgeGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& v = g[*it];
    if (v.is_statement()) {
      const Statement& s = v.statement;
      nodes.push_back({{"id", v.id},
                       {"type", TypeName(v)},
                       {"name", v.name},
                       {"quote", s.quote},
                       {"direct", s.direct},
                       {"document_id", s.document_id},
                       {"date", s.document_date},
                       {"quote_start", s.quote_start},
                       {"quote_end", s.quote_end},
                       {"evidence", EvidenceList(s.evidence)}});
      continue;
    }
    nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
    for (const MentionRecord& m : v.mentions) {
      mentions.push_back({{"document_id", m.document_id}, {"start", m.start}, {"end", m.end},
                          {"text", m.text}});
    }
    nodes.push_back({{"id", v.id},
                     {"type", TypeName(v)},
                     {"name", v.name},
                     {"aliases", v.aliases},
                     {"attributes", v.attributes},
                     {"from_gazetteer", v.from_gazetteer},
                     {"mentions", std::move(mentions)}});
  }
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

// ---- GraphML ----

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

std::string EvidenceLines(const std::vector<EvidenceRecord>& evidence) {
  std::string out;
  for (const EvidenceRecord& e : evidence) {
    if (!out.empty()) out += '\n';
    out += e.document_id;
    if (!e.document_date.empty()) out += " (" + e.document_date + ")";
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

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

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

// ---- Graphviz DOT ----

// A DOT double-quoted string: only `"` and `\` need escaping; a newline
// becomes the centred line break `\n` so labels stay on one source line.
std::string DotQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r' || c == '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

struct Style {
  const char* shape;
  const char* fill;
};

Style VertexStyle(const GraphVertex& v) {
  if (v.is_statement()) return {"note", "#fff3cd"};
  switch (v.type) {
    case EntityType::kPerson: return {"ellipse", "#cfe2ff"};
    case EntityType::kOrganization: return {"box", "#ffe5b4"};
    case EntityType::kOffice: return {"hexagon", "#d4edda"};
    case EntityType::kPlace: return {"house", "#f8d7da"};
  }
  return {"ellipse", "#ffffff"};
}

const char* RelationColour(RelationType t) {
  switch (t) {
    case RelationType::kMet: return "#1f77b4";
    case RelationType::kSaid: return "#17becf";
    case RelationType::kReacted: return "#ff7f0e";
    case RelationType::kHoldsOffice: return "#2ca02c";
    case RelationType::kMemberOf: return "#9467bd";
    case RelationType::kContacted: return "#8c564b";
    case RelationType::kAbout: return "#7f7f7f";
    case RelationType::kTold: return "#bcbd22";
  }
  return "#000000";
}

// At most `limit` bytes of `s`, cut at a word (or a character) boundary, with "...".
std::string Abridge(const std::string& s, size_t limit) {
  if (s.size() <= limit) return s;
  size_t cut = s.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  return s.substr(0, cut) + "...";
}

std::string EdgeLabel(const RelationEdge& e) {
  std::string label = TypeName(e.type);
  if (!e.polarity.empty()) label += " " + e.polarity;
  if (e.negated) label += " (denied)";
  if (e.former) label += " (former)";
  if (!e.modality.empty() && e.modality != "asserted") label += " (" + e.modality + ")";
  if (e.evidence.size() > 1) label += " x" + std::to_string(e.evidence.size());
  return label;
}

void ExportDot(const KnowledgeGraph& graph, std::ostream& out) {
  const GraphStorage& g = graph.storage();
  out << "digraph newsgraph {\n"
         "  graph [rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n"
         "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& v = g[*it];
    Style style = VertexStyle(v);
    std::string label = v.name.empty() ? v.id : v.name;
    std::string tooltip = v.id + " (" + TypeName(v) + ")";
    if (v.is_statement()) {
      label = "\u201c" + Abridge(label, 60) + "\u201d";
      tooltip = v.statement.quote + "\n" + v.statement.document_id +
                (v.statement.document_date.empty() ? "" : " (" + v.statement.document_date + ")");
    }
    out << "  " << DotQuote(v.id) << " [label=" << DotQuote(label) << ", shape=" << style.shape
        << ", fillcolor=\"" << style.fill << "\", tooltip=" << DotQuote(tooltip) << "];\n";
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const RelationEdge& e = g[*it];
    std::string style = e.negated ? "dashed"
                        : (!e.modality.empty() && e.modality != "asserted") ? "dotted"
                                                                            : "solid";
    out << "  " << DotQuote(g[boost::source(*it, g)].id) << " -> "
        << DotQuote(g[boost::target(*it, g)].id) << " [label=" << DotQuote(EdgeLabel(e))
        << ", color=\"" << RelationColour(e.type) << "\", fontcolor=\"" << RelationColour(e.type)
        << "\", style=" << style;
    if (e.type == RelationType::kMet) out << ", dir=none";
    if (!e.evidence.empty()) out << ", tooltip=" << DotQuote(EvidenceLines({e.evidence.front()}));
    out << "];\n";
  }
  out << "}\n";
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "json") return ExportFormat::kJson;
  if (name == "graphml") return ExportFormat::kGraphml;
  if (name == "dot" || name == "gv") return ExportFormat::kDot;
  return std::nullopt;
}

void ExportGraph(const KnowledgeGraph& graph, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::kJson: ExportJson(graph, out); break;
    case ExportFormat::kGraphml: ExportGraphml(graph, out); break;
    case ExportFormat::kDot: ExportDot(graph, out); break;
  }
}

}  // namespace newsgraph
