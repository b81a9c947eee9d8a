// newsgraph gazetteer check|stats: look after a gazetteer folder before using it.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "util/error.h"

namespace newsgraph::cli {
namespace {

struct GazetteerOptions {
  std::string dir;
  bool all_ambiguities = false;
};

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

void RunCheck(const GazetteerOptions& o) {
  std::string dir = o.dir.empty() ? DefaultGazetteerDir() : o.dir;
  auto knowledge = LoadKnowledge(dir);  // malformed lines throw FILE:LINE
  auto shared = SharedAliases(*knowledge);
  size_t shown = 0;
  for (const auto& [surface, entities] : shared) {
    bool offices = true;
    for (uint32_t e : entities) offices &= knowledge->entity(e).type == EntityType::kOffice;
    if (offices && !o.all_ambiguities) continue;  // generic titles are meant to be shared
    std::cout << "ambiguous alias \"" << surface << "\":";
    for (uint32_t e : entities) std::cout << ' ' << knowledge->entity(e).id;
    std::cout << '\n';
    ++shown;
  }
  std::cout << dir << ": ok, " << knowledge->entities().size() << " entities, " << shown
            << " ambiguous aliases listed (resolved by each document's evidence)\n";
}

void RunStats(const GazetteerOptions& o) {
  std::string dir = o.dir.empty() ? DefaultGazetteerDir() : o.dir;
  auto start = std::chrono::steady_clock::now();
  auto knowledge = Knowledge::Load(dir);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::map<std::string_view, size_t> by_type;
  size_t tenures = 0, memberships = 0;
  for (uint32_t i = 0; i < knowledge->entities().size(); ++i) {
    ++by_type[EntityTypeName(knowledge->entity(i).type)];
    tenures += knowledge->TenuresOfPerson(i).size();
    memberships += knowledge->MembershipsOfPerson(i).size();
  }
  std::cout << "gazetteer    " << dir << '\n' << "entities     " << knowledge->entities().size() << '\n';
  for (const auto& [type, n] : by_type) {
    std::cout << "  " << type << std::string(type.size() < 14 ? 14 - type.size() : 1, ' ') << n << '\n';
  }
  std::cout << "aliases      " << knowledge->aliases().size() << " (with derived surnames)\n"
            << "tenures      " << tenures << '\n'
            << "memberships  " << memberships << '\n'
            << "words        " << knowledge->vocabulary().size() << '\n'
            << "load time    " << static_cast<long>(ms) << " ms\n";
}

}  // namespace

void AddGazetteerCommand(CLI::App& app, const GlobalOptions&, int*) {
  auto options = std::make_shared<GazetteerOptions>();
  CLI::App* cmd = app.add_subcommand("gazetteer", "Check a gazetteer folder or count what it holds");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand(
      "check", "Load DIR, stop at the first malformed line (FILE:LINE), list aliases shared by several entities");
  check->add_option("dir", options->dir, "Gazetteer folder (default: the bundled gazetteers/)");
  check->add_flag("--all", options->all_ambiguities, "Also list generic titles shared by several offices");
  check->callback([options] { RunCheck(*options); });
  CLI::App* stats = cmd->add_subcommand("stats", "Count entities by type, aliases, tenures, memberships; time the load");
  stats->add_option("dir", options->dir, "Gazetteer folder (default: the bundled gazetteers/)");
  stats->callback([options] { RunStats(*options); });
  cmd->footer(
      "Examples:\n"
      "  newsgraph gazetteer check gazetteers/\n"
      "  newsgraph gazetteer stats");
}

}  // namespace newsgraph::cli
