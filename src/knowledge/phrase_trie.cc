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
  if (!words.empty()) SetBit(&root_words_, words.front());
  for (size_t k = 1; k < words.size(); ++k) SetBit(&inner_words_, words[k]);
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
      SetBit(&inner_nodes_, node);
    }
    node = child;
  }
  return node;
}

}  // namespace newsgraph
