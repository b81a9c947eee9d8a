// CoNLL-2003 mode: the reader, the conlleval-compatible scorer, the writer,
// the tagger on invented data, the command line, and (when ../shared holds
// it) the score on the shared task's development set.
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>

#include "conll/conll_reader.h"
#include "conll/scorer.h"
#include "conll/tagger.h"
#include "test_util.h"
#include "util/error.h"

namespace newsgraph::conll {
namespace {

using test::ShellQuote;

const std::string kFixtures = test::kSourceDir + "/tests/conll_fixtures";
const std::string kData = test::kSourceDir + "/../shared/data/conll2003";

// The report for scored.conll, worked out by hand: gold chunks PER (Anna
// Kowalczyk), LOC (Tarnow, Lisbon, Porto), ORG (Brightwater Mills), MISC
// (Dutch, Belgian); guessed PER, ORG (Tarnow), ORG (Brightwater), MISC x2,
// LOC (Lisbon Porto). Correct: PER and both MISC, 3 of 6 found, 7 gold.
// Tags: 14 of 17 tokens (with -DOCSTART-) agree.
const char kScoredReport[] =
    "processed 17 tokens with 7 phrases; found: 6 phrases; correct: 3.\n"
    "accuracy:  82.35%; precision:  50.00%; recall:  42.86%; FB1:  46.15\n"
    "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n"
    "             MISC: precision: 100.00%; recall: 100.00%; FB1: 100.00  2\n"
    "              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  2\n"
    "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n";

std::string ErrorOf(std::string_view text, size_t columns) {
  try {
    ParseConll(text, "in.conll", columns);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

TEST(ConllReaderTest, ReadsDocumentsSentencesAndLines) {
  Corpus c = ParseConll(
      "-DOCSTART- -X- -X- O\n\nOlek NNP I-NP I-PER\nran VBD I-VP O\n\nYes UH O O\n\n"
      "-DOCSTART- -X- -X- O\n\nFerrow NNP I-NP I-LOC\n",
      "in.conll", 4);
  ASSERT_EQ(c.documents.size(), 2u);
  ASSERT_EQ(c.documents[0].sentences.size(), 2u);
  EXPECT_EQ(c.documents[0].sentences[0].tokens[0].word, "Olek");
  EXPECT_EQ(c.documents[0].sentences[0].tokens[0].tag, "I-PER");
  EXPECT_EQ(c.documents[0].sentences[0].tokens[1].line, 4u);
  EXPECT_EQ(c.documents[1].sentences[0].tokens[0].line, 10u);
  EXPECT_EQ(c.TokenCount(), 4u);
  EXPECT_EQ(c.lines.size(), 10u);
}

TEST(ConllReaderTest, FileWithoutDocstartIsOneDocument) {
  Corpus c = ParseConll("Olek NNP I-NP I-PER\n\nYes UH O O\n", "in.conll", 4);
  ASSERT_EQ(c.documents.size(), 1u);
  EXPECT_EQ(c.documents[0].sentences.size(), 2u);
}

TEST(ConllReaderTest, MalformedLinesNameFileAndLine) {
  EXPECT_EQ(ErrorOf("Olek NNP I-NP I-PER\nran VBD I-VP\n", 4),
            "in.conll:2: expected 4 columns (word POS chunk tag), found 3");
  EXPECT_EQ(ErrorOf("\nOlek NNP I-NP I-PERSON\n", 4),
            "in.conll:2: unknown tag 'I-PERSON' (expected O, I-X or B-X with X one of PER ORG LOC MISC)");
  EXPECT_EQ(ErrorOf("Olek NNP I-NP I-PER I-PER\nran VBD I-VP O\n", 0), "in.conll:2: expected 5 columns, found 4");
  EXPECT_EQ(ErrorOf("Olek NNP I-NP E-PER\n", 4).substr(0, 12), "in.conll:1: ");
  // A predicted file's guess column is checked too.
  EXPECT_NE(ErrorOf("Olek NNP I-NP I-PER X\n", 0), "");
}

TEST(ConllReaderTest, MissingFileIsAnError) {
  EXPECT_THROW(ReadConll("/nonexistent/eng.testa", 4), Error);
}

TEST(ConllScorerTest, ChunksFollowConllevalOnIob1) {
  // B- after I- of the same type starts a new chunk; a type change does too.
  std::vector<Chunk> c = Chunks({"I-PER", "I-PER", "B-PER", "I-ORG", "O", "I-LOC", "I-LOC"});
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0], (Chunk{0, 2, "PER"}));
  EXPECT_EQ(c[1], (Chunk{2, 3, "PER"}));
  EXPECT_EQ(c[2], (Chunk{3, 4, "ORG"}));
  EXPECT_EQ(c[3], (Chunk{5, 7, "LOC"}));
}

TEST(ConllScorerTest, ChunksOnIob2AndStrayInside) {
  std::vector<Chunk> c = Chunks({"B-LOC", "I-LOC", "B-LOC", "O", "I-MISC", "B-ORG", "I-PER"});
  ASSERT_EQ(c.size(), 5u);
  EXPECT_EQ(c[0], (Chunk{0, 2, "LOC"}));
  EXPECT_EQ(c[1], (Chunk{2, 3, "LOC"}));
  EXPECT_EQ(c[2], (Chunk{4, 5, "MISC"}));  // I- after O starts a chunk
  EXPECT_EQ(c[3], (Chunk{5, 6, "ORG"}));
  EXPECT_EQ(c[4], (Chunk{6, 7, "PER"}));  // I- of another type too
}

TEST(ConllScorerTest, ScoresTheHandMadeFixture) {
  Score s = ScoreCorpus(ReadConll(kFixtures + "/scored.conll", 0));
  EXPECT_EQ(s.overall.gold, 7u);
  EXPECT_EQ(s.overall.guessed, 6u);
  EXPECT_EQ(s.overall.correct, 3u);
  EXPECT_NEAR(s.overall.F1(), 100.0 * 6 / 13, 1e-9);  // 2PR/(P+R) with P = 1/2, R = 3/7
  EXPECT_EQ(FormatReport(s), kScoredReport);
}

TEST(ConllScorerTest, NothingFoundScoresZeroNotNaN) {
  Score s;
  AddSentence({"I-PER", "O"}, {"O", "O"}, &s);
  EXPECT_EQ(s.overall.Precision(), 0);
  EXPECT_EQ(s.overall.F1(), 0);
}

TEST(ConllWriterTest, KeepsEveryLineAndAddsAColumn) {
  const std::string text = "-DOCSTART- -X- -X- O\n\nOlek  NNP I-NP I-PER\nran VBD I-VP O\n\nYes UH O O\n";
  Corpus c = ParseConll(text, "in.conll", 4);
  std::ostringstream out;
  WriteTagged(c, {{"I-PER", "O"}, {"I-MISC"}}, out);
  EXPECT_EQ(out.str(), "-DOCSTART- -X- -X- O O\n\nOlek  NNP I-NP I-PER I-PER\nran VBD I-VP O O\n\nYes UH O O I-MISC\n");
}

TEST(ConllTaggerTest, OutputIsIob1) {
  EXPECT_EQ(ToIob1({"B-PER", "I-PER", "B-PER", "B-LOC", "O", "B-LOC"}),
            (std::vector<std::string>{"I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-LOC"}));
}

TEST(ConllTaggerTest, LearnsFromATinyInventedTrainingFile) {
  Tagger tagger(nullptr, TaggerOptions{});
  tagger.Train(ReadConll(kFixtures + "/train.conll", 4));
  Corpus test = ReadConll(kFixtures + "/test.conll", 4);
  CorpusTags tags = tagger.Tag(test);
  ASSERT_EQ(tags.size(), 1u);
  std::vector<std::string> gold;
  for (const Token& t : test.documents[0].sentences[0].tokens) gold.push_back(t.tag);
  EXPECT_EQ(tags[0], gold);
  EXPECT_EQ(tagger.lists().size(), 9u);  // Marta Vell, Quorvik, Vell, Halden Group, ...
}

TEST(ConllTaggerTest, TrainingIsDeterministic) {
  Corpus train = ReadConll(kFixtures + "/train.conll", 4);
  Tagger a(&test::BundledKnowledge(), TaggerOptions{}), b(&test::BundledKnowledge(), TaggerOptions{});
  a.Train(train);
  b.Train(train);
  EXPECT_EQ(a.Tag(train), b.Tag(train));
}

TEST(ConllTaggerTest, RulesAloneTagFromTheGazetteer) {
  Corpus c = ParseConll("Yesterday NN I-NP O\nMr. NNP I-NP O\nOrlowsky NNP I-NP I-PER\nleft VBD I-VP O\n", "in", 4);
  CorpusTags tags = RuleTag(test::BundledKnowledge(), c);
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0], (std::vector<std::string>{"O", "O", "I-PER", "O"}));
}

