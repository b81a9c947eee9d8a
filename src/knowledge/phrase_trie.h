// A trie over word ids: phrases in, longest match at a position out.
// Nodes are numbered; node 0 is the root. Lookups do not allocate.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace newsgraph {

class PhraseTrie {
 public:
  static constexpr uint32_t kNoNode = UINT32_MAX;

  PhraseTrie() : terminal_(1, -1) {}

  // Adds the phrase and returns its terminal node.
  uint32_t Insert(std::span<const uint32_t> words);
  uint32_t Child(uint32_t node, uint32_t word) const;
  // The payload set with SetPayload, or -1 when no phrase ends at `node`.
  int32_t Payload(uint32_t node) const { return terminal_[node]; }
  void SetPayload(uint32_t node, int32_t payload) { terminal_[node] = payload; }

 private:
  static uint64_t Key(uint32_t node, uint32_t word) { return (uint64_t{node} << 32) | word; }
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<int32_t> terminal_;
};

}  // namespace newsgraph
