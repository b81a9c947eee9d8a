// Exports read back by real consumers (networkx GraphML, Python's csv for
// Neo4j), and the selections export takes (graph/selection.h).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "export/export.h"
#include "graph/selection.h"
#include "store/index_file.h"
#include "test_graphs.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph {
namespace {

std::filesystem::path TempDir() {
  // One folder per test: ctest runs the tests at the same time.
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              (std::string("newsgraph_export_more_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::create_directories(dir);
  return dir;
}

bool PythonHas(const std::string& module) {
  return std::system(("python3 -c 'import " + module + "' >/dev/null 2>&1").c_str()) == 0;
}

// Runs a Python script with arguments; returns its standard output. Files
// are named after the test, since ctest runs tests side by side.
std::string Python(const std::string& script, const std::string& args) {
  std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  std::string path = (TempDir() / (name + ".py")).string();
  std::string out = (TempDir() / (name + ".out")).string();
  WriteFileAtomically(path, script);
  int rc = std::system(("python3 '" + path + "' " + args + " > '" + out + "'").c_str());
  EXPECT_EQ(rc, 0) << script;
  return ReadFile(out);
}

KnowledgeGraph AwkwardGraph() {
  KnowledgeGraph graph = testing_util::SampleGraph();
  GraphVertex org;
  org.id = "ORG:a,b";
  org.name = "\"Quotes\", commas; semicolons\nand a new line";
  org.type = EntityType::kOrganization;
  org.aliases = {"one;two", "three"};
  Vertex v = graph.AddOrGetVertex(org);
  RelationEdge member;
  member.type = RelationType::kMemberOf;
  member.evidence.push_back({"doc\"x", 0, 0, 1, "A \"tricky\",\nsentence; really", "2017-05-01", "of", "r"});
  graph.AddRelation(*graph.FindById("P:jeff_sessions"), v, member);
  return graph;
}

TEST(ExportMoreTest, GraphmlLoadsInNetworkx) {
  if (!PythonHas("networkx")) GTEST_SKIP() << "python3 with networkx not available";
  KnowledgeGraph graph = AwkwardGraph();
  std::string path = (TempDir() / "networkx.graphml").string();
  std::ostringstream out;
  ExportGraph(graph, ExportFormat::kGraphml, out);
  WriteFileAtomically(path, out.str());
  std::string answer = Python(
      "import sys\n"
      "import networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(g.number_of_nodes(), g.number_of_edges(), g.nodes['ORG:a,b']['type'],\n"
      "      sum(1 for _, _, d in g.edges(data=True) if d['type'] == 'MET'))\n",
      "'" + path + "'");
  std::ostringstream expected;
  expected << boost::num_vertices(graph.storage()) << ' ' << boost::num_edges(graph.storage()) << " ORGANIZATION 3\n";
  EXPECT_EQ(answer, expected.str());
}

TEST(ExportMoreTest, Neo4jCsvParsesBackConsistently) {
  if (!PythonHas("csv")) GTEST_SKIP() << "python3 not available";
  KnowledgeGraph graph = AwkwardGraph();
  std::filesystem::path dir = TempDir() / "neo4j";
  std::filesystem::create_directories(dir);
  std::ostringstream nodes, relationships;
  ExportNeo4j(graph, nodes, relationships);
  WriteFileAtomically((dir / "nodes.csv").string(), nodes.str());
  WriteFileAtomically((dir / "relationships.csv").string(), relationships.str());
  // Every row has its header's width, ids are unique, endpoints exist, and
  // the awkward strings come back whole.
  std::string answer = Python(
      "import csv, json, sys\n"
      "d = sys.argv[1]\n"
      "nodes = list(csv.reader(open(d + '/nodes.csv', newline='')))\n"
      "rels = list(csv.reader(open(d + '/relationships.csv', newline='')))\n"
      "nh, rh = nodes[0], rels[0]\n"
      "assert nh[:2] == ['id:ID', ':LABEL'], nh\n"
      "assert rh[:3] == [':START_ID', ':END_ID', ':TYPE'], rh\n"
      "assert all(len(r) == len(nh) for r in nodes), 'node width'\n"
      "assert all(len(r) == len(rh) for r in rels), 'relationship width'\n"
      "ids = [r[0] for r in nodes[1:]]\n"
      "assert len(ids) == len(set(ids)), 'unique ids'\n"
      "assert all(r[0] in ids and r[1] in ids for r in rels[1:]), 'endpoints'\n"
      "org = [r for r in nodes[1:] if r[0] == 'ORG:a,b'][0]\n"
      "assert org[1] == 'Entity;Organization', org\n"
      "assert org[2] == '\"Quotes\", commas; semicolons and a new line', org[2]\n"
      "assert org[nh.index('aliases:string[]')].split(';') == ['one,two', 'three']\n"
      "m = [r for r in rels[1:] if r[1] == 'ORG:a,b'][0]\n"
      "assert m[2] == 'MEMBER_OF' and m[rh.index('first_date')] == '2017-05-01'\n"
      "ev = json.loads(m[rh.index('evidence')])\n"
      "assert ev[0]['sentence'] == 'A \"tricky\",\\nsentence; really', ev\n"
      "assert any(r[1] == 'Statement' for r in nodes[1:])\n"
      "print(len(nodes) - 1, len(rels) - 1)\n",
      "'" + dir.string() + "'");
  std::ostringstream expected;
  expected << boost::num_vertices(graph.storage()) << ' ' << boost::num_edges(graph.storage()) << '\n';
  EXPECT_EQ(answer, expected.str());
}

TEST(ExportMoreTest, SelectionsCutTheGraph) {
  KnowledgeGraph graph = testing_util::SampleGraph();
  RelationSelection met;
  met.types = ParseRelationTypeList("met");
  KnowledgeGraph meetings = Subgraph(graph, met, {});
  EXPECT_EQ(boost::num_vertices(meetings.storage()), 2u);  // Sessions and Kislyak
  EXPECT_EQ(boost::num_edges(meetings.storage()), 3u);     // met, denied, planned
  EXPECT_EQ(meetings.documents().size(), 2u);

  RelationSelection day;
  day.window = {"2017-03-03", "2017-03-03"};
  KnowledgeGraph one_day = Subgraph(graph, day, {});
  for (auto [it, end] = boost::edges(one_day.storage()); it != end; ++it) {
    for (const EvidenceRecord& e : one_day.storage()[*it].evidence) EXPECT_EQ(e.document_id, "doc2");
  }
  EXPECT_EQ(one_day.documents().size(), 1u);
  EXPECT_FALSE(one_day.FindById("P:al_franken").has_value());

  // Franken's neighbourhood: Sessions, through the statement he was told.
  Vertex franken = *graph.FindById("P:al_franken");
  std::vector<Vertex> statements;
  std::vector<bool> keep(boost::num_vertices(graph.storage()), false);
  for (const Reached& r : Neighbourhood(graph, franken, 1, {}, &statements)) keep[r.vertex] = true;
  for (Vertex s : statements) keep[s] = true;
  KnowledgeGraph around = Subgraph(graph, {}, keep, {franken});
  EXPECT_EQ(boost::num_vertices(around.storage()), 3u);
  EXPECT_EQ(boost::num_edges(around.storage()), 2u);  // SAID and TOLD
  EXPECT_EQ(around.statement_count(), 1u);

  EXPECT_THROW(ParseRelationTypeList("MET,FOO"), Error);
  EXPECT_EQ(ParseRelationTypeList(" met , holds-office ").size(), 2u);
  EXPECT_THROW(CheckDate("2017/03", "--since"), Error);
  EXPECT_EQ(CheckDate("2017-03", "--since"), "2017-03");
}

TEST(ExportMoreTest, CommandLineWritesFilteredExports) {
  std::filesystem::path dir = TempDir() / "cli";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string index = (dir / "graph.pb").string();
  WriteIndex(testing_util::SampleGraph(), index);
  auto run = [&](const std::string& args) {
    std::string command = std::string("'") + NEWSGRAPH_BINARY + "' export '" + index + "' " + args + " >'" +
                          (dir / "out.txt").string() + "' 2>'" + (dir / "err.txt").string() + "'";
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  EXPECT_EQ(run("--format neo4j -o '" + (dir / "neo").string() + "'"), 0);
  EXPECT_TRUE(std::filesystem::exists(dir / "neo" / "nodes.csv"));
  EXPECT_TRUE(std::filesystem::exists(dir / "neo" / "relationships.csv"));
  EXPECT_EQ(run("--format neo4j"), 1);  // needs a directory
  EXPECT_EQ(run("--format json --type MET --since 2017-03-03"), 0);
  nlohmann::json data = nlohmann::json::parse(ReadFile((dir / "out.txt").string()));
  EXPECT_EQ(data["nodes"].size(), 2u);
  EXPECT_EQ(data["links"].size(), 2u);  // the denial was the day before
  EXPECT_EQ(run("--format dot --around 'Al Franken' --depth 1"), 0);
  std::string dot = ReadFile((dir / "out.txt").string());
  EXPECT_NE(dot.find("P:jeff_sessions"), std::string::npos);
  EXPECT_EQ(dot.find("P:sergey_kislyak"), std::string::npos);
  if (std::filesystem::exists("/usr/bin/dot")) {
    WriteFileAtomically((dir / "around.dot").string(), dot);
    std::string render = "/usr/bin/dot -Tsvg '" + (dir / "around.dot").string() + "' -o '" +
                         (dir / "around.svg").string() + "' 2>/dev/null";
    EXPECT_EQ(std::system(render.c_str()), 0);
  }
  EXPECT_EQ(run("--around Frankenn"), 2);
  EXPECT_NE(ReadFile((dir / "err.txt").string()).find("Al Franken"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
