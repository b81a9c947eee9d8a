// explore: the questions beyond who-met and said, each answered as an Answer
// (query/answer.h) with the evidence behind every row.
//
// Contract:
// - Reactions: REACTED edges by the entity (--by), to it (--to) or both, of
//   one polarity if given ("+" or "-"); demands are marked.
// - Offices: HOLDS_OFFICE edges of a person, each with the first and last
//   date its evidence was published ("when" is when the news said so, not
//   the term of office) and whether the news called it former.
// - Holders: the people with a HOLDS_OFFICE edge to an office; `on` a date,
//   those whose evidence dates span it, else (nobody does) the one seen last
//   before it; former-only mentions do not count for `on`.
// - Members: MEMBER_OF edges into an organization.
// - Neighbors: entities within `depth` hops (graph/selection.h: statements
//   are bridges), nearest first, with the relation that first reached each.
// - Path: a shortest chain of selected relations between two entities
//   (breadth first over both directions), one row per hop with its evidence.
// - Timeline: every relation of the entity, one row per piece of evidence,
//   oldest first (undated last).
// - Stats: documents, entities by type, statements, relations by type.
// A neighbors row keeps the first piece of evidence of the link that reached
// it (a hub's neighbourhood has thousands of rows), a path hop the first
// kMaxHopEvidence; the EVIDENCE_COUNT column says how many there are.
#pragma once

#include <optional>
#include <string>

#include "graph/selection.h"
#include "query/answer.h"
#include "query/query.h"

namespace newsgraph {

inline constexpr size_t kMaxHopEvidence = 3;
inline constexpr size_t kMaxNeighborEvidence = 1;

enum class ReactionDirection { kBoth, kBy, kTo };

Answer ReactionsAnswer(const KnowledgeGraph& graph, Vertex vertex, ReactionDirection direction,
                       const std::string& polarity, const RelationSelection& selection = {});
Answer OfficesAnswer(const KnowledgeGraph& graph, Vertex person);
Answer HoldersAnswer(const KnowledgeGraph& graph, Vertex office, const std::string& on_date = "");
Answer MembersAnswer(const KnowledgeGraph& graph, Vertex organization);
Answer NeighborsAnswer(const KnowledgeGraph& graph, Vertex vertex, size_t depth,
                       const RelationSelection& selection = {});
Answer PathAnswer(const KnowledgeGraph& graph, Vertex from, Vertex to, const RelationSelection& selection = {});
Answer TimelineAnswer(const KnowledgeGraph& graph, Vertex vertex, const RelationSelection& selection = {});
Answer StatsAnswer(const KnowledgeGraph& graph);

// who-met and said in the Answer shape, for --tsv.
Answer MeetingsAsAnswer(const KnowledgeGraph& graph, Vertex vertex, const MeetingsAnswer& meetings);
Answer StatementsAsAnswer(const KnowledgeGraph& graph, Vertex speaker, const std::vector<StatementRow>& rows);

// "MET", "REACTED - (demand)", "MET (denied)", "MET (planned)": a relation in a few words.
std::string RelationLabel(const RelationEdge& edge);
// "Jeff Sessions (P:jeff_sessions, PERSON)"
std::string DescribeVertex(const KnowledgeGraph& graph, Vertex vertex);

}  // namespace newsgraph
