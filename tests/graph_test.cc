#include "graph/graph.h"

#include <gtest/gtest.h>

#include <memory>

#include "test_graphs.h"

namespace newsgraph {
namespace {

using testing_util::ExtractionBuilder;

std::vector<Edge> EdgesOfType(const KnowledgeGraph& graph, RelationType type) {
  std::vector<Edge> out;
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
    if (graph.storage()[*it].type == type) out.push_back(*it);
  }
  return out;
}

TEST(GraphTest, EntitiesBecomeVerticesWithMentionText) {
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", "Angela Merkel visited Paris.", "2015-01-01");
  b.Entity("P:angela_merkel", EntityType::kPerson, "Angela Merkel");
  b.Entity("LOC:paris", EntityType::kPlace, "Paris");
  graph.AddDocument(b.get(), nullptr);

  ASSERT_EQ(boost::num_vertices(graph.storage()), 2u);
  std::optional<Vertex> merkel = graph.FindById("P:angela_merkel");
  ASSERT_TRUE(merkel.has_value());
  const GraphVertex& v = graph.storage()[*merkel];
  EXPECT_EQ(v.name, "Angela Merkel");
  EXPECT_EQ(v.type, EntityType::kPerson);
  ASSERT_EQ(v.mentions.size(), 1u);
  EXPECT_EQ(v.mentions[0].text, "Angela Merkel");
  EXPECT_EQ(v.mentions[0].document_id, "d1");
  EXPECT_FALSE(graph.FindById("P:nobody").has_value());
  EXPECT_TRUE(graph.HasDocument("d1"));
  ASSERT_EQ(graph.documents().size(), 1u);
  EXPECT_EQ(graph.documents()[0].title, "Title of d1");
  EXPECT_EQ(graph.documents()[0].date, "2015-01-01");
}

TEST(GraphTest, MetIsStoredOnceFromSmallerToLargerIdWithAllEvidence) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  std::vector<Edge> met = EdgesOfType(graph, RelationType::kMet);
  const GraphStorage& g = graph.storage();
  // Asserted (two documents, both directions), denied, planned: three keys.
  ASSERT_EQ(met.size(), 3u);
  for (Edge e : met) {
    EXPECT_EQ(g[boost::source(e, g)].id, "P:jeff_sessions");
    EXPECT_EQ(g[boost::target(e, g)].id, "P:sergey_kislyak");
  }
  const RelationEdge* asserted = nullptr;
  for (Edge e : met) {
    if (!g[e].negated && g[e].modality == "asserted") asserted = &g[e];
  }
  ASSERT_NE(asserted, nullptr);
  ASSERT_EQ(asserted->evidence.size(), 2u);
  EXPECT_EQ(asserted->evidence[0].document_id, "doc1");
  EXPECT_EQ(asserted->evidence[0].document_date, "2017-03-02");
  EXPECT_EQ(asserted->evidence[0].sentence, "Jeff Sessions met Sergey Kislyak in July.");
  EXPECT_EQ(asserted->evidence[0].rule, "test-rule");
  EXPECT_EQ(asserted->evidence[1].document_id, "doc2");
  EXPECT_EQ(asserted->evidence[1].sentence, "Sergey Kislyak met Jeff Sessions at the convention.");
}

TEST(GraphTest, DifferentKeysAreNotMerged) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  const GraphStorage& g = graph.storage();
  int negated = 0, planned = 0;
  for (Edge e : EdgesOfType(graph, RelationType::kMet)) {
    negated += g[e].negated;
    planned += g[e].modality == "planned";
  }
  EXPECT_EQ(negated, 1);
  EXPECT_EQ(planned, 1);
  std::vector<Edge> reacted = EdgesOfType(graph, RelationType::kReacted);
  ASSERT_EQ(reacted.size(), 1u);
  EXPECT_EQ(g[reacted[0]].polarity, "-");
  EXPECT_EQ(g[boost::source(reacted[0], g)].id, "ORG:democratic_party");
}

TEST(GraphTest, DirectedRelationsKeepTheirDirection) {
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", "Zed praised Abe.");
  int zed = b.Entity("P:zed", EntityType::kPerson, "Zed");
  int abe = b.Entity("P:abe", EntityType::kPerson, "Abe");
  b.Relation(RelationType::kReacted, zed, abe, "Zed praised Abe.").polarity = '+';
  graph.AddDocument(b.get(), nullptr);
  std::vector<Edge> edges = EdgesOfType(graph, RelationType::kReacted);
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(graph.storage()[boost::source(edges[0], graph.storage())].id, "P:zed");
}

