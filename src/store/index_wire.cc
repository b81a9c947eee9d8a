#include "store/index_wire.h"

#include <google/protobuf/wire_format_lite.h>

#include <type_traits>

#include "newsgraph.pb.h"

namespace newsgraph::index_wire {
namespace {

using google::protobuf::internal::WireFormatLite;

// Every field number of these messages is below 16: its tag is one byte.
constexpr size_t kTagSize = 1;

size_t LengthDelimitedSize(size_t length) {
  return kTagSize + Stream::VarintSize32(static_cast<uint32_t>(length)) + length;
}

// Each message's fields are listed once, in a walk over a field visitor: the
// Sizer adds up the bytes they take, the Writer writes them. Proto3 leaves
// out a field at its default value; both visitors do.
struct Sizer {
  size_t size = 0;
  void String(int, std::string_view s) { size += s.empty() ? 0 : LengthDelimitedSize(s.size()); }
  void Uint(int, uint32_t v) { size += v == 0 ? 0 : kTagSize + Stream::VarintSize32(v); }
  void Bool(int, bool b) { size += b ? kTagSize + 1 : 0; }
  template <typename WriteBody>
  void Message(int, size_t body, const WriteBody&) { size += LengthDelimitedSize(body); }
};

struct Writer {
  Stream* out;
  void String(int field, std::string_view s) {
    if (s.empty()) return;
    out->WriteTag(WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED));
    out->WriteVarint32(static_cast<uint32_t>(s.size()));
    out->WriteRaw(s.data(), static_cast<int>(s.size()));
  }
  void Uint(int field, uint32_t v) {
    if (v == 0) return;
    out->WriteTag(WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_VARINT));
    out->WriteVarint32(v);
  }
  void Bool(int field, bool b) { Uint(field, b ? 1 : 0); }
  // A nested message of `body` bytes, which `write_body` writes.
  template <typename WriteBody>
  void Message(int field, size_t body, const WriteBody& write_body) {
    out->WriteTag(WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED));
    out->WriteVarint32(static_cast<uint32_t>(body));
    write_body();
  }
};

template <typename Fields>
void RecordFields(const EvidenceRecord& e, Fields& f) {
  f.String(1, e.document_id);
  f.Uint(2, e.sentence_index);
  f.Uint(3, e.start);
  f.Uint(4, e.end);
  f.String(5, e.sentence);
  f.String(6, e.document_date);
  f.String(7, e.trigger);
  f.String(8, e.rule);
  f.String(9, e.when);
  f.String(10, e.where);
}

template <typename Fields>
void RecordFields(const MentionRecord& m, Fields& f) {
  f.String(1, m.document_id);
  f.Uint(2, m.start);
  f.Uint(3, m.end);
  f.String(4, m.text);
}

// A repeated message field. Each record's size is computed once: the
// enclosing message's size needs it, and so does the record's own header.
template <typename Record>
class Repeated {
 public:
  Repeated(int field_number, const std::vector<const Record*>& records)
      : field_number_(field_number), records_(records) {
    sizes_.reserve(records.size());
    for (const Record* r : records) {
      Sizer sizer;
      RecordFields(*r, sizer);
      sizes_.push_back(sizer.size);
    }
  }

  template <typename Fields>
  void Visit(Fields& f) const {
    for (size_t i = 0; i < records_.size(); ++i) {
      f.Message(field_number_, sizes_[i], [&] { RecordFields(*records_[i], f); });
    }
  }

 private:
  int field_number_;
  const std::vector<const Record*>& records_;
  std::vector<size_t> sizes_;
};

// Writes the top-level field `field_number` holding the message whose fields
// `fields` visits.
template <typename VisitFields>
void WriteMessage(int field_number, const VisitFields& fields, Stream* out) {
  Sizer sizer;
  fields(sizer);
  Writer writer{out};
  writer.Message(field_number, sizer.size, [&] { fields(writer); });
}

}  // namespace

int RelationTypeNumber(RelationType type) {
  switch (type) {
    case RelationType::kMet: return pb::MET;
    case RelationType::kSaid: return pb::SAID;
    case RelationType::kReacted: return pb::REACTED;
    case RelationType::kHoldsOffice: return pb::HOLDS_OFFICE;
    case RelationType::kMemberOf: return pb::MEMBER_OF;
    case RelationType::kContacted: return pb::CONTACTED;
    case RelationType::kAbout: return pb::ABOUT;
    case RelationType::kTold: return pb::TOLD;
  }
  return pb::RELATION_TYPE_UNSPECIFIED;
}

void WriteRelation(int field_number, std::string_view source, std::string_view target,
                   const RelationEdge& relation, const std::vector<const EvidenceRecord*>& evidence,
                   Stream* out) {
  auto type = static_cast<uint32_t>(RelationTypeNumber(relation.type));  // enum values are not negative
  Repeated<EvidenceRecord> evidence_field(10, evidence);
  WriteMessage(field_number, [&](auto& f) {
    f.Uint(1, type);
    f.String(2, source);
    f.String(3, target);
    f.Bool(4, relation.negated);
    f.String(5, relation.polarity);
    f.Bool(7, relation.former);
    f.String(8, relation.modality);
    evidence_field.Visit(f);
    f.Bool(11, relation.demand);
  }, out);
}

void WriteStatement(int field_number, const GraphVertex& v, const std::vector<const EvidenceRecord*>& evidence,
                    Stream* out) {
  const Statement& s = v.statement;
  Repeated<EvidenceRecord> evidence_field(8, evidence);
  WriteMessage(field_number, [&](auto& f) {
    f.String(1, v.id);
    f.String(2, v.quote());
    f.Bool(3, s.direct);
    f.String(4, s.document_id);
    f.String(5, s.document_date);
    f.Uint(6, s.quote_start);
    f.Uint(7, s.quote_end);
    evidence_field.Visit(f);
  }, out);
}

void WriteEntity(int field_number, const pb::Entity& without_mentions,
                 const std::vector<const MentionRecord*>& mentions, Stream* out) {
  Repeated<MentionRecord> mention_field(pb::Entity::kMentionsFieldNumber, mentions);
  // The mentions are the entity's last field: protobuf's own serialization of
  // the rest, then them, is the whole message's serialization.
  WriteMessage(field_number, [&](auto& f) {
    if constexpr (std::is_same_v<std::decay_t<decltype(f)>, Sizer>) {
      f.size += without_mentions.ByteSizeLong();
    } else {
      without_mentions.SerializeWithCachedSizes(f.out);
    }
    mention_field.Visit(f);
  }, out);
}

}  // namespace newsgraph::index_wire
