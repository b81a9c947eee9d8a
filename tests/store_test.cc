#include "store/index_file.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "newsgraph.pb.h"
#include "test_graphs.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph {
namespace {

std::string TempPath(const std::string& name) {
  // One folder per test: ctest runs the tests at the same time.
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              (std::string("newsgraph_store_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

// The message of the Error ReadIndex throws, or a failure when it does not throw.
std::string ReadError(const std::string& path) {
  try {
    ReadIndex(path);
  } catch (const Error& e) {
    return e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not a newsgraph::Error: " << e.what();
    return e.what();
  }
  ADD_FAILURE() << path << " was read without complaint";
  return "";
}

// One line per field, so that records compare as sorted lists of strings:
// the file is canonical (sorted), the graph in memory is in insertion order.
std::string Signature(const EvidenceRecord& e) {
  return e.document_id + "|" + std::to_string(e.sentence_index) + "|" + std::to_string(e.start) + "|" +
         std::to_string(e.end) + "|" + e.sentence + "|" + e.document_date + "|" + e.trigger + "|" + e.rule + "|" +
         e.when + "|" + e.where;
}

std::vector<std::string> Sorted(const std::vector<EvidenceRecord>& evidence) {
  std::vector<std::string> out;
  for (const EvidenceRecord& e : evidence) out.push_back(Signature(e));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SortedMentions(const GraphVertex& v) {
  std::vector<std::string> out;
  for (const MentionRecord& m : v.mentions) {
    out.push_back(m.document_id + "|" + std::to_string(m.start) + "|" + std::to_string(m.end) + "|" + m.text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> SortedOutEdges(const GraphStorage& g, Vertex v) {
  std::vector<std::string> out;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    const RelationEdge& r = g[*it];
    std::string line = g[boost::target(*it, g)].id + "|" + std::to_string(static_cast<int>(r.type)) + "|" +
                       std::to_string(r.negated) + "|" + r.polarity + "|" + std::to_string(r.former) + "|" +
                       r.modality + "|" + std::to_string(r.demand);
    for (const std::string& e : Sorted(r.evidence)) line += "\n  " + e;
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Vertices are matched by id; edges, evidence, mentions and documents in any order.
void ExpectSameGraph(const KnowledgeGraph& x, const KnowledgeGraph& y) {
  const GraphStorage& a = x.storage();
  const GraphStorage& b = y.storage();
  ASSERT_EQ(boost::num_vertices(a), boost::num_vertices(b));
  ASSERT_EQ(boost::num_edges(a), boost::num_edges(b));
  EXPECT_EQ(x.statement_count(), y.statement_count());
  for (Vertex v = 0; v < boost::num_vertices(a); ++v) {
    const GraphVertex& p = a[v];
    std::optional<Vertex> w = y.FindById(p.id);
    ASSERT_TRUE(w.has_value()) << p.id;
    const GraphVertex& q = b[*w];
    EXPECT_EQ(p.kind, q.kind);
    EXPECT_EQ(p.type, q.type);
    EXPECT_EQ(p.name, q.name);
    EXPECT_EQ(p.aliases, q.aliases);
    EXPECT_EQ(p.attributes, q.attributes);
    EXPECT_EQ(p.from_gazetteer, q.from_gazetteer);
    EXPECT_EQ(SortedMentions(p), SortedMentions(q));
    EXPECT_EQ(p.quote(), q.quote());
    EXPECT_EQ(p.statement.direct, q.statement.direct);
    EXPECT_EQ(p.statement.document_id, q.statement.document_id);
    EXPECT_EQ(p.statement.document_date, q.statement.document_date);
    EXPECT_EQ(p.statement.quote_start, q.statement.quote_start);
    EXPECT_EQ(p.statement.quote_end, q.statement.quote_end);
    EXPECT_EQ(Sorted(p.statement.evidence), Sorted(q.statement.evidence));
    EXPECT_EQ(SortedOutEdges(a, v), SortedOutEdges(b, *w)) << p.id;
  }
  ASSERT_EQ(x.documents().size(), y.documents().size());
  for (const DocumentRecord& d : x.documents()) {
    auto same = std::find_if(y.documents().begin(), y.documents().end(),
                             [&](const DocumentRecord& e) { return e.id == d.id; });
    ASSERT_NE(same, y.documents().end()) << d.id;
    EXPECT_EQ(d.title, same->title);
    EXPECT_EQ(d.date, same->date);
    EXPECT_EQ(d.source, same->source);
    EXPECT_EQ(d.content_hash, same->content_hash);
  }
}

TEST(StoreTest, RoundTripIsLossless) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  GraphVertex former;
  former.id = "P:former_official";
  former.name = "Former Official";
  former.type = EntityType::kPerson;
  former.from_gazetteer = false;
  Vertex f = graph.AddOrGetVertex(former);
  RelationEdge holds;
  holds.type = RelationType::kHoldsOffice;
  holds.former = true;
  holds.evidence.push_back({"doc9", 3, 10, 20, "the former AG", "", "former", "holds-former"});
  graph.AddRelation(f, *graph.FindById("OFF:us_attorney_general"), holds);
  GraphVertex unnamed;  // a speaker without a name keeps its type
  unnamed.id = "U:doc9@120";
  unnamed.name = "a White House official";
  unnamed.type = EntityType::kUnnamed;
  unnamed.from_gazetteer = false;
  graph.AddOrGetVertex(unnamed);

  std::string path = TempPath("roundtrip.pb");
  WriteIndex(graph, path);
  KnowledgeGraph read = ReadIndex(path);
  ExpectSameGraph(graph, read);
  EXPECT_TRUE(read.HasDocument("doc2"));
  EXPECT_TRUE(read.FindById("P:volodymyr_zelenskyy").has_value());
  ASSERT_TRUE(read.FindById("U:doc9@120").has_value());
  EXPECT_EQ(read.storage()[*read.FindById("U:doc9@120")].type, EntityType::kUnnamed);

  // Deterministic: the same graph gives the same bytes, also after a round trip.
  std::string again = TempPath("roundtrip2.pb");
  WriteIndex(read, again);
  EXPECT_EQ(ReadFile(path), ReadFile(again));
}

// Fields a later version might add are skipped, as protobuf itself would.
TEST(StoreTest, UnknownFieldsAreSkipped) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  std::string path = TempPath("unknown_fields.pb");
  WriteIndex(graph, path);
  std::string bytes = ReadFile(path);
  bytes += std::string("\x78\x2a", 2);                  // field 15, varint 42
  bytes += std::string("\x82\x01\x03" "abc", 6);       // field 16, 3 bytes
  WriteFileAtomically(path, bytes);
  KnowledgeGraph read = ReadIndex(path);
  EXPECT_EQ(boost::num_vertices(read.storage()), boost::num_vertices(graph.storage()));
  EXPECT_EQ(boost::num_edges(read.storage()), boost::num_edges(graph.storage()));
}

TEST(StoreTest, EmptyGraphRoundTrips) {
  std::string path = TempPath("empty_graph.pb");
  WriteIndex(KnowledgeGraph(), path);
  KnowledgeGraph read = ReadIndex(path);
  EXPECT_EQ(boost::num_vertices(read.storage()), 0u);
  EXPECT_TRUE(read.documents().empty());
}

TEST(StoreTest, StatementsAreStoredAsVerticesWithSaidRelations) {
  std::string path = TempPath("said.pb");
  WriteIndex(testing_util::SampleGraph(), path);
  pb::Index index;
  ASSERT_TRUE(index.ParseFromString(ReadFile(path)));
  EXPECT_EQ(index.header().magic(), "newsgraph-index");
  EXPECT_EQ(index.header().format_version(), 2u);
  ASSERT_EQ(index.statements_size(), 2);
  EXPECT_EQ(index.header().statement_count(), 2u);
  std::map<std::string, const pb::Statement*> statements;
  for (const pb::Statement& s : index.statements()) statements[s.id()] = &s;
  int said = 0, told = 0;
  for (const pb::Relation& r : index.relations()) {
    if (r.type() == pb::TOLD) {
      ++told;
      EXPECT_EQ(r.target(), "P:al_franken");
      ASSERT_TRUE(statements.count(r.source()));
      EXPECT_EQ(statements[r.source()]->quote(), "We never discussed the campaign");
    }
    if (r.type() != pb::SAID) continue;
    ++said;
    EXPECT_EQ(r.source(), "P:jeff_sessions");
    ASSERT_TRUE(statements.count(r.target())) << r.target();
    const pb::Statement& s = *statements[r.target()];
    EXPECT_EQ(s.direct(), s.quote() == "We never discussed the campaign");
    EXPECT_EQ(s.document_id(), s.direct() ? "doc1" : "doc2");
    ASSERT_EQ(r.evidence_size(), 1);
    EXPECT_FALSE(r.evidence(0).sentence().empty());
    EXPECT_FALSE(r.evidence(0).rule().empty());
  }
  EXPECT_EQ(said, 2);
  EXPECT_EQ(told, 1);
}

TEST(StoreTest, MissingFile) {
  std::string path = TempPath("does_not_exist.pb");
  std::string message = ReadError(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
}

TEST(StoreTest, FolderInsteadOfFile) {
  std::string path = TempPath("a_folder");
  std::filesystem::create_directories(path);
  std::string message = ReadError(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
}

TEST(StoreTest, EmptyFile) {
  std::string path = TempPath("empty.pb");
  WriteFileAtomically(path, "");
  std::string message = ReadError(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
  EXPECT_NE(message.find("empty"), std::string::npos) << message;
}

TEST(StoreTest, EveryTruncationIsRefused) {
  std::string good = TempPath("good.pb");
  WriteIndex(testing_util::SampleGraph(), good);
  std::string bytes = ReadFile(good);
  std::string path = TempPath("truncated.pb");
  for (size_t length = 1; length < bytes.size(); ++length) {
    WriteFileAtomically(path, std::string_view(bytes).substr(0, length));
    std::string message = ReadError(path);
    ASSERT_NE(message.find(path), std::string::npos) << "length " << length << ": " << message;
  }
}

// A damaged byte anywhere reads back as a graph or as an Error naming the
// file, never as a crash or another exception.
TEST(StoreTest, EveryDamagedByteIsReadOrRefused) {
  std::string good = TempPath("good.pb");
  WriteIndex(testing_util::SampleGraph(), good);
  const std::string bytes = ReadFile(good);
  std::string path = TempPath("damaged.pb");
  int refused = 0;
  for (size_t at = 0; at < bytes.size(); ++at) {
    for (unsigned char flip : {0x01, 0x80, 0xFF}) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(static_cast<unsigned char>(damaged[at]) ^ flip);
      std::ofstream(path, std::ios::binary | std::ios::trunc) << damaged;  // no fsync: thousands of files
      try {
        ReadIndex(path);
      } catch (const Error& e) {
        ++refused;
        ASSERT_NE(std::string(e.what()).find(path), std::string::npos) << "byte " << at << ": " << e.what();
      } catch (const std::exception& e) {
        FAIL() << "byte " << at << ": not a newsgraph::Error: " << e.what();
      }
    }
  }
  EXPECT_GT(refused, 0);
}

TEST(StoreTest, RandomBytesAreRefused) {
  std::mt19937 random(12345);
  std::string path = TempPath("random.pb");
  for (size_t size : {1u, 2u, 7u, 64u, 1000u, 65536u}) {
    for (int round = 0; round < 20; ++round) {
      std::string bytes(size, '\0');
      for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
      WriteFileAtomically(path, bytes);
      std::string message = ReadError(path);
      ASSERT_NE(message.find(path), std::string::npos) << message;
    }
  }
  WriteFileAtomically(path, "just some text, not an index\n");
  EXPECT_NE(ReadError(path).find(path), std::string::npos);
}

TEST(StoreTest, OtherProtobufMessagesAreRefused) {
  std::string path = TempPath("foreign.pb");
  // An Index without a header.
  pb::Index headless;
  headless.add_entities()->set_id("P:x");
  WriteFileAtomically(path, headless.SerializeAsString());
  std::string message = ReadError(path);
  EXPECT_NE(message.find("newsgraph-index"), std::string::npos) << message;
  // A header with someone else's magic.
  pb::Index other;
  other.mutable_header()->set_magic("other-index");
  other.mutable_header()->set_format_version(1);
  WriteFileAtomically(path, other.SerializeAsString());
  message = ReadError(path);
  EXPECT_NE(message.find("newsgraph-index"), std::string::npos) << message;
  // A different message altogether.
  pb::Document doc;
  doc.set_id("doc1");
  doc.set_title("A title");
  doc.set_date("2020-01-01");
  WriteFileAtomically(path, doc.SerializeAsString());
  ReadError(path);
}

TEST(StoreTest, FutureVersionIsRefused) {
  pb::Index index;
  index.mutable_header()->set_magic(kIndexMagic);
  index.mutable_header()->set_format_version(kIndexFormatVersion + 1);
  index.mutable_header()->set_created_by("newsgraph 9.0");
  std::string path = TempPath("future.pb");
  WriteFileAtomically(path, index.SerializeAsString());
  std::string message = ReadError(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
  EXPECT_NE(message.find("newer"), std::string::npos) << message;
  EXPECT_NE(message.find("newsgraph 9.0"), std::string::npos) << message;
}

TEST(StoreTest, FormatOneIsRefusedWithAHint) {
  pb::Index index;
  index.mutable_header()->set_magic(kIndexMagic);
  index.mutable_header()->set_format_version(1);
  pb::Entity* e = index.add_entities();
  e->set_id("P:a");
  e->set_type(pb::PERSON);
  pb::Relation* r = index.add_relations();
  r->set_type(pb::SAID);
  r->set_source("P:a");
  r->set_quote("Old style");
  index.mutable_header()->set_entity_count(1);
  index.mutable_header()->set_relation_count(1);
  std::string path = TempPath("format1.pb");
  WriteFileAtomically(path, index.SerializeAsString());
  std::string message = ReadError(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
  EXPECT_NE(message.find("older"), std::string::npos) << message;
  EXPECT_NE(message.find("newsgraph index"), std::string::npos) << message;
}

TEST(StoreTest, RelationsBetweenWrongKindsAreRefused) {
  pb::Index index;
  index.mutable_header()->set_magic(kIndexMagic);
  index.mutable_header()->set_format_version(kIndexFormatVersion);
  for (const char* id : {"P:a", "P:b"}) {
    pb::Entity* e = index.add_entities();
    e->set_id(id);
    e->set_type(pb::PERSON);
  }
  pb::Relation* r = index.add_relations();
  r->set_type(pb::SAID);  // SAID must end at a statement
  r->set_source("P:a");
  r->set_target("P:b");
  index.mutable_header()->set_entity_count(2);
  index.mutable_header()->set_relation_count(1);
  std::string path = TempPath("wrong_kind.pb");
  WriteFileAtomically(path, index.SerializeAsString());
  std::string message = ReadError(path);
  EXPECT_NE(message.find("wrong kind"), std::string::npos) << message;

  // A statement sharing an entity's id.
  pb::Statement* s = index.add_statements();
  s->set_id("P:b");
  index.mutable_header()->set_statement_count(1);
  index.clear_relations();
  index.mutable_header()->set_relation_count(0);
  WriteFileAtomically(path, index.SerializeAsString());
  message = ReadError(path);
  EXPECT_NE(message.find("twice"), std::string::npos) << message;
}

TEST(StoreTest, DanglingReferencesAreRefused) {
  pb::Index index;
  index.mutable_header()->set_magic(kIndexMagic);
  index.mutable_header()->set_format_version(kIndexFormatVersion);
  pb::Entity* e = index.add_entities();
  e->set_id("P:a");
  e->set_type(pb::PERSON);
  pb::Relation* r = index.add_relations();
  r->set_type(pb::MET);
  r->set_source("P:a");
  r->set_target("P:ghost");
  index.mutable_header()->set_entity_count(1);
  index.mutable_header()->set_relation_count(1);
  std::string path = TempPath("dangling.pb");
  WriteFileAtomically(path, index.SerializeAsString());
  std::string message = ReadError(path);
  EXPECT_NE(message.find("P:ghost"), std::string::npos) << message;
}

TEST(StoreTest, WriteIntoMissingFolderFailsWithError) {
  std::string path = TempPath("no/such/folder/graph.pb");
  EXPECT_THROW(WriteIndex(testing_util::SampleGraph(), path), Error);
}

}  // namespace
}  // namespace newsgraph
