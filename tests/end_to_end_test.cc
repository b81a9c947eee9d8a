// The built program on the bundled samples: extract, index, query; and bad
// input, which must end with a non-zero exit and a clear message, never a crash.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsgraph {
namespace {

using test::fs::path;
using test::RunNewsgraph;
using test::RunResult;
using test::ShellQuote;
using test::TempDir;
using test::WriteFile;

const std::string kSamples = test::kSourceDir + "/tests/samples";

std::vector<std::string> SampleFiles() {
  std::vector<std::string> files;
  for (const auto& e : test::fs::directory_iterator(kSamples)) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Describe(const RunResult& r) {
  return "exit " + std::to_string(r.exit_code) + ", signal " + std::to_string(r.signal) + "\nstderr:\n" + r.err;
}

// The command failed cleanly: a non-zero exit (not a signal) and something on stderr
// that contains every one of `expected`.
void ExpectCleanFailure(const RunResult& r, const std::vector<std::string>& expected, int code = 1) {
  EXPECT_FALSE(r.Crashed()) << Describe(r);
  EXPECT_EQ(r.exit_code, code) << Describe(r);
  EXPECT_NE(r.err.find("error"), std::string::npos) << Describe(r);
  for (const std::string& e : expected) EXPECT_NE(r.err.find(e), std::string::npos) << "missing '" << e << "'\n" << Describe(r);
  EXPECT_TRUE(r.out.empty()) << r.out;
}

// Builds an index of the samples once for the query tests.
class EndToEndTest : public testing::Test {
 protected:
  static std::string IndexOfSamples(const TempDir& dir) {
    std::string graph = dir / "graph.pb";
    RunResult r = RunNewsgraph("-q index -o " + ShellQuote(graph) + " " + ShellQuote(kSamples));
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    EXPECT_TRUE(test::fs::exists(graph));
    return graph;
  }
};

TEST_F(EndToEndTest, RunHelperSeesSignals) {
  // The crash check the bad-input tests rely on.
  EXPECT_TRUE(test::Run("sh -c 'kill -SEGV $$'").Crashed());
  RunResult ok = test::Run("echo out; echo err >&2; exit 3");
  EXPECT_FALSE(ok.Crashed());
  EXPECT_EQ(ok.exit_code, 3);
  EXPECT_EQ(ok.out, "out\n");
  EXPECT_EQ(ok.err, "err\n");
}

TEST_F(EndToEndTest, VersionAndHelp) {
  RunResult v = RunNewsgraph("--version");
  EXPECT_EQ(v.exit_code, 0) << Describe(v);
  EXPECT_NE(v.out.find("newsgraph"), std::string::npos);
  RunResult none = RunNewsgraph("");
  EXPECT_FALSE(none.Crashed());
  EXPECT_NE(none.exit_code, 0);
}

TEST_F(EndToEndTest, ExtractWritesOneJsonLinePerSample) {
  std::vector<std::string> files = SampleFiles();
  ASSERT_GE(files.size(), 5u);
  std::string args = "extract";
  for (const std::string& f : files) args += " " + ShellQuote(f);
  RunResult r = RunNewsgraph(args);
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  std::vector<std::string> lines = test::Lines(r.out);
  ASSERT_EQ(lines.size(), files.size());
  std::set<std::string> relation_types;
  for (size_t i = 0; i < lines.size(); ++i) {
    SCOPED_TRACE(files[i]);
    nlohmann::json doc = nlohmann::json::parse(lines[i]);  // throws (fails the test) on bad JSON
    const std::string text = test::ReadFileText(files[i]);
    EXPECT_EQ(doc["doc"], path(files[i]).stem().string());
    ASSERT_TRUE(doc.contains("title"));
    EXPECT_EQ(text.rfind(doc["title"].get<std::string>(), 0), 0u) << "the title is the first line";
    if (doc.contains("date")) EXPECT_EQ(doc["date"].get<std::string>().size(), 10u);
    ASSERT_TRUE(doc["entities"].is_array());
    ASSERT_TRUE(doc["relations"].is_array());
    EXPECT_FALSE(doc["entities"].empty());
    EXPECT_FALSE(doc["relations"].empty());
    std::set<std::string> ids;
    for (const auto& e : doc["entities"]) {
      ASSERT_TRUE(e["id"].is_string());
      ids.insert(e["id"].get<std::string>());
      EXPECT_TRUE(e["type"] == "PERSON" || e["type"] == "ORGANIZATION" || e["type"] == "OFFICE" || e["type"] == "PLACE")
          << e["type"];
      EXPECT_TRUE(e["name"].is_string());
      ASSERT_FALSE(e["mentions"].empty()) << e["id"];
      for (const auto& m : e["mentions"]) {
        size_t start = m["start"], end = m["end"];
        ASSERT_LT(start, end);
        ASSERT_LE(end, text.size());
        EXPECT_EQ(text.substr(start, end - start), m["text"].get<std::string>());  // byte offsets into the file
      }
    }
    for (const auto& rel : doc["relations"]) {
      relation_types.insert(rel["type"].get<std::string>());
      EXPECT_TRUE(ids.count(rel["source"].get<std::string>())) << rel.dump();
      if (rel.contains("target")) EXPECT_TRUE(ids.count(rel["target"].get<std::string>())) << rel.dump();
      const auto& ev = rel["evidence"];
      size_t start = ev["start"], end = ev["end"];
      ASSERT_LE(start, end);
      ASSERT_LE(end, text.size());
      EXPECT_EQ(text.substr(start, end - start), ev["text"].get<std::string>());
      EXPECT_TRUE(ev["sentence"].is_number_unsigned());
      if (rel["type"] == "MET") EXPECT_TRUE(rel["negated"].is_boolean());
      if (rel["type"] == "SAID") EXPECT_TRUE(rel["quote"].is_string());
      if (rel["type"] == "REACTED") EXPECT_TRUE(rel["polarity"] == "+" || rel["polarity"] == "-" || rel["polarity"] == "0");
      EXPECT_FALSE(ev.contains("rule")) << "rules only with --explain";
    }
  }
  for (const char* type : {"MET", "SAID", "REACTED", "HOLDS_OFFICE", "MEMBER_OF"}) {
    EXPECT_TRUE(relation_types.count(type)) << type;
  }
}

TEST_F(EndToEndTest, ExplainAddsTriggerAndRule) {
  RunResult r = RunNewsgraph("-q extract --explain " + ShellQuote(kSamples + "/sessions-kislyak-recusal.txt"));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_FALSE(doc["relations"].empty());
  for (const auto& rel : doc["relations"]) {
    EXPECT_TRUE(rel["evidence"]["rule"].is_string()) << rel.dump();
    EXPECT_NE(rel["evidence"]["text"].get<std::string>().find(rel["evidence"]["trigger"].get<std::string>()),
              std::string::npos)
        << rel.dump();
  }
}

TEST_F(EndToEndTest, ExtractFromStandardInput) {
  RunResult r = test::Run("printf 'Sessions met Kislyak\\n\\nJeff Sessions met with Sergey Kislyak in July.\\n' | " +
                          ShellQuote(test::kBinary) + " -q extract --date 2017-03-02 -");
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["doc"], "stdin");
  EXPECT_EQ(doc["date"], "2017-03-02");
  bool met = false;
  for (const auto& rel : doc["relations"]) {
    met |= rel["type"] == "MET" && rel["source"] == "P:jeff_sessions" && rel["target"] == "P:sergey_kislyak";
  }
  EXPECT_TRUE(met) << r.out;
}

TEST_F(EndToEndTest, IndexThenQueryWhoMetKislyak) {
  TempDir dir;
  std::string graph = IndexOfSamples(dir);
  RunResult r = RunNewsgraph("query " + ShellQuote(graph) + " who-met Kislyak");
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("Sessions"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sessions-kislyak-recusal"), std::string::npos) << r.out;  // cites the document

  RunResult json = RunNewsgraph("query " + ShellQuote(graph) + " who-met \"sergey kislyak\" --json");
  ASSERT_EQ(json.exit_code, 0) << Describe(json);
  EXPECT_NE(nlohmann::json::parse(json.out).dump().find("P:jeff_sessions"), std::string::npos) << json.out;

  RunResult said = RunNewsgraph("query " + ShellQuote(graph) + " said Sessions");
  ASSERT_EQ(said.exit_code, 0) << Describe(said);
  EXPECT_NE(said.out.find("right thing to do"), std::string::npos) << said.out;
}

TEST_F(EndToEndTest, QueryForAnUnknownNameExitsWithTwo) {
  TempDir dir;
  std::string graph = IndexOfSamples(dir);
  RunResult r = RunNewsgraph("query " + ShellQuote(graph) + " who-met Zzyzxquux");
  EXPECT_FALSE(r.Crashed()) << Describe(r);
  EXPECT_EQ(r.exit_code, 2) << Describe(r);
  EXPECT_NE(r.err.find("Zzyzxquux"), std::string::npos) << r.err;
}

TEST_F(EndToEndTest, IndexSkipsADocumentAlreadyIndexed) {
  TempDir dir;
  std::string sample = kSamples + "/sessions-kislyak-recusal.txt";
  RunResult r = RunNewsgraph("index -o " + ShellQuote(dir / "g.pb") + " " + ShellQuote(sample) + " " + ShellQuote(sample));
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("already indexed"), std::string::npos) << r.err;
}

// --- bad input --------------------------------------------------------------

TEST_F(EndToEndTest, MissingInputFile) {
  TempDir dir;
  std::string missing = dir / "no-such-article.txt";
  ExpectCleanFailure(RunNewsgraph("extract " + ShellQuote(missing)), {"no-such-article.txt"});
  ExpectCleanFailure(RunNewsgraph("index -o " + ShellQuote(dir / "g.pb") + " " + ShellQuote(missing)),
                     {"no-such-article.txt"});
  EXPECT_FALSE(test::fs::exists(dir / "g.pb"));
}

TEST_F(EndToEndTest, FolderWithoutTexts) {
  TempDir dir;
  WriteFile(dir / "inputs/notes.md", "# not an article\n");
  ExpectCleanFailure(RunNewsgraph("extract " + ShellQuote(dir / "inputs")), {"inputs"});
}

TEST_F(EndToEndTest, EmptyFile) {
  TempDir dir;
  std::string empty = WriteFile(dir / "empty.txt", "");
  ExpectCleanFailure(RunNewsgraph("extract " + ShellQuote(empty)), {"empty.txt"});
  // Beside a good document it is skipped with a warning, and the run succeeds.
  RunResult r = RunNewsgraph("extract " + ShellQuote(empty) + " " + ShellQuote(kSamples + "/pompeo-kim-pyongyang.txt"));
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_EQ(test::Lines(r.out).size(), 1u);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
}

TEST_F(EndToEndTest, InvalidUtf8) {
  TempDir dir;
  std::string bad = WriteFile(dir / "latin1.txt", "Sessions met Kislyak\n\nJos\xE9 Mar\xED" "a said so.\n");
  RunResult r = RunNewsgraph("extract " + ShellQuote(bad));
  ExpectCleanFailure(r, {"latin1.txt", "UTF-8"});
}

TEST_F(EndToEndTest, MalformedGazetteerLineIsNamedByFileAndLine) {
  TempDir dir;
  path copy = dir.path() / "gazetteers";
  test::fs::copy(test::kGazetteers, copy, test::fs::copy_options::recursive);
  path people = copy / "entities" / "people_us.tsv";
  std::string content = test::ReadFileText(people.string());
  ASSERT_FALSE(content.empty());
  if (content.back() != '\n') content += '\n';
  size_t line = static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
  WriteFile(people.string(), content + "P:broken_line\tPERSON\n");  // no name column
  std::string where = "people_us.tsv:" + std::to_string(line) + ":";
  ExpectCleanFailure(RunNewsgraph("extract --gazetteers " + ShellQuote(copy.string()) + " " +
                                  ShellQuote(kSamples + "/pompeo-kim-pyongyang.txt")),
                     {where});
  // The environment variable is honoured the same way.
  RunResult env = test::Run("NEWSGRAPH_GAZETTEERS=" + ShellQuote(copy.string()) + " " + ShellQuote(test::kBinary) +
                            " index -o " + ShellQuote(dir / "g.pb") + " " + ShellQuote(kSamples));
  ExpectCleanFailure(env, {where});
}

TEST_F(EndToEndTest, MissingGazetteerFolder) {
  TempDir dir;
  ExpectCleanFailure(RunNewsgraph("extract --gazetteers " + ShellQuote(dir / "nowhere") + " " +
                                  ShellQuote(kSamples + "/pompeo-kim-pyongyang.txt")),
                     {"nowhere"});
}

TEST_F(EndToEndTest, BadDateOption) {
  ExpectCleanFailure(RunNewsgraph("extract --date 03/02/2017 " + ShellQuote(kSamples + "/pompeo-kim-pyongyang.txt")),
                     {"03/02/2017"});
}

TEST_F(EndToEndTest, QueryRefusesBadIndexFiles) {
  TempDir dir;
  std::string graph = IndexOfSamples(dir);
  std::string content = test::ReadFileText(graph);
  ASSERT_GT(content.size(), 100u);
  struct Case {
    std::string name;
    std::string bytes;
  };
  const std::vector<Case> cases = {
      {"truncated.pb", content.substr(0, content.size() / 2)},
      {"truncated-tail.pb", content.substr(0, content.size() - 1)},
      {"empty.pb", ""},
      {"text.pb", "this is not an index\n"},
      {"foreign.pb", std::string("\x0a\x0b\x0a\x09other-idx", 13)},  // a protobuf without our magic
      {"newer.pb", std::string("\x0a\x13\x0a\x0fnewsgraph-index\x10\x63", 21)},  // format version 99
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::string file = WriteFile(dir / c.name, c.bytes);
    ExpectCleanFailure(RunNewsgraph("query " + ShellQuote(file) + " who-met Kislyak"), {c.name});
  }
  ExpectCleanFailure(RunNewsgraph("query " + ShellQuote(dir / "missing.pb") + " who-met Kislyak"), {"missing.pb"});
}

TEST(OfficeByDateTest, AnOfficeSpeaksForItsHolderOnTheDocumentDate) {
  TempDir dir;
  std::ofstream(dir / "ag.txt") << "Inquiry ends\n\n\"The inquiry is over and we are done,\" the attorney general said.\n";
  std::string file = ShellQuote((dir.path() / "ag.txt").string());
  for (const auto& [date, holder] : {std::pair<std::string, std::string>{"2017-06-01", "P:jeff_sessions"},
                                     {"2019-06-01", "P:william_barr"}}) {
    RunResult r = RunNewsgraph("extract --date " + date + " " + file);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto doc = nlohmann::json::parse(r.out);
    ASSERT_EQ(doc["relations"].size(), 1u) << r.out;
    EXPECT_EQ(doc["relations"][0]["type"], "SAID");
    EXPECT_EQ(doc["relations"][0]["source"], holder) << date;
  }
  RunResult undated = RunNewsgraph("extract " + file);
  EXPECT_NE(undated.err.find("no date"), std::string::npos) << undated.err;  // said once
}

}  // namespace
}  // namespace newsgraph
