// `newsgraph index`: documents in, an index file out (new, or grown with --append).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/corpus_run.h"
#include "graph/graph.h"
#include "ingest/document.h"
#include "pipeline/pipeline.h"
#include "store/index_file.h"
#include "util/date.h"
#include "util/error.h"
#include "util/text.h"

namespace newsgraph::cli {
namespace {

struct IndexOptions {
  std::string gazetteers;
  std::string date;
  std::string names;
  std::vector<std::string> inputs;
  std::string output;
  std::string append;
  unsigned threads = 0;  // 0: one a core
  std::string reported_speech = "quoted";
};

void RunIndex(const IndexOptions& options, int* exit_code) {
  if (!options.date.empty() &&
      (options.date.size() != 10 || !ParseDate(options.date).has_value())) {
    throw Error("--date " + options.date + ": expected a date as YYYY-MM-DD");
  }
  if (options.output.empty() && options.append.empty()) throw Error("give -o GRAPH (or --append GRAPH)");
  const std::string output = options.output.empty() ? options.append : options.output;
  CheckOutputPath(output);
  // About one vertex (entity or statement) per 550-600 bytes of news text
  // (news-corpus: 21 MB, 37,000 vertices; news-politics: 76 MB, 142,000).
  // Twice that is reserved: outgrowing the reservation moves every vertex
  // (100 ms on news-politics, with the workers idle meanwhile), while the
  // reservation costs only address space until used. The cap bounds a wild guess.
  constexpr uint64_t kInputBytesPerVertex = 300;
  constexpr uint64_t kMaxReservedVertices = 1'000'000;
  const size_t new_vertices = std::min(TotalInputBytes(options.inputs) / kInputBytesPerVertex, kMaxReservedVertices);
  // Initialized, not assigned: Boost 1.74's adjacency_list has no move
  // assignment, so assigning the index read would copy the whole graph. The
  // room is reserved as the index is read: reserving after would move every vertex.
  KnowledgeGraph graph = options.append.empty() ? KnowledgeGraph() : ReadIndex(options.append, new_vertices);
  if (options.append.empty()) graph.ReserveVertices(new_vertices);
  std::unique_ptr<Knowledge> knowledge = LoadKnowledgeWithNames(options.gazetteers, options.names);
  Pipeline pipeline(*knowledge, ReportedSpeechOptions(options.reported_speech));

  CorpusRunOptions run;
  run.inputs = options.inputs;
  run.ingest.date_override = options.date;
  run.threads = ThreadCount(options.threads);
  StringSet ids;  // a lookup per document read: open addressing, not std::unordered_set's nodes and division
  for (const DocumentRecord& d : graph.documents()) {
    ids.insert(d.id);
    run.ingest.known_hashes.insert(d.content_hash);
    run.ingest.fnv_content_hash = run.ingest.fnv_content_hash || IsFnvContentHash(d.content_hash);
  }
  if (run.ingest.fnv_content_hash) {
    spdlog::info("{} was written by an older newsgraph: new documents get its kind of content hash (FNV-1a), "
                 "so that a text indexed twice is still found",
                 options.append);
  }
  // Ids are checked as documents are read (not when they are added), so that
  // the same document wins whatever -j is.
  run.admit = [&ids](const Document& document) -> std::string {
    if (ids.insert(document.id).second) return "";
    return "a document with id \"" + document.id + "\" is already indexed; this one is skipped";
  };
  size_t relations = 0;
  CorpusRunCounts counts = RunCorpus(run, pipeline, [&](ExtractedDocument&& result) {
    relations += result.extraction.relations.size();
    graph.AddDocument(result.extraction, knowledge.get());
  });

  if (counts.documents == 0 && options.append.empty()) {
    throw Error("no document could be read from the input" +
                std::string(options.inputs.size() == 1 ? "" : "s") + "; " + output + " was not written");
  }
  auto write_start = std::chrono::steady_clock::now();
  WriteIndex(graph, output);
  spdlog::debug("wrote the index in {:.2f} s",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - write_start).count());
  spdlog::info("indexed {}; {} entities, {} relations found ({} edges, {} statements in the graph); wrote {}",
               DescribeRun(counts), boost::num_vertices(graph.storage()) - graph.statement_count(), relations,
               boost::num_edges(graph.storage()), graph.statement_count(), output);
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
  AddNamesOption(cmd, &options->names);
  AddThreadsOption(cmd, &options->threads);
  AddReportedSpeechOption(cmd, &options->reported_speech);
  cmd->add_option("-o,--output", options->output,
                  "Index file to write (replaced atomically; default with --append: that index)")
      ->type_name("FILE");
  cmd->add_option("--append", options->append,
                  "Existing index to add the documents to (those it holds already, by id or text, are skipped)")
      ->type_name("GRAPH");
  cmd->add_option("INPUT", options->inputs,
                  ".txt, .jsonl (one document a line) and .html files, .gz of them, folders of them "
                  "(recursive), or - for standard input")
      ->type_name("")
      ->required();
  cmd->footer(
      "Examples:\n"
      "  newsgraph index articles/ -o graph.pb\n"
      "  newsgraph index -j 2 --date 2017-03-02 story.txt feed.jsonl.gz -o graph.pb\n"
      "  newsgraph index --append graph.pb new-articles/\n"
      "\n"
      "Documents that cannot be read are reported (file:line) and skipped, as are repeated texts;\n"
      "the summary counts them by reason. The exit code is non-zero only when no document could\n"
      "be read. The index is the same whatever -j is.");
  cmd->callback([options, exit_code] { RunIndex(*options, exit_code); });
}

}  // namespace newsgraph::cli
