#include "store/index_file.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/wire_format_lite.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <tuple>

#include "newsgraph.pb.h"
#include "store/index_wire.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph {
namespace {

pb::EntityType ToProto(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return pb::PERSON;
    case EntityType::kOrganization: return pb::ORGANIZATION;
    case EntityType::kOffice: return pb::OFFICE;
    case EntityType::kPlace: return pb::PLACE;
    case EntityType::kUnnamed: return pb::UNNAMED;
  }
  return pb::ENTITY_TYPE_UNSPECIFIED;
}

// All of the entity but its mentions (the last field: index_wire writes them).
void ToProtoWithoutMentions(const GraphVertex& v, pb::Entity* out) {
  out->set_id(v.id);
  out->set_type(ToProto(v.type));
  out->set_canonical_name(v.name);
  for (const std::string& alias : v.aliases) out->add_aliases(alias);
  for (const auto& [key, value] : v.attributes) (*out->mutable_attributes())[key] = value;
  out->set_from_gazetteer(v.from_gazetteer);
}

// The canonical order of evidence: by date, document and place in it, so
// that the file does not depend on the order documents were indexed in.
bool EvidenceBefore(const EvidenceRecord& a, const EvidenceRecord& b) {
  return std::tie(a.document_date, a.document_id, a.start, a.end, a.sentence_index, a.rule, a.trigger, a.sentence,
                  a.when, a.where) < std::tie(b.document_date, b.document_id, b.start, b.end, b.sentence_index,
                                              b.rule, b.trigger, b.sentence, b.when, b.where);
}

// The records in canonical order, sorted as pointers: copying them to sort
// would copy every string in them. The comparisons cover every field, so
// the order of records they call equal does not show in the file.
std::vector<const EvidenceRecord*> SortedEvidence(const std::vector<EvidenceRecord>& evidence) {
  std::vector<const EvidenceRecord*> sorted;
  sorted.reserve(evidence.size());
  for (const EvidenceRecord& e : evidence) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(),
            [](const EvidenceRecord* a, const EvidenceRecord* b) { return EvidenceBefore(*a, *b); });
  return sorted;
}

std::vector<const MentionRecord*> SortedMentions(const std::vector<MentionRecord>& mentions) {
  std::vector<const MentionRecord*> sorted;
  sorted.reserve(mentions.size());
  for (const MentionRecord& m : mentions) sorted.push_back(&m);
  std::sort(sorted.begin(), sorted.end(), [](const MentionRecord* a, const MentionRecord* b) {
    return std::tie(a->document_id, a->start, a->end, a->text) < std::tie(b->document_id, b->start, b->end, b->text);
  });
  return sorted;
}

// The edges that leave `v`, in canonical order (target id, then the merge key).
std::vector<Edge> SortedOutEdges(const GraphStorage& g, Vertex v) {
  std::vector<Edge> edges;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) edges.push_back(*it);
  auto key = [&](const Edge& e) {
    const RelationEdge& r = g[e];
    return std::tie(g[boost::target(e, g)].id, r.type, r.negated, r.polarity, r.former, r.modality, r.demand);
  };
  std::sort(edges.begin(), edges.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
  return edges;
}

// One field of the Index message: tag, length, bytes. Writing the fields one
// at a time gives the same bytes as serializing a whole pb::Index (fields in
// number order), without holding the index twice in memory.
void WriteField(int field_number, const google::protobuf::MessageLite& message,
                google::protobuf::io::CodedOutputStream* out) {
  out->WriteTag(google::protobuf::internal::WireFormatLite::MakeTag(
      field_number, google::protobuf::internal::WireFormatLite::WIRETYPE_LENGTH_DELIMITED));
  out->WriteVarint32(static_cast<uint32_t>(message.ByteSizeLong()));
  message.SerializeWithCachedSizes(out);
}

// Canonical order, whatever order the documents came in (so that indexing in
// shards and merging gives the same bytes as indexing at once): entities by
// id, then statements by id, relations by source in that order, then target
// and key; evidence and mentions by document and place; documents by id. The
// reader rebuilds in this order, so reading and writing again gives the same file.
void WriteIndexFields(const KnowledgeGraph& graph, google::protobuf::io::CodedOutputStream* out) {
  const GraphStorage& g = graph.storage();
  std::vector<Vertex> entities;
  std::vector<Vertex> statements;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    (g[*it].is_statement() ? statements : entities).push_back(*it);
  }
  auto by_id = [&](Vertex a, Vertex b) { return g[a].id < g[b].id; };
  std::sort(entities.begin(), entities.end(), by_id);
  std::sort(statements.begin(), statements.end(), by_id);
  std::vector<const DocumentRecord*> documents;
  for (const DocumentRecord& d : graph.documents()) documents.push_back(&d);
  std::sort(documents.begin(), documents.end(),
            [](const DocumentRecord* a, const DocumentRecord* b) { return a->id < b->id; });

  pb::Header header;
  header.set_magic(kIndexMagic);
  header.set_format_version(kIndexFormatVersion);
  header.set_created_by(std::string("newsgraph ") + NEWSGRAPH_VERSION);
  header.set_entity_count(entities.size());
  header.set_relation_count(boost::num_edges(g));
  header.set_document_count(documents.size());
  header.set_statement_count(statements.size());
  WriteField(pb::Index::kHeaderFieldNumber, header, out);

  for (Vertex v : entities) {
    pb::Entity entity;
    ToProtoWithoutMentions(g[v], &entity);
    index_wire::WriteEntity(pb::Index::kEntitiesFieldNumber, entity, SortedMentions(g[v].mentions), out);
  }
  for (const std::vector<Vertex>* group : {&entities, &statements}) {
    for (Vertex v : *group) {
      for (const Edge& edge : SortedOutEdges(g, v)) {
        const RelationEdge& e = g[edge];
        index_wire::WriteRelation(pb::Index::kRelationsFieldNumber, g[v].id, g[boost::target(edge, g)].id, e, SortedEvidence(e.evidence), out);
      }
    }
  }
  for (const DocumentRecord* document : documents) {
    pb::Document pd;
    pd.set_id(document->id);
    pd.set_title(document->title);
    pd.set_date(document->date);
    pd.set_source(document->source);
    pd.set_content_hash(document->content_hash);
    WriteField(pb::Index::kDocumentsFieldNumber, pd, out);
  }
  for (Vertex v : statements) index_wire::WriteStatement(pb::Index::kStatementsFieldNumber, g[v], SortedEvidence(g[v].statement.evidence), out);
}

}  // namespace

void WriteIndex(const KnowledgeGraph& graph, const std::string& path) {
  WriteFileAtomicallyWith(path, [&](int fd) {
    google::protobuf::io::FileOutputStream file(fd);
    {
      google::protobuf::io::CodedOutputStream out(&file);
      // Deterministic so that indexing the same inputs twice gives identical files.
      out.SetSerializationDeterministic(true);
      WriteIndexFields(graph, &out);
      if (out.HadError()) throw FileError(path, 0, std::string("write failed: ") + std::strerror(file.GetErrno()));
      if (out.ByteCount() > std::numeric_limits<int>::max()) {
        throw FileError(path, 0, "the index would exceed 2 GiB, more than protobuf can read back");
      }
    }
    if (!file.Flush()) throw FileError(path, 0, std::string("write failed: ") + std::strerror(file.GetErrno()));
  });
}

}  // namespace newsgraph
