// ingest: a document's own date from its dateline.
#include "ingest/dateline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ingest/document.h"

namespace newsgraph {
namespace {

TEST(DatelineTest, ReadsTheCommonForms) {
  EXPECT_EQ(FindDateline("Headline\n\nWASHINGTON, March 2, 2017 - Attorney General ..."), "2017-03-02");
  EXPECT_EQ(FindDateline("Headline\n\nBRUSSELS, Sept. 4, 2018 (Reuters) - ..."), "2018-09-04");
  EXPECT_EQ(FindDateline("Headline\nPublished 2019-04-11T08:00\nText"), "2019-04-11");
  EXPECT_EQ(FindDateline("LONDON, 11 April 2019 - The prime minister ..."), "2019-04-11");
}

TEST(DatelineTest, IgnoresWhatIsNotAFullDate) {
  EXPECT_EQ(FindDateline("Headline\n\nTheresa May spoke for 15 minutes in 2019."), "");
  EXPECT_EQ(FindDateline("In May, the talks resumed."), "");
  EXPECT_EQ(FindDateline("February 30, 2019 never happened."), "");
  EXPECT_EQ(FindDateline("A date far down: " + std::string(500, 'x') + " March 2, 2017", 400), "");
}

TEST(DatelineTest, ReadDocumentsDatesATextByItsDateline) {
  std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "dateline_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "dated.txt") << "Headline\n\nWASHINGTON, March 2, 2017 - Text.\n";
  std::ofstream(dir / "undated.txt") << "Headline\n\nText without a date.\n";
  std::vector<Document> docs;
  std::vector<IngestProblem> problems;
  IngestOptions options;
  options.date_override = "2020-01-01";
  ReadDocuments({dir.string()}, options, [&](Document&& d) { docs.push_back(std::move(d)); }, &problems);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "dated");
  EXPECT_EQ(docs[0].date, "2017-03-02");  // its own date beats --date
  EXPECT_EQ(docs[1].date, "2020-01-01");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph
