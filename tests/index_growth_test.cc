// index at corpus scale, through the built program: -j N gives the same bytes,
// --append and merge give the same index as indexing at once (merge is
// commutative and associative), and a write killed half-way leaves the old
// index in place.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "graph/graph.h"
#include "store/index_file.h"
#include "util/text.h"
#include "test_util.h"

namespace newsgraph {
namespace {

using test::RunNewsgraph;
using test::RunResult;
using test::ShellQuote;
using test::TempDir;
using test::WriteFile;

const std::string kSamples = test::kSourceDir + "/tests/samples";

std::string Sample(const std::string& stem) { return kSamples + "/" + stem + ".txt"; }

const std::vector<std::string> kShardA = {Sample("judiciary-kavanaugh-hearing"), Sample("may-tusk-brexit-extension")};
const std::vector<std::string> kShardB = {Sample("pompeo-kim-pyongyang"), Sample("sessions-kislyak-recusal")};
const std::vector<std::string> kShardC = {Sample("trump-putin-helsinki")};

std::string Quoted(const std::vector<std::string>& paths) {
  std::string out;
  for (const std::string& p : paths) out += " " + ShellQuote(p);
  return out;
}

std::string Describe(const RunResult& r) { return "exit " + std::to_string(r.exit_code) + "\n" + r.err; }

// Runs `index` (extra arguments first) and returns the bytes of the index.
std::string Index(const std::string& output, const std::string& arguments) {
  RunResult r = RunNewsgraph("-q index --date 2018-06-01 -o " + ShellQuote(output) + " " + arguments);
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  return test::ReadFileText(output);
}

std::string Merge(const std::string& output, const std::vector<std::string>& inputs) {
  RunResult r = RunNewsgraph("-q merge" + Quoted(inputs) + " -o " + ShellQuote(output));
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  return test::ReadFileText(output);
}

TEST(IndexGrowthTest, ThreadsDoNotChangeTheIndexOrTheExtraction) {
  TempDir dir;
  std::vector<std::string> all = kShardA;
  all.insert(all.end(), kShardB.begin(), kShardB.end());
  all.insert(all.end(), kShardC.begin(), kShardC.end());
  std::string one = Index(dir / "j1.pb", "-j 1" + Quoted(all));
  std::string two = Index(dir / "j2.pb", "-j 2" + Quoted(all));
  std::string four = Index(dir / "j4.pb", "-j 4" + Quoted(all));
  ASSERT_FALSE(one.empty());
  EXPECT_TRUE(one == two) << "index -j 2 differs from -j 1";
  EXPECT_TRUE(one == four) << "index -j 4 differs from -j 1";

  RunResult x1 = RunNewsgraph("-q extract --explain -j 1" + Quoted(all));
  RunResult x3 = RunNewsgraph("-q extract --explain -j 3" + Quoted(all));
  ASSERT_EQ(x1.exit_code, 0) << Describe(x1);
  EXPECT_EQ(test::Lines(x1.out).size(), all.size());
  EXPECT_TRUE(x1.out == x3.out) << "extract -j 3 differs from -j 1";
}

TEST(IndexGrowthTest, ShardsMergedEqualTheWholeAndMergeIsCommutativeAndAssociative) {
  TempDir dir;
  std::vector<std::string> all = kShardA;
  all.insert(all.end(), kShardB.begin(), kShardB.end());
  all.insert(all.end(), kShardC.begin(), kShardC.end());
  std::string whole = Index(dir / "whole.pb", Quoted(all));
  std::string a = dir / "a.pb", b = dir / "b.pb", c = dir / "c.pb";
  Index(a, Quoted(kShardA));
  Index(b, Quoted(kShardB));
  Index(c, Quoted(kShardC));

  std::string abc = Merge(dir / "abc.pb", {a, b, c});
  EXPECT_TRUE(abc == whole) << "merging the shards differs from indexing them at once";
  EXPECT_TRUE(Merge(dir / "cba.pb", {c, b, a}) == abc) << "merge is not commutative";
  Merge(dir / "ab.pb", {a, b});
  Merge(dir / "bc.pb", {b, c});
  std::string left = Merge(dir / "ab_c.pb", {dir / "ab.pb", c});
  std::string right = Merge(dir / "a_bc.pb", {a, dir / "bc.pb"});
  EXPECT_TRUE(left == right) << "merge is not associative";
  EXPECT_TRUE(left == whole);

  // A document in both inputs is kept once.
  EXPECT_TRUE(Merge(dir / "twice.pb", {dir / "ab.pb", dir / "bc.pb", a}) == whole);
}

TEST(IndexGrowthTest, AppendEqualsIndexingAtOnce) {
  TempDir dir;
  std::vector<std::string> all = kShardA;
  all.insert(all.end(), kShardB.begin(), kShardB.end());
  std::string whole = Index(dir / "whole.pb", Quoted(all));
  std::string grown = dir / "grown.pb";
  Index(grown, Quoted(kShardA));
  RunResult r = RunNewsgraph("-q index --date 2018-06-01 --append " + ShellQuote(grown) + Quoted(kShardB) +
                             Quoted(kShardA));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("already indexed"), std::string::npos) << r.err;
  EXPECT_TRUE(test::ReadFileText(grown) == whole) << "--append differs from indexing at once";
  EXPECT_NO_THROW(ReadIndex(grown));
}

// An index of an older newsgraph holds FNV-1a content hashes: appending the
// same text under another id still finds it; merging says what it cannot find.
TEST(IndexGrowthTest, AnOlderIndexStillFindsDuplicatesByItsContentHashes) {
  TempDir dir;
  const std::string text = "Jeff Sessions met Sergey Kislyak in July.\n";
  KnowledgeGraph old_graph;
  old_graph.AddDocumentRecord(DocumentRecord{"first", "", "", "", FnvContentHash(text)});
  std::string old_index = dir / "old.pb";
  WriteIndex(old_graph, old_index);
  std::string again = WriteFile(dir / "again.txt", text);
  RunResult r = RunNewsgraph("index --append " + ShellQuote(old_index) + " " + ShellQuote(again));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("already indexed"), std::string::npos) << r.err;
  EXPECT_EQ(ReadIndex(old_index).documents().size(), 1u);

