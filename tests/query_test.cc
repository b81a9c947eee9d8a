#include "query/query.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "store/index_file.h"
#include "test_graphs.h"
#include "util/files.h"

namespace newsgraph {
namespace {

using Status = NameResolution::Status;

Vertex Add(KnowledgeGraph* graph, std::string id, std::string name, EntityType type,
           std::vector<std::string> aliases = {}) {
  GraphVertex v;
  v.id = std::move(id);
  v.name = std::move(name);
  v.type = type;
  v.aliases = std::move(aliases);
  return graph->AddOrGetVertex(v);
}

KnowledgeGraph NamesGraph() {
  KnowledgeGraph graph;
  Add(&graph, "P:emmanuel_macron", "Emmanuel Macron", EntityType::kPerson, {"President Macron"});
  Add(&graph, "P:olaf_scholz", "Olaf Scholz", EntityType::kPerson);
  Add(&graph, "P:john_smith", "John Smith", EntityType::kPerson);
  Add(&graph, "P:jane_smith", "Jane Smith", EntityType::kPerson);
  Add(&graph, "P:mlk", "Martin Luther King Jr.", EntityType::kPerson);
  Add(&graph, "ORG:scholz_and_co", "Scholz & Co", EntityType::kOrganization);
  Add(&graph, "ORG:king", "King", EntityType::kOrganization);
  return graph;
}

std::string IdOf(const KnowledgeGraph& graph, Vertex v) { return graph.storage()[v].id; }

TEST(QueryTest, ResolvesCanonicalNamesCaseInsensitively) {
  KnowledgeGraph graph = NamesGraph();
  NameResolution r = ResolveName(graph, "  emmanuel   MACRON ");
  ASSERT_EQ(r.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, r.vertex), "P:emmanuel_macron");
}

TEST(QueryTest, ResolvesAliasesSurnamesAndIds) {
  KnowledgeGraph graph = NamesGraph();
  NameResolution alias = ResolveName(graph, "president macron");
  ASSERT_EQ(alias.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, alias.vertex), "P:emmanuel_macron");

  NameResolution surname = ResolveName(graph, "Scholz");
  ASSERT_EQ(surname.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, surname.vertex), "P:olaf_scholz");

  NameResolution id = ResolveName(graph, "P:john_smith");
  ASSERT_EQ(id.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, id.vertex), "P:john_smith");
}

TEST(QueryTest, CanonicalNameBeatsSurname) {
  KnowledgeGraph graph = NamesGraph();
  // "King" is an organization's full name and (skipping "Jr.") a person's surname.
  NameResolution r = ResolveName(graph, "king");
  ASSERT_EQ(r.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, r.vertex), "ORG:king");
}

TEST(QueryTest, AmbiguousNamesListCandidates) {
  KnowledgeGraph graph = NamesGraph();
  NameResolution r = ResolveName(graph, "smith");
  ASSERT_EQ(r.status, Status::kAmbiguous);
  ASSERT_EQ(r.candidates.size(), 2u);
  EXPECT_EQ(IdOf(graph, r.candidates[0]), "P:jane_smith");
  EXPECT_EQ(IdOf(graph, r.candidates[1]), "P:john_smith");
  std::string message = DescribeUnresolved(graph, "smith", r);
  EXPECT_NE(message.find("ambiguous"), std::string::npos) << message;
  EXPECT_NE(message.find("Jane Smith (P:jane_smith, PERSON)"), std::string::npos) << message;
  EXPECT_NE(message.find("John Smith (P:john_smith, PERSON)"), std::string::npos) << message;
}

TEST(QueryTest, ASurnameFarMoreMentionedThanItsNamesakesIsTakenWithANote) {
  KnowledgeGraph graph = NamesGraph();
  GraphVertex john = graph.storage()[*graph.FindById("P:john_smith")];
  john.mentions.assign(12, MentionRecord{"doc", 0, 5, "Smith"});
  graph.storage()[*graph.FindById("P:john_smith")] = john;
  graph.storage()[*graph.FindById("P:jane_smith")].mentions.assign(2, MentionRecord{"doc", 0, 5, "Smith"});
  NameResolution r = ResolveName(graph, "smith");
  ASSERT_EQ(r.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, r.vertex), "P:john_smith");
  ASSERT_EQ(r.also.size(), 1u);
  EXPECT_EQ(IdOf(graph, r.also[0]), "P:jane_smith");
}

TEST(QueryTest, ALoneSurnameEntityDoesNotHideThePersonOfThatSurname) {
  KnowledgeGraph graph = NamesGraph();
  GraphVertex lone;
  lone.id = "P:x_scholz";
  lone.name = "Scholz";
  lone.from_gazetteer = false;
  lone.mentions.assign(1, MentionRecord{"doc", 0, 6, "Scholz"});
  graph.AddOrGetVertex(lone);
  graph.storage()[*graph.FindById("P:olaf_scholz")].mentions.assign(9, MentionRecord{"doc", 0, 6, "Scholz"});
  NameResolution r = ResolveName(graph, "Scholz");
  ASSERT_EQ(r.status, Status::kFound);
  EXPECT_EQ(IdOf(graph, r.vertex), "P:olaf_scholz");
  ASSERT_EQ(r.also.size(), 1u);
  EXPECT_EQ(IdOf(graph, r.also[0]), "P:x_scholz");
}

