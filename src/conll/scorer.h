// conll: exact-span scoring of predicted tags, the way conlleval.pl does it.
//
// Chunks are read from IOB1 or IOB2 tags with conlleval's rules: a chunk
// starts at B-X, at I-X after O, or at a change of type; it ends where the
// next one starts or at O. A guessed chunk is correct only when a gold chunk
// has the same type and the same first and last token. Sentence and document
// boundaries end every chunk.
//
// Contract: Score() is pure; FormatReport() prints the numbers in
// conlleval's layout, so scripts written for conlleval can read them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "conll/conll_reader.h"

namespace newsgraph::conll {

struct Chunk {
  size_t begin = 0, end = 0;  // token offsets, [begin, end)
  std::string type;
  bool operator<(const Chunk& o) const {
    return begin != o.begin ? begin < o.begin : end != o.end ? end < o.end : type < o.type;
  }
  bool operator==(const Chunk& o) const = default;
};

// The chunks of one tag sequence (one sentence, or a whole file with "O"
// between sentences).
std::vector<Chunk> Chunks(const std::vector<std::string>& tags);

struct Counts {
  size_t gold = 0, guessed = 0, correct = 0;
  double Precision() const { return guessed == 0 ? 0 : 100.0 * static_cast<double>(correct) / static_cast<double>(guessed); }
  double Recall() const { return gold == 0 ? 0 : 100.0 * static_cast<double>(correct) / static_cast<double>(gold); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct Score {
  size_t tokens = 0, correct_tags = 0;  // as conlleval counts them: -DOCSTART- lines are tokens
  Counts overall;
  std::map<std::string, Counts> by_type;  // every type seen in gold or guess
};

// Adds one sentence's gold and guessed tags (equal lengths) to `score`.
void AddSentence(const std::vector<std::string>& gold, const std::vector<std::string>& guess, Score* score);
// Scores a predicted file (gold and guess in the last two columns).
Score ScoreCorpus(const Corpus& predicted);

// "processed N tokens with G phrases; found: F phrases; correct: C.\n"
// "accuracy:  xx.xx%; precision:  xx.xx%; recall:  xx.xx%; FB1:  xx.xx\n"
// then one line per type, as conlleval prints them.
std::string FormatReport(const Score& score);

}  // namespace newsgraph::conll
