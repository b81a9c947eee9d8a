// Statements as vertices: what a quote is about (relate), statement vertices
// with SAID, TOLD and ABOUT edges (graph), their round trip (store), and
// `query said NAME --about NAME` with `--explain` (query, cli).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "pipeline/extraction_json.h"
#include "pipeline/pipeline.h"
#include "query/query.h"
#include "relate/statement_topics.h"
#include "store/index_file.h"
#include "test_graphs.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using testing_util::ExtractionBuilder;

const char kDenial[] = "I never met Sergey Kislyak to talk about the campaign";
const char kTrump[] = "Donald Trump knew nothing of it";

// A SAID relation of `speaker` quoting `quote` (found in the text), in `sentence`.
ExtractedRelation& Said(ExtractionBuilder& b, int speaker, int addressee, const std::string& sentence,
                        const std::string& quote, const std::string& trigger) {
  ExtractedRelation& r = b.Relation(RelationType::kSaid, speaker, addressee, sentence);
  size_t at = b.get().document.text.find(quote);
  r.quote = quote;
  r.quote_start = static_cast<uint32_t>(at);
  r.quote_end = static_cast<uint32_t>(at + quote.size());
  r.evidence.trigger = trigger;
  r.evidence.rule = "quote-name-verb";
  return r;
}

// doc3: Sessions tells Franken he never met Kislyak (said twice in the
// document), and speaks of Trump; Kislyak answers.
DocumentExtraction StatementsDocument() {
  ExtractionBuilder b("doc3",
                      "\"I never met Sergey Kislyak to talk about the campaign,\" Jeff Sessions told Al Franken. "
                      "\"Donald Trump knew nothing of it,\" Sessions said. "
                      "Again: \"I never met Sergey Kislyak to talk about the campaign,\" said Sessions. "
                      "\"Jeff Sessions is an honest man,\" Kislyak said.",
                      "2017-03-05");
  int sessions = b.Entity("P:jeff_sessions", EntityType::kPerson, "Jeff Sessions");
  int kislyak = b.Entity("P:sergey_kislyak", EntityType::kPerson, "Sergey Kislyak");
  int franken = b.Entity("P:al_franken", EntityType::kPerson, "Al Franken");
  b.Entity("P:donald_trump", EntityType::kPerson, "Donald Trump");
  DocumentExtraction& x = b.mutable_get();
  const std::string& text = x.document.text;
  // One more mention of `entity`: `surface` at its first occurrence after `context`.
  auto mention = [&](int entity, const std::string& surface, const std::string& context) {
    size_t at = text.find(surface, text.find(context));
    x.entities[static_cast<size_t>(entity)].mentions.push_back(
        {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())});
  };
  mention(sessions, "Sessions", "Sessions said");
  mention(sessions, "Jeff Sessions", "Jeff Sessions is");  // inside Kislyak's quote
  mention(kislyak, "Kislyak", "Kislyak said");
  size_t again = text.find("Again");
  mention(kislyak, "Sergey Kislyak", "Again");
  Said(b, sessions, franken,
       "\"I never met Sergey Kislyak to talk about the campaign,\" Jeff Sessions told Al Franken.", kDenial, "told");
  Said(b, sessions, -1, "\"Donald Trump knew nothing of it,\" Sessions said.", kTrump, "said");
  ExtractedRelation& repeated =
      Said(b, sessions, -1, "Again: \"I never met Sergey Kislyak to talk about the campaign,\" said Sessions.",
           kDenial, "said");
  repeated.quote_start = static_cast<uint32_t>(text.find(kDenial, again));
  repeated.quote_end = repeated.quote_start + static_cast<uint32_t>(std::string(kDenial).size());
  Said(b, kislyak, -1, "\"Jeff Sessions is an honest man,\" Kislyak said.", "Jeff Sessions is an honest man", "said");
  LinkStatementTopics(&x);
  return x;
}

KnowledgeGraph StatementsGraph() {
  KnowledgeGraph graph = testing_util::SampleGraph();
  graph.AddDocument(StatementsDocument(), nullptr);
  return graph;
}

