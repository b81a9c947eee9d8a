#include "store/index_file.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/wire_format_lite.h>
#include <google/protobuf/stubs/logging.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <tuple>
#include <limits>
#include <unordered_set>

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

std::optional<EntityType> FromProto(pb::EntityType t) {
  switch (t) {
    case pb::PERSON: return EntityType::kPerson;
    case pb::ORGANIZATION: return EntityType::kOrganization;
    case pb::OFFICE: return EntityType::kOffice;
    case pb::PLACE: return EntityType::kPlace;
    case pb::UNNAMED: return EntityType::kUnnamed;
    default: return std::nullopt;
  }
}

std::optional<RelationType> FromProto(pb::RelationType t) {
  switch (t) {
    case pb::MET: return RelationType::kMet;
    case pb::SAID: return RelationType::kSaid;
    case pb::REACTED: return RelationType::kReacted;
    case pb::HOLDS_OFFICE: return RelationType::kHoldsOffice;
    case pb::MEMBER_OF: return RelationType::kMemberOf;
    case pb::CONTACTED: return RelationType::kContacted;
    case pb::ABOUT: return RelationType::kAbout;
    case pb::TOLD: return RelationType::kTold;
    default: return std::nullopt;
  }
}

std::vector<EvidenceRecord> FromProto(
    const google::protobuf::RepeatedPtrField<pb::Evidence>& evidence) {
  std::vector<EvidenceRecord> out;
  out.reserve(static_cast<size_t>(evidence.size()));
  for (const pb::Evidence& e : evidence) {
    out.push_back(EvidenceRecord{e.document_id(), e.sentence_index(), e.start(), e.end(),
                                 e.sentence(), e.document_date(), e.trigger(), e.rule(), e.when(), e.where()});
  }
  return out;
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
  WriteField(1, header, out);

  for (Vertex v : entities) {
    pb::Entity entity;
    ToProtoWithoutMentions(g[v], &entity);
    std::vector<const MentionRecord*> mentions = SortedMentions(g[v].mentions);
    out->WriteTag(google::protobuf::internal::WireFormatLite::MakeTag(
        2, google::protobuf::internal::WireFormatLite::WIRETYPE_LENGTH_DELIMITED));
    out->WriteVarint32(static_cast<uint32_t>(entity.ByteSizeLong() + index_wire::MentionsSize(mentions)));
    entity.SerializeWithCachedSizes(out);
    index_wire::WriteMentions(7, mentions, out);
  }
  for (const std::vector<Vertex>* group : {&entities, &statements}) {
    for (Vertex v : *group) {
      for (const Edge& edge : SortedOutEdges(g, v)) {
        const RelationEdge& e = g[edge];
        index_wire::WriteRelation(3, g[v].id, g[boost::target(edge, g)].id, e, SortedEvidence(e.evidence), out);
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
    WriteField(4, pd, out);
  }
  for (Vertex v : statements) index_wire::WriteStatement(5, g[v], SortedEvidence(g[v].statement.evidence), out);
}

// Checks the header before anything else is looked at, so a foreign or newer
// file is reported as such rather than as a pile of odd entities.
void CheckHeader(const pb::Index& index, const std::string& path) {
  if (!index.has_header() || index.header().magic() != kIndexMagic) {
    throw FileError(path, 0,
                    std::string("not a newsgraph index (no \"") + kIndexMagic +
                        "\" header; is it another kind of file?)");
  }
  const pb::Header& h = index.header();
  if (h.format_version() > kIndexFormatVersion) {
    throw FileError(path, 0,
                    "index format version " + std::to_string(h.format_version()) +
                        " is newer than this newsgraph reads (" +
                        std::to_string(kIndexFormatVersion) + "); it was written by " +
                        (h.created_by().empty() ? std::string("a newer newsgraph") : h.created_by()) +
                        ": upgrade newsgraph or rebuild the index");
  }
  if (h.format_version() == 0) throw FileError(path, 0, "index has no format version: corrupt file");
  if (h.format_version() < kIndexFormatVersion) {
    throw FileError(path, 0,
                    "index format version " + std::to_string(h.format_version()) +
                        " is older than this newsgraph reads (" + std::to_string(kIndexFormatVersion) +
                        "; statements became vertices of their own): rebuild it with `newsgraph index`");
  }
  auto check = [&](const char* what, uint64_t expected, int actual) {
    if (expected != static_cast<uint64_t>(actual)) {
      throw FileError(path, 0,
                      "truncated or damaged index: the header promises " + std::to_string(expected) +
                          " " + what + ", the file holds " + std::to_string(actual) +
                          "; rebuild it with `newsgraph index`");
    }
  };
  check("entities", h.entity_count(), index.entities_size());
  check("relations", h.relation_count(), index.relations_size());
  check("documents", h.document_count(), index.documents_size());
  check("statements", h.statement_count(), index.statements_size());
}

// Which kinds of vertex a relation type joins (see the Relation message).
bool EndsFit(RelationType type, const GraphVertex& source, const GraphVertex& target) {
  switch (type) {
    case RelationType::kSaid: return !source.is_statement() && target.is_statement();
    case RelationType::kAbout:
    case RelationType::kTold: return source.is_statement() && !target.is_statement();
    default: return !source.is_statement() && !target.is_statement();
  }
}

KnowledgeGraph FromProto(const pb::Index& index, const std::string& path) {
  KnowledgeGraph graph;
  auto corrupt = [&](const std::string& what) {
    return FileError(path, 0, "corrupt index: " + what);
  };
  std::unordered_set<std::string> ids;
  int i = 0;
  for (const pb::Entity& pe : index.entities()) {
    ++i;
    if (pe.id().empty()) throw corrupt("entity #" + std::to_string(i) + " has no id");
    if (!ids.insert(pe.id()).second) throw corrupt("entity id \"" + pe.id() + "\" appears twice");
    std::optional<EntityType> type = FromProto(pe.type());
    if (!type) throw corrupt("entity \"" + pe.id() + "\" has an unknown type");
    GraphVertex v;
    v.id = pe.id();
    v.type = *type;
    v.name = pe.canonical_name();
    v.aliases.assign(pe.aliases().begin(), pe.aliases().end());
    for (const auto& [key, value] : pe.attributes()) v.attributes.emplace(key, value);
    v.from_gazetteer = pe.from_gazetteer();
    v.mentions.reserve(static_cast<size_t>(pe.mentions_size()));
    for (const pb::Mention& m : pe.mentions()) {
      v.mentions.push_back(MentionRecord{m.document_id(), m.start(), m.end(), m.text()});
    }
    graph.AddOrGetVertex(std::move(v));
  }
  i = 0;
  for (const pb::Statement& ps : index.statements()) {
    ++i;
    if (ps.id().empty()) throw corrupt("statement #" + std::to_string(i) + " has no id");
    if (!ids.insert(ps.id()).second) throw corrupt("id \"" + ps.id() + "\" appears twice");
    GraphVertex v;
    v.kind = VertexKind::kStatement;
    v.id = ps.id();
    v.name = ps.quote();
    v.from_gazetteer = false;
    v.statement = Statement{ps.quote(), ps.direct(), ps.document_id(), ps.document_date(),
                            ps.quote_start(), ps.quote_end(), FromProto(ps.evidence())};
    graph.AddOrGetVertex(std::move(v));
  }

  i = 0;
  for (const pb::Relation& pr : index.relations()) {
    ++i;
    std::string where = "relation #" + std::to_string(i);
    std::optional<RelationType> type = FromProto(pr.type());
    if (!type) throw corrupt(where + " has an unknown type");
    std::optional<Vertex> source = graph.FindById(pr.source());
    if (!source) throw corrupt(where + " names an unknown vertex \"" + pr.source() + "\"");
    if (pr.target().empty()) {
      throw corrupt(where + " (" + std::string(RelationTypeName(*type)) + ") has no target");
    }
    std::optional<Vertex> target = graph.FindById(pr.target());
    if (!target) throw corrupt(where + " names an unknown vertex \"" + pr.target() + "\"");
    if (!EndsFit(*type, graph.storage()[*source], graph.storage()[*target])) {
      throw corrupt(where + " (" + std::string(RelationTypeName(*type)) + ") joins \"" + pr.source() +
                    "\" to \"" + pr.target() + "\", vertices of the wrong kind");
    }
    RelationEdge edge;
    edge.type = *type;
    edge.negated = pr.negated();
    edge.polarity = pr.polarity();
    edge.former = pr.former();
    edge.demand = pr.demand();
    edge.modality = pr.modality();
    edge.evidence = FromProto(pr.evidence());
    graph.AddRelation(*source, *target, std::move(edge));
  }

  for (const pb::Document& d : index.documents()) {
    graph.AddDocumentRecord(DocumentRecord{d.id(), d.title(), d.date(), d.source(), d.content_hash()});
  }
  return graph;
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

KnowledgeGraph ReadIndex(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw FileError(path, 0, "is a folder, not an index file");
  }
  std::string bytes = ReadFile(path);
  if (bytes.empty()) throw FileError(path, 0, "empty file, not a newsgraph index");
  pb::Index index;
  bool parsed;
  {
    // Protobuf logs its own complaint about bad input; ours names the file.
    google::protobuf::LogSilencer silence;
    parsed = bytes.size() <= static_cast<size_t>(std::numeric_limits<int>::max()) &&
             index.ParseFromString(bytes);
  }
  if (!parsed) {
    throw FileError(path, 0,
                    "not a readable newsgraph index (truncated, corrupt, or another kind of file)");
  }
  CheckHeader(index, path);
  return FromProto(index, path);
}

}  // namespace newsgraph
