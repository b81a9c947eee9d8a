// The interned, case-folded word forms that gazetteer aliases and lexicon
// phrases are made of. Matching compares small integers, never strings.
//
// Find runs once per token of every document, so the forms sit in a flat
// open-addressing table (linear probing, at most half full) whose slot keeps
// each form's hash and where its bytes are: a miss or a hit costs one probe of
// the table and, on a hash match, one comparison with the form's bytes, which
// all sit in one string rather than in a string object each.
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
  // The hash the table files `folded` under. With Prefetch and FindAll, a
  // caller can start the table's cache misses (the cost of a lookup in a
  // large vocabulary) for many forms before it finds them, so that they
  // overlap instead of queueing.
  static uint64_t HashOf(std::string_view folded) {
    unsigned char ignored;
    return HashOf(folded, &ignored);
  }
  // HashOf, and the OR of the form's bytes in `bytes_or` (>= 0x80: not all ASCII).
  static uint64_t HashOf(std::string_view folded, unsigned char* bytes_or) {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a: words are short
    unsigned char any = 0;
    for (unsigned char c : folded) {
      h = (h ^ c) * 0x100000001b3ull;
      any |= c;
    }
    *bytes_or = any;
    return h ^ (h >> 29);
  }
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  // Find, given HashOf(folded).
  uint32_t Find(std::string_view folded, uint64_t hash) const {
    return slots_.empty() ? kUnknown : slots_[SlotOf(folded, hash)].id;
  }
  // One form of a batch: `length` bytes at `offset` of the batch's text.
  struct Query {
    uint32_t offset;
    uint32_t length;
    uint64_t hash;  // HashOf the form
  };
  // ids[k] = Find(the form of queries[k]). Finding a batch in two passes
  // (first every table slot, loading the forms they point to, then the
  // comparisons) overlaps the second cache miss of each lookup too.
  void FindAll(std::string_view text, std::span<const Query> queries, std::span<uint32_t> ids) const;
  size_t size() const { return starts_.size() - 1; }
  std::string_view Form(uint32_t id) const {
    return std::string_view(forms_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }
  // Every form, indexed by its id.
  std::vector<std::string> WordsById() const;

 private:
  struct Slot {
    uint32_t id = kUnknown;
    uint32_t tag = 0;  // the high half of the form's hash
    uint32_t start = 0;  // of the form in forms_
    uint32_t length = 0;
  };
  // The slot holding `folded`, or the empty slot where it would go.
  size_t SlotOf(std::string_view folded, uint64_t hash) const;
  void Grow();

  std::string forms_;  // every form, one after the other, in id order
  std::vector<uint32_t> starts_ = {0};  // form id's bytes: [starts_[id], starts_[id + 1])
  std::vector<Slot> slots_;
};

}  // namespace newsgraph
