// newsgraph gazetteer suggest: the names a corpus uses most that the gazetteer
// lacks (found by the recognizer's person and organization cues), so a user
// grows the gazetteer from the articles they actually index.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace newsgraph::cli {

struct SuggestOptions {
  std::vector<std::string> inputs;
  std::string gazetteers;
  std::string date;
  size_t top = 50;
  size_t min_documents = 2;
  size_t contexts = 2;
};

void AddSuggestOptions(CLI::App& cmd, SuggestOptions* options);
void RunSuggest(const SuggestOptions& options);

}  // namespace newsgraph::cli