  std::string other = WriteFile(dir / "other.txt", "Theresa May met Donald Tusk.\n");
  Index(dir / "new.pb", ShellQuote(other));
  r = RunNewsgraph("merge " + ShellQuote(old_index) + " " + ShellQuote(dir / "new.pb") + " -o " +
                   ShellQuote(dir / "merged.pb"));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find("hashed texts differently"), std::string::npos) << r.err;
  EXPECT_EQ(ReadIndex(dir / "merged.pb").documents().size(), 2u);
}

TEST(IndexGrowthTest, SummaryCountsSkippedDocumentsByReason) {
  TempDir dir;
  std::string feed = WriteFile(dir / "feed.jsonl",
                               "{\"id\": \"a\", \"text\": \"Jeff Sessions spoke.\"}\n"
                               "{\"id\": \"b\", \"text\": \"Jeff Sessions spoke.\"}\n"
                               "not json\n");
  RunResult r = RunNewsgraph("index -o " + ShellQuote(dir / "g.pb") + " " + ShellQuote(feed));
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.err.find(feed + ":2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(feed + ":3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 document, skipped 2 (1 duplicate, 1 malformed)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("MB/s"), std::string::npos) << r.err;
  // Not a terminal: no progress line.
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
}

// One thread: the summary adds the throughput the peers' figures compare with
// (reading and parsing left out). With more, that reading overlaps the
// workers, so the figure would mean nothing and is left out.
TEST(IndexGrowthTest, SummaryGivesThroughputPastReadingOnlyForOneThread) {
  TempDir dir;
  std::string feed = WriteFile(dir / "feed.jsonl", "{\"id\": \"a\", \"text\": \"Jeff Sessions spoke.\"}\n");
  RunResult one = RunNewsgraph("index -j 1 -o " + ShellQuote(dir / "one.pb") + " " + ShellQuote(feed));
  ASSERT_EQ(one.exit_code, 0) << Describe(one);
  EXPECT_NE(one.err.find("MB/s past reading and parsing"), std::string::npos) << one.err;
  RunResult two = RunNewsgraph("index -j 2 -o " + ShellQuote(dir / "two.pb") + " " + ShellQuote(feed));
  ASSERT_EQ(two.exit_code, 0) << Describe(two);
  EXPECT_NE(two.err.find("MB/s"), std::string::npos) << two.err;
  EXPECT_EQ(two.err.find("past reading"), std::string::npos) << two.err;
}

TEST(IndexGrowthTest, KilledWriteLeavesTheOldIndex) {
  TempDir dir;
  std::string graph = dir / "graph.pb";
  std::string before = Index(graph, Quoted(kShardA));
  ASSERT_FALSE(before.empty());

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    setenv("NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME_MS", "60000", 1);
    freopen("/dev/null", "w", stderr);
    std::string date = "--date=2018-06-01";
    std::vector<std::string> args = {test::kBinary, "-q", "index", date, "--append", graph};
    args.insert(args.end(), kShardB.begin(), kShardB.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  // Wait until the new index sits complete in its temporary file.
  bool temp_seen = false;
  for (int i = 0; i < 600 && !temp_seen; ++i) {
    for (const auto& entry : test::fs::directory_iterator(dir.path())) {
      if (entry.path().filename().string().find("graph.pb.tmp-") == 0) temp_seen = true;
    }
    if (!temp_seen) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  // Give the writer time to finish the temporary file; it then sleeps before the rename.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(temp_seen) << "the writer never wrote its temporary file";
  EXPECT_TRUE(WIFSIGNALED(status));
  EXPECT_TRUE(test::ReadFileText(graph) == before) << "the old index was replaced";
  KnowledgeGraph loaded = ReadIndex(graph);
  EXPECT_EQ(loaded.documents().size(), kShardA.size());
}

}  // namespace
}  // namespace newsgraph
