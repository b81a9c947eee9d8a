// newsgraph extract: one JSON line per document, for scoring and for scripts.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/corpus_run.h"
#include "ingest/document.h"
#include "pipeline/extraction_json.h"
#include "pipeline/pipeline.h"
#include "util/date.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct ExtractOptions {
  std::string gazetteers;
  std::string date;
  std::string names;
  std::vector<std::string> inputs;
  bool explain = false;
  unsigned threads = 0;  // 0: one a core
  std::string reported_speech = "quoted";
};

void RunExtract(const ExtractOptions& o, int* exit_code) {
  if (!o.date.empty() && !ParseDate(o.date)) throw Error("--date '" + o.date + "' is not YYYY-MM-DD");
  auto knowledge = LoadKnowledgeWithNames(o.gazetteers, o.names);
  Pipeline pipeline(*knowledge, ReportedSpeechOptions(o.reported_speech));
  CorpusRunOptions run;
  run.inputs = o.inputs;
  run.ingest.date_override = o.date;
  run.threads = ThreadCount(o.threads);
  const bool explain = o.explain;
  run.render = [explain](const DocumentExtraction& x) {
    return ExtractionToJson(x, explain).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  bool warned_no_date = false;
  run.admit = [&warned_no_date](const Document& doc) -> std::string {
    if (doc.date.empty() && !warned_no_date) {
      spdlog::warn("{}: no date (give --date or a date field); offices fall back to their latest holder",
                   doc.origin);
      warned_no_date = true;
    }
    return "";
  };
  CorpusRunCounts counts = RunCorpus(run, pipeline, [](ExtractedDocument&& result) {
    std::cout << result.rendered << '\n';
  });
  spdlog::info("extracted {}", DescribeRun(counts));
  if (counts.documents == 0) {
    spdlog::error("no document could be read");
    *exit_code = 1;
  }
}

}  // namespace

void AddExtractCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Write each document's entities and relations as JSON Lines to stdout");
  cmd->add_option("inputs", options->inputs,
                  ".txt, .jsonl (id, title, date, text) and .html files, .gz of them, folders of them, or -")
      ->required();
  cmd->add_option("--gazetteers", options->gazetteers, "Gazetteer folder (default: the bundled gazetteers/)");
  cmd->add_option("--date", options->date, "Date (YYYY-MM-DD) of documents that carry none; picks office holders");
  AddNamesOption(cmd, &options->names);
  AddThreadsOption(cmd, &options->threads);
  cmd->add_flag("--explain", options->explain, "Add each relation's trigger word and rule to its evidence");
  AddReportedSpeechOption(cmd, &options->reported_speech);
  cmd->footer(
      "Examples:\n"
      "  newsgraph extract article.txt\n"
      "  newsgraph extract -j 2 --date 2017-03-02 articles/ > extraction.jsonl\n"
      "  newsgraph extract corpus.jsonl --explain | jq .relations\n"
      "\n"
      "Lines come out in input order whatever -j is.");
  cmd->callback([options, exit_code] { RunExtract(*options, exit_code); });
}

}  // namespace newsgraph::cli
