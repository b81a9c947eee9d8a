#include "conll/conll_reader.h"

#include "util/error.h"
#include "util/files.h"

namespace newsgraph::conll {
namespace {

bool ValidTag(std::string_view tag) {
  if (tag == "O") return true;
  if (tag.size() < 3 || (tag[0] != 'I' && tag[0] != 'B') || tag[1] != '-') return false;
  return TypeIndex(tag.substr(2)) >= 0;
}

// Space- or TAB-separated fields; runs of separators count as one, as in
// conlleval, so hand-aligned fixtures read the same as the originals.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

}  // namespace

int TypeIndex(std::string_view type) {
  for (int i = 0; i < kNumTypes; ++i) {
    if (kTypes[i] == type) return i;
  }
  return -1;
}

size_t Corpus::TokenCount() const {
  size_t n = 0;
  for (const auto& d : documents) {
    for (const auto& s : d.sentences) n += s.tokens.size();
  }
  return n;
}

Corpus ReadConll(const std::string& path, size_t columns) { return ParseConll(ReadFile(path), path, columns); }

Corpus ParseConll(std::string_view text, const std::string& name, size_t columns) {
  Corpus corpus;
  corpus.path = name;
  corpus.columns = columns;
  Sentence sentence;
  auto end_sentence = [&] {
    if (sentence.tokens.empty()) return;
    if (corpus.documents.empty()) corpus.documents.emplace_back();  // a file without -DOCSTART-
    corpus.documents.back().sentences.push_back(std::move(sentence));
    sentence = Sentence();
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // files from Windows
    corpus.lines.emplace_back(line);
    const size_t line_no = corpus.lines.size();
    std::vector<std::string_view> f = Fields(line);
    if (f.empty()) {
      end_sentence();
      continue;
    }
    if (f[0] == "-DOCSTART-") {
      end_sentence();
      corpus.documents.emplace_back();
      continue;
    }
    // The first token line fixes the column count when the caller leaves it open.
    if (corpus.columns == 0) {
      if (f.size() < 4) {
        throw FileError(name, line_no, "expected at least 4 columns (word POS chunk tag ...), found " +
                                           std::to_string(f.size()));
      }
      corpus.columns = f.size();
    }
    if (f.size() != corpus.columns) {
      throw FileError(name, line_no,
                      "expected " + std::to_string(corpus.columns) + " columns" +
                          (corpus.columns == 4 ? " (word POS chunk tag)" : "") + ", found " + std::to_string(f.size()));
    }
    Token t;
    t.word = f[0];
    t.pos = f[1];
    t.chunk = f[2];
    t.line = line_no;
    // A scored file: gold then guess are the last two columns, as conlleval reads them.
    size_t gold = corpus.columns == 4 ? 3 : corpus.columns - 2;
    t.tag = f[gold];
    if (corpus.columns > 4) t.guess = f.back();
    for (const std::string* tag : {&t.tag, &t.guess}) {
      if (tag->empty()) continue;
      if (!ValidTag(*tag)) {
        throw FileError(name, line_no, "unknown tag '" + *tag + "' (expected O, I-X or B-X with X one of PER ORG LOC MISC)");
      }
    }
    sentence.tokens.push_back(std::move(t));
  }
  end_sentence();
  if (corpus.columns == 0) corpus.columns = columns;
  return corpus;
}

void WriteTagged(const Corpus& corpus, const std::vector<std::vector<std::string>>& tags, std::ostream& out) {
  // Which tag goes on which line: tokens remember their line numbers.
  std::vector<const std::string*> by_line(corpus.lines.size() + 1, nullptr);
  size_t s = 0;
  for (const auto& d : corpus.documents) {
    for (const auto& sentence : d.sentences) {
      for (size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (s < tags.size() && i < tags[s].size()) by_line[sentence.tokens[i].line] = &tags[s][i];
      }
      ++s;
    }
  }
  static const std::string kO = "O";
  for (size_t i = 0; i < corpus.lines.size(); ++i) {
    const std::string& line = corpus.lines[i];
    const std::string* tag = by_line[i + 1];
    if (tag == nullptr && line.rfind("-DOCSTART-", 0) == 0) tag = &kO;
    out << line;
    if (tag != nullptr) out << ' ' << *tag;
    out << '\n';
  }
}

}  // namespace newsgraph::conll
