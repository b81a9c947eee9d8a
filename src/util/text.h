// Small text helpers shared by every stage: UTF-8 checks, case folding,
// splitting of the gazetteers' TAB-separated lines, hashing.
#pragma once

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph {

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
size_t FindInvalidUtf8(std::string_view s);

// Lower-cases `s` (full Unicode case folding) into `out` and maps typographic
// apostrophes and dashes to their ASCII forms. Reuses `out`'s storage.
void FoldCase(std::string_view s, std::string* out);
// FoldCase(s), appended to `out` (many forms folded into one buffer).
void AppendFoldCase(std::string_view s, std::string* out);
// Writes s.size() bytes to `out`: ASCII letters lower-cased, every other byte
// as it is. Equals FoldCase(s) when s is all ASCII; a whole document in one
// pass is cheaper than its words one call each.
void FoldAsciiLetters(std::string_view s, char* out);
std::string FoldCase(std::string_view s);

// True when the first code point of `s` is an upper-case letter.
bool StartsUpper(std::string_view s);
// True when `s` has letters and none of them is lower-case.
bool IsAllUpper(std::string_view s);

// A lower-case word of five letters or more ending in -ly ("quickly"): an adverb, near enough.
bool LooksLikeAdverb(std::string_view word);
// A dash that sets off an attribution or a clause: ― — – - --.
bool IsDash(std::string_view mark);

std::vector<std::string_view> Split(std::string_view s, char sep);
std::string_view Trim(std::string_view s);

// A text's fingerprint, by which indexing finds a document it has seen:
// "xxh3-" and the 64-bit XXH3 hash (xxHash 0.8's, whose output is fixed) in
// lower-case hex. Indexes written before it (to early December 2026) hold
// FnvContentHash's: 16 hex digits, no prefix. FNV-1a reads a byte at a time,
// with a multiply between bytes; it took 3% of indexing.
std::string ContentHash(std::string_view s);
// 64-bit FNV-1a as lower-case hex, with the offset basis the older indexes
// were written with: 1469598103934665603, a digit short of the standard's.
std::string FnvContentHash(std::string_view s);
bool IsFnvContentHash(std::string_view hash);

// Lets a string-keyed hash map be searched with a string_view, without
// building a std::string for every lookup on the hot paths.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// Open addressing (Abseil's SwissTable): a lookup is a probe of one group of
// slots, not a walk through std::unordered_map's bucket list and nodes.
template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;

}  // namespace newsgraph
