// One function per verb, each registering its CLI11 subcommand. main.cc only
// wires them together; a verb's work lives in the stage folders.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>

#include "graph/graph.h"
#include "knowledge/knowledge.h"
#include "relate/relator.h"

namespace newsgraph::cli {

// Options every verb shares.
struct GlobalOptions {
  int verbosity = 0;  // -v raises, -q lowers
  bool quiet = false;
};

// The gazetteer folder: --gazetteers, else $NEWSGRAPH_GAZETTEERS, else the
// source tree's gazetteers/ (compiled in), else ./gazetteers.
std::string DefaultGazetteerDir();
// Loads it, logging how long it took.
std::unique_ptr<Knowledge> LoadKnowledge(const std::string& dir);

// Loads `gazetteers` (or the default folder) and then the --names list, if
// any, timing each.
std::unique_ptr<Knowledge> LoadKnowledgeWithNames(const std::string& gazetteers, const std::string& names);

// Throws when `output` cannot be an index file (no such folder, a folder);
// checked before the slow work so that a typo costs nothing.
void CheckOutputPath(const std::string& output);

// --names FILE and -j N, shared by extract and index.
void AddNamesOption(CLI::App* cmd, std::string* names);
void AddThreadsOption(CLI::App* cmd, unsigned* threads);

// --reported-speech quoted|all, shared by extract and index.
void AddReportedSpeechOption(CLI::App* cmd, std::string* value);
RelateOptions ReportedSpeechOptions(const std::string& value);

// The entity `name` means (query/query.h ResolveName), or nullopt after
// logging the candidates or suggestions and setting `*exit_code` to 2.
std::optional<Vertex> ResolveOrExplain(const KnowledgeGraph& graph, const std::string& name, int* exit_code);

// Each Add*Command registers its subcommand; its callback throws Error on
// failure and sets `*exit_code` on success paths that still fail (e.g. no
// document readable).
void AddExtractCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddIndexCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddMergeCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddQueryCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddExportCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddGazetteerCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void AddConllCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);

}  // namespace newsgraph::cli
