#include "knowledge/vocabulary.h"

namespace newsgraph {

uint32_t Vocabulary::Intern(std::string_view folded) {
  auto it = ids_.find(folded);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(ids_.size());
  ids_.emplace(std::string(folded), id);
  return id;
}

uint32_t Vocabulary::Find(std::string_view folded) const {
  auto it = ids_.find(folded);
  return it == ids_.end() ? kUnknown : it->second;
}

std::vector<std::string> Vocabulary::WordsById() const {
  std::vector<std::string> words(ids_.size());
  for (const auto& [word, id] : ids_) words[id] = word;
  return words;
}

}  // namespace newsgraph
