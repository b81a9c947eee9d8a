// conll: the CoNLL-2003 shared-task format, read and written back.
//
// A file is lines of space-separated columns, "word POS chunk tag", with a
// blank line after each sentence and a "-DOCSTART- -X- -X- O" line opening
// each document. Tags are IOB1 (I-PER, I-ORG, I-LOC, I-MISC; B-X only where
// two entities of one type touch) or IOB2; this module does not care which.
//
// Contract: ReadConll() either returns the whole file, every line kept
// verbatim so that a tagger's output can be appended as one more column (the
// layout conlleval reads), or throws Error naming FILE:LINE. Every token line
// of a file has the same number of columns; each tag is "O" or [IB]-TYPE with
// TYPE one of PER, ORG, LOC, MISC.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::conll {

// The four entity types of CoNLL-2003, in the order feature vectors use.
inline constexpr std::string_view kTypes[] = {"PER", "ORG", "LOC", "MISC"};
inline constexpr int kNumTypes = 4;
// Index into kTypes, or -1.
int TypeIndex(std::string_view type);

struct Token {
  std::string word, pos, chunk;
  // The gold tag: column 4 (of a 4-column file) or the next-to-last column
  // (of a scored file). `guess` is the last column of a scored file.
  std::string tag, guess;
  size_t line = 0;  // 1-based, for messages
};

struct Sentence {
  std::vector<Token> tokens;
};

struct Document {
  std::vector<Sentence> sentences;
};

struct Corpus {
  std::string path;
  size_t columns = 0;               // of every token line
  std::vector<std::string> lines;   // the file, verbatim (without '\n')
  std::vector<Document> documents;  // the -DOCSTART- lines themselves are not tokens
  size_t TokenCount() const;
};

// `columns`: 4 for a file to tag; 0 to accept any count >= 4 as long as it
// is the same on every line (a predicted file: gold and guess are the last two).
Corpus ReadConll(const std::string& path, size_t columns);
// The same from text in memory; `name` stands for the path in messages.
Corpus ParseConll(std::string_view text, const std::string& name, size_t columns);

// Writes `corpus.lines` with one more column on each token line: the
// predicted tags in `tags` (one vector per sentence, in corpus order), and
// "O" on -DOCSTART- lines so that every non-blank line has as many columns.
void WriteTagged(const Corpus& corpus, const std::vector<std::vector<std::string>>& tags, std::ostream& out);

}  // namespace newsgraph::conll
