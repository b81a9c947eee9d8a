#include "store/merge.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "util/text.h"

namespace newsgraph {
namespace {

template <typename Record>
void DropSkipped(std::vector<Record>* records, const std::unordered_set<std::string>& skipped_documents) {
  records->erase(std::remove_if(records->begin(), records->end(),
                                [&](const Record& r) { return skipped_documents.count(r.document_id) != 0; }),
                 records->end());
}

// Which kinds of content hash an index's documents carry: an older newsgraph's
// (FNV-1a) or the current one's.
struct HashKinds {
  bool fnv = false;
  bool current = false;
  bool Differ(const HashKinds& other) const { return (fnv && other.current) || (current && other.fnv); }
};

HashKinds HashKindsOf(const KnowledgeGraph& graph) {
  HashKinds kinds;
  for (const DocumentRecord& d : graph.documents()) (IsFnvContentHash(d.content_hash) ? kinds.fnv : kinds.current) = true;
  return kinds;
}

}  // namespace

void MergeInto(KnowledgeGraph* into, const KnowledgeGraph& from, std::vector<std::string>* skipped) {
  std::unordered_set<std::string> known_hashes;
  for (const DocumentRecord& d : into->documents()) known_hashes.insert(d.content_hash);
  if (HashKindsOf(*into).Differ(HashKindsOf(from))) {
    spdlog::warn("one index was written by an older newsgraph, which hashed texts differently: a text in both "
                 "under two ids is kept twice (documents of the same id are still merged)");
  }
  std::unordered_set<std::string> skipped_documents;
  for (const DocumentRecord& d : from.documents()) {
    if (into->HasDocument(d.id) || known_hashes.count(d.content_hash) != 0) {
      skipped_documents.insert(d.id);
      if (skipped != nullptr) skipped->push_back(d.id);
    } else {
      into->AddDocumentRecord(d);
    }
  }

  const GraphStorage& g = from.storage();
  // An entity is kept when one of the kept documents names it or one of their
  // relations reaches it, as indexing those documents would have done. Each is
  // added once: adding it again would repeat its mentions.
  std::unordered_map<Vertex, Vertex> added;
  auto add_vertex = [&](Vertex v, bool with_records) {
    if (auto it = added.find(v); it != added.end()) return it->second;
    GraphVertex copy = g[v];
    if (with_records) {
      DropSkipped(&copy.mentions, skipped_documents);
      DropSkipped(&copy.statement.evidence, skipped_documents);
    } else {
      copy.mentions.clear();
      copy.statement.evidence.clear();
    }
    Vertex into_vertex = into->AddOrGetVertex(std::move(copy));
    added.emplace(v, into_vertex);
    return into_vertex;
  };
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const GraphVertex& v = g[*it];
    bool kept = v.is_statement() ? skipped_documents.count(v.statement.document_id) == 0
                                 : std::any_of(v.mentions.begin(), v.mentions.end(), [&](const MentionRecord& m) {
                                     return skipped_documents.count(m.document_id) == 0;
                                   });
    if (kept) add_vertex(*it, true);
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    RelationEdge relation = g[*it];
    DropSkipped(&relation.evidence, skipped_documents);
    if (relation.evidence.empty()) continue;
    Vertex source = add_vertex(boost::source(*it, g), false);
    Vertex target = add_vertex(boost::target(*it, g), false);
    into->AddRelation(source, target, std::move(relation));
  }
}

}  // namespace newsgraph
