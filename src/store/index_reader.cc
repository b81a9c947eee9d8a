// ReadIndex (store/index_file.h): the index is streamed, one top-level record
// at a time, never parsed whole: a pb::Index of news-politics held in memory
// beside its graph took a whole run of `index --append` to 1 GB.
//
// Two passes over the file: relations name statements, which the file holds
// after them, so the first pass adds the vertices and documents and the
// second the relations.
#include <fcntl.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/wire_format_lite.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>

#include "newsgraph.pb.h"
#include "store/index_file.h"
#include "util/error.h"

namespace newsgraph {
namespace {

using google::protobuf::io::CodedInputStream;
using google::protobuf::internal::WireFormatLite;

// No vertex record takes fewer bytes (tag, length, an id field).
constexpr uint64_t kMinVertexBytes = 4;

// The pb::Index field numbers.
constexpr int kHeader = pb::Index::kHeaderFieldNumber;
constexpr int kEntities = pb::Index::kEntitiesFieldNumber;
constexpr int kRelations = pb::Index::kRelationsFieldNumber;
constexpr int kDocuments = pb::Index::kDocumentsFieldNumber;
constexpr int kStatements = pb::Index::kStatementsFieldNumber;

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

std::vector<EvidenceRecord> FromProto(const google::protobuf::RepeatedPtrField<pb::Evidence>& evidence) {
  std::vector<EvidenceRecord> out;
  out.reserve(static_cast<size_t>(evidence.size()));
  for (const pb::Evidence& e : evidence) {
    out.push_back(EvidenceRecord{e.document_id(), e.sentence_index(), e.start(), e.end(),
                                 e.sentence(), e.document_date(), e.trigger(), e.rule(), e.when(), e.where()});
  }
  return out;
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

class IndexReader {
 public:
  IndexReader(const std::string& path, size_t spare_vertices) : path_(path), spare_vertices_(spare_vertices) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw FileError(path, 0, "is a folder, not an index file");
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw FileError(path, 0, std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    int stat_error = ::fstat(fd_, &st) != 0 ? errno : 0;
    if (stat_error != 0 || st.st_size == 0 || st.st_size > std::numeric_limits<int>::max()) {
      ::close(fd_);
      if (stat_error != 0) throw FileError(path, 0, std::string("cannot read: ") + std::strerror(stat_error));
      if (st.st_size == 0) throw FileError(path, 0, "empty file, not a newsgraph index");
      throw Unreadable();
    }
    file_size_ = static_cast<uint64_t>(st.st_size);
  }
  ~IndexReader() {
    if (fd_ >= 0) ::close(fd_);
  }
  IndexReader(const IndexReader&) = delete;
  IndexReader& operator=(const IndexReader&) = delete;

  KnowledgeGraph Read() {
    // Protobuf logs its own complaint about bad input; ours names the file.
    google::protobuf::LogSilencer silence;
    KnowledgeGraph graph;
    bool first = true;
    ForEachField([&](int field, CodedInputStream* in) {
      if (first != (field == kHeader)) throw NotAnIndex();
      first = false;
      switch (field) {
        case kHeader:
          ReadHeader(in);
          // Room for every vertex at once: growing there moves them all. A
          // damaged header's count is bounded by what the file could hold.
          graph.ReserveVertices(std::min<uint64_t>(header_.entity_count() + header_.statement_count(),
                                                   file_size_ / kMinVertexBytes) +
                                spare_vertices_);
          return true;
        case kEntities: AddEntity(Parse<pb::Entity>(in), &graph); return true;
        case kStatements: AddStatement(Parse<pb::Statement>(in), &graph); return true;
        case kDocuments: {
          auto d = Parse<pb::Document>(in);
          graph.AddDocumentRecord(DocumentRecord{d.id(), d.title(), d.date(), d.source(), d.content_hash()});
          ++documents_;
          return true;
        }
        default: return false;  // relations: the second pass
      }
    });
    if (first) throw NotAnIndex();
    CheckCounts();
    ForEachField([&](int field, CodedInputStream* in) {
      if (field != kRelations) return false;
      AddRelation(Parse<pb::Relation>(in), &graph);
      return true;
    });
    return graph;
  }

 private:
  Error Unreadable() const {
    return FileError(path_, 0, "not a readable newsgraph index (truncated, corrupt, or another kind of file)");
  }
  Error NotAnIndex() const {
    return FileError(path_, 0,
                     std::string("not a newsgraph index (no \"") + kIndexMagic +
                         "\" header; is it another kind of file?)");
  }
  Error Corrupt(const std::string& what) const { return FileError(path_, 0, "corrupt index: " + what); }

  // Calls `visit` with each of the file's Index fields 1-5, its stream
  // limited to the field's bytes; `visit` parses them (true) or leaves them
  // to be skipped (false). Other fields are skipped, as protobuf would.
  void ForEachField(const std::function<bool(int, CodedInputStream*)>& visit) {
    if (::lseek(fd_, 0, SEEK_SET) != 0) throw FileError(path_, 0, std::string("cannot read: ") + std::strerror(errno));
    google::protobuf::io::FileInputStream file(fd_);
    CodedInputStream in(&file);
    in.SetTotalBytesLimit(std::numeric_limits<int>::max());
    while (uint32_t tag = in.ReadTag()) {
      int field = WireFormatLite::GetTagFieldNumber(tag);
      bool known = field == kHeader || field == kEntities || field == kRelations || field == kDocuments ||
                   field == kStatements;
      if (!known || WireFormatLite::GetTagWireType(tag) != WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
        if (known || !WireFormatLite::SkipField(&in, tag)) throw Unreadable();
        continue;
      }
      uint32_t length = 0;
      if (!in.ReadVarint32(&length) || length > static_cast<uint32_t>(std::numeric_limits<int>::max())) {
        throw Unreadable();
      }
      if (field == kRelations) ++relations_seen_;
      CodedInputStream::Limit limit = in.PushLimit(static_cast<int>(length));
      if (!visit(field, &in) && !in.Skip(static_cast<int>(length))) throw Unreadable();
      if (in.BytesUntilLimit() != 0) throw Unreadable();
      in.PopLimit(limit);
    }
    if (!in.ConsumedEntireMessage() || file.GetErrno() != 0) throw Unreadable();
  }

  template <typename Message>
  Message Parse(CodedInputStream* in) const {
    Message message;
    if (!message.ParseFromCodedStream(in) || in->BytesUntilLimit() != 0) throw Unreadable();
    return message;
  }

  // Checks the header before anything else is looked at, so a foreign or newer
  // file is reported as such rather than as a pile of odd entities.
  void ReadHeader(CodedInputStream* in) {
    pb::Header h;
    if (!h.ParseFromCodedStream(in) || h.magic() != kIndexMagic) throw NotAnIndex();
    if (h.format_version() > kIndexFormatVersion) {
      throw FileError(path_, 0,
                      "index format version " + std::to_string(h.format_version()) +
                          " is newer than this newsgraph reads (" + std::to_string(kIndexFormatVersion) +
                          "); it was written by " +
                          (h.created_by().empty() ? std::string("a newer newsgraph") : h.created_by()) +
                          ": upgrade newsgraph or rebuild the index");
    }
    if (h.format_version() == 0) throw FileError(path_, 0, "index has no format version: corrupt file");
    if (h.format_version() < kIndexFormatVersion) {
      throw FileError(path_, 0,
                      "index format version " + std::to_string(h.format_version()) +
                          " is older than this newsgraph reads (" + std::to_string(kIndexFormatVersion) +
                          "; statements became vertices of their own): rebuild it with `newsgraph index`");
    }
    header_ = std::move(h);
  }

  void CheckCounts() const {
    auto check = [&](const char* what, uint64_t expected, uint64_t actual) {
      if (expected != actual) {
        throw FileError(path_, 0,
                        "truncated or damaged index: the header promises " + std::to_string(expected) + " " +
                            what + ", the file holds " + std::to_string(actual) +
                            "; rebuild it with `newsgraph index`");
      }
    };
    check("entities", header_.entity_count(), entities_);
    check("relations", header_.relation_count(), relations_seen_);
    check("documents", header_.document_count(), documents_);
    check("statements", header_.statement_count(), statements_);
  }

  void AddEntity(const pb::Entity& pe, KnowledgeGraph* graph) {
    ++entities_;
    if (pe.id().empty()) throw Corrupt("entity #" + std::to_string(entities_) + " has no id");
    if (graph->FindById(pe.id())) throw Corrupt("entity id \"" + pe.id() + "\" appears twice");
    std::optional<EntityType> type = FromProto(pe.type());
    if (!type) throw Corrupt("entity \"" + pe.id() + "\" has an unknown type");
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
    graph->AddOrGetVertex(std::move(v));
  }

  void AddStatement(const pb::Statement& ps, KnowledgeGraph* graph) {
    ++statements_;
    if (ps.id().empty()) throw Corrupt("statement #" + std::to_string(statements_) + " has no id");
    if (graph->FindById(ps.id())) throw Corrupt("id \"" + ps.id() + "\" appears twice");
    GraphVertex v;
    v.kind = VertexKind::kStatement;
    v.id = ps.id();
    v.name = ps.quote();
    v.from_gazetteer = false;
    v.statement = Statement{ps.direct(), ps.document_id(), ps.document_date(), ps.quote_start(), ps.quote_end(),
                            FromProto(ps.evidence())};
    graph->AddOrGetVertex(std::move(v));
  }

  void AddRelation(const pb::Relation& pr, KnowledgeGraph* graph) {
    ++relations_added_;
    std::string where = "relation #" + std::to_string(relations_added_);
    std::optional<RelationType> type = FromProto(pr.type());
    if (!type) throw Corrupt(where + " has an unknown type");
    std::optional<Vertex> source = graph->FindById(pr.source());
    if (!source) throw Corrupt(where + " names an unknown vertex \"" + pr.source() + "\"");
    if (pr.target().empty()) throw Corrupt(where + " (" + std::string(RelationTypeName(*type)) + ") has no target");
    std::optional<Vertex> target = graph->FindById(pr.target());
    if (!target) throw Corrupt(where + " names an unknown vertex \"" + pr.target() + "\"");
    if (!EndsFit(*type, graph->storage()[*source], graph->storage()[*target])) {
      throw Corrupt(where + " (" + std::string(RelationTypeName(*type)) + ") joins \"" + pr.source() + "\" to \"" +
                    pr.target() + "\", vertices of the wrong kind");
    }
    RelationEdge edge;
    edge.type = *type;
    edge.negated = pr.negated();
    edge.polarity = pr.polarity();
    edge.former = pr.former();
    edge.demand = pr.demand();
    edge.modality = pr.modality();
    edge.evidence = FromProto(pr.evidence());
    graph->AddRelation(*source, *target, std::move(edge));
  }

  const std::string& path_;
  size_t spare_vertices_;
  int fd_ = -1;
  uint64_t file_size_ = 0;
  pb::Header header_;
  uint64_t entities_ = 0, statements_ = 0, documents_ = 0, relations_seen_ = 0, relations_added_ = 0;
};

}  // namespace

KnowledgeGraph ReadIndex(const std::string& path, size_t spare_vertices) {
  return IndexReader(path, spare_vertices).Read();
}

}  // namespace newsgraph
