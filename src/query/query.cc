#include "query/query.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <unordered_set>

#include "query/answer.h"
#include "util/text.h"

namespace newsgraph {
namespace {

// Folded and collapsed, so that "  emmanuel   MACRON " finds "Emmanuel Macron".
std::string Normalize(std::string_view s) { return OneLine(FoldCase(s)); }

// The family name of a person: the last word that is not a generational suffix.
std::string Surname(const std::string& normalized_name) {
  static const std::array<std::string_view, 9> kSuffixes = {"jr", "jr.", "sr", "sr.", "ii",
                                                            "iii", "iv", "v", "jnr"};
  std::vector<std::string_view> words = Split(normalized_name, ' ');
  while (words.size() > 1) {
    std::string_view last = words.back();
    while (!last.empty() && last.back() == ',') last.remove_suffix(1);
    if (std::find(kSuffixes.begin(), kSuffixes.end(), last) == kSuffixes.end()) break;
    words.pop_back();
  }
  if (words.size() < 2) return {};  // a one-word name is its own canonical form
  std::string_view last = words.back();
  while (!last.empty() && last.back() == ',') last.remove_suffix(1);
  return std::string(last);
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c >= 0x80 && c < 0xC0) n = 1;  // a stray continuation byte counts as one unit
    n = std::min(n, s.size() - i);
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string Describe(const GraphStorage& g, Vertex v) {
  return g[v].name + " (" + g[v].id + ", " + std::string(VertexTypeName(g[v])) + ")";
}

std::string JoinNames(const GraphStorage& g, const std::vector<Vertex>& vertices) {
  std::string out;
  for (Vertex v : vertices) out += (out.empty() ? "" : ", ") + g[v].name;
  return out;
}


void RenderSection(const GraphStorage& g, const std::string& title,
                   const std::vector<MeetingRow>& rows, bool explain, std::ostream& out) {
  if (rows.empty()) return;
  // A status column only where it says more than the heading does.
  bool with_modality = std::any_of(rows.begin(), rows.end(), [](const MeetingRow& r) {
    return !r.modality.empty() && r.modality != "asserted";
  });
  out << '\n' << title << " (" << rows.size() << "):\n";
  Table table;
  table.header = {"WITH"};
  if (with_modality) table.header.push_back("STATUS");
  AddEvidenceHeader(&table, explain);
  for (const MeetingRow& row : rows) {
    std::vector<std::string> lead = {g[row.other].name};
    if (with_modality) lead.push_back(row.modality.empty() ? "asserted" : row.modality);
    AddEvidenceRows(&table, lead, lead.size(), row.evidence, explain);
  }
  table.Print(out, "  ");
}

nlohmann::ordered_json EvidenceListJson(const std::vector<EvidenceRecord>& evidence, bool explain) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const EvidenceRecord& e : evidence) list.push_back(EvidenceJson(e, explain));
  return list;
}

nlohmann::ordered_json RowsJson(const KnowledgeGraph& graph, const std::vector<MeetingRow>& rows, bool explain) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const MeetingRow& row : rows) {
    out.push_back({{"entity", EntityRefJson(graph, row.other)},
                   {"negated", row.negated},
                   {"modality", row.modality},
                   {"evidence", EvidenceListJson(row.evidence, explain)}});
  }
  return out;
}

nlohmann::ordered_json EntityRefsJson(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (Vertex v : vertices) list.push_back(EntityRefJson(graph, v));
  return list;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::u32string x = CodePoints(a), y = CodePoints(b);
  std::vector<size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t substitute = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
    }
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

