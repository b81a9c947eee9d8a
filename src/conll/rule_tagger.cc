// The fallback without a training file: what the gazetteer alone can tell.
#include <unordered_map>

#include "conll/tagger.h"
#include "util/text.h"

namespace newsgraph::conll {
namespace {

constexpr int kPer = 0, kOrg = 1, kMisc = 3;

}  // namespace

CorpusTags RuleTag(const Knowledge& knowledge, const Corpus& input) {
  FeatureExtractor extractor(&knowledge, nullptr, FeatureOptions{});
  const Lexicons& lex = knowledge.lexicons();
  CorpusTags out;
  std::vector<std::string> words;
  std::vector<uint32_t> ids;
  std::vector<int> types;
  std::vector<bool> begins;
  for (const Document& d : input.documents) {
    // A surname alone, after the full name earlier in the document, is the same person.
    std::unordered_map<std::string, int> known;
    for (const Sentence& s : d.sentences) {
      const size_t n = s.tokens.size();
      words.clear();
      ids.clear();
      for (const Token& t : s.tokens) {
        words.push_back(t.word);
        ids.push_back(knowledge.vocabulary().Find(FoldCase(t.word)));
      }
      extractor.MatchGazetteer(words, &types, &begins);
      auto cap = [&](size_t i) { return i < n && StartsUpper(words[i]); };
      // An alias that is only an honorific ("Mr.") is noise in the gazetteer, never a name.
      for (size_t i = 0; i < n; ++i) {
        bool alone = i + 1 == n || begins[i + 1] || types[i + 1] < 0;
        if (types[i] >= 0 && begins[i] && alone && lex.honorifics.LongestAt(ids, i)) types[i] = -1;
      }
      for (size_t i = 0; i < n;) {
        if (types[i] >= 0) {
          while (++i < n && types[i] >= 0 && !begins[i]) {}
          continue;
        }
        // Honorific or given name, then capitalized words: a person.
        bool honorific = i > 0 && lex.honorifics.LongestAt(ids, i - 1).has_value();
        bool given = lex.given_names.LongestAt(ids, i).has_value() && cap(i) && cap(i + 1) && types[i + 1] < 0;
        if (cap(i) && (honorific || given)) {
          size_t j = i;
          while (j < n && cap(j) && types[j] < 0) ++j;
          for (size_t k = i; k < j; ++k) types[k] = kPer;
          begins[i] = true;
          if (j - i >= 1) known[FoldCase(words[j - 1])] = kPer;
          i = j;
          continue;
        }
        if (cap(i) && lex.nationalities.LongestAt(ids, i)) {
          size_t len = lex.nationalities.LongestAt(ids, i)->length;
          for (size_t k = i; k < i + len; ++k) types[k] = kMisc;
          begins[i] = true;
          i += len;
          continue;
        }
        // Capitalized words with an organization cue among them ("Ministry", "Inc.").
        if (cap(i) && i > 0) {
          size_t j = i;
          bool cue = false;
          while (j < n && (cap(j) || (words[j] == "of" && cap(j + 1))) && types[j] < 0) {
            if (lex.org_cues.LongestAt(ids, j)) cue = true;
            ++j;
          }
          if (cue) {
            for (size_t k = i; k < j; ++k) types[k] = kOrg;
            begins[i] = true;
            i = j;
            continue;
          }
          if (auto it = known.find(FoldCase(words[i])); it != known.end() && j == i + 1) {
            types[i] = it->second;
            begins[i] = true;
          }
        }
        ++i;
      }
      std::vector<std::string> iob2(n, "O");
      for (size_t i = 0; i < n; ++i) {
        if (types[i] < 0) continue;
        bool begin = begins[i] || i == 0 || types[i - 1] != types[i];
        iob2[i] = (begin ? "B-" : "I-") + std::string(kTypes[types[i]]);
      }
      out.push_back(ToIob1(iob2));
    }
  }
  return out;
}

}  // namespace newsgraph::conll
