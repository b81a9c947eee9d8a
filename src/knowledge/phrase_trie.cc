#include "knowledge/phrase_trie.h"

namespace newsgraph {

uint32_t PhraseTrie::Insert(std::span<const uint32_t> words) {
  uint32_t node = 0;
  for (uint32_t w : words) {
    auto [it, added] = edges_.try_emplace(Key(node, w), static_cast<uint32_t>(terminal_.size()));
    if (added) terminal_.push_back(-1);
    node = it->second;
  }
  return node;
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t word) const {
  auto it = edges_.find(Key(node, word));
  return it == edges_.end() ? kNoNode : it->second;
}

}  // namespace newsgraph
