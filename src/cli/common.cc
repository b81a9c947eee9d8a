#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "cli/commands.h"
#include "util/error.h"

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

std::unique_ptr<Knowledge> LoadKnowledgeWithNames(const std::string& gazetteers, const std::string& names) {
  std::unique_ptr<Knowledge> knowledge = LoadKnowledge(gazetteers.empty() ? DefaultGazetteerDir() : gazetteers);
  if (!names.empty()) {
    auto start = std::chrono::steady_clock::now();
    knowledge->AddNameList(names);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    spdlog::info("loaded the names of {} in {} ms", names, ms);
  }
  return knowledge;
}

void CheckOutputPath(const std::string& output) {
  std::filesystem::path parent = std::filesystem::path(output).parent_path();
  std::error_code ec;
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    throw Error(output + ": cannot write the index: folder " + parent.string() + " does not exist");
  }
  if (std::filesystem::is_directory(output, ec)) {
    throw Error(output + ": is a folder; give -o a file name such as graph.pb");
  }
}

void AddNamesOption(CLI::App* cmd, std::string* names) {
  cmd->add_option("--names", *names, "Extra name list, one name a line (entities of unknown type)")
      ->type_name("FILE");
}

void AddThreadsOption(CLI::App* cmd, unsigned* threads) {
  cmd->add_option("-j,--jobs", *threads,
                  "Threads for the pipeline (0, the default: one a core); the output is the same whatever the number")
      ->type_name("N")
      ->default_val(0);
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
