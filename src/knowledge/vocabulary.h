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
  // Find for each form, into `ids` (as many as `forms`). Hashes them all
  // first and prefetches their slots, so that the table's cache misses, the
  // cost of a lookup in a large vocabulary, overlap instead of queueing.
  void FindAll(std::span<const std::string_view> forms, std::span<uint32_t> ids) const;
  size_t size() const { return words_.size(); }
  // Every form, indexed by its id.
  std::vector<std::string> WordsById() const { return words_; }

 private:
  struct Slot {
    uint32_t id = kUnknown;
    uint32_t hash = 0;
  };
  static uint64_t HashOf(std::string_view s);
  // The slot holding `folded`, or the empty slot where it would go.
  size_t SlotOf(std::string_view folded, uint64_t hash) const;
  void Grow();

  std::vector<std::string> words_;  // by id
  std::vector<Slot> slots_;
};

}  // namespace newsgraph
