#include "knowledge/lexicon.h"

#include "knowledge/vocabulary.h"

namespace newsgraph {

void Lexicon::Add(std::span<const uint32_t> words, std::string value) {
  if (words.empty()) return;
  uint32_t node = trie_.Insert(words);
  if (trie_.Payload(node) >= 0) {
    values_[static_cast<size_t>(trie_.Payload(node))] = std::move(value);  // a later line wins
    return;
  }
  trie_.SetPayload(node, static_cast<int32_t>(values_.size()));
  values_.push_back(std::move(value));
}

std::optional<LexiconHit> Lexicon::LongestFrom(std::span<const uint32_t> words, size_t i) const {
  std::optional<LexiconHit> best;
  uint32_t node = 0;
  for (size_t j = i; j < words.size(); ++j) {
    if (words[j] == Vocabulary::kUnknown) break;
    node = trie_.Child(node, words[j]);
    if (node == PhraseTrie::kNoNode) break;
    int32_t payload = trie_.Payload(node);
    if (payload >= 0) best = LexiconHit{static_cast<uint32_t>(j - i + 1), &values_[static_cast<size_t>(payload)]};
  }
  return best;
}

}  // namespace newsgraph
