// `newsgraph export`: an index to JSON, GraphML, Graphviz DOT or Neo4j CSV.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "export/export.h"
#include "graph/selection.h"
#include "store/index_file.h"
#include "util/error.h"
#include "util/files.h"

namespace newsgraph::cli {
namespace {

struct ExportOptions {
  std::string graph;
  std::string format;
  std::string output = "-";
  std::string types;
  std::string since, until;
  std::vector<std::string> around;
  size_t depth = 1;
};

// Without --format, the output file's extension decides; stdout gets JSON.
ExportFormat ChooseFormat(const ExportOptions& options) {
  if (!options.format.empty()) {
    if (std::optional<ExportFormat> f = ParseExportFormat(options.format)) return *f;
    throw Error("--format " + options.format + ": expected json, graphml, dot or neo4j");
  }
  std::string ext = std::filesystem::path(options.output).extension().string();
  if (!ext.empty()) {
    if (std::optional<ExportFormat> f = ParseExportFormat(ext.substr(1))) return *f;
  }
  return ExportFormat::kJson;
}

// The graph cut down to the options' selection, or nullopt when nothing is
// filtered (the whole graph is exported as it is). `*exit_code` is 2 when
// --around names no entity.
std::optional<KnowledgeGraph> Select(const KnowledgeGraph& graph, const ExportOptions& options, bool* unresolved,
                                     int* exit_code) {
  RelationSelection selection;
  selection.types = ParseRelationTypeList(options.types);
  if (!options.since.empty()) selection.window.since = CheckDate(options.since, "--since");
  if (!options.until.empty()) selection.window.until = CheckDate(options.until, "--until");
  if (options.around.empty()) {
    if (selection.everything()) return std::nullopt;
    return Subgraph(graph, selection, {});
  }
  std::string name;
  for (const std::string& word : options.around) name += (name.empty() ? "" : " ") + word;
  std::optional<Vertex> centre = ResolveOrExplain(graph, name, exit_code);
  if (!centre) {
    *unresolved = true;
    return std::nullopt;
  }
  std::vector<Vertex> statements;
  std::vector<bool> keep(boost::num_vertices(graph.storage()), false);
  for (const Reached& r : Neighbourhood(graph, *centre, options.depth, selection, &statements)) keep[r.vertex] = true;
  for (Vertex s : statements) keep[s] = true;
  return Subgraph(graph, selection, keep, {*centre});
}

void RunExport(const ExportOptions& options, int* exit_code) {
  ExportFormat format = ChooseFormat(options);
  if (format == ExportFormat::kNeo4j && options.output == "-") {
    throw Error("--format neo4j writes nodes.csv and relationships.csv: name their directory with -o");
  }
  KnowledgeGraph whole = ReadIndex(options.graph);
  bool unresolved = false;
  std::optional<KnowledgeGraph> selected = Select(whole, options, &unresolved, exit_code);
  if (unresolved) return;
  const KnowledgeGraph& graph = selected ? *selected : whole;
  const size_t statements = graph.statement_count();
  const size_t entities = boost::num_vertices(graph.storage()) - statements;
  if (entities == 0) spdlog::warn("the selection is empty: nothing matches these types, dates or neighbourhood");
  if (format == ExportFormat::kNeo4j) {
    std::filesystem::create_directories(options.output);
    std::ostringstream nodes, relationships;
    ExportNeo4j(graph, nodes, relationships);
    WriteFileAtomically((std::filesystem::path(options.output) / "nodes.csv").string(), nodes.str());
    WriteFileAtomically((std::filesystem::path(options.output) / "relationships.csv").string(), relationships.str());
  } else if (options.output == "-") {
    ExportGraph(graph, format, std::cout);
  } else {
    std::ostringstream buffer;
    ExportGraph(graph, format, buffer);
    WriteFileAtomically(options.output, buffer.str());
  }
  if (options.output != "-") {
    spdlog::info("wrote {} ({} entities, {} statements, {} relations)", options.output, entities, statements,
                 boost::num_edges(graph.storage()));
  }
  *exit_code = 0;
}

}  // namespace

void AddExportCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write an index as JSON (networkx), GraphML, Graphviz DOT or Neo4j CSV");
  cmd->add_option("GRAPH", options->graph, "Index file written by `newsgraph index`")
      ->type_name("")
      ->required();
  cmd->add_option("-f,--format", options->format,
                  "json (networkx node-link), graphml, dot, or neo4j (bulk-import CSV; -o names a\n"
                  "directory) (default: from the -o extension, else json)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"json", "graphml", "dot", "neo4j"}));
  cmd->add_option("-o,--output", options->output,
                  "Output file, or - for standard output (default); for neo4j, a directory\n"
                  "(created) that receives nodes.csv and relationships.csv")
      ->type_name("PATH");
  cmd->add_option("--type", options->types,
                  "Only these relation types, comma-separated (MET,SAID,REACTED,HOLDS_OFFICE,\n"
                  "MEMBER_OF,CONTACTED,ABOUT,TOLD); entities left without a relation are left out")
      ->type_name("TYPES");
  cmd->add_option("--since", options->since, "Only evidence from documents dated on or after DATE (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Only evidence from documents dated on or before DATE")
      ->type_name("DATE");
  cmd->add_option("--around", options->around,
                  "Only the neighbourhood of this entity (name, alias or id; quotes optional)")
      ->type_name("NAME");
  cmd->add_option("--depth", options->depth, "With --around: hops from it (default 1)")
      ->type_name("K")
      ->check(CLI::Range(1, 10));
  cmd->footer(
      "Examples:\n"
      "  newsgraph export graph.pb --format json -o graph.json\n"
      "  newsgraph export graph.pb --format graphml -o graph.graphml   # Gephi, yEd, networkx\n"
      "  newsgraph export graph.pb --format dot --around Kislyak --depth 2 | dot -Tsvg > kislyak.svg\n"
      "  newsgraph export graph.pb --format neo4j --type MET,REACTED --since 2017 -o neo4j-import/\n"
      "\n"
      "In JSON, GraphML and Neo4j CSV every edge carries its evidence sentences; in DOT,\n"
      "negated relations are dashed and planned or hypothetical meetings dotted.\n"
      "Exit codes: 0 written, 1 error, 2 --around names no entity (or an ambiguous one).");
  cmd->callback([options, exit_code] { RunExport(*options, exit_code); });
}

}  // namespace newsgraph::cli
