#include "query/explore.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace newsgraph {
namespace {

// Sections are moved into answers with push_back: `sections = {...}` would
// copy every row out of the initializer list.

std::string TypeOf(const GraphStorage& g, Vertex v) { return std::string(VertexTypeName(g[v])); }

std::vector<EvidenceRecord> FirstEvidence(std::vector<EvidenceRecord> evidence, size_t limit) {
  if (evidence.size() > limit) evidence.resize(limit);
  return evidence;
}

// First and last document dates of the evidence (empty when undated).
std::pair<std::string, std::string> DateSpan(const std::vector<EvidenceRecord>& evidence) {
  std::string first, last;
  for (const EvidenceRecord& e : evidence) {
    if (e.document_date.empty()) continue;
    if (first.empty() || e.document_date < first) first = e.document_date;
    if (last.empty() || e.document_date > last) last = e.document_date;
  }
  return {first, last};
}

Answer Start(const KnowledgeGraph& graph, std::string question, Vertex subject, std::string heading,
             std::string empty_message, std::vector<std::string> columns) {
  Answer answer;
  answer.question = std::move(question);
  answer.subject = EntityRefJson(graph, subject);
  answer.heading = std::move(heading);
  answer.empty_message = std::move(empty_message);
  answer.columns = std::move(columns);
  return answer;
}

// The label of a hop: one edge, or speaker -> statement -> entity.
std::string HopLabel(const GraphStorage& g, const std::vector<Edge>& via) {
  std::string label;
  for (Edge e : via) label += (label.empty() ? "" : " > ") + RelationLabel(g[e]);
  return label;
}

// The evidence of a hop: of its first edge (through a statement, the SAID
// edge's evidence is the quote's sentence, which is what links the two).
std::vector<EvidenceRecord> HopEvidence(const GraphStorage& g, const std::vector<Edge>& via,
                                        const RelationSelection& selection, size_t limit, size_t* count) {
  if (via.empty()) return {};
  const RelationEdge& edge = g[via.front()];
  if (selection.window.empty()) {  // a hub's edge may carry thousands: copy only what is shown
    *count = edge.evidence.size();
    return {edge.evidence.begin(), edge.evidence.begin() + static_cast<long>(std::min(*count, limit))};
  }
  std::vector<EvidenceRecord> evidence = selection.Evidence(edge);
  *count = evidence.size();
  return FirstEvidence(std::move(evidence), limit);
}

}  // namespace

std::string RelationLabel(const RelationEdge& edge) {
  std::string label(RelationTypeName(edge.type));
  if (edge.polarity == "+" || edge.polarity == "-") label += " " + edge.polarity;
  if (edge.demand) label += " (demand)";
  if (edge.negated) label += " (denied)";
  if (edge.former) label += " (former)";
  if (!edge.modality.empty() && edge.modality != "asserted") label += " (" + edge.modality + ")";
  return label;
}

std::string DescribeVertex(const KnowledgeGraph& graph, Vertex v) {
  const GraphStorage& g = graph.storage();
  return g[v].name + " (" + g[v].id + ", " + TypeOf(g, v) + ")";
}

Answer ReactionsAnswer(const KnowledgeGraph& graph, Vertex vertex, ReactionDirection direction,
                       const std::string& polarity, const RelationSelection& selection) {
  const GraphStorage& g = graph.storage();
  const std::string& name = g[vertex].name;
  std::string which = polarity == "+" ? "positive " : polarity == "-" ? "negative " : "";
  Answer answer = Start(graph, "reactions", vertex, "Reactions by and to " + DescribeVertex(graph, vertex),
                        "no " + which + "reactions " +
                            (direction == ReactionDirection::kBy   ? "by " + name
                             : direction == ReactionDirection::kTo ? "to " + name
                                                                   : "by or to " + name) +
                            " found",
                        {"who", "reaction"});
  AnswerSection by{"by", "Reactions by " + name, {}}, to{"to", "Reactions to " + name, {}};
  auto take = [&](Edge e, Vertex other, AnswerSection* section) {
    const RelationEdge& r = g[e];
    if (r.type != RelationType::kReacted || (!polarity.empty() && r.polarity != polarity)) return;
    std::vector<EvidenceRecord> evidence = selection.Evidence(r);
    if (evidence.empty() && !r.evidence.empty()) return;
    section->rows.push_back({{g[other].name, RelationLabel(r)}, std::move(evidence)});
  };
  if (direction != ReactionDirection::kTo) {
    for (auto [it, end] = boost::out_edges(vertex, g); it != end; ++it) take(*it, boost::target(*it, g), &by);
  }
  if (direction != ReactionDirection::kBy) {
    for (auto [it, end] = boost::in_edges(vertex, g); it != end; ++it) take(*it, boost::source(*it, g), &to);
  }
  for (AnswerSection* section : {&by, &to}) {
    std::stable_sort(section->rows.begin(), section->rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
      return a.evidence.size() > b.evidence.size();
    });
  }
  answer.sections.push_back(std::move(by));
  answer.sections.push_back(std::move(to));
  return answer;
}

