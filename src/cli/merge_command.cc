// `newsgraph merge`: several indexes into one.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "store/index_file.h"
#include "store/merge.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string output;
};

void RunMerge(const MergeOptions& options, int* exit_code) {
  CheckOutputPath(options.output);
  KnowledgeGraph merged = ReadIndex(options.inputs.front());
  for (size_t i = 1; i < options.inputs.size(); ++i) {
    std::vector<std::string> skipped;
    MergeInto(&merged, ReadIndex(options.inputs[i]), &skipped);
    for (const std::string& id : skipped) {
      spdlog::warn("{}: document \"{}\" is in an earlier index already (same id or text); kept from there",
                   options.inputs[i], id);
    }
  }
  WriteIndex(merged, options.output);
  spdlog::info("merged {} indexes: {} documents, {} entities, {} statements, {} edges; wrote {}",
               options.inputs.size(), merged.documents().size(),
               boost::num_vertices(merged.storage()) - merged.statement_count(), merged.statement_count(),
               boost::num_edges(merged.storage()), options.output);
  *exit_code = 0;
}

}  // namespace

void AddMergeCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge graph indexes into one");
  cmd->add_option("INDEX", options->inputs, "Index files to merge (at least one)")->type_name("")->required();
  cmd->add_option("-o,--output", options->output, "Index file to write (replaced atomically)")
      ->type_name("FILE")
      ->required();
  cmd->footer(
      "Example:\n"
      "  newsgraph merge 2017.pb 2018.pb -o all.pb\n"
      "\n"
      "The result is the index of all their documents, as if indexed at once; the order of the\n"
      "inputs does not matter. A document found in two of them (same id or same text) is kept once.");
  cmd->callback([options, exit_code] { RunMerge(*options, exit_code); });
}

}  // namespace newsgraph::cli
