// `newsgraph query`: questions about an index, one CLI11 subcommand each.
#include <spdlog/spdlog.h>

#include <chrono>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "graph/graph.h"
#include "graph/selection.h"
#include "query/centrality.h"
#include "query/explore.h"
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
  bool json = false;
  bool tsv = false;
  bool explain = false;
  // Per question; each subcommand fills the ones it has.
  std::vector<std::string> name;
  std::vector<std::string> about;
  std::string from_name, to_name;
  std::string since, until, on;
  std::string types;
  std::string polarity;
  std::string measure = "degree";
  bool by = false, to = false;
  size_t min_evidence = 1;
  size_t depth = 1;
  size_t count = 10;
};

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

void PrintJson(const nlohmann::ordered_json& value) {
  std::cout << value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

RelationSelection Selection(const QueryOptions& options) {
  RelationSelection selection;
  selection.types = ParseRelationTypeList(options.types);
  if (!options.since.empty()) selection.window.since = CheckDate(options.since, "--since");
  if (!options.until.empty()) selection.window.until = CheckDate(options.until, "--until");
  return selection;
}

void Print(const Answer& answer, const QueryOptions& options) {
  if (options.json) {
    PrintJson(AnswerJson(answer, options.explain));
  } else if (options.tsv) {
    RenderAnswerTsv(answer, std::cout, options.explain);
  } else {
    RenderAnswerText(answer, std::cout, options.explain);
    return;
  }
  if (answer.empty()) spdlog::info("{}", answer.empty_message);
}

KnowledgeGraph Load(const QueryOptions& options) {
  if (options.json && options.tsv) throw Error("--json and --tsv exclude each other");
  auto start = std::chrono::steady_clock::now();
  KnowledgeGraph graph = ReadIndex(options.graph);
  spdlog::debug(
      "{} loaded in {} ms", options.graph,
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
  return graph;
}

void WhoMetQuestion(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  std::optional<Vertex> vertex = ResolveOrExplain(graph, JoinWords(options.name), exit_code);
  if (!vertex) return;
  RelationSelection selection = Selection(options);
  MeetingsAnswer answer = WhoMet(graph, *vertex, selection.window, options.min_evidence);
  const std::string none = "no meetings of " + graph.storage()[*vertex].name + " found";
  if (options.json) {
    PrintJson(MeetingsJson(graph, *vertex, answer, options.explain));
    if (answer.empty()) spdlog::info("{}", none);
  } else if (options.tsv) {
    Print(MeetingsAsAnswer(graph, *vertex, answer), options);
  } else if (answer.empty()) {
    std::cout << none << '\n';
  } else {
    RenderMeetingsText(graph, *vertex, answer, std::cout, options.explain);
  }
  *exit_code = 0;
}

void SaidQuestion(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  std::optional<Vertex> vertex = ResolveOrExplain(graph, JoinWords(options.name), exit_code);
  if (!vertex) return;
  std::optional<Vertex> about;
  if (!options.about.empty()) {
    about = ResolveOrExplain(graph, JoinWords(options.about), exit_code);
    if (!about) return;
  }
  const std::string& display = graph.storage()[*vertex].name;
  std::vector<StatementRow> statements = Said(graph, *vertex, about);
  std::string none = about ? display + " has no statement about " + graph.storage()[*about].name + " in this index"
                           : "no statements by " + display + " found";
  if (options.json) {
    PrintJson(StatementsJson(graph, *vertex, about, statements, options.explain));
    if (statements.empty()) spdlog::info("{}", none);
  } else if (options.tsv) {
    Answer answer = StatementsAsAnswer(graph, *vertex, statements);
    answer.empty_message = none;
    Print(answer, options);
  } else if (statements.empty()) {
    std::cout << none << '\n';
  } else {
    RenderStatementsText(graph, *vertex, about, statements, std::cout, options.explain);
  }
  *exit_code = 0;
}

// The questions about one entity, answered as an Answer.
using EntityQuestion = std::function<Answer(const KnowledgeGraph&, Vertex, const QueryOptions&)>;

void AskAboutEntity(const QueryOptions& options, const EntityQuestion& question, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  std::optional<Vertex> vertex = ResolveOrExplain(graph, JoinWords(options.name), exit_code);
  if (!vertex) return;
  Print(question(graph, *vertex, options), options);
  *exit_code = 0;
}

void PathQuestion(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  std::optional<Vertex> from = ResolveOrExplain(graph, options.from_name, exit_code);
  if (!from) return;
  std::optional<Vertex> to = ResolveOrExplain(graph, options.to_name, exit_code);
  if (!to) return;
  Print(PathAnswer(graph, *from, *to, Selection(options)), options);
  *exit_code = 0;
}

void TopQuestion(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  Centrality measure = options.measure == "betweenness" ? Centrality::kBetweenness
                       : options.measure == "pagerank"  ? Centrality::kPageRank
                                                        : Centrality::kDegree;
  Print(TopAnswer(graph, measure, Selection(options), options.count), options);
  *exit_code = 0;
}

void StatsQuestion(const QueryOptions& options, int* exit_code) {
  KnowledgeGraph graph = Load(options);
  Print(StatsAnswer(graph), options);
  *exit_code = 0;
}

CLI::App* Question(CLI::App* query, const std::string& name, const std::string& description,
                   const std::shared_ptr<QueryOptions>& options, std::function<void(const QueryOptions&)> run) {
  CLI::App* cmd = query->add_subcommand(name, description);
  cmd->fallthrough();  // --json, --tsv, --explain after the question's own options
  cmd->footer("Also takes --json, --tsv and --explain (see `newsgraph query --help`).");
  cmd->callback([options, run] { run(*options); });
  return cmd;
}

void AddName(CLI::App* cmd, QueryOptions* options, const std::string& what) {
  cmd->add_option("NAME", options->name,
                  what + " name, alias, surname or id; case does not matter, quotes are optional")
      ->type_name("")
      ->required();
}

// A question about one entity: NAME, resolved, then `question` answers.
CLI::App* AskAbout(CLI::App* query, const std::string& name, const std::string& description, const std::string& what,
                   const std::shared_ptr<QueryOptions>& options, EntityQuestion question, int* exit_code) {
  CLI::App* cmd = Question(query, name, description, options,
                           [question, exit_code](const QueryOptions& q) { AskAboutEntity(q, question, exit_code); });
  AddName(cmd, options.get(), what);
  return cmd;
}

void AddWindow(CLI::App* cmd, QueryOptions* options) {
  cmd->add_option("--since", options->since, "Only evidence from documents dated on or after DATE (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Only evidence from documents dated on or before DATE (YYYY[-MM[-DD]])")
      ->type_name("DATE");
}

void AddTypes(CLI::App* cmd, QueryOptions* options) {
  cmd->add_option("--type", options->types,
                  "Only these relation types, comma-separated: MET, SAID, REACTED, HOLDS_OFFICE,\n"
                  "MEMBER_OF, CONTACTED, ABOUT, TOLD (default: all)")
      ->type_name("TYPES");
}

}  // namespace

std::optional<Vertex> ResolveOrExplain(const KnowledgeGraph& graph, const std::string& name, int* exit_code) {
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

void AddQueryCommand(CLI::App& app, const GlobalOptions& /*global*/, int* exit_code) {
  auto options = std::make_shared<QueryOptions>();
  QueryOptions* o = options.get();
  CLI::App* cmd = app.add_subcommand("query", "Ask an index who met whom, who said what, and more");
  cmd->require_subcommand(1);
  cmd->add_option("GRAPH", o->graph, "Index file written by `newsgraph index`")->type_name("")->required();
  cmd->add_flag("--json", o->json, "Print the answer as JSON instead of a table");
  cmd->add_flag("--tsv", o->tsv, "Print the answer as tab-separated values, one line per piece of evidence");
  cmd->add_flag("--explain", o->explain,
                "Show why each edge exists: the rule and the trigger words behind every\n"
                "piece of evidence (RULE and TRIGGER columns; \"rule\" and \"trigger\" in JSON)");

  CLI::App* who_met = Question(cmd, "who-met", "Meetings of NAME; denied and planned ones listed apart", options,
                               [exit_code](const QueryOptions& q) { WhoMetQuestion(q, exit_code); });
  AddName(who_met, o, "Entity");
  AddWindow(who_met, o);
  who_met->add_option("--min-evidence", o->min_evidence, "Only meetings with at least N pieces of evidence")
      ->type_name("N")
      ->check(CLI::PositiveNumber);

  CLI::App* said = Question(cmd, "said", "Statements by NAME, with what they are about", options,
                            [exit_code](const QueryOptions& q) { SaidQuestion(q, exit_code); });
  AddName(said, o, "Entity");
  said->add_option("--about", o->about, "Only statements whose quote names this entity (resolved like NAME)")
      ->type_name("NAME");

  CLI::App* reactions = AskAbout(
      cmd, "reactions", "Reactions (criticism, praise, demands) by and to NAME", "Entity", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions& x) {
        ReactionDirection d = x.by   ? ReactionDirection::kBy
                              : x.to ? ReactionDirection::kTo
                                     : ReactionDirection::kBoth;
        return ReactionsAnswer(g, v, d, x.polarity, Selection(x));
      },
      exit_code);
  CLI::Option* by = reactions->add_flag("--by", o->by, "Only reactions by NAME");
  reactions->add_flag("--to", o->to, "Only reactions to NAME")->excludes(by);
  reactions->add_option("--polarity", o->polarity, "Only positive (+) or negative (-) reactions")
      ->type_name("+|-")
      ->check(CLI::IsMember({"+", "-"}));
  AddWindow(reactions, o);

  AskAbout(
      cmd, "offices", "Offices NAME held, first and last seen in the news", "Person", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions&) { return OfficesAnswer(g, v); }, exit_code);

  CLI::App* holders = AskAbout(
      cmd, "holders", "Who held OFFICE (on a date, with --on)", "Office", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions& x) {
        return HoldersAnswer(g, v, x.on.empty() ? "" : CheckDate(x.on, "--on"));
      },
      exit_code);
  holders->add_option("--on", o->on, "Holders on DATE: whose evidence dates span it, else the last seen before it")
      ->type_name("DATE");

  AskAbout(
      cmd, "members", "Members of organization ORG", "Organization", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions&) { return MembersAnswer(g, v); }, exit_code);

  CLI::App* neighbors = AskAbout(
      cmd, "neighbors", "Entities related to NAME, within --depth hops", "Entity", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions& x) {
        return NeighborsAnswer(g, v, x.depth, Selection(x));
      },
      exit_code);
  neighbors
      ->add_option("--depth", o->depth,
                   "Hops to go (default 1); a statement links its speaker to\n"
                   "the entities it names in one hop")
      ->type_name("K")
      ->check(CLI::Range(1, 10));
  AddTypes(neighbors, o);
  AddWindow(neighbors, o);

  CLI::App* path = Question(cmd, "path", "Shortest chain of relations from A to B, with evidence per hop", options,
                            [exit_code](const QueryOptions& q) { PathQuestion(q, exit_code); });
  path->add_option("A", o->from_name, "From this entity (quote a name of several words)")->type_name("")->required();
  path->add_option("B", o->to_name, "To this entity")->type_name("")->required();
  AddTypes(path, o);
  AddWindow(path, o);

  CLI::App* top = Question(cmd, "top", "The most central entities", options,
                           [exit_code](const QueryOptions& q) { TopQuestion(q, exit_code); });
  top->add_option("--by", o->measure,
                  "degree (distinct related entities, default), betweenness (exact up to 5000\n"
                  "entities, else estimated from 500 sources) or pagerank")
      ->type_name("MEASURE")
      ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}));
  top->add_option("-n", o->count, "How many (default 10)")->type_name("N")->check(CLI::PositiveNumber);
  AddTypes(top, o);
  AddWindow(top, o);

  CLI::App* timeline = AskAbout(
      cmd, "timeline", "Every relation of NAME, oldest first", "Entity", options,
      [](const KnowledgeGraph& g, Vertex v, const QueryOptions& x) { return TimelineAnswer(g, v, Selection(x)); },
      exit_code);
  AddTypes(timeline, o);
  AddWindow(timeline, o);

  Question(cmd, "stats", "Counts of documents, entities by type and relations by type", options,
           [exit_code](const QueryOptions& q) { StatsQuestion(q, exit_code); });

  cmd->footer(
      "Examples:\n"
      "  newsgraph query graph.pb who-met \"Jeff Sessions\" --since 2017-01 --min-evidence 2\n"
      "  newsgraph query graph.pb said Sessions --about Kislyak --json\n"
      "  newsgraph query graph.pb reactions Trump --to --polarity -\n"
      "  newsgraph query graph.pb offices Sessions\n"
      "  newsgraph query graph.pb holders \"Attorney General\" --on 2017-06-01\n"
      "  newsgraph query graph.pb members \"Democratic Party\"\n"
      "  newsgraph query graph.pb neighbors Kislyak --depth 2 --type MET,CONTACTED\n"
      "  newsgraph query graph.pb path \"Jeff Sessions\" \"Al Franken\"\n"
      "  newsgraph query graph.pb top --by pagerank -n 20\n"
      "  newsgraph query graph.pb timeline Kislyak --tsv\n"
      "  newsgraph query graph.pb stats\n"
      "\n"
      "Each question has its own --help (newsgraph query GRAPH path --help). Every answer\n"
      "cites its evidence: the sentence, the document id and its date.\n"
      "Exit codes: 0 answered (possibly with nothing found), 1 error (e.g. unreadable index),\n"
      "2 a name is unknown or ambiguous (candidates or suggestions are printed).");
}

}  // namespace newsgraph::cli
