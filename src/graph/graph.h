// graph: document extractions in, one corpus-wide graph out.
//
// Contract: vertices are of two kinds.
// - Entities, merged across documents by entity id.
// - Statements: one per quote per document (a quote repeated in one document
//   is one vertex), id "S:<document id>:<byte offset of the quote>" (of the
//   evidence sentence when the extraction gave no quote span; "-2", "-3"...
//   is appended if another quote of the document already has that id). It
//   holds the quote, direct flag, document id and date, and the evidence of
//   every attribution. The same quote in two documents is two statements.
// Edges are relations, merged by (type, source, target, negated, polarity,
// former, modality) with every piece of evidence kept, in the order the
// documents were added. Between entities: MET (symmetric, stored once, from
// the smaller id to the larger), REACTED, HOLDS_OFFICE, MEMBER_OF, CONTACTED.
// Around a statement: SAID speaker -> statement (the attribution's evidence),
// TOLD statement -> addressee (same evidence), ABOUT statement -> each entity
// named inside the quote (evidence: the quote's sentence, trigger the words
// naming the entity, rule kAboutRule). Code that means entities must skip
// statement vertices (is_statement()). Documents are kept (without text) so
// answers can cite them.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "knowledge/knowledge.h"
#include "relate/extraction.h"
#include "util/shared_string.h"
#include "util/text.h"

namespace newsgraph {

struct EvidenceRecord {
  SharedString document_id;
  uint32_t sentence_index = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  SharedString sentence;  // the text behind the edge
  SharedString document_date;
  SharedString trigger;  // a few hundred distinct verbs and names: shared, not a string each
  SharedString rule;
  SharedString when;  // MET/CONTACTED: date and place as the sentence states them
  SharedString where;
};

struct MentionRecord {
  SharedString document_id;
  uint32_t start = 0;
  uint32_t end = 0;
  SharedString text;  // the words as written: a name's few spellings recur across a corpus
};

// The rule name on ABOUT evidence.
inline constexpr char kAboutRule[] = "quote-mentions";

enum class VertexKind : uint8_t { kEntity, kStatement };

// What a statement vertex says, and where.
struct Statement {
  // The quote itself is the vertex's name (GraphVertex::quote()): a quote
  // kept twice was a tenth of a large index's memory.
  bool direct = true;
  SharedString document_id;
  SharedString document_date;
  uint32_t quote_start = 0;  // byte span of the quote in the document
  uint32_t quote_end = 0;
  std::vector<EvidenceRecord> evidence;  // every attribution, as on the SAID edges
};

struct GraphVertex {
  VertexKind kind = VertexKind::kEntity;
  std::string id;
  EntityType type = EntityType::kPerson;  // entities only
  std::string name;                       // a statement's is its quote
  std::vector<std::string> aliases;
  std::map<std::string, std::string> attributes;
  bool from_gazetteer = true;
  std::vector<MentionRecord> mentions;
  Statement statement;  // statements only

  bool is_statement() const { return kind == VertexKind::kStatement; }
  const std::string& quote() const { return name; }  // statements only
};

// "PERSON", "ORGANIZATION", ... for entities; "STATEMENT" for statements.
std::string_view VertexTypeName(const GraphVertex& v);

struct RelationEdge {
  RelationType type = RelationType::kMet;
  bool negated = false;
  SharedString polarity;  // few values, on every edge: shared
  bool former = false;
  SharedString modality = "asserted";
  bool demand = false;  // REACTED: a call or demand
  std::vector<EvidenceRecord> evidence;
};

struct DocumentRecord {
  SharedString id;  // the one its evidence and mentions point to
  std::string title;
  SharedString date;  // dates and sources repeat across a corpus
  SharedString source;
  std::string content_hash;
};

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           GraphVertex, RelationEdge>;
using Vertex = boost::graph_traits<GraphStorage>::vertex_descriptor;
using Edge = boost::graph_traits<GraphStorage>::edge_descriptor;

class KnowledgeGraph {
 public:
  // Adds a document's entities and relations. `knowledge` (may be null) gives
  // gazetteer aliases and attributes for the entities it knows.
  void AddDocument(const DocumentExtraction& extraction, const Knowledge* knowledge);

  // Low-level building blocks, used by AddDocument and by the index reader.
  // A vertex whose id is there already is merged into it (a statement's
  // evidence is appended); if that one is of the other kind, nothing is
  // merged (logged) and it is returned as it is.
  Vertex AddOrGetVertex(GraphVertex vertex);
  void AddRelation(Vertex source, Vertex target, RelationEdge relation);  // merges
  // False (and nothing added) when a document of that id is in already.
  bool AddDocumentRecord(DocumentRecord document);
  // A capacity hint: room for `vertices` vertices in all, so that a growing
  // graph does not move its vertices (368 bytes each) again and again.
  void ReserveVertices(size_t vertices);

  std::optional<Vertex> FindById(std::string_view id) const;

  GraphStorage& storage() { return graph_; }
  const GraphStorage& storage() const { return graph_; }
  const std::vector<DocumentRecord>& documents() const { return documents_; }
  bool HasDocument(std::string_view id) const;
  size_t statement_count() const { return statement_count_; }

 private:
  // The statement vertex of a SAID (`statement_of_quote`: the document's so far).
  Vertex AddStatement(const DocumentExtraction& extraction, const ExtractedRelation& said,
                      const EvidenceRecord& evidence,
                      StringMap<Vertex>* statement_of_quote);
  // Adds a vertex whose id by_id_ has just been given (the caller sets the entry).
  Vertex InsertVertex(GraphVertex vertex);
  void MergeSeenEntity(const DocumentExtraction& extraction, const SharedString& document_id,
                       const ExtractedEntity& entity, const EntityRecord* record, Vertex into);
  // Whether `record`'s aliases and attributes are in vertex `v` already.
  bool KnowledgeMerged(Vertex v, const EntityRecord* record) const;
  void NoteKnowledgeMerged(Vertex v, const EntityRecord* record);

  GraphStorage graph_;
  StringMap<Vertex> by_id_;
  std::vector<DocumentRecord> documents_;
  StringMap<size_t> document_index_;
  size_t statement_count_ = 0;
  // Per vertex, the gazetteer record last merged into it (the Knowledge that
  // AddDocument is given outlives the graph's building).
  std::vector<const EntityRecord*> knowledge_merged_;
  // The vertex of each gazetteer record of the Knowledge last given to
  // AddDocument (kNoVertex: none yet), sparing most entities the lookup of
  // their id in by_id_. Vertices are never removed, so an entry stays right.
  static constexpr Vertex kNoVertex = static_cast<Vertex>(-1);
  std::vector<Vertex> vertex_of_record_;
  const Knowledge* vertex_of_record_knowledge_ = nullptr;
};

}  // namespace newsgraph