TEST(QueryTest, UnknownNamesGetSuggestions) {
  KnowledgeGraph graph = NamesGraph();
  NameResolution r = ResolveName(graph, "Emanuel Macronn");
  ASSERT_EQ(r.status, Status::kUnknown);
  ASSERT_FALSE(r.suggestions.empty());
  EXPECT_EQ(IdOf(graph, r.suggestions[0]), "P:emmanuel_macron");
  std::string message = DescribeUnresolved(graph, "Emanuel Macronn", r);
  EXPECT_NE(message.find("did you mean"), std::string::npos) << message;
  EXPECT_NE(message.find("Emmanuel Macron"), std::string::npos) << message;

  NameResolution typo = ResolveName(graph, "Scholtz");
  ASSERT_EQ(typo.status, Status::kUnknown);
  ASSERT_FALSE(typo.suggestions.empty());
  EXPECT_EQ(IdOf(graph, typo.suggestions[0]), "P:olaf_scholz");

  NameResolution given = ResolveName(graph, "Olaf");
  ASSERT_EQ(given.status, Status::kUnknown);
  ASSERT_FALSE(given.suggestions.empty());
  EXPECT_EQ(IdOf(graph, given.suggestions[0]), "P:olaf_scholz");

  NameResolution nothing = ResolveName(graph, "Xyzzy Plugh");
  EXPECT_EQ(nothing.status, Status::kUnknown);
  EXPECT_TRUE(nothing.suggestions.empty());
  EXPECT_EQ(DescribeUnresolved(graph, "Xyzzy Plugh", nothing),
            "no entity named \"Xyzzy Plugh\" in the graph");
  EXPECT_EQ(ResolveName(graph, "   ").status, Status::kUnknown);
}

TEST(QueryTest, EditDistanceCountsCodePoints) {
  EXPECT_EQ(EditDistance("", ""), 0u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("zelensky", "zelenskyy"), 1u);
  EXPECT_EQ(EditDistance("m\xC3\xBCller", "muller"), 1u);
}

TEST(QueryTest, WhoMetListsDeniedAndPlannedApart) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  Vertex kislyak = *graph.FindById("P:sergey_kislyak");
  MeetingsAnswer answer = WhoMet(graph, kislyak);  // Kislyak is the edges' target
  ASSERT_EQ(answer.met.size(), 1u);
  ASSERT_EQ(answer.denied.size(), 1u);
  ASSERT_EQ(answer.unconfirmed.size(), 1u);
  EXPECT_EQ(IdOf(graph, answer.met[0].other), "P:jeff_sessions");
  EXPECT_EQ(answer.met[0].evidence.size(), 2u);
  EXPECT_TRUE(answer.denied[0].negated);
  EXPECT_EQ(answer.denied[0].evidence[0].sentence, "Sessions did not meet Kislyak in September.");
  EXPECT_EQ(answer.unconfirmed[0].modality, "planned");

  Vertex sessions = *graph.FindById("P:jeff_sessions");
  MeetingsAnswer other_side = WhoMet(graph, sessions);
  ASSERT_EQ(other_side.met.size(), 1u);
  EXPECT_EQ(IdOf(graph, other_side.met[0].other), "P:sergey_kislyak");

  EXPECT_TRUE(WhoMet(graph, *graph.FindById("P:al_franken")).empty());
}

TEST(QueryTest, WhoMetOrdersByEvidence) {
  KnowledgeGraph graph;
  Vertex a = Add(&graph, "P:a", "Alpha", EntityType::kPerson);
  Vertex b = Add(&graph, "P:b", "Beta", EntityType::kPerson);
  Vertex c = Add(&graph, "P:c", "Gamma", EntityType::kPerson);
  RelationEdge once;
  once.evidence.push_back({"d1", 0, 0, 5, "one", "", "met", "r"});
  RelationEdge twice = once;
  twice.evidence.push_back({"d2", 0, 0, 5, "two", "", "met", "r"});
  graph.AddRelation(a, b, once);
  graph.AddRelation(c, a, twice);
  MeetingsAnswer answer = WhoMet(graph, a);
  ASSERT_EQ(answer.met.size(), 2u);
  EXPECT_EQ(IdOf(graph, answer.met[0].other), "P:c");
  EXPECT_EQ(IdOf(graph, answer.met[1].other), "P:b");
}