NameResolution ResolveName(const KnowledgeGraph& graph, std::string_view name) {
  const GraphStorage& g = graph.storage();
  const std::string query = Normalize(name);
  NameResolution result;
  if (query.empty()) return result;

  // Tiers in order of how surely a match means what the user typed.
  enum Tier { kId, kCanonical, kAlias, kSurname, kTiers };
  std::array<std::vector<Vertex>, kTiers> matches;
  std::vector<Vertex> exact_case;  // canonical names equal byte for byte, to break ties
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& e = g[*it];
    if (e.is_statement()) continue;
    std::string canonical = Normalize(e.name);
    if (Normalize(e.id) == query) matches[kId].push_back(*it);
    // A lone surname the recognizer could not tie to anyone ("Kislyak", not in
    // the gazetteer) competes with the people of that surname, not ahead of them.
    bool bare_surname = canonical == query && !e.from_gazetteer && e.type == EntityType::kPerson &&
                        query.find(' ') == std::string::npos;
    if (bare_surname) {
      matches[kSurname].push_back(*it);
    } else if (canonical == query) {
      matches[kCanonical].push_back(*it);
      if (Trim(name) == e.name) exact_case.push_back(*it);
    }
    for (const std::string& alias : e.aliases) {
      if (Normalize(alias) == query) {
        matches[kAlias].push_back(*it);
        break;
      }
    }
    if (e.type == EntityType::kPerson && Surname(canonical) == query) matches[kSurname].push_back(*it);
  }
  for (int tier = 0; tier < kTiers; ++tier) {
    const std::vector<Vertex>& found = matches[static_cast<size_t>(tier)];
    if (found.empty()) continue;
    if (tier == kCanonical && found.size() > 1 && exact_case.size() == 1) {
      result.status = NameResolution::Status::kFound;
      result.vertex = exact_case.front();
    } else if (found.size() == 1) {
      result.status = NameResolution::Status::kFound;
      result.vertex = found.front();
    } else if (Vertex top = *std::max_element(found.begin(), found.end(), [&](Vertex a, Vertex b) {
                 return g[a].mentions.size() < g[b].mentions.size();
               });
               tier == kSurname && [&] {
                 size_t others = 0;
                 for (Vertex v : found) others += v == top ? 0 : g[v].mentions.size();
                 return g[top].mentions.size() >= 5 * std::max<size_t>(others, 1);
               }()) {
      result.status = NameResolution::Status::kFound;
      result.vertex = top;
      for (Vertex v : found) {
        if (v != top) result.also.push_back(v);
      }
    } else {
      result.status = NameResolution::Status::kAmbiguous;
      result.candidates = found;
      std::sort(result.candidates.begin(), result.candidates.end(), [&](Vertex a, Vertex b) {
        return std::tie(g[a].name, g[a].id) < std::tie(g[b].name, g[b].id);
      });
    }
    return result;
  }

  // Unknown: rank every name by how few edits away it is. A query that is a
  // whole word of a name ("Emmanuel") ranks as close as a one-letter typo.
  const size_t query_length = CodePoints(query).size();
  const size_t threshold = std::clamp<size_t>(query_length / 3, 1, 4);
  std::vector<std::tuple<size_t, size_t, Vertex>> scored;  // distance, -mentions, vertex
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& e = g[*it];
    if (e.is_statement()) continue;
    std::vector<std::string> forms = {Normalize(e.name)};
    for (const std::string& alias : e.aliases) forms.push_back(Normalize(alias));
    if (e.type == EntityType::kPerson) {
      std::string surname = Surname(forms.front());
      if (!surname.empty()) forms.push_back(surname);
    }
    size_t best = threshold + 1;
    for (const std::string& form : forms) {
      std::vector<std::string_view> words = Split(form, ' ');
      if (query_length >= 3 && std::find(words.begin(), words.end(), query) != words.end()) {
        best = std::min<size_t>(best, 1);
      }
      size_t length = CodePoints(form).size();
      size_t gap = length > query_length ? length - query_length : query_length - length;
      if (gap > threshold) continue;  // cannot be close enough; skip the quadratic work
      best = std::min(best, EditDistance(query, form));
    }
    if (best <= threshold) scored.emplace_back(best, ~e.mentions.size(), *it);
  }
  std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a), g[std::get<2>(a)].name) <
           std::tie(std::get<0>(b), std::get<1>(b), g[std::get<2>(b)].name);
  });
  for (size_t i = 0; i < scored.size() && i < 5; ++i) result.suggestions.push_back(std::get<2>(scored[i]));
  return result;
}

