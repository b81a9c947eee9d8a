// The interned, case-folded word forms that gazetteer aliases and lexicon
// phrases are made of. Matching compares small integers, never strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <unordered_map>

namespace newsgraph {

class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = UINT32_MAX;

  uint32_t Intern(std::string_view folded);
  // kUnknown when the form was never interned; does not allocate.
  uint32_t Find(std::string_view folded) const;
  size_t size() const { return ids_.size(); }
  // Every form, indexed by its id.
  std::vector<std::string> WordsById() const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace newsgraph
