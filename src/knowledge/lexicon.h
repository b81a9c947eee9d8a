// A lexicon: phrases (one or more words) each with a value, such as
// "sat down with" -> "verb" or "slammed" -> "-". Phrases are matched on
// case-folded words; the longest phrase at a position wins.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/phrase_trie.h"

namespace newsgraph {

struct LexiconHit {
  uint32_t length = 0;  // in words
  const std::string* value = nullptr;
};

// Whether a lookup found a phrase with this value ("relative", "membership").
inline bool HasValue(const std::optional<LexiconHit>& hit, std::string_view value) {
  return hit && *hit->value == value;
}

class Lexicon {
 public:
  void Add(std::span<const uint32_t> words, std::string value);
  // The longest phrase that starts at word `i` of `words` (ids of a document's tokens).
  // Inline for its usual answer, "none starts here", asked of every token by many lexicons.
  std::optional<LexiconHit> LongestAt(std::span<const uint32_t> words, size_t i) const {
    if (i >= words.size() || !trie_.StartsPhrase(words[i])) return std::nullopt;
    return LongestFrom(words, i);
  }
  // Whether some phrase starts with word `i`: LongestAt's first test alone. A
  // scan over every token asks it before its other tests of the token, which
  // most tokens would pass only to fail this one.
  bool MayStartAt(std::span<const uint32_t> words, size_t i) const {
    return i < words.size() && trie_.StartsPhrase(words[i]);
  }
  bool empty() const { return values_.empty(); }
  size_t size() const { return values_.size(); }

 private:
  std::optional<LexiconHit> LongestFrom(std::span<const uint32_t> words, size_t i) const;

  PhraseTrie trie_;
  std::vector<std::string> values_;
};

}  // namespace newsgraph