std::string DescribeUnresolved(const KnowledgeGraph& graph, std::string_view name,
                               const NameResolution& resolution) {
  const GraphStorage& g = graph.storage();
  std::string out;
  if (resolution.status == NameResolution::Status::kAmbiguous) {
    out = "\"" + std::string(name) + "\" is ambiguous; it may mean:";
    for (Vertex v : resolution.candidates) out += "\n  " + Describe(g, v);
    out += "\nAsk again with the full name or the id.";
  } else if (resolution.status == NameResolution::Status::kUnknown) {
    out = "no entity named \"" + std::string(name) + "\" in the graph";
    if (resolution.suggestions.empty()) return out;
    out += "; did you mean:";
    for (Vertex v : resolution.suggestions) out += "\n  " + Describe(g, v);
  }
  return out;
}

MeetingsAnswer WhoMet(const KnowledgeGraph& graph, Vertex vertex, const DateWindow& window, size_t min_evidence) {
  const GraphStorage& g = graph.storage();
  MeetingsAnswer answer;
  RelationSelection selection{{RelationType::kMet}, window};
  // Without a filter an edge whose evidence was not kept still shows.
  const size_t needed = window.empty() && min_evidence <= 1 ? 0 : std::max<size_t>(min_evidence, 1);
  auto add = [&](Edge e, Vertex other) {
    const RelationEdge& r = g[e];
    if (r.type != RelationType::kMet) return;
    MeetingRow row{other, r.negated, r.modality, selection.Evidence(r)};
    if (row.evidence.size() < needed) return;
    if (r.negated) {
      answer.denied.push_back(std::move(row));
    } else if (!r.modality.empty() && r.modality != "asserted") {
      answer.unconfirmed.push_back(std::move(row));
    } else {
      answer.met.push_back(std::move(row));
    }
  };
  for (auto [it, end] = boost::out_edges(vertex, g); it != end; ++it) add(*it, boost::target(*it, g));
  for (auto [it, end] = boost::in_edges(vertex, g); it != end; ++it) {
    if (boost::source(*it, g) != vertex) add(*it, boost::source(*it, g));  // a self-loop is out already
  }
  auto order = [&](const MeetingRow& a, const MeetingRow& b) {
    if (a.evidence.size() != b.evidence.size()) return a.evidence.size() > b.evidence.size();
    return std::tie(g[a.other].name, g[a.other].id, a.modality) <
           std::tie(g[b.other].name, g[b.other].id, b.modality);
  };
  for (auto* rows : {&answer.met, &answer.denied, &answer.unconfirmed}) {
    std::stable_sort(rows->begin(), rows->end(), order);
  }
  return answer;
}

std::vector<StatementRow> Said(const KnowledgeGraph& graph, Vertex speaker, std::optional<Vertex> about) {
  const GraphStorage& g = graph.storage();
  std::vector<StatementRow> rows;
  for (auto [it, end] = boost::out_edges(speaker, g); it != end; ++it) {
    if (g[*it].type != RelationType::kSaid) continue;
    StatementRow row;
    row.statement = boost::target(*it, g);
    row.evidence = g[*it].evidence;
    for (auto [link, links_end] = boost::out_edges(row.statement, g); link != links_end; ++link) {
      Vertex other = boost::target(*link, g);
      if (g[*link].type == RelationType::kAbout) row.about.push_back(other);
      if (g[*link].type == RelationType::kTold) row.addressees.push_back(other);
    }
    if (about && std::find(row.about.begin(), row.about.end(), *about) == row.about.end()) continue;
    rows.push_back(std::move(row));
  }
  return rows;
}