std::vector<std::string> Ids(const DocumentExtraction& x, const std::vector<int32_t>& entities) {
  std::vector<std::string> out;
  for (int32_t e : entities) out.push_back(x.entities[static_cast<size_t>(e)].id);
  return out;
}

std::vector<std::string> Ids(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices) {
  std::vector<std::string> out;
  for (Vertex v : vertices) out.push_back(graph.storage()[v].id);
  return out;
}

using Strings = std::vector<std::string>;

// --- relate -----------------------------------------------------------------

TEST(StatementsTest, TopicsAreTheEntitiesNamedInsideTheQuote) {
  DocumentExtraction x = StatementsDocument();
  ASSERT_EQ(x.relations.size(), 4u);
  EXPECT_EQ(Ids(x, x.relations[0].about), Strings{"P:sergey_kislyak"});  // Franken is outside: the addressee
  EXPECT_EQ(Ids(x, x.relations[1].about), Strings{"P:donald_trump"});
  EXPECT_EQ(Ids(x, x.relations[2].about), Strings{"P:sergey_kislyak"});
  EXPECT_EQ(Ids(x, x.relations[3].about), Strings{"P:jeff_sessions"});  // the speaker is Kislyak

  // A speaker named in his own quote is not its topic; no span, no topics.
  x.relations[3].source = 0;
  x.relations[0].quote_end = x.relations[0].quote_start;
  LinkStatementTopics(&x);
  EXPECT_TRUE(x.relations[3].about.empty());
  EXPECT_TRUE(x.relations[0].about.empty());
}

TEST(StatementsTest, PipelineListsTopicsInTheExtraction) {
  Pipeline pipeline(test::BundledKnowledge());
  Document doc;
  doc.id = "doc";
  doc.date = "2017-03-02";
  doc.text = "Headline\n\n\"I did not discuss the campaign with Sergey Kislyak,\" Jeff Sessions said on Thursday.\n";
  DocumentExtraction x = pipeline.Extract(std::move(doc));
  nlohmann::json json = ExtractionToJson(x, false);
  int said = 0;
  for (const auto& r : json["relations"]) {
    if (r["type"] != "SAID") continue;
    ++said;
    EXPECT_EQ(r["source"], "P:jeff_sessions");
    EXPECT_EQ(r["about"], nlohmann::json::array({"P:sergey_kislyak"})) << r.dump();
  }
  EXPECT_EQ(said, 1) << json.dump();
}

// --- graph ------------------------------------------------------------------

TEST(StatementsTest, StatementVerticesLinkSpeakerAddresseeAndTopics) {
  KnowledgeGraph graph = StatementsGraph();
  const GraphStorage& g = graph.storage();
  std::vector<StatementRow> rows = Said(graph, *graph.FindById("P:jeff_sessions"));
  ASSERT_EQ(rows.size(), 4u);  // two from SampleGraph; the repeated quote is one vertex
  const GraphVertex& denial = g[rows[2].statement];
  EXPECT_TRUE(denial.is_statement());
  EXPECT_EQ(denial.id, "S:doc3:1");  // the quote starts after the opening mark
  EXPECT_EQ(denial.quote(), kDenial);
  EXPECT_EQ(denial.statement.document_id, "doc3");
  EXPECT_EQ(denial.statement.document_date, "2017-03-05");
  EXPECT_EQ(denial.statement.quote_start, 1u);
  EXPECT_EQ(denial.statement.evidence.size(), 2u);  // both attributions
  EXPECT_EQ(rows[2].evidence.size(), 2u);
  EXPECT_EQ(Ids(graph, rows[2].about), Strings{"P:sergey_kislyak"});
  EXPECT_EQ(Ids(graph, rows[2].addressees), Strings{"P:al_franken"});
  EXPECT_EQ(Ids(graph, rows[3].about), Strings{"P:donald_trump"});

  // ABOUT says why: the words in the quote, and the rule.
  for (auto [it, end] = boost::out_edges(rows[2].statement, g); it != end; ++it) {
    if (g[*it].type != RelationType::kAbout) continue;
    ASSERT_EQ(g[*it].evidence.size(), 2u);
    EXPECT_EQ(g[*it].evidence[0].rule, kAboutRule);
    EXPECT_EQ(g[*it].evidence[0].trigger, "Sergey Kislyak");
  }
  EXPECT_EQ(graph.statement_count(), 5u);
}

