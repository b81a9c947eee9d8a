// A trie over word ids: phrases in, longest match at a position out.
// Nodes are numbered; node 0 is the root. Lookups do not allocate.
//
// The edges live in one open-addressing hash table (linear probing, at most
// half full) rather than a node-based map: Child is the recognizer's hottest
// call, once per token and word of every candidate phrase, and a flat table
// answers it with one or two cache lines. A bitset of the words that start a
// phrase answers the commonest question, "does any phrase start here?".
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace newsgraph {

class PhraseTrie {
 public:
  static constexpr uint32_t kNoNode = UINT32_MAX;

  PhraseTrie() : terminal_(1, -1) {}

  // Adds the phrase and returns its terminal node.
  uint32_t Insert(std::span<const uint32_t> words);
  // Inline: the recognizer calls it for every word of every candidate name.
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (node == 0 && !root_children_.empty()) return word < root_children_.size() ? root_children_[word] : kNoNode;
    if (node == kNoNode) return kNoNode;
    if (node == 0 ? !StartsPhrase(word) : (!HasChildren(node) || !FollowsInPhrase(word))) return kNoNode;
    if (slots_.empty()) return kNoNode;
    for (size_t i = SlotOf(Key(node, word));; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.node == node && s.word == word) return s.child;
      if (s.node == kNoNode) return kNoNode;
    }
  }
  // Whether some phrase starts with `word`: Child(0, word) != kNoNode, cheaper.
  bool StartsPhrase(uint32_t word) const { return TestBit(root_words_, word); }
  // Starts loading the table slot that Child(node, word) will read, so that a
  // scan can overlap its cache misses by asking a few positions ahead.
  void Prefetch(uint32_t node, uint32_t word) const {
    if (node == 0 && word < root_children_.size()) {
      __builtin_prefetch(&root_children_[word]);
      return;
    }
    if (slots_.empty() || (node == 0 && !StartsPhrase(word))) return;
    __builtin_prefetch(&slots_[SlotOf(Key(node, word))]);
  }
  // Keeps the root's children also in an array indexed by word (4 bytes per
  // word of the vocabulary): for a large trie probed at every candidate
  // start, as the alias trie is, the array's line is a likelier cache hit
  // than the hash table's. Insert drops it; call it again after.
  void IndexRoot();
  // Whether `word` comes after the first word in some phrase ("said" in none
  // of the aliases): a walk's step to it is answered without a probe.
  bool FollowsInPhrase(uint32_t word) const { return TestBit(inner_words_, word); }
  bool HasChildren(uint32_t node) const { return TestBit(inner_nodes_, node); }
  // The payload set with SetPayload, or -1 when no phrase ends at `node`.
  int32_t Payload(uint32_t node) const { return terminal_[node]; }
  void SetPayload(uint32_t node, int32_t payload) { terminal_[node] = payload; }

 private:
  struct Slot {  // 12 bytes: more edges per cache line than a 64-bit key would leave
    uint32_t node = kNoNode;  // kNoNode: empty (no edge leaves kNoNode)
    uint32_t word = 0;
    uint32_t child = 0;
  };
  static uint64_t Key(uint32_t node, uint32_t word) { return (uint64_t{node} << 32) | word; }
  // The bit sets below: bit i of a vector of 64-bit blocks (absent: clear).
  static bool TestBit(const std::vector<uint64_t>& bits, uint32_t i) {
    size_t block = i >> 6;
    return block < bits.size() && ((bits[block] >> (i & 63)) & 1u) != 0;
  }
  static void SetBit(std::vector<uint64_t>* bits, uint32_t i) {
    size_t block = i >> 6;
    if (bits->size() <= block) bits->resize(block + 1, 0);
    (*bits)[block] |= uint64_t{1} << (i & 63);
  }
  size_t SlotOf(uint64_t key) const {  // Fibonacci hashing: the high bits of key * 2^64/phi
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void Grow();

  std::vector<Slot> slots_;
  // Bit w is set when a phrase starts with word w. Most tokens start no phrase
  // of a given lexicon; this answers them without a probe of the big table.
  std::vector<uint64_t> root_words_;
  unsigned shift_ = 64;
  size_t edge_count_ = 0;
  std::vector<int32_t> terminal_;
  // Bit n is set when node n has a child. A walk mostly ends at a leaf (a
  // one-word name, the last word of a longer one): this answers it without a
  // probe of the big table, whose cache miss is most of a lookup's cost.
  std::vector<uint64_t> inner_nodes_;
  // Bit w is set when word w comes after the first word of some phrase. A
  // walk past a name's first word mostly meets a word of the text that no
  // alias continues with ("Trump said"): the table's cache miss is spared.
  std::vector<uint64_t> inner_words_;
  std::vector<uint32_t> root_children_;  // IndexRoot's array; empty: not indexed
};

}  // namespace newsgraph
