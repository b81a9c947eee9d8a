#include "conll/scorer.h"

#include <algorithm>
#include <cstdio>

namespace newsgraph::conll {
namespace {

struct Split {
  char prefix;  // 'B', 'I' or 'O'
  std::string_view type;
};

Split SplitTag(std::string_view tag) {
  if (tag.size() >= 2 && tag[1] == '-') return {tag[0], tag.substr(2)};
  return {'O', {}};
}

// conlleval's endOfChunk and startOfChunk, for the B/I/O prefixes.
bool EndsChunk(Split prev, Split cur) {
  if (prev.prefix == 'O') return false;
  if (cur.prefix == 'O' || cur.prefix == 'B') return true;
  return prev.type != cur.type;
}

bool StartsChunk(Split prev, Split cur) {
  if (cur.prefix == 'O') return false;
  if (cur.prefix == 'B' || prev.prefix == 'O') return true;
  return prev.type != cur.type;
}

}  // namespace

std::vector<Chunk> Chunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  Split prev{'O', {}};
  bool open = false;
  for (size_t i = 0; i <= tags.size(); ++i) {
    Split cur = i < tags.size() ? SplitTag(tags[i]) : Split{'O', {}};
    if (open && EndsChunk(prev, cur)) {
      out.back().end = i;
      open = false;
    }
    if (StartsChunk(prev, cur)) {
      out.push_back(Chunk{i, i, std::string(cur.type)});
      open = true;
    }
    prev = cur;
  }
  return out;
}

void AddSentence(const std::vector<std::string>& gold, const std::vector<std::string>& guess, Score* score) {
  for (size_t i = 0; i < gold.size() && i < guess.size(); ++i) {
    ++score->tokens;
    if (gold[i] == guess[i]) ++score->correct_tags;
  }
  std::vector<Chunk> g = Chunks(gold), p = Chunks(guess);
  for (const Chunk& c : g) {
    ++score->overall.gold;
    ++score->by_type[c.type].gold;
  }
  for (const Chunk& c : p) {
    ++score->overall.guessed;
    Counts& t = score->by_type[c.type];
    ++t.guessed;
    // Both lists are in order of their first token, and chunks do not overlap.
    auto it = std::lower_bound(g.begin(), g.end(), c);
    if (it != g.end() && *it == c) {
      ++score->overall.correct;
      ++t.correct;
    }
  }
}

Score ScoreCorpus(const Corpus& predicted) {
  Score score;
  std::vector<std::string> gold, guess;
  for (const auto& d : predicted.documents) {
    for (const auto& s : d.sentences) {
      gold.clear();
      guess.clear();
      for (const auto& t : s.tokens) {
        gold.push_back(t.tag);
        guess.push_back(t.guess);
      }
      AddSentence(gold, guess, &score);
    }
  }
  // conlleval counts each -DOCSTART- line as a token tagged O by both sides.
  for (const std::string& line : predicted.lines) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      ++score.tokens;
      ++score.correct_tags;
    }
  }
  return score;
}

std::string FormatReport(const Score& s) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "processed %zu tokens with %zu phrases; found: %zu phrases; correct: %zu.\n", s.tokens,
                s.overall.gold, s.overall.guessed, s.overall.correct);
  out += buf;
  if (s.tokens > 0) {
    std::snprintf(buf, sizeof buf, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
                  100.0 * static_cast<double>(s.correct_tags) / static_cast<double>(s.tokens), s.overall.Precision(),
                  s.overall.Recall(), s.overall.F1());
    out += buf;
  }
  for (const auto& [type, c] : s.by_type) {
    std::snprintf(buf, sizeof buf, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %zu\n", type.c_str(),
                  c.Precision(), c.Recall(), c.F1(), c.guessed);
    out += buf;
  }
  return out;
}

}  // namespace newsgraph::conll
