// newsgraph gazetteer check|stats|compile|suggest, run as a user would, and
// the imported layers they read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "knowledge/knowledge.h"
#include "test_util.h"
#include "util/error.h"

namespace newsgraph {
namespace {

std::string Bundled() { return test::ShellQuote(std::string(NEWSGRAPH_SOURCE_DIR) + "/gazetteers"); }

TEST(GazetteerCommandTest, CheckAcceptsTheBundledGazetteersAndListsSharedAliases) {
  test::RunResult r = test::RunNewsgraph("gazetteer check " + Bundled());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(": ok, "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ambiguous alias \"Judiciary Committee\""), std::string::npos) << r.out;
}

TEST(GazetteerCommandTest, CheckNamesTheFileAndLineOfAMalformedLine) {
  test::TempDir dir("_gazetteer_check");
  std::filesystem::copy(std::string(NEWSGRAPH_SOURCE_DIR) + "/gazetteers", dir.path(),
                        std::filesystem::copy_options::recursive);
  std::ofstream(dir / "entities/zz_broken.tsv") << "# a comment\nP:ok\tPERSON\tOk Person\nP:broken\tPERSON\n";
  test::RunResult r = test::RunNewsgraph("gazetteer check " + test::ShellQuote(dir.path().string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.Crashed());
  EXPECT_NE(r.out.find("zz_broken.tsv:3:"), std::string::npos) << r.out;
}

// A small gazetteer written by the test: two curated people who share a
// surname, an office, a tenure, and an imported layer.
std::filesystem::path SmallGazetteer(const test::TempDir& dir) {
  std::filesystem::create_directories(dir / "entities");
  std::filesystem::create_directories(dir / "lexicon");
  std::filesystem::create_directories(dir / "imported/extra");
  std::ofstream(dir / "lexicon/abbreviations.txt") << "Sen.\n";
  std::ofstream(dir / "lexicon/given_names.tsv") << "Eliot\tm\n";
  std::ofstream(dir / "lexicon/speech.tsv") << "said\tverb\n";
  std::ofstream(dir / "entities/people.tsv")
      << "P:ann_quill\tPERSON\tAnn Quill\t\tgender=f\n"
      << "P:bo_quill\tPERSON\tBo Quill\t\tgender=m\n";
  std::ofstream(dir / "entities/offices.tsv") << "OFF:mayor\tOFFICE\tMayor of Testville\tMayor\trole=mayor\n";
  std::ofstream(dir / "tenures.tsv") << "P:ann_quill\tOFF:mayor\t2015-01-01\t2019-01-01\n";
  std::ofstream(dir / "imported/extra/entities.tsv")
      << "P:ann_quill\tPERSON\tAnn Q. Quill\tAnnie Quill\n"
      << "P:cy_vole\tPERSON\tCy Vole\t\tgender=m\n";
  std::ofstream(dir / "imported/extra/tenures.tsv") << "P:cy_vole\tOFF:mayor\t2019-01-01\t\n";
  return dir.path();
}

TEST(GazetteerCommandTest, CheckListsEveryProblemNotOnlyTheFirst) {
  test::TempDir dir("_gazetteer_problems");
  SmallGazetteer(dir);
  std::ofstream(dir / "entities/zz_bad.tsv", std::ios::app)
      << "P:no_name\tPERSON\n"                      // line 1: too few columns
      << "P:ann_quill\tPERSON\tAnn Quill Again\n"    // line 2: duplicate id
      << "X:odd\tMOOSE\tOdd\n";                    // line 3: unknown type
  std::ofstream(dir / "tenures.tsv", std::ios::app) << "P:bo_quill\tOFF:mayor\t2012-05-01\t2011-01-01\n";
  test::RunResult r = test::RunNewsgraph("gazetteer check " + test::ShellQuote(dir.path().string()));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_FALSE(r.Crashed());
  EXPECT_NE(r.out.find("zz_bad.tsv:1:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("zz_bad.tsv:2: duplicate id 'P:ann_quill'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("zz_bad.tsv:3: unknown type"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("tenures.tsv:2: ends (2011-01-01) before it starts (2012-05-01)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 malformed line(s)"), std::string::npos) << r.out;
}

TEST(GazetteerCommandTest, CheckReportsAnAliasSharedByTwoEntities) {
  test::TempDir dir("_gazetteer_shared");
  SmallGazetteer(dir);
  std::ofstream(dir / "entities/people.tsv", std::ios::app) << "P:other_ann\tPERSON\tAnnette Quill\tAnnie Quill\n";
  test::RunResult r = test::RunNewsgraph("gazetteer check " + test::ShellQuote(dir.path().string()));
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_NE(r.out.find("ambiguous alias \"Annie Quill\": "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("P:ann_quill"), std::string::npos);
  EXPECT_NE(r.out.find("P:other_ann"), std::string::npos);
}

TEST(GazetteerCommandTest, ImportedLayerMergesIntoTheCuratedEntity) {
  test::TempDir dir("_gazetteer_merge");
  auto k = Knowledge::Load(SmallGazetteer(dir).string());
  auto ann = k->Find("P:ann_quill");
  ASSERT_TRUE(ann);
  const EntityRecord& e = k->entity(*ann);
  EXPECT_EQ(e.name, "Ann Quill");  // the curated name wins
  EXPECT_FALSE(e.imported);
  EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "Annie Quill"), e.aliases.end());
  EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "Ann Q. Quill"), e.aliases.end());
  EXPECT_EQ(e.gender, 'f');
  auto cy = k->Find("P:cy_vole");
  ASSERT_TRUE(cy);
  EXPECT_TRUE(k->entity(*cy).imported);
  EXPECT_EQ(k->HolderOn(*k->Find("OFF:mayor"), 20200101), *cy);
  EXPECT_EQ(k->HolderOn(*k->Find("OFF:mayor"), 20170101), *ann);
}

TEST(GazetteerCommandTest, ImportedLayerCannotChangeAType) {
  test::TempDir dir("_gazetteer_type");
  SmallGazetteer(dir);
  std::ofstream(dir / "imported/extra/entities.tsv", std::ios::app) << "P:bo_quill\tORGANIZATION\tBo Quill Inc.\n";
  try {
    Knowledge::Load(dir.path().string());
    FAIL() << "a type change must not load";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("imported/extra/entities.tsv:3:"), std::string::npos) << e.what();
  }
}

