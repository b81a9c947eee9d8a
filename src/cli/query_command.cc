// `newsgraph query`: questions about an index.
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
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
  bool json = false;
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

void RunQuery(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = ReadIndex(options.graph);
  std::string name = JoinWords(options.name);
  NameResolution resolution = ResolveName(graph, name);
  if (resolution.status != NameResolution::Status::kFound) {
    spdlog::error("{}", DescribeUnresolved(graph, name, resolution));
    *exit_code = kUnresolvedName;
    return;
  }
  Vertex vertex = resolution.vertex;
  const std::string& display = graph.storage()[vertex].name;
  if (!resolution.also.empty()) {
    std::string others;
    for (Vertex v : resolution.also) others += (others.empty() ? "" : ", ") + graph.storage()[v].name;
    spdlog::warn("\"{}\" taken as {}, by far the most mentioned; it may also mean {} (ask by full name or id)", name,
                 display, others);
  }

  if (options.question == "who-met") {
    MeetingsAnswer answer = WhoMet(graph, vertex);
    if (options.json) {
      PrintJson(MeetingsJson(graph, vertex, answer));
      if (answer.empty()) spdlog::info("no meetings of {} found", display);
    } else if (answer.empty()) {
      std::cout << "no meetings of " << display << " found\n";
    } else {
      RenderMeetingsText(graph, vertex, answer, std::cout);
    }
  } else {
    std::vector<Statement> statements = Said(graph, vertex);
    if (options.json) {
      PrintJson(StatementsJson(graph, vertex, statements));
      if (statements.empty()) spdlog::info("no statements by {} found", display);
    } else if (statements.empty()) {
      std::cout << "no statements by " << display << " found\n";
    } else {
      RenderStatementsText(graph, vertex, statements, std::cout);
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
                  "said: statements by NAME")
      ->check(CLI::IsMember({"who-met", "said"}).description(""))
      ->type_name("")
      ->required();
  cmd->add_option("NAME", options->name,
                  "Entity name, alias, surname or id; case does not matter, quotes are optional")
      ->type_name("")
      ->required();
  cmd->add_flag("--json", options->json, "Print the answer as JSON instead of a table");
  cmd->footer(
      "Examples:\n"
      "  newsgraph query graph.pb who-met \"Jeff Sessions\"\n"
      "  newsgraph query graph.pb who-met sessions --json\n"
      "  newsgraph query graph.pb said Kislyak\n"
      "\n"
      "Every answer cites its evidence: the sentence, the document id and its date.\n"
      "Exit codes: 0 answered (possibly with nothing found), 1 error (e.g. unreadable index),\n"
      "2 the name is unknown or ambiguous (candidates or suggestions are printed).");
  cmd->callback([options, exit_code] { RunQuery(*options, exit_code); });
}

}  // namespace newsgraph::cli