TEST(StatementsTest, EntityQuestionsSkipStatements) {
  KnowledgeGraph graph = StatementsGraph();
  EXPECT_EQ(ResolveName(graph, "S:doc3:1").status, NameResolution::Status::kUnknown);
  EXPECT_EQ(ResolveName(graph, kDenial).status, NameResolution::Status::kUnknown);
  NameResolution near = ResolveName(graph, "Donald Trump knew nothing of iy");
  for (Vertex v : near.suggestions) EXPECT_FALSE(graph.storage()[v].is_statement());
  // Meetings are unchanged by the statements around them.
  EXPECT_EQ(WhoMet(graph, *graph.FindById("P:jeff_sessions")).met.size(), 1u);
}

// --- store ------------------------------------------------------------------

TEST(StatementsTest, StoreRoundTripKeepsStatementsAndTheirLinks) {
  test::TempDir dir;
  KnowledgeGraph graph = StatementsGraph();
  WriteIndex(graph, dir / "graph.pb");
  KnowledgeGraph read = ReadIndex(dir / "graph.pb");
  EXPECT_EQ(read.statement_count(), graph.statement_count());
  EXPECT_EQ(boost::num_edges(read.storage()), boost::num_edges(graph.storage()));
  std::optional<Vertex> denial = read.FindById("S:doc3:1");
  ASSERT_TRUE(denial.has_value());
  const Statement& s = read.storage()[*denial].statement;
  EXPECT_EQ(read.storage()[*denial].quote(), kDenial);
  EXPECT_TRUE(s.direct);
  EXPECT_EQ(s.document_date, "2017-03-05");
  EXPECT_EQ(s.evidence.size(), 2u);
  std::vector<StatementRow> rows =
      Said(read, *read.FindById("P:jeff_sessions"), *read.FindById("P:sergey_kislyak"));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].statement, *denial);
  EXPECT_EQ(Ids(read, rows[0].addressees), Strings{"P:al_franken"});
  EXPECT_EQ(rows[0].evidence[0].trigger, "told");
}

// --- query ------------------------------------------------------------------

TEST(StatementsTest, SaidAboutKeepsTheStatementsNamingTheEntity) {
  KnowledgeGraph graph = StatementsGraph();
  Vertex sessions = *graph.FindById("P:jeff_sessions");
  Vertex kislyak = *graph.FindById("P:sergey_kislyak");
  std::vector<StatementRow> rows = Said(graph, sessions, kislyak);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(graph.storage()[rows[0].statement].quote(), kDenial);
  EXPECT_EQ(Said(graph, sessions, *graph.FindById("P:donald_trump")).size(), 1u);
  EXPECT_TRUE(Said(graph, sessions, *graph.FindById("P:al_franken")).empty());  // told, not named
  EXPECT_EQ(Said(graph, kislyak, sessions).size(), 1u);

  std::ostringstream text;
  RenderStatementsText(graph, sessions, kislyak, rows, text);
  EXPECT_NE(text.str().find("1 statement by Jeff Sessions (P:jeff_sessions, PERSON) about Sergey Kislyak"),
            std::string::npos)
      << text.str();
  EXPECT_NE(text.str().find("About: Sergey Kislyak"), std::string::npos) << text.str();
  nlohmann::ordered_json json = StatementsJson(graph, sessions, kislyak, rows);
  EXPECT_EQ(json["about"]["id"], "P:sergey_kislyak");
  EXPECT_EQ(json["statements"][0]["id"], "S:doc3:1");
  EXPECT_EQ(json["statements"][0]["about"][0]["id"], "P:sergey_kislyak");
  EXPECT_EQ(json["statements"][0]["date"], "2017-03-05");
}

