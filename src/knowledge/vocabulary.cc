#include "knowledge/vocabulary.h"

#include <algorithm>

namespace newsgraph {

size_t Vocabulary::SlotOf(std::string_view folded, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  auto tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kUnknown || (s.hash == tag && words_[s.id] == folded)) return i;
  }
}

void Vocabulary::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  for (const Slot& s : old) {
    if (s.id == kUnknown) continue;
    uint64_t hash = HashOf(words_[s.id]);
    slots_[SlotOf(words_[s.id], hash)] = s;
  }
}

uint32_t Vocabulary::Intern(std::string_view folded) {
  if (2 * (words_.size() + 1) > slots_.size()) Grow();
  uint64_t hash = HashOf(folded);
  Slot& slot = slots_[SlotOf(folded, hash)];
  if (slot.id != kUnknown) return slot.id;
  slot.id = static_cast<uint32_t>(words_.size());
  slot.hash = static_cast<uint32_t>(hash >> 32);
  words_.emplace_back(folded);
  return slot.id;
}

uint32_t Vocabulary::Find(std::string_view folded) const {
  return Find(folded, HashOf(folded));
}

}  // namespace newsgraph
