#include "export/export.h"

#include <gtest/gtest.h>

#include <boost/graph/graphml.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_graphs.h"
#include "util/files.h"

namespace newsgraph {
namespace {

std::string TempPath(const std::string& name) {
  // One folder per test: ctest runs the tests at the same time.
  std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) /
                              (std::string("newsgraph_export_") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

std::string Export(const KnowledgeGraph& graph, ExportFormat format) {
  std::ostringstream out;
  ExportGraph(graph, format, out);
  return out.str();
}

// Names with characters every format must escape.
KnowledgeGraph AwkwardGraph() {
  KnowledgeGraph graph = testing_util::SampleGraph();
  GraphVertex org;
  org.id = "ORG:a&b";
  org.name = "\"Quotes\" <&> Back\\slash\nNew line 'n' {braces} ;";
  org.type = EntityType::kOrganization;
  Vertex v = graph.AddOrGetVertex(org);
  RelationEdge member;
  member.type = RelationType::kMemberOf;
  member.evidence.push_back({"doc\"x", 0, 0, 1, "A \"tricky\" <sentence> & more\\", "", "of", "r"});
  graph.AddRelation(*graph.FindById("P:jeff_sessions"), v, member);
  return graph;
}

TEST(ExportTest, ParsesFormatNames) {
  EXPECT_EQ(ParseExportFormat("json"), ExportFormat::kJson);
  EXPECT_EQ(ParseExportFormat("graphml"), ExportFormat::kGraphml);
  EXPECT_EQ(ParseExportFormat("dot"), ExportFormat::kDot);
  EXPECT_FALSE(ParseExportFormat("csv").has_value());
}

TEST(ExportTest, JsonIsNodeLinkData) {
  KnowledgeGraph graph = AwkwardGraph();
  nlohmann::json data = nlohmann::json::parse(Export(graph, ExportFormat::kJson));
  EXPECT_EQ(data["directed"], true);
  EXPECT_EQ(data["multigraph"], true);
  ASSERT_EQ(data["nodes"].size(), boost::num_vertices(graph.storage()));
  ASSERT_EQ(data["links"].size(), boost::num_edges(graph.storage()));
  EXPECT_EQ(data["edges"], data["links"]);
  EXPECT_EQ(data["documents"].size(), 2u);

  std::set<std::string> ids;
  for (const auto& node : data["nodes"]) ids.insert(node["id"].get<std::string>());
  for (const auto& link : data["links"]) {
    EXPECT_TRUE(ids.count(link["source"].get<std::string>()));
    EXPECT_TRUE(ids.count(link["target"].get<std::string>()));
    EXPECT_FALSE(link["evidence"].empty());
  }
  int negated = 0;
  for (const auto& link : data["links"]) negated += link["negated"].get<bool>();
  EXPECT_EQ(negated, 1);
  const auto& sessions = data["nodes"][0];
  EXPECT_EQ(sessions["id"], "P:jeff_sessions");
  EXPECT_EQ(sessions["type"], "PERSON");
  EXPECT_EQ(sessions["attributes"]["country"], "US");

  // Statements are nodes of their own type, linked by SAID and TOLD.
  std::map<std::string, nlohmann::json> statements;
  for (const auto& node : data["nodes"]) {
    if (node["type"] == "STATEMENT") statements[node["id"].get<std::string>()] = node;
  }
  ASSERT_EQ(statements.size(), 2u);
  int said = 0, told = 0;
  for (const auto& link : data["links"]) {
    if (link["type"] == "SAID") {
      ++said;
      EXPECT_EQ(link["source"], "P:jeff_sessions");
      ASSERT_TRUE(statements.count(link["target"].get<std::string>()));
      EXPECT_EQ(link["evidence"][0]["rule"], "test-rule");
    }
    if (link["type"] == "TOLD") {
      ++told;
      EXPECT_EQ(statements[link["source"].get<std::string>()]["quote"], "We never discussed the campaign");
      EXPECT_EQ(link["target"], "P:al_franken");
    }
  }
  EXPECT_EQ(said, 2);
  EXPECT_EQ(told, 1);
  EXPECT_FALSE(data.contains("statements"));
}

TEST(ExportTest, JsonLoadsInNetworkx) {
  if (std::system("python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 with networkx not available";
  }
  KnowledgeGraph graph = AwkwardGraph();
  std::string path = TempPath("graph.json");
  WriteFileAtomically(path, Export(graph, ExportFormat::kJson));
  std::string script = TempPath("load.py");
  WriteFileAtomically(script,
                      "import json, sys, warnings\n"
                      "import networkx as nx\n"
                      "warnings.simplefilter('ignore')\n"
                      "g = nx.node_link_graph(json.load(open(sys.argv[1])))\n"
                      "print(g.number_of_nodes(), g.number_of_edges())\n");
  std::string out_path = TempPath("networkx.out");
  int rc = std::system(("python3 '" + script + "' '" + path + "' > '" + out_path + "'").c_str());
  ASSERT_EQ(rc, 0);
  std::ifstream in(out_path);
  size_t nodes = 0, edges = 0;
  in >> nodes >> edges;
  EXPECT_EQ(nodes, boost::num_vertices(graph.storage()));
  EXPECT_EQ(edges, boost::num_edges(graph.storage()));
}

struct ReadVertex {
  std::string id, type, name, aliases, document_id, date;
  int mentions = 0, statements = 0;
  bool direct = false;
};
struct ReadEdge {
  std::string type, polarity, modality, evidence;
  bool negated = false, former = false;
  int evidence_count = 0;
};
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadVertex, ReadEdge>;

TEST(ExportTest, GraphmlReadsBackWithBoost) {
  KnowledgeGraph graph = AwkwardGraph();
  std::istringstream in(Export(graph, ExportFormat::kGraphml));
  ReadGraph read;
  boost::dynamic_properties dp;
  dp.property("id", boost::get(&ReadVertex::id, read));
  dp.property("type", boost::get(&ReadVertex::type, read));
  dp.property("name", boost::get(&ReadVertex::name, read));
  dp.property("aliases", boost::get(&ReadVertex::aliases, read));
  dp.property("mentions", boost::get(&ReadVertex::mentions, read));
  dp.property("statements", boost::get(&ReadVertex::statements, read));
  dp.property("direct", boost::get(&ReadVertex::direct, read));
  dp.property("document_id", boost::get(&ReadVertex::document_id, read));
  dp.property("date", boost::get(&ReadVertex::date, read));
  dp.property("type", boost::get(&ReadEdge::type, read));
  dp.property("negated", boost::get(&ReadEdge::negated, read));
  dp.property("polarity", boost::get(&ReadEdge::polarity, read));
  dp.property("former", boost::get(&ReadEdge::former, read));
  dp.property("modality", boost::get(&ReadEdge::modality, read));
  dp.property("evidence_count", boost::get(&ReadEdge::evidence_count, read));
  dp.property("evidence", boost::get(&ReadEdge::evidence, read));
  ASSERT_NO_THROW(boost::read_graphml(in, read, dp));

  const GraphStorage& g = graph.storage();
  ASSERT_EQ(boost::num_vertices(read), boost::num_vertices(g));
  ASSERT_EQ(boost::num_edges(read), boost::num_edges(g));
  for (size_t v = 0; v < boost::num_vertices(g); ++v) {
    EXPECT_EQ(read[v].id, g[v].id);
    EXPECT_EQ(read[v].name, g[v].name);
    EXPECT_EQ(read[v].type, VertexTypeName(g[v]));
    if (g[v].is_statement()) {
      EXPECT_EQ(read[v].direct, g[v].statement.direct);
      EXPECT_EQ(read[v].document_id, g[v].statement.document_id);
      EXPECT_EQ(read[v].date, g[v].statement.document_date);
    } else if (g[v].id == "P:jeff_sessions") {
      EXPECT_EQ(read[v].statements, 2);
    }
  }
  int negated = 0, former = 0;
  bool tricky = false;
  for (auto [it, end] = boost::edges(read); it != end; ++it) {
    negated += read[*it].negated;
    former += read[*it].former;
    EXPECT_GE(read[*it].evidence_count, 1);
    tricky = tricky || read[*it].evidence.find("A \"tricky\" <sentence> & more\\") != std::string::npos;
  }
  EXPECT_EQ(negated, 1);
  EXPECT_EQ(former, 0);
  EXPECT_TRUE(tricky);
}

TEST(ExportTest, DotIsWellFormed) {
  KnowledgeGraph graph = AwkwardGraph();
  std::string dot = Export(graph, ExportFormat::kDot);
  EXPECT_EQ(dot.rfind("digraph newsgraph {", 0), 0u);
  EXPECT_NE(dot.find("style=dashed"), std::string::npos);
  EXPECT_NE(dot.find("style=dotted"), std::string::npos);
  EXPECT_NE(dot.find("\\\"Quotes\\\" <&> Back\\\\slash\\nNew line"), std::string::npos) << dot;
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "graphviz (dot) not installed";
  std::string path = TempPath("graph.dot");
  std::string svg = TempPath("graph.svg");
  std::string log = TempPath("dot.log");
  WriteFileAtomically(path, dot);
  int rc = std::system(("/usr/bin/dot -Tsvg '" + path + "' -o '" + svg + "' 2>'" + log + "'").c_str());
  ASSERT_EQ(rc, 0) << ReadFile(log);
  EXPECT_TRUE(ReadFile(log).empty()) << ReadFile(log);
  std::string image = ReadFile(svg);
  EXPECT_NE(image.find("<svg"), std::string::npos);
  EXPECT_NE(image.find("Jeff Sessions"), std::string::npos);
}

TEST(ExportTest, EmptyGraphExports) {
  KnowledgeGraph empty;
  nlohmann::json data = nlohmann::json::parse(Export(empty, ExportFormat::kJson));
  EXPECT_TRUE(data["nodes"].empty());
  std::istringstream in(Export(empty, ExportFormat::kGraphml));
  ReadGraph read;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  EXPECT_NO_THROW(boost::read_graphml(in, read, dp));
  EXPECT_NE(Export(empty, ExportFormat::kDot).find('}'), std::string::npos);
}

}  // namespace
}  // namespace newsgraph