TEST(StatementsTest, ExplainShowsRuleAndTrigger) {
  KnowledgeGraph graph = StatementsGraph();
  Vertex sessions = *graph.FindById("P:jeff_sessions");
  std::vector<StatementRow> rows = Said(graph, sessions, *graph.FindById("P:sergey_kislyak"));
  std::ostringstream text;
  RenderStatementsText(graph, sessions, std::nullopt, rows, text, /*explain=*/true);
  EXPECT_NE(text.str().find("RULE"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("TRIGGER"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("quote-name-verb  \"told\""), std::string::npos) << text.str();
  nlohmann::ordered_json json = StatementsJson(graph, sessions, std::nullopt, rows, /*explain=*/true);
  EXPECT_EQ(json["statements"][0]["evidence"][0]["rule"], "quote-name-verb");
  EXPECT_EQ(json["statements"][0]["evidence"][0]["trigger"], "told");

  std::ostringstream meetings;
  RenderMeetingsText(graph, sessions, WhoMet(graph, sessions), meetings, /*explain=*/true);
  EXPECT_NE(meetings.str().find("test-rule  \"met\""), std::string::npos) << meetings.str();
  nlohmann::ordered_json met = MeetingsJson(graph, sessions, WhoMet(graph, sessions), /*explain=*/true);
  EXPECT_EQ(met["met"][0]["evidence"][0]["rule"], "test-rule");
  EXPECT_EQ(met["met"][0]["evidence"][0]["trigger"], "met");
}

// --- the command line -------------------------------------------------------

class StatementsCommandTest : public testing::Test {
 protected:
  void SetUp() override { WriteIndex(StatementsGraph(), index_); }
  test::RunResult Query(const std::string& args) {
    return test::RunNewsgraph("query " + test::ShellQuote(index_) + " " + args);
  }
  test::TempDir dir_;
  std::string index_ = dir_ / "graph.pb";
};

TEST_F(StatementsCommandTest, SaidAboutAnswers) {
  test::RunResult r = Query("said Sessions --about Kislyak");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 statement by Jeff Sessions"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(kDenial), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(kTrump), std::string::npos) << r.out;

  r = Query("said Sessions --about donald trump --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json["statements"].size(), 1u);
  EXPECT_EQ(json["statements"][0]["quote"], kTrump);
}

TEST_F(StatementsCommandTest, SaidAboutNothingSaysSo) {
  test::RunResult r = Query("said Sessions --about 'Al Franken'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Jeff Sessions has no statement about Al Franken in this index"), std::string::npos)
      << r.out;
  r = Query("said Sessions --about Franken --json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["statements"].empty());
  EXPECT_NE(r.err.find("no statement about Al Franken"), std::string::npos) << r.err;
}

TEST_F(StatementsCommandTest, SaidAboutUnknownNameIsAnUnresolvedName) {
  test::RunResult r = Query("said Sessions --about Kislyk");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("no entity named \"Kislyk\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Sergey Kislyak"), std::string::npos) << r.err;  // the suggestion
  // A quote is not a name.
  r = Query(std::string("said Sessions --about '") + kTrump + "'");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  // --about belongs to said: a command-line error (CLI11's code), not an unresolved name.
  r = Query("who-met Sessions --about Kislyak");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.exit_code, 2);
  EXPECT_NE(r.err.find("--about"), std::string::npos) << r.err;
}

TEST_F(StatementsCommandTest, ExplainOnTheCommandLine) {
  test::RunResult r = Query("said Sessions --about Kislyak --explain");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("RULE"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("quote-name-verb"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"told\""), std::string::npos) << r.out;

  r = Query("who-met Kislyak --explain --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["met"][0]["evidence"][0]["rule"], "test-rule");
  EXPECT_EQ(json["met"][0]["evidence"][0]["trigger"], "met");

  r = Query("who-met Kislyak --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(nlohmann::json::parse(r.out)["met"][0]["evidence"][0].contains("rule"));
}

}  // namespace
}  // namespace newsgraph