TEST(QueryTest, RendersMeetingsAsTextAndJson) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  Vertex sessions = *graph.FindById("P:jeff_sessions");
  MeetingsAnswer answer = WhoMet(graph, sessions);
  std::ostringstream text;
  RenderMeetingsText(graph, sessions, answer, text);
  std::string out = text.str();
  EXPECT_NE(out.find("Meetings of Jeff Sessions"), std::string::npos) << out;
  EXPECT_NE(out.find("Met (1)"), std::string::npos) << out;
  EXPECT_NE(out.find("Denied meetings (1)"), std::string::npos) << out;
  EXPECT_NE(out.find("Jeff Sessions met Sergey Kislyak in July."), std::string::npos) << out;
  EXPECT_NE(out.find("2017-03-02  doc1"), std::string::npos) << out;
  // The denied meeting's sentence is printed under its own heading, after it.
  EXPECT_GT(out.find("Sessions did not meet"), out.find("Denied meetings")) << out;

  nlohmann::ordered_json json = MeetingsJson(graph, sessions, answer);
  EXPECT_EQ(json["entity"]["id"], "P:jeff_sessions");
  ASSERT_EQ(json["met"].size(), 1u);
  EXPECT_EQ(json["met"][0]["entity"]["name"], "Sergey Kislyak");
  EXPECT_EQ(json["met"][0]["evidence"].size(), 2u);
  EXPECT_EQ(json["met"][0]["evidence"][1]["document_id"], "doc2");
  EXPECT_EQ(json["met"][0]["evidence"][1]["date"], "2017-03-03");
  EXPECT_EQ(json["denied"][0]["negated"], true);
  EXPECT_EQ(json["unconfirmed"][0]["modality"], "planned");
}

TEST(QueryTest, SaidListsStatementsWithEvidence) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  const GraphStorage& g = graph.storage();
  Vertex sessions = *graph.FindById("P:jeff_sessions");
  std::vector<StatementRow> statements = Said(graph, sessions);
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(g[statements[0].statement].quote(), "We never discussed the campaign");

  std::ostringstream text;
  RenderStatementsText(graph, sessions, std::nullopt, statements, text);
  std::string out = text.str();
  EXPECT_NE(out.find("2 statements by Jeff Sessions"), std::string::npos) << out;
  EXPECT_NE(out.find("\"We never discussed the campaign\""), std::string::npos) << out;
  EXPECT_NE(out.find("to Al Franken"), std::string::npos) << out;
  EXPECT_NE(out.find("reported speech"), std::string::npos) << out;
  EXPECT_NE(out.find("doc2"), std::string::npos) << out;
  EXPECT_EQ(out.find("RULE"), std::string::npos) << out;

  nlohmann::ordered_json json = StatementsJson(graph, sessions, std::nullopt, statements);
  ASSERT_EQ(json["statements"].size(), 2u);
  EXPECT_EQ(json["statements"][0]["addressee"]["id"], "P:al_franken");
  EXPECT_TRUE(json["statements"][1]["addressee"].is_null());
  EXPECT_EQ(json["statements"][1]["direct"], false);
  EXPECT_EQ(json["statements"][0]["evidence"][0]["sentence"],
            "\"We never discussed the campaign,\" Sessions told Al Franken.");
  EXPECT_FALSE(json["statements"][0]["evidence"][0].contains("rule"));

  EXPECT_TRUE(Said(graph, *graph.FindById("P:sergey_kislyak")).empty());
}

TEST(QueryTest, NamesNeverResolveToStatements) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  std::vector<StatementRow> said = Said(graph, *graph.FindById("P:jeff_sessions"));
  ASSERT_FALSE(said.empty());
  const GraphVertex& statement = graph.storage()[said.front().statement];
  ASSERT_TRUE(statement.is_statement());
  // Neither the statement's id nor its quote (its name) finds it.
  EXPECT_EQ(ResolveName(graph, statement.id).status, NameResolution::Status::kUnknown);
  NameResolution by_quote = ResolveName(graph, statement.quote());
  EXPECT_NE(by_quote.status, NameResolution::Status::kFound);
  for (Vertex v : by_quote.suggestions) EXPECT_FALSE(graph.storage()[v].is_statement());
}

// The verb end to end: answers on stdout, name problems on stderr with exit code 2.
TEST(QueryTest, CommandLineExitCodes) {
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "newsgraph_query_test";
  std::filesystem::create_directories(dir);
  std::string index = (dir / "graph.pb").string();
  WriteIndex(testing_util::SampleGraph(), index);
  std::string out = (dir / "out.txt").string();
  std::string err = (dir / "err.txt").string();
  auto run = [&](const std::string& args) {
    std::string command = std::string("'") + NEWSGRAPH_BINARY + "' query '" + index + "' " + args +
                          " >'" + out + "' 2>'" + err + "'";
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  EXPECT_EQ(run("who-met KISLYAK"), 0);
  EXPECT_NE(ReadFile(out).find("Denied meetings"), std::string::npos) << ReadFile(out);
  EXPECT_EQ(run("said jeff sessions --json"), 0);
  EXPECT_EQ(nlohmann::json::parse(ReadFile(out))["statements"].size(), 2u);
  EXPECT_EQ(run("who-met 'Al Franken'"), 0);
  EXPECT_NE(ReadFile(out).find("no meetings of Al Franken found"), std::string::npos);
  EXPECT_EQ(run("said Sesions"), 2);
  EXPECT_NE(ReadFile(err).find("Jeff Sessions"), std::string::npos) << ReadFile(err);
  EXPECT_TRUE(ReadFile(out).empty());
}

}  // namespace
}  // namespace newsgraph
