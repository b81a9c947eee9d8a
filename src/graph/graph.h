// graph: document extractions in, one corpus-wide graph out.
//
// Contract: vertices are entities, merged across documents by entity id;
// edges are relations (MET, REACTED, HOLDS_OFFICE, MEMBER_OF, CONTACTED),
// merged by (type, source, target, negated, polarity, former, modality) with
// every piece of evidence kept, in the order the documents were added. MET is
// symmetric and stored once, from the smaller id to the larger. SAID has no
// target entity: each statement is kept on its speaker's vertex with its
// evidence. Documents are kept (without text) so answers can cite them.
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

namespace newsgraph {

struct EvidenceRecord {
  std::string document_id;
  uint32_t sentence_index = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string sentence;  // the text behind the edge
  std::string document_date;
  std::string trigger;
  std::string rule;
  std::string when;   // MET/CONTACTED: date and place as the sentence states them
  std::string where;
};

struct MentionRecord {
  std::string document_id;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct Statement {
  std::string quote;
  bool direct = true;
  std::string addressee;  // entity id, may be empty
  std::vector<EvidenceRecord> evidence;
};

struct EntityVertex {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;
  std::map<std::string, std::string> attributes;
  bool from_gazetteer = true;
  std::vector<MentionRecord> mentions;
  std::vector<Statement> statements;  // SAID
};

struct RelationEdge {
  RelationType type = RelationType::kMet;
  bool negated = false;
  std::string polarity;
  bool former = false;
  std::string modality = "asserted";
  bool demand = false;  // REACTED: a call or demand
  std::vector<EvidenceRecord> evidence;
};

struct DocumentRecord {
  std::string id;
  std::string title;
  std::string date;
  std::string source;
  std::string content_hash;
};

using GraphStorage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                           EntityVertex, RelationEdge>;
using Vertex = boost::graph_traits<GraphStorage>::vertex_descriptor;
using Edge = boost::graph_traits<GraphStorage>::edge_descriptor;

class KnowledgeGraph {
 public:
  // Adds a document's entities and relations. `knowledge` (may be null) gives
  // gazetteer aliases and attributes for the entities it knows.
  void AddDocument(const DocumentExtraction& extraction, const Knowledge* knowledge);

  // Low-level building blocks, used by AddDocument and by the index reader.
  Vertex AddOrGetVertex(const EntityVertex& entity);
  void AddRelation(Vertex source, Vertex target, const RelationEdge& relation);  // merges
  void AddDocumentRecord(DocumentRecord document);

  std::optional<Vertex> FindById(std::string_view id) const;

  GraphStorage& storage() { return graph_; }
  const GraphStorage& storage() const { return graph_; }
  const std::vector<DocumentRecord>& documents() const { return documents_; }
  bool HasDocument(std::string_view id) const;

 private:
  GraphStorage graph_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::vector<DocumentRecord> documents_;
  std::unordered_map<std::string, size_t> document_index_;
};

}  // namespace newsgraph
