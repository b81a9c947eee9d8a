// The dev set in ../shared/eval/dev (when present): extract every article,
// score against the gold files with ../shared/eval/score.py, and hold the
// scores above a floor. The score table goes to stdout for the CI log.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsgraph {
namespace {

using test::RunResult;
using test::ShellQuote;

const std::string kEval = test::kSourceDir + "/../shared/eval";
const std::string kDev = kEval + "/dev";

constexpr double kMinEntityF1 = 0.95;
constexpr double kMinRelationF1 = 0.85;

TEST(DevSetTest, ScoresStayAboveTheFloor) {
  if (!test::fs::is_directory(kDev)) GTEST_SKIP() << kDev << " does not exist; no dev set to score";
  ASSERT_TRUE(test::fs::exists(kEval + "/score.py")) << kEval << "/score.py is missing";
  ASSERT_EQ(test::Run("python3 --version").exit_code, 0) << "python3 is needed to run score.py";

  std::vector<std::string> articles;
  for (const auto& e : test::fs::directory_iterator(kDev)) {
    if (e.path().extension() == ".txt") articles.push_back(e.path().string());
  }
  std::sort(articles.begin(), articles.end());
  ASSERT_FALSE(articles.empty()) << "no .txt articles in " << kDev;

  test::TempDir dir;
  std::string system = dir / "tmp.jsonl";
  std::string args = "-q extract";
  for (const std::string& a : articles) args += " " + ShellQuote(a);
  RunResult extract = test::Run(ShellQuote(test::kBinary) + " " + args + " > " + ShellQuote(system));
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  ASSERT_EQ(test::Lines(test::ReadFileText(system)).size(), articles.size()) << extract.err;

  std::string score = "python3 " + ShellQuote(kEval + "/score.py") + " --gold " + ShellQuote(kDev) + " --system " +
                      ShellQuote(system);
  RunResult table = test::Run(score);
  ASSERT_EQ(table.exit_code, 0) << table.err;
  std::cout << "Dev set (" << articles.size() << " articles):\n" << table.out << std::flush;

  RunResult json = test::Run(score + " --json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json scores = nlohmann::json::parse(json.out);
  EXPECT_TRUE(scores["documents_missing_from_system"].empty()) << scores["documents_missing_from_system"].dump();

  double entity_f1 = scores["entities"]["all"]["f1"];
  double relation_f1 = scores["relations"]["all"]["f1"];
  EXPECT_GE(entity_f1, kMinEntityF1);
  EXPECT_GE(relation_f1, kMinRelationF1);
  size_t types = 0;
  for (const auto& [type, row] : scores["relations"].items()) {
    if (type == "all") continue;
    ++types;
    EXPECT_GT(row["f1"].get<double>(), 0.0) << type << " has F1 0: " << row.dump();
  }
  EXPECT_GE(types, 5u) << scores["relations"].dump();
}

}  // namespace
}  // namespace newsgraph
