// `newsgraph query`: questions about an index.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "graph/graph.h"
#include "query/query.h"
#include "store/index_file.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

// Kept apart from CLI's exit code 1 (errors) so scripts can tell "no such
// person" from "no such file".
constexpr int kUnresolvedName = 2;

struct QueryOptions {
  std::string graph;
  std::string question;
  std::vector<std::string> name;
  std::vector<std::string> about;
  bool json = false;
  bool explain = false;
};

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

void PrintJson(const nlohmann::ordered_json& value) {
  std::cout << value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

// The vertex `name` means, or nullopt after saying why there is none (the
// exit code is then kUnresolvedName).
std::optional<Vertex> Resolve(const KnowledgeGraph& graph, const std::string& name, int* exit_code) {
  NameResolution resolution = ResolveName(graph, name);
  if (resolution.status != NameResolution::Status::kFound) {
    spdlog::error("{}", DescribeUnresolved(graph, name, resolution));
    *exit_code = kUnresolvedName;
    return std::nullopt;
  }
  if (!resolution.also.empty()) {
    std::string others;
    for (Vertex v : resolution.also) others += (others.empty() ? "" : ", ") + graph.storage()[v].name;
    spdlog::warn("\"{}\" taken as {}, by far the most mentioned; it may also mean {} (ask by full name or id)", name,
                 graph.storage()[resolution.vertex].name, others);
  }
  return resolution.vertex;
}

void RunQuery(const QueryOptions& options, int* exit_code) {
  if (!options.about.empty() && options.question != "said") {
    throw Error("--about applies to `said` only");
  }
  KnowledgeGraph graph = ReadIndex(options.graph);
  std::optional<Vertex> vertex = Resolve(graph, JoinWords(options.name), exit_code);
  if (!vertex) return;
  std::optional<Vertex> about;
  if (!options.about.empty()) {
    about = Resolve(graph, JoinWords(options.about), exit_code);
    if (!about) return;
  }
  const std::string& display = graph.storage()[*vertex].name;

  if (options.question == "who-met") {
    MeetingsAnswer answer = WhoMet(graph, *vertex);
    if (options.json) {
      PrintJson(MeetingsJson(graph, *vertex, answer, options.explain));
      if (answer.empty()) spdlog::info("no meetings of {} found", display);
    } else if (answer.empty()) {
      std::cout << "no meetings of " << display << " found\n";
    } else {
      RenderMeetingsText(graph, *vertex, answer, std::cout, options.explain);
    }
  } else {
    std::vector<StatementRow> statements = Said(graph, *vertex, about);
    std::string none = about ? display + " has no statement about " + graph.storage()[*about].name +
                                   " in this index"
                             : "no statements by " + display + " found";
    if (options.json) {
      PrintJson(StatementsJson(graph, *vertex, about, statements, options.explain));
      if (statements.empty()) spdlog::info("{}", none);
    } else if (statements.empty()) {
      std::cout << none << '\n';
    } else {
      RenderStatementsText(graph, *vertex, about, statements, std::cout, options.explain);
    }
  }
  *exit_code = 0;
}

}  // namespace

void AddQueryCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("query", "Ask an index who met whom, or who said what");
  cmd->add_option("GRAPH", options->graph, "Index file written by `newsgraph index`")
      ->type_name("")
      ->required();
  cmd->add_option("QUESTION", options->question,
                  "who-met: meetings of NAME (denied and planned ones listed apart);\n"
                  "said: statements by NAME (with --about, only those naming that entity)")
      ->check(CLI::IsMember({"who-met", "said"}).description(""))
      ->type_name("")
      ->required();
  cmd->add_option("NAME", options->name,
                  "Entity name, alias, surname or id; case does not matter, quotes are optional")
      ->type_name("")
      ->required();
  cmd->add_option("--about", options->about,
                  "said: only statements whose quote names this entity (resolved like NAME;\n"
                  "quotes are optional)")
      ->type_name("NAME");
  cmd->add_flag("--json", options->json, "Print the answer as JSON instead of a table");
  cmd->add_flag("--explain", options->explain,
                "Show why each edge exists: the rule and the trigger words behind every\n"
                "piece of evidence (RULE and TRIGGER columns; \"rule\" and \"trigger\" in JSON)");
  cmd->footer(
      "Examples:\n"
      "  newsgraph query graph.pb who-met \"Jeff Sessions\"\n"
      "  newsgraph query graph.pb who-met sessions --json --explain\n"
      "  newsgraph query graph.pb said Kislyak\n"
      "  newsgraph query graph.pb said Sessions --about Kislyak\n"
      "  newsgraph query graph.pb said Sessions --about Trump campaign --explain\n"
      "\n"
      "Every answer cites its evidence: the sentence, the document id and its date.\n"
      "Exit codes: 0 answered (possibly with nothing found), 1 error (e.g. unreadable index),\n"
      "2 the name is unknown or ambiguous (candidates or suggestions are printed).");
  cmd->callback([options, exit_code] { RunQuery(*options, exit_code); });
}

}  // namespace newsgraph::cli
