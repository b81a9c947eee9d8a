// newsgraph extract: one JSON line per document, for scoring and for scripts.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.h"
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
  std::string reported_speech = "quoted";
};

void RunExtract(const ExtractOptions& o, int* exit_code) {
  if (!o.date.empty() && !ParseDate(o.date)) throw Error("--date '" + o.date + "' is not YYYY-MM-DD");
  auto knowledge = LoadKnowledge(o.gazetteers.empty() ? DefaultGazetteerDir() : o.gazetteers);
  if (!o.names.empty()) knowledge->AddNameList(o.names);
  Pipeline pipeline(*knowledge, ReportedSpeechOptions(o.reported_speech));
  IngestOptions ingest;
  ingest.date_override = o.date;
  std::vector<IngestProblem> problems;
  size_t documents = 0;
  bool warned_no_date = false;
  ReadDocuments(
      o.inputs, ingest,
      [&](Document&& doc) {
        if (doc.date.empty() && !warned_no_date) {
          spdlog::warn("{}: no date (give --date or a date field); offices fall back to their latest holder",
                       doc.origin);
          warned_no_date = true;
        }
        DocumentExtraction x = pipeline.Extract(std::move(doc));
        std::cout << ExtractionToJson(x, o.explain).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
        ++documents;
      },
      &problems);
  for (const auto& p : problems) spdlog::warn("{}: skipped: {}", p.where, p.what);
  spdlog::info("extracted {} document(s), skipped {}", documents, problems.size());
  if (documents == 0) {
    spdlog::error("no document could be read");
    *exit_code = 1;
  }
}

}  // namespace

void AddExtractCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Write each document's entities and relations as JSON Lines to stdout");
  cmd->add_option("inputs", options->inputs, "A .txt file, a folder of them, or a .jsonl file (id, title, date, text)")
      ->required();
  cmd->add_option("--gazetteers", options->gazetteers, "Gazetteer folder (default: the bundled gazetteers/)");
  cmd->add_option("--date", options->date, "Date (YYYY-MM-DD) of documents that carry none; picks office holders");
  cmd->add_option("--names", options->names, "Extra name list, one name a line (entities of unknown type)");
  cmd->add_flag("--explain", options->explain, "Add each relation's trigger word and rule to its evidence");
  AddReportedSpeechOption(cmd, &options->reported_speech);
  cmd->footer(
      "Examples:\n"
      "  newsgraph extract article.txt\n"
      "  newsgraph extract --date 2017-03-02 articles/ > extraction.jsonl\n"
      "  newsgraph extract corpus.jsonl --explain | jq .relations");
  cmd->callback([options, exit_code] { RunExtract(*options, exit_code); });
}

}  // namespace newsgraph::cli
