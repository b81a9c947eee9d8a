// The questions beyond who-met and said (query/explore.h, query/centrality.h),
// the Answer renderings, and the `query` subcommands end to end.
#include "query/explore.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "query/centrality.h"
#include "store/index_file.h"
#include "test_graphs.h"
#include "util/files.h"

namespace newsgraph {
namespace {

using testing_util::ExtractionBuilder;
using testing_util::SampleGraph;

Vertex Find(const KnowledgeGraph& graph, const std::string& id) {
  std::optional<Vertex> v = graph.FindById(id);
  EXPECT_TRUE(v.has_value()) << id;
  return v.value_or(0);
}

std::vector<std::string> Column(const Answer& answer, size_t column, size_t section = 0) {
  std::vector<std::string> out;
  for (const AnswerRow& row : answer.sections.at(section).rows) out.push_back(row.cells.at(column));
  return out;
}

// SampleGraph plus party members, one of them former.
KnowledgeGraph PartyGraph() {
  KnowledgeGraph graph = SampleGraph();
  ExtractionBuilder b("doc3", "Al Franken is a Democrat. Jeff Sessions was once a Democrat.", "2018-01-05");
  int franken = b.Entity("P:al_franken", EntityType::kPerson, "Al Franken");
  int sessions = b.Entity("P:jeff_sessions", EntityType::kPerson, "Jeff Sessions");
  int party = b.Entity("ORG:democratic_party", EntityType::kOrganization, "Democratic Party", "Democrat");
  b.Relation(RelationType::kMemberOf, franken, party, "Al Franken is a Democrat.");
  b.Relation(RelationType::kMemberOf, sessions, party, "Jeff Sessions was once a Democrat.").former = true;
  graph.AddDocument(b.get(), nullptr);
  return graph;
}

TEST(ExploreTest, WhoMetKeepsEvidenceInsideTheWindowAndCountsIt) {
  KnowledgeGraph graph = SampleGraph();
  Vertex sessions = Find(graph, "P:jeff_sessions");
  MeetingsAnswer all = WhoMet(graph, sessions);
  ASSERT_EQ(all.met.size(), 1u);
  EXPECT_EQ(all.met[0].evidence.size(), 2u);
  EXPECT_EQ(all.denied.size(), 1u);

  MeetingsAnswer later = WhoMet(graph, sessions, DateWindow{"2017-03-03", ""});
  ASSERT_EQ(later.met.size(), 1u);
  EXPECT_EQ(later.met[0].evidence.size(), 1u);
  EXPECT_EQ(later.met[0].evidence[0].document_id, "doc2");
  EXPECT_TRUE(later.denied.empty());  // doc1 is dated the day before
  EXPECT_EQ(later.unconfirmed.size(), 1u);

  MeetingsAnswer twice = WhoMet(graph, sessions, {}, 2);
  EXPECT_EQ(twice.met.size(), 1u);
  EXPECT_TRUE(twice.denied.empty());
  EXPECT_TRUE(WhoMet(graph, sessions, DateWindow{"2018", ""}).empty());
  EXPECT_EQ(WhoMet(graph, sessions, DateWindow{"", "2017-03-02"}).met.size(), 1u);  // the whole day
  EXPECT_EQ(WhoMet(graph, sessions, DateWindow{"2017", "2017"}).met[0].evidence.size(), 2u);
}

TEST(ExploreTest, ReactionsByDirectionAndPolarity) {
  KnowledgeGraph graph = SampleGraph();
  Vertex sessions = Find(graph, "P:jeff_sessions");
  Answer both = ReactionsAnswer(graph, sessions, ReactionDirection::kBoth, "");
  EXPECT_TRUE(both.sections[0].rows.empty());  // by Sessions
  EXPECT_EQ(Column(both, 0, 1), std::vector<std::string>{"Democratic Party"});
  EXPECT_EQ(both.sections[1].rows[0].cells[1], "REACTED -");
  EXPECT_FALSE(ReactionsAnswer(graph, sessions, ReactionDirection::kTo, "-").empty());
  Answer positive = ReactionsAnswer(graph, sessions, ReactionDirection::kTo, "+");
  EXPECT_TRUE(positive.empty());
  EXPECT_EQ(positive.empty_message, "no positive reactions to Jeff Sessions found");
  EXPECT_TRUE(ReactionsAnswer(graph, sessions, ReactionDirection::kBy, "").empty());
  Vertex democrats = Find(graph, "ORG:democratic_party");
  EXPECT_EQ(Column(ReactionsAnswer(graph, democrats, ReactionDirection::kBy, ""), 0),
            std::vector<std::string>{"Jeff Sessions"});
}

TEST(ExploreTest, OfficesAndHolders) {
  KnowledgeGraph graph = SampleGraph();
  Vertex sessions = Find(graph, "P:jeff_sessions");
  Vertex ag = Find(graph, "OFF:us_attorney_general");
  Answer offices = OfficesAnswer(graph, sessions);
  ASSERT_EQ(offices.sections[0].rows.size(), 1u);
  EXPECT_EQ(offices.sections[0].rows[0].cells,
            (std::vector<std::string>{"Attorney General of the United States", "2017-03-03", "2017-03-03", "holder"}));
  EXPECT_EQ(offices.sections[0].rows[0].evidence.size(), 1u);

  EXPECT_EQ(Column(HoldersAnswer(graph, ag), 0), std::vector<std::string>{"Jeff Sessions"});
  EXPECT_EQ(Column(HoldersAnswer(graph, ag, "2017-03-03"), 0), std::vector<std::string>{"Jeff Sessions"});
  // After the last evidence: the one seen last before the date, said so.
  Answer later = HoldersAnswer(graph, ag, "2019-01-01");
  EXPECT_EQ(Column(later, 0), std::vector<std::string>{"Jeff Sessions"});
  EXPECT_NE(later.sections[0].title.find("Last seen"), std::string::npos);
  Answer before = HoldersAnswer(graph, ag, "2016");
  EXPECT_TRUE(before.empty());
  EXPECT_NE(before.empty_message.find("on 2016"), std::string::npos);
  EXPECT_TRUE(OfficesAnswer(graph, Find(graph, "P:al_franken")).empty());
}

TEST(ExploreTest, MembersCurrentBeforeFormer) {
  KnowledgeGraph graph = PartyGraph();
  Answer members = MembersAnswer(graph, Find(graph, "ORG:democratic_party"));
  EXPECT_EQ(Column(members, 0), (std::vector<std::string>{"Al Franken", "Jeff Sessions"}));
  EXPECT_EQ(Column(members, 2), (std::vector<std::string>{"member", "former"}));
  EXPECT_TRUE(MembersAnswer(graph, Find(graph, "P:al_franken")).empty());
}

TEST(ExploreTest, NeighborsCrossStatementsAndFilterByType) {
  KnowledgeGraph graph = SampleGraph();
  Vertex sessions = Find(graph, "P:jeff_sessions");
  Answer near = NeighborsAnswer(graph, sessions, 1);
  std::vector<std::string> names = Column(near, 0);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Al Franken", "Attorney General of the United States",
                                             "Democratic Party", "Sergey Kislyak"}));
  for (const AnswerRow& row : near.sections[0].rows) {
    EXPECT_FALSE(row.evidence.empty()) << row.cells[0];
    if (row.cells[0] == "Al Franken") EXPECT_EQ(row.cells[3], "SAID > TOLD");
  }
  RelationSelection met;
  met.types = {RelationType::kMet};
  EXPECT_EQ(Column(NeighborsAnswer(graph, sessions, 1, met), 0), std::vector<std::string>{"Sergey Kislyak"});
  // Franken is two hops from Kislyak.
  Answer two = NeighborsAnswer(graph, Find(graph, "P:sergey_kislyak"), 2);
  bool franken_at_two = false;
  for (const AnswerRow& row : two.sections[0].rows) franken_at_two |= row.cells[0] == "Al Franken" && row.cells[2] == "2";
  EXPECT_TRUE(franken_at_two);
  EXPECT_TRUE(NeighborsAnswer(graph, Find(graph, "P:volodymyr_zelenskyy"), 1).empty());
}