// The edge to merge into is looked for from whichever end has fewer edges; the
// merge must be the same either way.
TEST(GraphTest, EvidenceMergesFromEitherEndOfTheEdge) {
  KnowledgeGraph graph;
  auto vertex = [&](const std::string& id) {
    GraphVertex v;
    v.id = id;
    v.name = id;
    return graph.AddOrGetVertex(std::move(v));
  };
  auto praise = [](const std::string& document) {
    RelationEdge edge;
    edge.type = RelationType::kReacted;
    edge.polarity = "+";
    edge.evidence.push_back({document, 0, 0, 5, "praise", "", "praised", "r"});
    return edge;
  };
  Vertex hub = vertex("P:hub");
  Vertex star = vertex("P:star");
  for (int i = 0; i < 3; ++i) graph.AddRelation(hub, vertex("P:other" + std::to_string(i)), praise("d0"));
  for (int i = 0; i < 3; ++i) graph.AddRelation(vertex("P:fan" + std::to_string(i)), star, praise("d0"));
  // hub -> leaf: the leaf has fewer edges. leaf -> star: the leaf again.
  Vertex leaf = vertex("P:leaf");
  graph.AddRelation(hub, leaf, praise("d1"));
  graph.AddRelation(hub, leaf, praise("d2"));
  graph.AddRelation(leaf, star, praise("d1"));
  graph.AddRelation(leaf, star, praise("d2"));
  const GraphStorage& g = graph.storage();
  EXPECT_EQ(boost::num_edges(g), 8u);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    bool on_leaf = boost::source(*it, g) == leaf || boost::target(*it, g) == leaf;
    EXPECT_EQ(g[*it].evidence.size(), on_leaf ? 2u : 1u);
  }
}

TEST(GraphTest, SaidBecomesStatementVerticesOnePerDocument) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  {
    // The same quote reported by another outlet is a statement of its own.
    ExtractionBuilder b("doc3", "\"We never discussed the campaign,\" Sessions said.", "2017-03-04");
    int sessions = b.Entity("P:jeff_sessions", EntityType::kPerson, "Jeff Sessions", "Sessions");
    b.Relation(RelationType::kSaid, sessions, -1, "\"We never discussed the campaign,\" Sessions said.")
        .quote = "We never discussed the campaign";
    graph.AddDocument(b.get(), nullptr);
  }
  const GraphStorage& g = graph.storage();
  EXPECT_EQ(graph.statement_count(), 3u);
  std::vector<Edge> said = EdgesOfType(graph, RelationType::kSaid);
  ASSERT_EQ(said.size(), 3u);
  for (Edge e : said) {
    EXPECT_EQ(g[boost::source(e, g)].id, "P:jeff_sessions");
    EXPECT_TRUE(g[boost::target(e, g)].is_statement());
    ASSERT_EQ(g[e].evidence.size(), 1u);
  }
  const GraphVertex& first = g[boost::target(said[0], g)];
  EXPECT_EQ(first.quote(), "We never discussed the campaign");
  EXPECT_EQ(first.name, first.quote());
  EXPECT_TRUE(first.statement.direct);
  EXPECT_EQ(first.statement.document_id, "doc1");
  EXPECT_EQ(first.statement.document_date, "2017-03-02");
  EXPECT_EQ(VertexTypeName(first), "STATEMENT");
  EXPECT_EQ(first.id.rfind("S:doc1:", 0), 0u) << first.id;
  const GraphVertex& second = g[boost::target(said[1], g)];
  EXPECT_FALSE(second.statement.direct);
  EXPECT_EQ(second.statement.evidence[0].sentence, "Sessions said the talks were routine.");
  const GraphVertex& third = g[boost::target(said[2], g)];
  EXPECT_EQ(third.quote(), first.quote());
  EXPECT_EQ(third.statement.document_id, "doc3");
  EXPECT_NE(third.id, first.id);

  // The addressee is a TOLD edge from the statement.
  std::vector<Edge> told = EdgesOfType(graph, RelationType::kTold);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(boost::source(told[0], g), boost::target(said[0], g));
  EXPECT_EQ(g[boost::target(told[0], g)].id, "P:al_franken");
}