Answer OfficesAnswer(const KnowledgeGraph& graph, Vertex person) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "offices", person, "Offices of " + DescribeVertex(graph, person),
                        "no office held by " + g[person].name + " found",
                        {"office", "first_seen", "last_seen", "status"});
  AnswerSection offices{"offices", "", {}};
  for (auto [it, end] = boost::out_edges(person, g); it != end; ++it) {
    const RelationEdge& r = g[*it];
    if (r.type != RelationType::kHoldsOffice || r.negated) continue;
    auto [first, last] = DateSpan(r.evidence);
    offices.rows.push_back({{g[boost::target(*it, g)].name, DateOrDash(first), DateOrDash(last),
                             r.former ? "former" : "holder"},
                            r.evidence});
  }
  std::stable_sort(offices.rows.begin(), offices.rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
    return a.cells[1] < b.cells[1];
  });
  answer.sections.push_back(std::move(offices));
  return answer;
}

Answer HoldersAnswer(const KnowledgeGraph& graph, Vertex office, const std::string& on_date) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "holders", office,
                        "Holders of " + DescribeVertex(graph, office) + (on_date.empty() ? "" : " on " + on_date),
                        on_date.empty() ? "nobody found holding " + g[office].name
                                        : "nobody found holding " + g[office].name + " on " + on_date,
                        {"holder", "first_seen", "last_seen", "status"});
  struct Holder {
    AnswerRow row;
    std::string first, last;
    bool former;
  };
  std::vector<Holder> holders;
  for (auto [it, end] = boost::in_edges(office, g); it != end; ++it) {
    const RelationEdge& r = g[*it];
    if (r.type != RelationType::kHoldsOffice || r.negated) continue;
    auto [first, last] = DateSpan(r.evidence);
    holders.push_back({{{g[boost::source(*it, g)].name, DateOrDash(first), DateOrDash(last),
                         r.former ? "former" : "holder"},
                        r.evidence},
                       first,
                       last,
                       r.former});
  }
  std::stable_sort(holders.begin(), holders.end(),
                   [](const Holder& a, const Holder& b) { return a.first < b.first; });
  AnswerSection section{"holders", "", {}};
  if (on_date.empty()) {
    for (Holder& h : holders) section.rows.push_back(std::move(h.row));
  } else {
    auto spans = [&](const Holder& h) {
      return !h.former && !h.first.empty() && h.first.compare(0, on_date.size(), on_date) <= 0 &&
             h.last.compare(0, on_date.size(), on_date) >= 0;
    };
    for (Holder& h : holders) {
      if (spans(h)) section.rows.push_back(std::move(h.row));
    }
    if (section.rows.empty()) {
      const Holder* latest = nullptr;
      for (const Holder& h : holders) {
        if (!h.former && !h.first.empty() && h.first.compare(0, on_date.size(), on_date) <= 0 &&
            (latest == nullptr || h.last > latest->last)) {
          latest = &h;
        }
      }
      if (latest != nullptr) {
        section.title = "Last seen holding it before " + on_date;
        section.rows.push_back(latest->row);
      }
    }
  }
  answer.sections.push_back(std::move(section));
  return answer;
}

Answer MembersAnswer(const KnowledgeGraph& graph, Vertex organization) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "members", organization, "Members of " + DescribeVertex(graph, organization),
                        "no members of " + g[organization].name + " found", {"member", "type", "status"});
  AnswerSection members{"members", "", {}};
  for (auto [it, end] = boost::in_edges(organization, g); it != end; ++it) {
    const RelationEdge& r = g[*it];
    if (r.type != RelationType::kMemberOf || r.negated) continue;
    Vertex member = boost::source(*it, g);
    members.rows.push_back({{g[member].name, TypeOf(g, member), r.former ? "former" : "member"}, r.evidence});
  }
  std::stable_sort(members.rows.begin(), members.rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
    return std::tie(a.cells[2], a.cells[0]) > std::tie(b.cells[2], b.cells[0]);
  });
  answer.sections.push_back(std::move(members));
  return answer;
}

