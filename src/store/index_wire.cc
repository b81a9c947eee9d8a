#include "store/index_wire.h"

#include <google/protobuf/wire_format_lite.h>

#include "newsgraph.pb.h"

namespace newsgraph::index_wire {
namespace {

using google::protobuf::internal::WireFormatLite;

// Every field number of these messages is below 16: its tag is one byte.
constexpr size_t kTagSize = 1;

uint32_t LengthTag(int field) {
  return WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED);
}
uint32_t VarintTag(int field) { return WireFormatLite::MakeTag(field, WireFormatLite::WIRETYPE_VARINT); }

size_t StringSize(std::string_view s) {
  return s.empty() ? 0 : kTagSize + Stream::VarintSize32(static_cast<uint32_t>(s.size())) + s.size();
}
size_t UintSize(uint32_t v) { return v == 0 ? 0 : kTagSize + Stream::VarintSize32(v); }
size_t BoolSize(bool b) { return b ? kTagSize + 1 : 0; }
size_t MessageSize(size_t body) { return kTagSize + Stream::VarintSize32(static_cast<uint32_t>(body)) + body; }

void PutString(int field, std::string_view s, Stream* out) {
  if (s.empty()) return;
  out->WriteTag(LengthTag(field));
  out->WriteVarint32(static_cast<uint32_t>(s.size()));
  out->WriteRaw(s.data(), static_cast<int>(s.size()));
}
void PutUint(int field, uint32_t v, Stream* out) {
  if (v == 0) return;
  out->WriteTag(VarintTag(field));
  out->WriteVarint32(v);
}
void PutBool(int field, bool b, Stream* out) {
  if (!b) return;
  out->WriteTag(VarintTag(field));
  out->WriteVarint32(1);
}
void PutMessageHeader(int field, size_t body, Stream* out) {
  out->WriteTag(LengthTag(field));
  out->WriteVarint32(static_cast<uint32_t>(body));
}

size_t EvidenceBody(const EvidenceRecord& e) {
  return StringSize(e.document_id) + UintSize(e.sentence_index) + UintSize(e.start) + UintSize(e.end) +
         StringSize(e.sentence) + StringSize(e.document_date) + StringSize(e.trigger) + StringSize(e.rule) +
         StringSize(e.when) + StringSize(e.where);
}

void PutEvidence(int field, const EvidenceRecord& e, Stream* out) {
  PutMessageHeader(field, EvidenceBody(e), out);
  PutString(1, e.document_id, out);
  PutUint(2, e.sentence_index, out);
  PutUint(3, e.start, out);
  PutUint(4, e.end, out);
  PutString(5, e.sentence, out);
  PutString(6, e.document_date, out);
  PutString(7, e.trigger, out);
  PutString(8, e.rule, out);
  PutString(9, e.when, out);
  PutString(10, e.where, out);
}

size_t EvidenceListSize(const std::vector<const EvidenceRecord*>& evidence) {
  size_t size = 0;
  for (const EvidenceRecord* e : evidence) size += MessageSize(EvidenceBody(*e));
  return size;
}

size_t MentionBody(const MentionRecord& m) {
  return StringSize(m.document_id) + UintSize(m.start) + UintSize(m.end) + StringSize(m.text);
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
  size_t body = UintSize(type) + StringSize(source) + StringSize(target) + BoolSize(relation.negated) +
                StringSize(relation.polarity) + BoolSize(relation.former) + StringSize(relation.modality) +
                EvidenceListSize(evidence) + BoolSize(relation.demand);
  PutMessageHeader(field_number, body, out);
  PutUint(1, type, out);
  PutString(2, source, out);
  PutString(3, target, out);
  PutBool(4, relation.negated, out);
  PutString(5, relation.polarity, out);
  PutBool(7, relation.former, out);
  PutString(8, relation.modality, out);
  for (const EvidenceRecord* e : evidence) PutEvidence(10, *e, out);
  PutBool(11, relation.demand, out);
}

void WriteStatement(int field_number, const GraphVertex& v, const std::vector<const EvidenceRecord*>& evidence,
                    Stream* out) {
  const Statement& s = v.statement;
  size_t body = StringSize(v.id) + StringSize(s.quote) + BoolSize(s.direct) + StringSize(s.document_id) +
                StringSize(s.document_date) + UintSize(s.quote_start) + UintSize(s.quote_end) +
                EvidenceListSize(evidence);
  PutMessageHeader(field_number, body, out);
  PutString(1, v.id, out);
  PutString(2, s.quote, out);
  PutBool(3, s.direct, out);
  PutString(4, s.document_id, out);
  PutString(5, s.document_date, out);
  PutUint(6, s.quote_start, out);
  PutUint(7, s.quote_end, out);
  for (const EvidenceRecord* e : evidence) PutEvidence(8, *e, out);
}

size_t MentionsSize(const std::vector<const MentionRecord*>& mentions) {
  size_t size = 0;
  for (const MentionRecord* m : mentions) size += MessageSize(MentionBody(*m));
  return size;
}

void WriteMentions(int field_number, const std::vector<const MentionRecord*>& mentions, Stream* out) {
  for (const MentionRecord* m : mentions) {
    PutMessageHeader(field_number, MentionBody(*m), out);
    PutString(1, m->document_id, out);
    PutUint(2, m->start, out);
    PutUint(3, m->end, out);
    PutString(4, m->text, out);
  }
}

}  // namespace newsgraph::index_wire