TEST(GazetteerCommandTest, CompiledGazetteerExtractsExactlyLikeTheFolder) {
  test::TempDir dir("_gazetteer_compile");
  std::string folder = test::ShellQuote(SmallGazetteer(dir).string());
  std::string pb = test::ShellQuote((dir.path() / "g.pb").string());
  test::RunResult c = test::RunNewsgraph("gazetteer compile " + folder + " -o " + pb);
  ASSERT_EQ(c.exit_code, 0) << c.err;
  std::ofstream(dir / "a.txt") << "Mayor Ann Quill met Cy Vole. Quill said the budget was fine. Annie Quill left.\n";
  std::string text = test::ShellQuote((dir.path() / "a.txt").string());
  test::RunResult from_folder = test::RunNewsgraph("extract --date 2017-05-05 --gazetteers " + folder + " " + text);
  test::RunResult from_pb = test::RunNewsgraph("extract --date 2017-05-05 --gazetteers " + pb + " " + text);
  ASSERT_EQ(from_folder.exit_code, 0) << from_folder.err;
  ASSERT_EQ(from_pb.exit_code, 0) << from_pb.err;
  EXPECT_EQ(from_folder.out, from_pb.out);
  EXPECT_NE(from_pb.out.find("P:ann_quill"), std::string::npos) << from_pb.out;
  test::RunResult stats = test::RunNewsgraph("gazetteer stats " + pb);
  EXPECT_NE(stats.out.find("entities     4 (1 from imported/)"), std::string::npos) << stats.out;
}

TEST(GazetteerCommandTest, ForeignOrCorruptCompiledGazetteerIsRefused) {
  test::TempDir dir("_gazetteer_corrupt");
  std::ofstream(dir / "foreign.pb") << "this is not a gazetteer at all";
  test::RunResult r = test::RunNewsgraph("extract --gazetteers " + test::ShellQuote((dir.path() / "foreign.pb").string()) +
                                         " " + test::ShellQuote((dir.path() / "foreign.pb").string()));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.Crashed());
  EXPECT_NE(r.err.find("not a compiled newsgraph gazetteer"), std::string::npos) << r.err;

  std::string folder = test::ShellQuote(SmallGazetteer(dir).string());
  std::string pb = (dir.path() / "g.pb").string();
  ASSERT_EQ(test::RunNewsgraph("gazetteer compile " + folder + " -o " + test::ShellQuote(pb)).exit_code, 0);
  std::filesystem::resize_file(pb, std::filesystem::file_size(pb) / 2);
  test::RunResult cut = test::RunNewsgraph("gazetteer stats " + test::ShellQuote(pb));
  EXPECT_EQ(cut.exit_code, 1);
  EXPECT_FALSE(cut.Crashed());
  EXPECT_NE(cut.err.find(pb), std::string::npos) << cut.err;
}

TEST(GazetteerCommandTest, SuggestListsFrequentUnknownNamesWithContexts) {
  test::TempDir dir("_gazetteer_suggest");
  std::string folder = test::ShellQuote(SmallGazetteer(dir).string());
  std::filesystem::create_directories(dir / "corpus");
  std::ofstream(dir / "corpus/a.txt") << "The analyst Eliot Marrow said the launcher was Russian.\n";
  std::ofstream(dir / "corpus/b.txt") << "Ann Quill met Eliot Marrow on Tuesday. Marrow said little.\n";
  std::ofstream(dir / "corpus/c.txt") << "Nobody here but Eliot Once.\n";
  test::RunResult r = test::RunNewsgraph("gazetteer suggest --gazetteers " + folder + " " +
                                         test::ShellQuote((dir.path() / "corpus").string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("P:eliot_marrow\tPERSON\tEliot Marrow"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# 2 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[Eliot Marrow]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Eliot Once"), std::string::npos) << r.out;  // one document: under --min-documents
}

TEST(GazetteerCommandTest, StatsCountsWhatTheFolderHolds) {
  test::RunResult r = test::RunNewsgraph("gazetteer stats " + Bundled());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* field : {"entities", "PERSON", "ORGANIZATION", "OFFICE", "aliases", "tenures", "memberships", "load time"}) {
    EXPECT_NE(r.out.find(field), std::string::npos) << field;
  }
}

}  // namespace
}  // namespace newsgraph