Answer NeighborsAnswer(const KnowledgeGraph& graph, Vertex vertex, size_t depth,
                       const RelationSelection& selection) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "neighbors", vertex,
                        "Entities within " + std::to_string(depth) + (depth == 1 ? " hop" : " hops") + " of " +
                            DescribeVertex(graph, vertex),
                        "no related entities of " + g[vertex].name + " found (with these relation types and dates)",
                        {"name", "type", "depth", "via", "from", "evidence_count"});
  AnswerSection section{"neighbors", "", {}};
  for (const Reached& r : Neighbourhood(graph, vertex, depth, selection)) {
    if (r.depth == 0) continue;
    size_t count = 0;
    std::vector<EvidenceRecord> evidence = HopEvidence(g, r.via, selection, kMaxNeighborEvidence, &count);
    section.rows.push_back({{g[r.vertex].name, TypeOf(g, r.vertex), std::to_string(r.depth), HopLabel(g, r.via),
                             g[r.from].name, std::to_string(count)},
                            std::move(evidence)});
  }
  answer.sections.push_back(std::move(section));
  return answer;
}

Answer PathAnswer(const KnowledgeGraph& graph, Vertex from, Vertex to, const RelationSelection& selection) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "path", from, "Shortest path from " + DescribeVertex(graph, from) + " to " +
                                                 DescribeVertex(graph, to),
                        "no chain of relations links " + g[from].name + " to " + g[to].name +
                            " (with these relation types and dates)",
                        {"step", "from", "relation", "to", "evidence_count"});
  answer.subject = {{"from", EntityRefJson(graph, from)}, {"to", EntityRefJson(graph, to)}};
  AnswerSection section{"path", "", {}};
  if (from == to) {
    answer.empty_message = "the two names are the same entity: " + DescribeVertex(graph, from);
    answer.sections.push_back(std::move(section));
    return answer;
  }
  std::vector<Reached> reached =
      Neighbourhood(graph, from, std::numeric_limits<size_t>::max(), selection, nullptr, to);
  if (reached.back().vertex == to) {
    std::unordered_map<Vertex, size_t> index;
    for (size_t i = 0; i < reached.size(); ++i) index.emplace(reached[i].vertex, i);
    std::vector<const Reached*> hops;
    for (const Reached* r = &reached.back(); r->depth > 0; r = &reached[index.at(r->from)]) hops.push_back(r);
    std::reverse(hops.begin(), hops.end());
    size_t step = 0;
    for (const Reached* r : hops) {
      size_t count = 0;
      std::vector<EvidenceRecord> evidence = HopEvidence(g, r->via, selection, kMaxHopEvidence, &count);
      section.rows.push_back({{std::to_string(++step), g[r->from].name, HopLabel(g, r->via), g[r->vertex].name,
                               std::to_string(count)},
                              std::move(evidence)});
    }
  }
  answer.sections.push_back(std::move(section));
  return answer;
}