TEST(ExploreTest, PathGivesEachHopWithEvidence) {
  KnowledgeGraph graph = SampleGraph();
  Vertex kislyak = Find(graph, "P:sergey_kislyak");
  Vertex franken = Find(graph, "P:al_franken");
  Answer path = PathAnswer(graph, kislyak, franken);
  ASSERT_EQ(path.sections[0].rows.size(), 2u);
  EXPECT_EQ(path.sections[0].rows[0].cells,
            (std::vector<std::string>{"1", "Sergey Kislyak", "MET", "Jeff Sessions", "2"}));
  EXPECT_EQ(path.sections[0].rows[1].cells[2], "SAID > TOLD");
  EXPECT_EQ(path.sections[0].rows[1].cells[3], "Al Franken");
  EXPECT_NE(path.sections[0].rows[1].evidence.at(0).sentence.str().find("Sessions told Al Franken"), std::string::npos);

  RelationSelection met;
  met.types = {RelationType::kMet};
  Answer none = PathAnswer(graph, kislyak, franken, met);
  EXPECT_TRUE(none.empty());
  EXPECT_NE(none.empty_message.find("no chain of relations"), std::string::npos);
  EXPECT_TRUE(PathAnswer(graph, kislyak, Find(graph, "P:volodymyr_zelenskyy")).empty());
}

