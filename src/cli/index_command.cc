// `newsgraph index`: documents in, an index file out.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "graph/graph.h"
#include "ingest/document.h"
#include "pipeline/pipeline.h"
#include "store/index_file.h"
#include "util/date.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct IndexOptions {
  std::string gazetteers;
  std::string date;
  std::vector<std::string> inputs;
  std::string output;
  std::string reported_speech = "quoted";
};

// Checked before the (slow) indexing so that a typo costs nothing.
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

void RunIndex(const IndexOptions& options, int* exit_code) {
  if (!options.date.empty() &&
      (options.date.size() != 10 || !ParseDate(options.date).has_value())) {
    throw Error("--date " + options.date + ": expected a date as YYYY-MM-DD");
  }
  CheckOutputPath(options.output);
  std::string dir = options.gazetteers.empty() ? DefaultGazetteerDir() : options.gazetteers;
  std::unique_ptr<Knowledge> knowledge = LoadKnowledge(dir);
  Pipeline pipeline(*knowledge, ReportedSpeechOptions(options.reported_speech));

  KnowledgeGraph graph;
  std::vector<IngestProblem> problems;
  size_t documents = 0;
  size_t relations = 0;
  IngestOptions ingest;
  ingest.date_override = options.date;
  ReadDocuments(
      options.inputs, ingest,
      [&](Document&& document) {
        if (graph.HasDocument(document.id)) {
          problems.push_back({document.origin, "a document with id \"" + document.id +
                                                   "\" is already indexed; this one is skipped"});
          return;
        }
        std::string origin = document.origin;
        try {
          DocumentExtraction extraction = pipeline.Extract(std::move(document));
          relations += extraction.relations.size();
          graph.AddDocument(extraction, knowledge.get());
        } catch (const std::exception& e) {
          // One document that trips a stage must not cost the whole corpus.
          problems.push_back({origin, std::string("could not be processed: ") + e.what()});
          return;
        }
        if (++documents % 1000 == 0) spdlog::info("{} documents indexed...", documents);
      },
      &problems);

  for (const IngestProblem& p : problems) spdlog::warn("{}: {}", p.where, p.what);
  if (documents == 0) {
    throw Error("no document could be read from the input" +
                std::string(options.inputs.size() == 1 ? "" : "s") + "; " + options.output +
                " was not written");
  }
  WriteIndex(graph, options.output);
  spdlog::info(
      "indexed {} document{}: {} entities, {} relations ({} edges, {} statements); {} skipped; "
      "wrote {}",
      documents, documents == 1 ? "" : "s",
      boost::num_vertices(graph.storage()) - graph.statement_count(), relations,
      boost::num_edges(graph.storage()), graph.statement_count(), problems.size(), options.output);
  *exit_code = 0;
}

}  // namespace

void AddIndexCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<IndexOptions>();
  CLI::App* cmd = app.add_subcommand(
      "index", "Read news documents, extract entities and relations, and write a graph index");
  cmd->add_option("--gazetteers", options->gazetteers,
                  "Gazetteer folder (default: $NEWSGRAPH_GAZETTEERS, else the bundled gazetteers/)")
      ->type_name("DIR");
  cmd->add_option("--date", options->date,
                  "Publication date for documents that carry none (used to decide who held an "
                  "office)")
      ->type_name("YYYY-MM-DD");
  AddReportedSpeechOption(cmd, &options->reported_speech);
  cmd->add_option("-o,--output", options->output, "Index file to write (replaced atomically)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("INPUT", options->inputs,
                  ".txt files, .jsonl files (one document a line) or folders of them")
      ->type_name("")
      ->required();
  cmd->footer(
      "Examples:\n"
      "  newsgraph index articles/ -o graph.pb\n"
      "  newsgraph index --date 2017-03-02 story.txt -o graph.pb\n"
      "  newsgraph index --gazetteers my-gazetteers/ feed.jsonl -o graph.pb\n"
      "\n"
      "Documents that cannot be read are reported (file:line) and skipped; the exit code is\n"
      "non-zero only when no document could be read.");
  cmd->callback([options, exit_code] { RunIndex(*options, exit_code); });
}

}  // namespace newsgraph::cli