TEST(ConllCommandTest, ScoresLikeConlleval) {
  test::RunResult r = test::RunNewsgraph("conll --score " + ShellQuote(kFixtures + "/scored.conll"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, kScoredReport);
}

TEST(ConllCommandTest, TagsWithAFifthColumn) {
  test::TempDir dir;
  std::string out = dir / "tagged.conll";
  test::RunResult r = test::RunNewsgraph("conll --no-gazetteer --train " + ShellQuote(kFixtures + "/train.conll") +
                                         " -o " + ShellQuote(out) + " " + ShellQuote(kFixtures + "/test.conll"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("epoch 12/12"), std::string::npos) << r.err;
  std::vector<std::string> lines = test::Lines(test::ReadFileText(out));
  ASSERT_EQ(lines.size(), 14u);
  EXPECT_EQ(lines[0], "-DOCSTART- -X- -X- O O");
  EXPECT_EQ(lines[1], "Tomas NNP I-NP I-PER I-PER");
  test::RunResult score = test::RunNewsgraph("conll --score " + ShellQuote(out));
  EXPECT_NE(score.out.find("FB1: 100.00\n"), std::string::npos) << score.out;
}

TEST(ConllCommandTest, BadInputNamesFileAndLine) {
  test::TempDir dir;
  std::string bad = test::WriteFile(dir / "bad.conll", "Olek NNP I-NP I-PER\nran VBD\n");
  test::RunResult r = test::RunNewsgraph("conll --no-gazetteer --train " + ShellQuote(bad) + " " + ShellQuote(bad));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(bad + ":2: expected 4 columns"), std::string::npos) << r.err;
  r = test::RunNewsgraph("conll --score " + ShellQuote(kFixtures + "/train.conll"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("expected 5 columns"), std::string::npos) << r.err;
  r = test::RunNewsgraph("conll");
  EXPECT_EQ(r.exit_code, 1);
}

// The measure: train on eng.train, tag eng.testa. The shared task's
// baseline scored 71.18; the issue asks for 80; the floor sits below what
// the tagger scores (92.3 when written) with room for gazetteer changes.
TEST(ConllDataTest, DevelopmentSetF1StaysAboveTheFloor) {
  const std::string train_path = kData + "/eng.train", dev_path = kData + "/eng.testa";
  if (!test::fs::exists(train_path) || !test::fs::exists(dev_path)) {
    GTEST_SKIP() << kData << " lacks eng.train or eng.testa; nothing to score";
  }
  constexpr double kMinF1 = 88.0;
  Tagger tagger(&test::BundledKnowledge(), TaggerOptions{});
  tagger.Train(ReadConll(train_path, 4));
  Corpus dev = ReadConll(dev_path, 4);
  CorpusTags tags = tagger.Tag(dev);
  std::ostringstream tagged;
  WriteTagged(dev, tags, tagged);
  Score score = ScoreCorpus(ParseConll(tagged.str(), "tagged eng.testa", 5));
  std::cout << FormatReport(score);
  EXPECT_GE(score.overall.F1(), kMinF1);
  EXPECT_EQ(score.overall.gold, 5942u);  // the published count of entities in eng.testa
}

}  // namespace
}  // namespace newsgraph::conll
