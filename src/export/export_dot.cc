// Graphviz DOT (export.h): types as shapes and colours.
#include <ostream>

#include "export/export_internal.h"

namespace newsgraph::export_detail {
namespace {

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
    case EntityType::kUnnamed: return {"ellipse", "#e9ecef"};
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

}  // namespace

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
      tooltip = v.quote() + "\n" + v.statement.document_id +
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

}  // namespace newsgraph::export_detail