TEST(GraphTest, AddingADocumentTwiceDoesNotRepeatEvidence) {
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", "Abe met Zed.");
  int abe = b.Entity("P:abe", EntityType::kPerson, "Abe");
  int zed = b.Entity("P:zed", EntityType::kPerson, "Zed");
  Evidence evidence = b.Relation(RelationType::kMet, abe, zed, "Abe met Zed.").evidence;
  // The same sentence read the other way round by the same rule.
  b.Relation(RelationType::kMet, zed, abe, "Abe met Zed.").evidence = evidence;
  graph.AddDocument(b.get(), nullptr);
  graph.AddDocument(b.get(), nullptr);
  ASSERT_EQ(boost::num_edges(graph.storage()), 1u);
  Edge e = *boost::edges(graph.storage()).first;
  EXPECT_EQ(graph.storage()[e].evidence.size(), 1u);
  EXPECT_EQ(graph.storage()[*graph.FindById("P:abe")].mentions.size(), 1u);
  EXPECT_EQ(graph.documents().size(), 1u);
}

TEST(GraphTest, MergingVerticesKeepsTheFirstNameAndAddsAliases) {
  KnowledgeGraph graph;
  GraphVertex a;
  a.id = "P:x";
  a.name = "X Person";
  a.aliases = {"X"};
  a.attributes = {{"gender", "f"}};
  Vertex v1 = graph.AddOrGetVertex(a);
  GraphVertex b;
  b.id = "P:x";
  b.name = "Other Name";
  b.aliases = {"X", "Xe"};
  b.attributes = {{"gender", "m"}, {"country", "FR"}};
  Vertex v2 = graph.AddOrGetVertex(b);
  EXPECT_EQ(v1, v2);
  const GraphVertex& v = graph.storage()[v1];
  EXPECT_EQ(v.name, "X Person");
  EXPECT_EQ(v.aliases, (std::vector<std::string>{"X", "Xe"}));
  EXPECT_EQ(v.attributes.at("gender"), "f");
  EXPECT_EQ(v.attributes.at("country"), "FR");
}

TEST(GraphTest, BadSpansAndBadIndicesDoNotCrash) {
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", "Abe met Zed.");
  int abe = b.Entity("P:abe", EntityType::kPerson, "Abe");
  int zed = b.Entity("P:zed", EntityType::kPerson, "Zed");
  ExtractedRelation& r = b.Relation(RelationType::kMet, abe, zed, "Abe met Zed.");
  r.evidence.start = 5;
  r.evidence.end = 500;
  b.Relation(RelationType::kMet, abe, 7, "Abe met Zed.");
  b.Relation(RelationType::kSaid, -1, -1, "Abe met Zed.");
  b.mutable_get().entities[0].mentions.push_back({400, 410});
  graph.AddDocument(b.get(), nullptr);
  ASSERT_EQ(boost::num_edges(graph.storage()), 1u);
  EXPECT_EQ(graph.storage()[*boost::edges(graph.storage()).first].evidence[0].sentence, "");
  EXPECT_EQ(graph.storage()[*graph.FindById("P:abe")].mentions.back().text, "");
}

TEST(GraphTest, InvalidUtf8IsReplaced) {
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", "Abe met Z\xC3\xA9" "d.");
  int abe = b.Entity("P:abe", EntityType::kPerson, "Abe");
  int zed = b.Entity("P:zed", EntityType::kPerson, "Z\xC3\xA9" "d");
  ExtractedRelation& r = b.Relation(RelationType::kMet, abe, zed, "Abe met Z\xC3\xA9" "d.");
  r.evidence.end -= 3;  // cuts the two-byte letter in half
  graph.AddDocument(b.get(), nullptr);
  const std::string& sentence = graph.storage()[*boost::edges(graph.storage()).first].evidence[0].sentence;
  EXPECT_EQ(sentence, "Abe met Z\xEF\xBF\xBD");
}

TEST(GraphTest, KnowledgeAddsAliasesAndAttributes) {
  std::unique_ptr<Knowledge> knowledge;
  try {
    knowledge = Knowledge::Load(NEWSGRAPH_SOURCE_DIR "/gazetteers");
  } catch (const std::exception& e) {
    GTEST_SKIP() << "gazetteers not loadable yet: " << e.what();
  }
  const EntityRecord* record = nullptr;
  for (const EntityRecord& r : knowledge->entities()) {
    if (!r.aliases.empty() && !r.attributes.empty()) {
      record = &r;
      break;
    }
  }
  if (record == nullptr) GTEST_SKIP() << "no gazetteer entity with aliases and attributes";
  KnowledgeGraph graph;
  ExtractionBuilder b("d1", record->name + " spoke.");
  b.Entity(record->id, record->type, record->name);
  graph.AddDocument(b.get(), knowledge.get());
  const GraphVertex& v = graph.storage()[*graph.FindById(record->id)];
  EXPECT_EQ(v.aliases, record->aliases);
  for (const auto& [key, value] : record->attributes) {
    ASSERT_TRUE(v.attributes.count(key)) << key;
  }
}

}  // namespace
}  // namespace newsgraph
