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
#include <cstring>
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
    bool ignored;
    return HashOf(folded, &ignored);
  }
  // HashOf, and whether some byte of the form is not ASCII (>= 0x80).
  //
  // Eight bytes at a time, as most words fit in one or two loads: a form of
  // 4 to 16 bytes is read as two loads that may overlap, a shorter one byte by
  // byte, a longer one in 8-byte steps; a 128-bit multiply mixes them. A
  // byte-at-a-time hash cost most of a token's lookup.
  static uint64_t HashOf(std::string_view folded, bool* non_ascii) {
    const char* p = folded.data();
    const size_t n = folded.size();
    uint64_t a = 0;
    uint64_t b = 0;
    uint64_t high_bits = 0;
    if (n >= 4 && n <= 16) {
      if (n >= 8) {
        a = Load<uint64_t>(p);
        b = Load<uint64_t>(p + n - 8);
      } else {
        a = Load<uint32_t>(p);
        b = Load<uint32_t>(p + n - 4);
      }
      high_bits = a | b;
    } else if (n > 16) {
      for (size_t i = 0; i + 8 < n; i += 8) {
        uint64_t word = Load<uint64_t>(p + i);
        high_bits |= word;
        a = Mix(a ^ word, kMixFactor);
      }
      b = Load<uint64_t>(p + n - 8);
      high_bits |= b;
    } else if (n > 0) {  // 1 to 3 bytes: the first, the middle and the last cover them
      a = (uint64_t{static_cast<unsigned char>(p[0])} << 16) | (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          static_cast<unsigned char>(p[n - 1]);
      high_bits = a;
    }
    *non_ascii = (high_bits & 0x8080808080808080ull) != 0;
    return Mix(a ^ kSeedA ^ n, b ^ kSeedB);
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
  static constexpr uint64_t kSeedA = 0xa0761d6478bd642full;
  static constexpr uint64_t kSeedB = 0xe7037ed1a0b428dbull;
  static constexpr uint64_t kMixFactor = 0x8ebc6af09c88c6e3ull;
  template <typename Word>
  static uint64_t Load(const char* p) {
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }
  // The two halves of the 128-bit product, folded: every input bit reaches
  // the low bits (the table's index) and the high ones (its tag).
  static uint64_t Mix(uint64_t x, uint64_t y) {
    __extension__ typedef unsigned __int128 Product;  // a GCC and Clang type: -Wpedantic asks for the marker
    Product product = static_cast<Product>(x) * y;
    return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
  }

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
