// newsgraph gazetteer check|stats, run as a user would.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

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
  EXPECT_NE(r.err.find("zz_broken.tsv:3:"), std::string::npos) << r.err;
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
