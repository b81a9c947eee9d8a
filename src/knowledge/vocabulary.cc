#include "knowledge/vocabulary.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace newsgraph {

namespace {

// memcmp(a, b, n) == 0 without a library call for the short forms most words
// are: two loads from each side that may overlap.
[[gnu::always_inline]] inline bool SameBytes(const char* a, const char* b, size_t n) {
  auto load8 = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  auto load4 = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  };
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
  if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
  for (size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// SlotOf's probe, inlined into FindAll's loop (a call per token otherwise).
template <typename Slot>
[[gnu::always_inline]] inline size_t Probe(const std::vector<Slot>& slots, const std::string& forms,
                                           std::string_view folded, uint64_t hash) {
  const size_t mask = slots.size() - 1;
  const auto tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.id == Vocabulary::kUnknown) return i;
    if (s.tag == tag && s.length == folded.size() && SameBytes(forms.data() + s.start, folded.data(), folded.size())) {
      return i;
    }
  }
}

}  // namespace

size_t Vocabulary::SlotOf(std::string_view folded, uint64_t hash) const { return Probe(slots_, forms_, folded, hash); }

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
    std::string_view form(text.data() + queries[k].offset, queries[k].length);  // spans of `text`
    ids[k] = slots_[Probe(slots_, forms_, form, queries[k].hash)].id;
  }
}

std::vector<std::string> Vocabulary::WordsById() const {
  std::vector<std::string> words;
  words.reserve(size());
  for (uint32_t id = 0; id < size(); ++id) words.emplace_back(Form(id));
  return words;
}

}  // namespace newsgraph
