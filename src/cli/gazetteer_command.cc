// newsgraph gazetteer check|stats|compile|suggest: look after a gazetteer
// before using it, compile it for fast loading, grow it from a corpus.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/suggest.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct GazetteerOptions {
  std::string dir;
  bool all_ambiguities = false;
  std::string output;
  SuggestOptions suggest;
};

std::string GazetteerOrDefault(const std::string& path) { return path.empty() ? DefaultGazetteerDir() : path; }

// Surface forms that more than one entity answers to: the resolver must pick
// by the document's evidence, or leave them unresolved.
std::map<std::string, std::vector<uint32_t>> SharedAliases(const Knowledge& k) {
  std::map<std::vector<uint32_t>, std::vector<uint32_t>> by_words;
  for (const AliasRecord& a : k.aliases()) {
    auto& list = by_words[a.words];
    if (std::find(list.begin(), list.end(), a.entity) == list.end()) list.push_back(a.entity);
  }
  std::map<std::string, std::vector<uint32_t>> shared;
  for (const AliasRecord& a : k.aliases()) {
    const auto& list = by_words[a.words];
    if (list.size() < 2 || a.short_form) continue;
    const EntityRecord& e = k.entity(a.entity);
    // Name the form by the alias text that produced it.
    std::string surface = e.name;
    for (const std::string& alias : e.aliases) {
      if (k.tokenizer().Words(alias).size() == a.words.size()) surface = alias;
    }
    shared.emplace(surface, list);
  }
  return shared;
}

void RunCheck(const GazetteerOptions& o, int* exit_code) {
  std::string dir = GazetteerOrDefault(o.dir);
  std::vector<std::string> problems;
  auto start = std::chrono::steady_clock::now();
  auto knowledge = Knowledge::Load(dir, &problems);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  for (const std::string& p : problems) std::cout << p << '\n';
  // Generic titles are meant to be shared by offices, and imported namesakes
  // only matter where a curated entity shares the form: those are listed with --all.
  size_t listed = 0, hidden = 0;
  for (const auto& [surface, entities] : SharedAliases(*knowledge)) {
    bool offices = true, curated = false;
    for (uint32_t e : entities) {
      offices &= knowledge->entity(e).type == EntityType::kOffice;
      curated |= !knowledge->entity(e).imported;
    }
    if (!o.all_ambiguities && (offices || !curated)) {
      ++hidden;
      continue;
    }
    std::cout << "ambiguous alias \"" << surface << "\":";
    for (uint32_t e : entities) std::cout << ' ' << knowledge->entity(e).id;
    std::cout << '\n';
    ++listed;
  }
  std::cout << dir << ": " << (problems.empty() ? "ok" : std::to_string(problems.size()) + " malformed line(s) skipped")
            << ", " << knowledge->entities().size() << " entities loaded in " << ms << " ms, " << listed
            << " ambiguous aliases listed";
  if (hidden > 0) std::cout << " (" << hidden << " more among offices or imported entities: --all)";
  std::cout << "; the resolver decides each by the document's evidence\n";
  if (!problems.empty()) *exit_code = 1;
}

void RunStats(const GazetteerOptions& o) {
  std::string dir = GazetteerOrDefault(o.dir);
  auto start = std::chrono::steady_clock::now();
  auto knowledge = Knowledge::Load(dir);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::map<std::string_view, size_t> by_type;
  size_t tenures = 0, memberships = 0, imported = 0;
  for (uint32_t i = 0; i < knowledge->entities().size(); ++i) {
    ++by_type[EntityTypeName(knowledge->entity(i).type)];
    imported += knowledge->entity(i).imported ? 1 : 0;
    tenures += knowledge->TenuresOfPerson(i).size();
    memberships += knowledge->MembershipsOfPerson(i).size();
  }
  std::cout << "gazetteer    " << dir << '\n'
            << "entities     " << knowledge->entities().size() << " (" << imported << " from imported/)\n";
  for (const auto& [type, n] : by_type) {
    std::cout << "  " << type << std::string(type.size() < 14 ? 14 - type.size() : 1, ' ') << n << '\n';
  }
  std::cout << "aliases      " << knowledge->aliases().size() << " (with derived surnames)\n"
            << "tenures      " << tenures << '\n'
            << "memberships  " << memberships << '\n'
            << "words        " << knowledge->vocabulary().size() << '\n'
            << "load time    " << static_cast<long>(ms) << " ms\n";
}

void RunCompile(const GazetteerOptions& o) {
  std::string dir = GazetteerOrDefault(o.dir);
  if (!std::filesystem::is_directory(dir)) throw Error(dir + ": compile reads a gazetteer folder");
  auto knowledge = LoadKnowledge(dir);
  knowledge->Compile(o.output, dir);
  std::error_code ec;
  auto bytes = std::filesystem::file_size(o.output, ec);
  spdlog::info("wrote {} ({} entities, {} aliases, {:.1f} MB); use it with --gazetteers {}", o.output,
               knowledge->entities().size(), knowledge->aliases().size(), static_cast<double>(bytes) / 1e6, o.output);
}

}  // namespace

void AddGazetteerCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto options = std::make_shared<GazetteerOptions>();
  CLI::App* cmd = app.add_subcommand("gazetteer", "Check, count, compile a gazetteer; suggest names to add from a corpus");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand(
      "check", "Load DIR and list every malformed line (FILE:LINE: what), duplicate id, tenure ending before it "
               "starts, and alias shared by several entities; exit 1 on a malformed line");
  check->add_option("dir", options->dir, "Gazetteer folder (default: the bundled gazetteers/)");
  check->add_flag("--all", options->all_ambiguities,
                  "Also list titles shared by offices and forms shared only by imported entities");
  check->callback([options, exit_code] { RunCheck(*options, exit_code); });

  CLI::App* stats = cmd->add_subcommand("stats", "Count entities by type, aliases, tenures, memberships; time the load");
  stats->add_option("dir", options->dir, "Gazetteer folder or compiled .pb (default: the bundled gazetteers/)");
  stats->callback([options] { RunStats(*options); });

  CLI::App* compile = cmd->add_subcommand(
      "compile", "Compile DIR (curated files and imported/ layers) into one file that extract and index load fast");
  compile->add_option("dir", options->dir, "Gazetteer folder (default: the bundled gazetteers/)");
  compile->add_option("-o,--output", options->output, "Compiled gazetteer to write (atomically)")->required();
  compile->callback([options] { RunCompile(*options); });

  CLI::App* suggest = cmd->add_subcommand(
      "suggest", "Read a corpus and list the most frequent names the gazetteer lacks, with contexts, as lines "
                 "ready to paste into an entities/*.tsv file");
  AddSuggestOptions(*suggest, &options->suggest);
  suggest->callback([options] { RunSuggest(options->suggest); });
  cmd->footer(
      "Examples:\n"
      "  newsgraph gazetteer check gazetteers/\n"
      "  newsgraph gazetteer stats\n"
      "  newsgraph gazetteer compile gazetteers/ -o gazetteer.pb && newsgraph extract --gazetteers gazetteer.pb a.txt\n"
      "  newsgraph gazetteer suggest --top 100 corpus.jsonl > suggestions.tsv");
}

}  // namespace newsgraph::cli