Answer TimelineAnswer(const KnowledgeGraph& graph, Vertex vertex, const RelationSelection& selection) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "timeline", vertex, "Timeline of " + DescribeVertex(graph, vertex),
                        "no relations of " + g[vertex].name + " found (with these relation types and dates)",
                        {"relation", "with"});
  AnswerSection section{"timeline", "", {}};
  auto quote = [&](Vertex statement) { return "\"" + OneLine(g[statement].quote()) + "\""; };
  auto add = [&](const RelationEdge& r, const std::string& label, const std::string& with) {
    for (EvidenceRecord& e : selection.Evidence(r)) section.rows.push_back({{label, with}, {std::move(e)}});
  };
  for (auto [it, end] = boost::out_edges(vertex, g); it != end; ++it) {
    Vertex other = boost::target(*it, g);
    add(g[*it], RelationLabel(g[*it]), g[other].is_statement() ? quote(other) : g[other].name);
  }
  for (auto [it, end] = boost::in_edges(vertex, g); it != end; ++it) {
    Vertex other = boost::source(*it, g);
    if (other == vertex) continue;
    const RelationEdge& r = g[*it];
    if (!g[other].is_statement()) {
      // MET is symmetric (stored once, graph/graph.h): no direction to state.
      add(r, RelationLabel(r) + (r.type == RelationType::kMet ? "" : " (by)"), g[other].name);
      continue;
    }
    // Named in or told a quote: say whose.
    std::string speakers;
    for (auto [s, s_end] = boost::in_edges(other, g); s != s_end; ++s) {
      if (g[*s].type == RelationType::kSaid) speakers += (speakers.empty() ? "" : ", ") + g[boost::source(*s, g)].name;
    }
    add(r, r.type == RelationType::kTold ? "TOLD (by)" : "NAMED IN QUOTE",
        (speakers.empty() ? "" : speakers + ": ") + quote(other));
  }
  std::stable_sort(section.rows.begin(), section.rows.end(), [](const AnswerRow& a, const AnswerRow& b) {
    const EvidenceRecord &x = a.evidence.front(), &y = b.evidence.front();
    return std::make_tuple(x.document_date.empty(), x.document_date, x.document_id, x.sentence_index) <
           std::make_tuple(y.document_date.empty(), y.document_date, y.document_id, y.sentence_index);
  });
  answer.sections.push_back(std::move(section));
  return answer;
}

Answer StatsAnswer(const KnowledgeGraph& graph) {
  const GraphStorage& g = graph.storage();
  Answer answer;
  answer.question = "stats";
  answer.heading = "Index statistics (relations: edges, and pieces of evidence behind them)";
  answer.empty_message = "the index is empty";
  answer.columns = {"kind", "count", "evidence"};
  answer.with_evidence = false;
  std::map<std::string, size_t> entities;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    if (!g[*it].is_statement()) ++entities[TypeOf(g, *it)];
  }
  std::map<std::string, std::pair<size_t, size_t>> relations;  // edges, evidence
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    auto& [edges, evidence] = relations[std::string(RelationTypeName(g[*it].type))];
    ++edges;
    evidence += g[*it].evidence.size();
  }
  AnswerSection section{"stats", "", {}};
  auto add = [&](std::string kind, size_t count, std::string evidence) {
    section.rows.push_back({{std::move(kind), std::to_string(count), std::move(evidence)}, {}});
  };
  add("documents", graph.documents().size(), "");
  size_t entity_total = 0;
  for (const auto& [type, n] : entities) {
    add("entities: " + type, n, "");
    entity_total += n;
  }
  add("entities: all", entity_total, "");
  add("statements", graph.statement_count(), "");
  for (const auto& [type, counts] : relations) add("relations: " + type, counts.first, std::to_string(counts.second));
  if (graph.documents().empty() && boost::num_vertices(g) == 0) return answer;
  answer.sections.push_back(std::move(section));
  return answer;
}

Answer MeetingsAsAnswer(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& meetings) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "who-met", vertex, "Meetings of " + DescribeVertex(graph, vertex),
                        "no meetings of " + g[vertex].name + " found", {"with", "status"});
  auto section = [&](std::string name, const std::vector<MeetingRow>& rows) {
    AnswerSection s{std::move(name), "", {}};
    for (const MeetingRow& row : rows) {
      s.rows.push_back({{g[row.other].name, row.modality.empty() ? "asserted" : row.modality}, row.evidence});
    }
    return s;
  };
  answer.sections = {section("met", meetings.met), section("denied", meetings.denied),
                     section("unconfirmed", meetings.unconfirmed)};
  return answer;
}

Answer StatementsAsAnswer(const KnowledgeGraph& graph, Vertex speaker, const std::vector<StatementRow>& rows) {
  const GraphStorage& g = graph.storage();
  Answer answer = Start(graph, "said", speaker, "Statements by " + DescribeVertex(graph, speaker),
                        "no statements by " + g[speaker].name + " found", {"quote", "direct", "about", "to"});
  AnswerSection section{"statements", "", {}};
  auto names = [&](const std::vector<Vertex>& vertices) {
    std::string out;
    for (Vertex v : vertices) out += (out.empty() ? "" : "|") + g[v].name;
    return out;
  };
  for (const StatementRow& row : rows) {
    const Statement& s = g[row.statement].statement;
    section.rows.push_back({{g[row.statement].quote(), s.direct ? "1" : "0", names(row.about), names(row.addressees)}, row.evidence});
  }
  answer.sections.push_back(std::move(section));
  return answer;
}

}  // namespace newsgraph
