// index_wire must write exactly the bytes protobuf writes for the same message.
#include "store/index_wire.h"

#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "newsgraph.pb.h"

namespace newsgraph {
namespace {

std::string Written(const std::function<void(index_wire::Stream*)>& write) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream sink(&bytes);
    index_wire::Stream out(&sink);
    out.SetSerializationDeterministic(true);  // as WriteIndex does: map entries sorted
    write(&out);
  }
  return bytes;
}

// What protobuf writes for `message` as field `field_number` of an enclosing message.
std::string AsField(int field_number, const google::protobuf::MessageLite& message) {
  return Written([&](index_wire::Stream* out) {
    out->WriteTag(static_cast<uint32_t>(field_number << 3 | 2));
    out->WriteVarint32(static_cast<uint32_t>(message.ByteSizeLong()));
    message.SerializeWithCachedSizes(out);
  });
}

EvidenceRecord FullEvidence() {
  // A long sentence: its length takes a two-byte varint.
  return {"doc-1", 3, 140, 2200, std::string(300, 's') + " \xC3\xA9", "2017-03-02", "met", "met-rule",
          "in July", "at the convention"};
}

pb::Evidence ToMessage(const EvidenceRecord& e) {
  pb::Evidence p;
  p.set_document_id(e.document_id);
  p.set_sentence_index(e.sentence_index);
  p.set_start(e.start);
  p.set_end(e.end);
  p.set_sentence(e.sentence);
  p.set_document_date(e.document_date);
  p.set_trigger(e.trigger);
  p.set_rule(e.rule);
  p.set_when(e.when);
  p.set_where(e.where);
  return p;
}

TEST(IndexWireTest, RelationsAsProtobufWritesThem) {
  EvidenceRecord full = FullEvidence();
  EvidenceRecord sparse;  // every field at its default: left out
  for (bool flags : {false, true}) {
    RelationEdge r;
    r.type = flags ? RelationType::kReacted : RelationType::kMet;
    r.negated = flags;
    r.former = flags;
    r.demand = flags;
    r.polarity = flags ? "-" : "";
    r.modality = flags ? "" : "planned";
    pb::Relation expected;
    expected.set_type(static_cast<pb::RelationType>(index_wire::RelationTypeNumber(r.type)));
    expected.set_source("P:a");
    expected.set_target(flags ? "" : "P:b");
    expected.set_negated(r.negated);
    expected.set_polarity(r.polarity);
    expected.set_former(r.former);
    expected.set_modality(r.modality);
    expected.set_demand(r.demand);
    *expected.add_evidence() = ToMessage(full);
    *expected.add_evidence() = ToMessage(sparse);
    std::string bytes = Written([&](index_wire::Stream* out) {
      index_wire::WriteRelation(3, "P:a", flags ? "" : "P:b", r, {&full, &sparse}, out);
    });
    EXPECT_EQ(bytes, AsField(3, expected)) << "flags " << flags;
  }
}

TEST(IndexWireTest, StatementsAsProtobufWritesThem) {
  EvidenceRecord full = FullEvidence();
  GraphVertex v;
  v.kind = VertexKind::kStatement;
  v.id = "S:doc-1:140";
  v.name = std::string(200, 'q');  // a statement's quote
  v.statement.document_id = "doc-1";
  v.statement.quote_start = 140;
  v.statement.quote_end = 340;
  for (bool direct : {true, false}) {
    v.statement.direct = direct;
    v.statement.document_date = direct ? "2017-03-02" : "";
    pb::Statement expected;
    expected.set_id(v.id);
    expected.set_quote(v.quote());
    expected.set_direct(direct);
    expected.set_document_id(v.statement.document_id);
    expected.set_document_date(v.statement.document_date);
    expected.set_quote_start(v.statement.quote_start);
    expected.set_quote_end(v.statement.quote_end);
    *expected.add_evidence() = ToMessage(full);
    std::string bytes = Written([&](index_wire::Stream* out) { index_wire::WriteStatement(5, v, {&full}, out); });
    EXPECT_EQ(bytes, AsField(5, expected)) << "direct " << direct;
  }
}

TEST(IndexWireTest, EntitiesAsProtobufWritesThem) {
  MentionRecord first{"doc-1", 0, 14, "Jeff Sessions"};
  MentionRecord second{"doc-2", 300, 0, ""};
  pb::Entity without_mentions;
  without_mentions.set_id("P:jeff_sessions");
  without_mentions.set_type(pb::PERSON);
  without_mentions.set_canonical_name("Jeff Sessions");
  without_mentions.add_aliases("Sessions");
  (*without_mentions.mutable_attributes())["party"] = "Republican";
  (*without_mentions.mutable_attributes())["born"] = "1946";
  without_mentions.set_from_gazetteer(true);
  pb::Entity expected = without_mentions;
  for (const MentionRecord* m : {&first, &second}) {
    pb::Mention* pm = expected.add_mentions();
    pm->set_document_id(m->document_id);
    pm->set_start(m->start);
    pm->set_end(m->end);
    pm->set_text(m->text);
  }
  std::string bytes = Written([&](index_wire::Stream* out) {
    index_wire::WriteEntity(2, without_mentions, {&first, &second}, out);
  });
  EXPECT_EQ(bytes, AsField(2, expected));
  // No mentions: the entity's own fields alone.
  bytes = Written([&](index_wire::Stream* out) { index_wire::WriteEntity(2, without_mentions, {}, out); });
  EXPECT_EQ(bytes, AsField(2, without_mentions));
}

}  // namespace
}  // namespace newsgraph
