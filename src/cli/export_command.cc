// `newsgraph export`: an index to JSON, GraphML or Graphviz DOT.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "export/export.h"
#include "store/index_file.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph::cli {
namespace {

struct ExportOptions {
  std::string graph;
  std::string format;
  std::string output = "-";
};

// Without --format, the output file's extension decides; stdout gets JSON.
ExportFormat ChooseFormat(const ExportOptions& options) {
  if (!options.format.empty()) {
    if (std::optional<ExportFormat> f = ParseExportFormat(options.format)) return *f;
    throw Error("--format " + options.format + ": expected json, graphml or dot");
  }
  std::string ext = std::filesystem::path(options.output).extension().string();
  if (!ext.empty()) {
    if (std::optional<ExportFormat> f = ParseExportFormat(ext.substr(1))) return *f;
  }
  return ExportFormat::kJson;
}

void RunExport(const ExportOptions& options, int* exit_code) {
  ExportFormat format = ChooseFormat(options);
  KnowledgeGraph graph = ReadIndex(options.graph);
  if (options.output == "-") {
    ExportGraph(graph, format, std::cout);
  } else {
    std::ostringstream buffer;
    ExportGraph(graph, format, buffer);
    WriteFileAtomically(options.output, buffer.str());
    spdlog::info("wrote {} ({} entities, {} statements, {} relations)", options.output,
                 boost::num_vertices(graph.storage()) - graph.statement_count(), graph.statement_count(),
                 boost::num_edges(graph.storage()));
  }
  *exit_code = 0;
}

}  // namespace

void AddExportCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd =
      app.add_subcommand("export", "Write an index as JSON (networkx), GraphML or Graphviz DOT");
  cmd->add_option("GRAPH", options->graph, "Index file written by `newsgraph index`")
      ->type_name("")
      ->required();
  cmd->add_option("-f,--format", options->format,
                  "json (networkx node-link), graphml, or dot (default: from the -o extension, "
                  "else json)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"json", "graphml", "dot"}));
  cmd->add_option("-o,--output", options->output, "Output file, or - for standard output (default)")
      ->type_name("FILE");
  cmd->footer(
      "Examples:\n"
      "  newsgraph export graph.pb --format json -o graph.json\n"
      "  newsgraph export graph.pb --format graphml -o graph.graphml   # Gephi, yEd, networkx\n"
      "  newsgraph export graph.pb --format dot | dot -Tsvg > graph.svg\n"
      "\n"
      "In JSON and GraphML every edge carries its evidence sentences; in DOT, negated\n"
      "relations are dashed and planned or hypothetical meetings dotted.");
  cmd->callback([options, exit_code] { RunExport(*options, exit_code); });
}

}  // namespace newsgraph::cli
