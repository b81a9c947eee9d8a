#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"

namespace newsgraph::cli {

std::string DefaultGazetteerDir() {
  if (const char* env = std::getenv("NEWSGRAPH_GAZETTEERS"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  // The compiled-in path only helps while the source tree is still where it was built.
  if (std::filesystem::is_directory(NEWSGRAPH_DEFAULT_GAZETTEERS, ec)) {
    return NEWSGRAPH_DEFAULT_GAZETTEERS;
  }
  return "gazetteers";
}

std::unique_ptr<Knowledge> LoadKnowledge(const std::string& dir) {
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<Knowledge> knowledge = Knowledge::Load(dir);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  spdlog::info("loaded {} entities from {} in {} ms", knowledge->entities().size(), dir, ms);
  return knowledge;
}

void AddReportedSpeechOption(CLI::App* cmd, std::string* value) {
  cmd->add_option("--reported-speech", *value,
                  "Reported speech kept as SAID with direct: false: 'quoted' (only when it holds a quotation, "
                  "\"called them \\\"deplorables\\\"\") or 'all' (also \"Sessions said he had met ...\")")
      ->check(CLI::IsMember({"quoted", "all"}))
      ->default_val("quoted");
}

RelateOptions ReportedSpeechOptions(const std::string& value) {
  RelateOptions options;
  options.all_reported_speech = value == "all";
  return options;
}

}  // namespace newsgraph::cli