void RenderMeetingsText(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& answer,
                        std::ostream& out, bool explain) {
  const GraphStorage& g = graph.storage();
  out << "Meetings of " << Describe(g, vertex) << '\n';
  RenderSection(g, "Met", answer.met, explain, out);
  RenderSection(g, "Denied meetings", answer.denied, explain, out);
  RenderSection(g, "Planned, cancelled or hypothetical meetings", answer.unconfirmed, explain, out);
}

void RenderStatementsText(const KnowledgeGraph& graph, Vertex speaker, std::optional<Vertex> about,
                          const std::vector<StatementRow>& statements, std::ostream& out, bool explain) {
  const GraphStorage& g = graph.storage();
  out << statements.size() << (statements.size() == 1 ? " statement" : " statements") << " by "
      << Describe(g, speaker);
  if (about) out << " about " << Describe(g, *about);
  out << '\n';
  size_t n = 0;
  for (const StatementRow& row : statements) {
    const Statement& s = g[row.statement].statement;
    out << '\n' << ++n << ". \"" << OneLine(g[row.statement].quote()) << "\"";
    std::string how = s.direct ? "direct quote" : "reported speech";
    if (!row.addressees.empty()) how += ", to " + JoinNames(g, row.addressees);
    out << "  (" << how << ")\n";
    if (!row.about.empty()) out << "   About: " << JoinNames(g, row.about) << '\n';
    if (explain) out << "   Statement " << g[row.statement].id << '\n';
    Table table;
    AddEvidenceHeader(&table, explain);
    AddEvidenceRows(&table, {}, 0, row.evidence, explain);
    table.Print(out, "   ");
  }
}

nlohmann::ordered_json EvidenceJson(const EvidenceRecord& e, bool explain) {
  nlohmann::ordered_json out = {{"document_id", e.document_id},
                                {"date", e.document_date},
                                {"sentence_index", e.sentence_index},
                                {"start", e.start},
                                {"end", e.end},
                                {"sentence", e.sentence}};
  if (explain) {
    out["trigger"] = e.trigger;
    out["rule"] = e.rule;
  }
  return out;
}

nlohmann::ordered_json EntityRefJson(const KnowledgeGraph& graph, Vertex vertex) {
  const GraphVertex& e = graph.storage()[vertex];
  return {{"id", e.id}, {"name", e.name}, {"type", std::string(VertexTypeName(e))}};
}

nlohmann::ordered_json MeetingsJson(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& answer,
                                    bool explain) {
  return {{"entity", EntityRefJson(graph, vertex)},
          {"met", RowsJson(graph, answer.met, explain)},
          {"denied", RowsJson(graph, answer.denied, explain)},
          {"unconfirmed", RowsJson(graph, answer.unconfirmed, explain)}};
}

nlohmann::ordered_json StatementsJson(const KnowledgeGraph& graph, Vertex speaker, std::optional<Vertex> about,
                                      const std::vector<StatementRow>& statements, bool explain) {
  const GraphStorage& g = graph.storage();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const StatementRow& row : statements) {
    const Statement& s = g[row.statement].statement;
    nlohmann::ordered_json addressee = nullptr;
    if (!row.addressees.empty()) addressee = EntityRefJson(graph, row.addressees.front());
    list.push_back({{"id", g[row.statement].id},
                    {"quote", g[row.statement].quote()},
                    {"direct", s.direct},
                    {"document_id", s.document_id},
                    {"date", s.document_date},
                    {"addressee", std::move(addressee)},
                    {"about", EntityRefsJson(graph, row.about)},
                    {"evidence", EvidenceListJson(row.evidence, explain)}});
  }
  nlohmann::ordered_json out = {{"entity", EntityRefJson(graph, speaker)}};
  if (about) out["about"] = EntityRefJson(graph, *about);
  out["statements"] = std::move(list);
  return out;
}

}  // namespace newsgraph