TEST(ExploreTest, TimelineIsInDateOrder) {
  KnowledgeGraph graph = PartyGraph();
  Answer timeline = TimelineAnswer(graph, Find(graph, "P:jeff_sessions"));
  const auto& rows = timeline.sections[0].rows;
  ASSERT_GE(rows.size(), 8u);
  for (size_t i = 1; i < rows.size(); ++i) {
    EXPECT_LE(rows[i - 1].evidence[0].document_date, rows[i].evidence[0].document_date);
  }
  EXPECT_EQ(rows.back().evidence[0].document_id, "doc3");
  bool criticized = false;
  for (const AnswerRow& row : rows) criticized |= row.cells[0] == "REACTED - (by)" && row.cells[1] == "Democratic Party";
  EXPECT_TRUE(criticized);
  RelationSelection only_2018;
  only_2018.window.since = "2018";
  EXPECT_EQ(TimelineAnswer(graph, Find(graph, "P:jeff_sessions"), only_2018).sections[0].rows.size(), 1u);
}

TEST(ExploreTest, StatsCountsDocumentsEntitiesAndRelations) {
  KnowledgeGraph graph = SampleGraph();
  Answer stats = StatsAnswer(graph);
  std::map<std::string, std::string> count;
  for (const AnswerRow& row : stats.sections[0].rows) count[row.cells[0]] = row.cells[1];
  EXPECT_EQ(count["documents"], "2");
  EXPECT_EQ(count["entities: PERSON"], "4");
  EXPECT_EQ(count["statements"], "2");
  EXPECT_EQ(count["relations: MET"], "3");
  EXPECT_TRUE(StatsAnswer(KnowledgeGraph()).empty());
}

TEST(ExploreTest, TopRanksTheHub) {
  KnowledgeGraph graph = SampleGraph();
  for (Centrality measure : {Centrality::kDegree, Centrality::kBetweenness, Centrality::kPageRank}) {
    Answer top = TopAnswer(graph, measure, {}, 3);
    ASSERT_EQ(top.sections[0].rows.size(), 3u);
    EXPECT_EQ(top.sections[0].rows[0].cells[1], "Jeff Sessions");
  }
  EXPECT_EQ(TopAnswer(graph, Centrality::kDegree, {}, 1).sections[0].rows[0].cells[3], "4");
  // Sessions lies on every path between his four neighbours: 4 choose 2.
  EXPECT_EQ(TopAnswer(graph, Centrality::kBetweenness, {}, 1).sections[0].rows[0].cells[3], "6.0");
  RelationSelection none;
  none.window.since = "2030";
  EXPECT_TRUE(TopAnswer(graph, Centrality::kDegree, none, 5).empty());
}

TEST(ExploreTest, AnswersRenderAsTableTsvAndJson) {
  KnowledgeGraph graph = SampleGraph();
  Answer path = PathAnswer(graph, Find(graph, "P:sergey_kislyak"), Find(graph, "P:al_franken"));
  std::ostringstream text, tsv;
  RenderAnswerText(path, text);
  EXPECT_NE(text.str().find("STEP  FROM"), std::string::npos) << text.str();
  RenderAnswerTsv(path, tsv, true);
  std::istringstream lines(tsv.str());
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header,
            "section\tstep\tfrom\trelation\tto\tevidence_count\tdate\tdocument_id\tsentence_index\trule\ttrigger\tsentence");
  size_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 11) << line;
  }
  EXPECT_EQ(n, 3u);  // MET has two pieces of evidence, the statement hop one
  nlohmann::ordered_json json = AnswerJson(path);
  EXPECT_EQ(json["question"], "path");
  EXPECT_EQ(json["sections"]["path"][1]["to"], "Al Franken");
  EXPECT_FALSE(json["sections"]["path"][0]["evidence"][0].contains("rule"));

  std::ostringstream empty;
  RenderAnswerText(MembersAnswer(graph, Find(graph, "P:al_franken")), empty);
  EXPECT_NE(empty.str().find("no members of Al Franken found"), std::string::npos);
}

class QueryCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test: ctest runs the tests of this fixture at the same time.
    dir_ = std::filesystem::path(::testing::TempDir()) /
           (std::string("newsgraph_explore_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    index_ = (dir_ / "graph.pb").string();
    WriteIndex(PartyGraph(), index_);
  }
  int Run(const std::string& args) {
    std::string command = std::string("'") + NEWSGRAPH_BINARY + "' query '" + index_ + "' " + args + " >'" +
                          (dir_ / "out.txt").string() + "' 2>'" + (dir_ / "err.txt").string() + "'";
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  std::string Out() { return ReadFile((dir_ / "out.txt").string()); }
  std::string Err() { return ReadFile((dir_ / "err.txt").string()); }

  std::filesystem::path dir_;
  std::string index_;
};

TEST_F(QueryCommandTest, EveryQuestionAnswers) {
  EXPECT_EQ(Run("who-met sessions --since 2017-03-03 --min-evidence 1"), 0);
  EXPECT_EQ(Out().find("Denied"), std::string::npos) << Out();
  EXPECT_EQ(Run("reactions Sessions --to --polarity -"), 0);
  EXPECT_NE(Out().find("Democratic Party"), std::string::npos) << Out();
  EXPECT_EQ(Run("offices Jeff Sessions"), 0);
  EXPECT_NE(Out().find("Attorney General of the United States"), std::string::npos);
  EXPECT_EQ(Run("holders 'attorney general of the united states' --on 2017-03-03"), 0);
  EXPECT_NE(Out().find("Jeff Sessions"), std::string::npos);
  EXPECT_EQ(Run("members Democratic Party --json"), 0);
  EXPECT_EQ(nlohmann::json::parse(Out())["sections"]["members"].size(), 2u);
  EXPECT_EQ(Run("neighbors Kislyak --depth 2 --type MET,SAID,TOLD --tsv"), 0);
  EXPECT_NE(Out().find("Al Franken"), std::string::npos) << Out();
  EXPECT_EQ(Run("path Kislyak 'Al Franken' --json"), 0);
  EXPECT_EQ(nlohmann::json::parse(Out())["sections"]["path"].size(), 2u);
  EXPECT_EQ(Run("top --by betweenness -n 2"), 0);
  EXPECT_NE(Out().find("Jeff Sessions"), std::string::npos);
  EXPECT_EQ(Run("timeline Franken"), 0);
  EXPECT_NE(Out().find("2018-01-05"), std::string::npos);
  EXPECT_EQ(Run("stats --tsv"), 0);
  EXPECT_NE(Out().find("documents\t3"), std::string::npos) << Out();
  EXPECT_EQ(Run("said Sessions --tsv"), 0);
  EXPECT_NE(Out().find("We never discussed the campaign"), std::string::npos);
  EXPECT_EQ(Run("who-met Kislyak --tsv"), 0);
  EXPECT_NE(Out().find("denied\tJeff Sessions"), std::string::npos) << Out();
}

TEST_F(QueryCommandTest, EmptyAnswersAndBadNamesSaySo) {
  EXPECT_EQ(Run("members Franken"), 0);
  EXPECT_NE(Out().find("no members of Al Franken found"), std::string::npos) << Out();
  EXPECT_EQ(Run("path Kislyak Zelensky"), 0);
  EXPECT_NE(Out().find("no chain of relations links"), std::string::npos) << Out();
  EXPECT_EQ(Run("path Kislyak Frankenn"), 2);
  EXPECT_NE(Err().find("Al Franken"), std::string::npos) << Err();
  EXPECT_EQ(Run("neighbors Nobody At All"), 2);
  EXPECT_NE(Err().find("no entity named"), std::string::npos);
  EXPECT_EQ(Run("timeline Kislyak --type NOPE"), 1);
  EXPECT_NE(Err().find("unknown relation type \"NOPE\""), std::string::npos) << Err();
  EXPECT_EQ(Run("who-met Kislyak --since March"), 1);
  EXPECT_EQ(Run("stats --json --tsv"), 1);
}

}  // namespace
}  // namespace newsgraph
