#include "knowledge/vocabulary.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace newsgraph {

size_t Vocabulary::SlotOf(std::string_view folded, uint64_t hash) const {
  size_t mask = slots_.size() - 1;
  auto tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kUnknown) return i;
    if (s.tag == tag && s.length == folded.size() &&
        std::memcmp(forms_.data() + s.start, folded.data(), folded.size()) == 0) {
      return i;
    }
  }
}

void Vocabulary::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kUnknown) continue;
    // Forms are distinct: the first empty slot of the probe is its place.
    size_t i = HashOf(Form(s.id)) & mask;
    while (slots_[i].id != kUnknown) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

uint32_t Vocabulary::Intern(std::string_view folded) {
  if (2 * (size() + 1) > slots_.size()) Grow();
  uint64_t hash = HashOf(folded);
  Slot& slot = slots_[SlotOf(folded, hash)];
  if (slot.id != kUnknown) return slot.id;
  if (forms_.size() + folded.size() > UINT32_MAX) throw std::length_error("vocabulary: over 4 GB of word forms");
  slot.id = static_cast<uint32_t>(size());
  slot.tag = static_cast<uint32_t>(hash >> 32);
  slot.start = static_cast<uint32_t>(forms_.size());
  slot.length = static_cast<uint32_t>(folded.size());
  forms_.append(folded);
  starts_.push_back(static_cast<uint32_t>(forms_.size()));
  return slot.id;
}

uint32_t Vocabulary::Find(std::string_view folded) const {
  return Find(folded, HashOf(folded));
}

void Vocabulary::FindAll(std::string_view text, std::span<const Query> queries, std::span<uint32_t> ids) const {
  if (slots_.empty()) {
    std::fill(ids.begin(), ids.end(), kUnknown);
    return;
  }
  size_t mask = slots_.size() - 1;
  for (const Query& q : queries) {
    const Slot& home = slots_[q.hash & mask];
    if (home.id != kUnknown && home.tag == static_cast<uint32_t>(q.hash >> 32)) {
      __builtin_prefetch(forms_.data() + home.start);
    }
  }
  for (size_t k = 0; k < queries.size(); ++k) {
    ids[k] = Find(text.substr(queries[k].offset, queries[k].length), queries[k].hash);
  }
}

std::vector<std::string> Vocabulary::WordsById() const {
  std::vector<std::string> words;
  words.reserve(size());
  for (uint32_t id = 0; id < size(); ++id) words.emplace_back(Form(id));
  return words;
}

}  // namespace newsgraph
