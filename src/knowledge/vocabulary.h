// The interned, case-folded word forms that gazetteer aliases and lexicon
// phrases are made of. Matching compares small integers, never strings.
//
// Find runs once per token of every document, so the forms sit in a flat
// open-addressing table (linear probing, at most half full) that keeps each
// form's hash beside its id: a miss or a hit costs one probe of the table and,
// on a hash match, one string comparison.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = UINT32_MAX;

  uint32_t Intern(std::string_view folded);
  // kUnknown when the form was never interned; does not allocate.
  uint32_t Find(std::string_view folded) const;
  // The hash the table files `folded` under. With Prefetch and the Find that
  // takes it, a caller can start the table's cache misses (the cost of a
  // lookup in a large vocabulary) for many forms before it finds them, so
  // that they overlap instead of queueing.
  static uint64_t HashOf(std::string_view folded) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a: words are short
    for (unsigned char c : folded) h = (h ^ c) * 0x100000001b3ull;
    return h ^ (h >> 29);
  }
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  // Find, given HashOf(folded).
  uint32_t Find(std::string_view folded, uint64_t hash) const {
    return slots_.empty() ? kUnknown : slots_[SlotOf(folded, hash)].id;
  }
  size_t size() const { return words_.size(); }
  // Every form, indexed by its id.
  std::vector<std::string> WordsById() const { return words_; }

 private:
  struct Slot {
    uint32_t id = kUnknown;
    uint32_t hash = 0;
  };
  // The slot holding `folded`, or the empty slot where it would go.
  size_t SlotOf(std::string_view folded, uint64_t hash) const;
  void Grow();

  std::vector<std::string> words_;  // by id
  std::vector<Slot> slots_;
};

}  // namespace newsgraph
