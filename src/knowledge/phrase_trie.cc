#include "knowledge/phrase_trie.h"

namespace newsgraph {

void PhraseTrie::Grow() {
  std::vector<Slot> old = std::move(slots_);
  size_t capacity = old.empty() ? 64 : old.size() * 2;
  slots_.assign(capacity, Slot{});
  shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
  for (const Slot& s : old) {
    if (s.node == kNoNode) continue;
    size_t i = SlotOf(Key(s.node, s.word));
    while (slots_[i].node != kNoNode) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = s;
  }
}

void PhraseTrie::IndexRoot() {
  root_children_.assign(root_words_.size() * 64, kNoNode);
  for (const Slot& s : slots_) {
    if (s.node == 0) root_children_[s.word] = s.child;
  }
}

uint32_t PhraseTrie::Insert(std::span<const uint32_t> words) {
  root_children_.clear();
  if (!words.empty()) {
    size_t block = words.front() >> 6;
    if (root_words_.size() <= block) root_words_.resize(block + 1, 0);
    root_words_[block] |= uint64_t{1} << (words.front() & 63);
  }
  for (size_t k = 1; k < words.size(); ++k) {
    size_t block = words[k] >> 6;
    if (inner_words_.size() <= block) inner_words_.resize(block + 1, 0);
    inner_words_[block] |= uint64_t{1} << (words[k] & 63);
  }
  uint32_t node = 0;
  for (uint32_t w : words) {
    uint32_t child = Child(node, w);
    if (child == kNoNode) {
      if (2 * (edge_count_ + 1) > slots_.size()) Grow();
      child = static_cast<uint32_t>(terminal_.size());
      terminal_.push_back(-1);
      size_t i = SlotOf(Key(node, w));
      while (slots_[i].node != kNoNode) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = Slot{node, w, child};
      ++edge_count_;
      if (inner_nodes_.size() <= (node >> 6)) inner_nodes_.resize((node >> 6) + 1, 0);
      inner_nodes_[node >> 6] |= uint64_t{1} << (node & 63);
    }
    node = child;
  }
  return node;
}

}  // namespace newsgraph
