// query: questions about a built graph, and their answers as text or JSON.
//
// Contract:
// - ResolveName finds the entity a user means (never a statement vertex). Case-insensitive, in tiers,
//   the first tier with any match wins: the entity id itself, canonical names,
//   aliases, then person surnames (the last name word, skipping Jr./Sr./II/III).
//   Several matches in the winning tier make the answer ambiguous (all are
//   listed) unless, for a bare surname, one of them is named at least five
//   times as often as all the others together in the graph ("Trump" in a
//   corpus of 2017 politics): that one is found and the others are kept in
//   `also`, for the caller to mention. No match at all gives the closest known
//   names by edit distance.
// - WhoMet lists every MET edge of a vertex in either direction, split into
//   asserted meetings, denied (negated) ones, and those only planned, cancelled
//   or hypothetical; each row keeps all its evidence.
// - Said lists the statements of a speaker (its SAID edges, in the order they
//   were first read) with the evidence of the attribution, the entities each
//   is about and its addressees; given `about`, only the statements with an
//   ABOUT edge to that entity.
// - Renderers write results to an ostream; nothing here logs or exits. With
//   `explain`, every evidence row also shows the rule that made the edge and
//   the trigger words that fired it (RULE and TRIGGER columns in text,
//   "rule" and "trigger" keys in JSON, which has them only then).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/selection.h"

namespace newsgraph {

struct NameResolution {
  enum class Status { kFound, kAmbiguous, kUnknown };
  Status status = Status::kUnknown;
  Vertex vertex = 0;                   // kFound
  std::vector<Vertex> candidates;      // kAmbiguous
  std::vector<Vertex> also;            // kFound by a dominant surname: the others it could mean
  std::vector<Vertex> suggestions;     // kUnknown: closest first, may be empty
};

NameResolution ResolveName(const KnowledgeGraph& graph, std::string_view name);

// A one-paragraph explanation for a name that did not resolve (ambiguous or
// unknown), listing candidates or suggestions with their ids and types.
std::string DescribeUnresolved(const KnowledgeGraph& graph, std::string_view name,
                               const NameResolution& resolution);

struct MeetingRow {
  Vertex other = 0;
  bool negated = false;
  std::string modality;  // "asserted", "planned", ...
  std::vector<EvidenceRecord> evidence;
};

struct MeetingsAnswer {
  std::vector<MeetingRow> met;          // asserted and not negated
  std::vector<MeetingRow> denied;       // negated
  std::vector<MeetingRow> unconfirmed;  // planned, cancelled, hypothetical
  bool empty() const { return met.empty() && denied.empty() && unconfirmed.empty(); }
};

// Rows are ordered by evidence count (most first), then by name. With a
// window, only the evidence dated inside it counts; rows with fewer than
// `min_evidence` pieces of evidence left are dropped.
MeetingsAnswer WhoMet(const KnowledgeGraph& graph, Vertex vertex, const DateWindow& window = {},
                      size_t min_evidence = 1);

struct StatementRow {
  Vertex statement = 0;                  // a statement vertex
  std::vector<Vertex> about;             // ABOUT: the entities the quote names
  std::vector<Vertex> addressees;        // TOLD (JSON shows the first: several is rare)
  std::vector<EvidenceRecord> evidence;  // of the SAID edge: why it is the speaker's
};

std::vector<StatementRow> Said(const KnowledgeGraph& graph, Vertex speaker,
                               std::optional<Vertex> about = std::nullopt);

void RenderMeetingsText(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& answer,
                        std::ostream& out, bool explain = false);
// `about`: the entity the question was about, for the heading.
void RenderStatementsText(const KnowledgeGraph& graph, Vertex speaker, std::optional<Vertex> about,
                          const std::vector<StatementRow>& statements, std::ostream& out,
                          bool explain = false);
nlohmann::ordered_json MeetingsJson(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& answer,
                                    bool explain = false);
nlohmann::ordered_json StatementsJson(const KnowledgeGraph& graph, Vertex speaker, std::optional<Vertex> about,
                                      const std::vector<StatementRow>& statements, bool explain = false);

// Shared with export: one evidence record and one entity reference as JSON.
// Export keeps everything, so `explain` (rule and trigger) defaults to true.
nlohmann::ordered_json EvidenceJson(const EvidenceRecord& evidence, bool explain = true);
nlohmann::ordered_json EntityRefJson(const KnowledgeGraph& graph, Vertex vertex);

// Levenshtein distance over code points (exposed for tests).
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace newsgraph
