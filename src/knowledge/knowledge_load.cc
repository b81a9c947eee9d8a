// Reading a gazetteer folder: curated entity files, imported layers, tenures,
// memberships and lexicons (formats: gazetteers/README.md).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "knowledge/knowledge.h"
#include "util/error.h"
#include "util/files.h"
#include "util/text.h"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

// The lexicon files, in the order their index is stored in a compiled gazetteer:
// append new files at the end.
struct LexiconFile {
  const char* file;
  int columns;
  Lexicon Lexicons::*member;
};
constexpr LexiconFile kLexiconFiles[] = {
    {"speech.tsv", 2, &Lexicons::speech},
    {"meeting.tsv", 2, &Lexicons::meeting},
    {"contact.tsv", 2, &Lexicons::contact},
    {"reaction.tsv", 2, &Lexicons::reaction},
    {"negation.txt", 1, &Lexicons::negation},
    {"modality.tsv", 2, &Lexicons::modality},
    {"former.txt", 1, &Lexicons::former},
    {"pronouns.tsv", 2, &Lexicons::pronouns},
    {"roles.tsv", 2, &Lexicons::roles},
    {"nationalities.tsv", 2, &Lexicons::nationalities},
    {"party_tags.tsv", 2, &Lexicons::party_tags},
    {"given_names.tsv", 2, &Lexicons::given_names},
    {"org_cues.tsv", 2, &Lexicons::org_cues},
    {"honorifics.tsv", 2, &Lexicons::honorifics},
    {"calendar.txt", 1, &Lexicons::calendar},
    {"connectors.txt", 1, &Lexicons::connectors},
    {"clause_boundaries.tsv", 2, &Lexicons::clause_boundaries},
    {"markers.tsv", 2, &Lexicons::markers},
    {"affiliation.txt", 1, &Lexicons::affiliation},
    {"affiliation_nouns.txt", 1, &Lexicons::affiliation_nouns},
    {"determiners.tsv", 2, &Lexicons::determiners},
    {"not_person_tails.txt", 1, &Lexicons::not_person_tails},
    {"nicknames.tsv", 2, &Lexicons::nicknames},
    {"speech_fillers.txt", 1, &Lexicons::speech_fillers},
    {"speaker_bodies.txt", 1, &Lexicons::speaker_bodies},
    {"speaker_stops.txt", 1, &Lexicons::speaker_stops},
    {"reported_speech.tsv", 2, &Lexicons::reported_speech},
    {"time_cues.tsv", 2, &Lexicons::time_cues},
    {"place_cues.txt", 1, &Lexicons::place_cues},
    {"coordination.tsv", 2, &Lexicons::coordination},
    {"copulas.txt", 1, &Lexicons::copulas},
    {"apposition.tsv", 2, &Lexicons::apposition},
    {"us_states.tsv", 2, &Lexicons::us_states},
    {"unnamed_speakers.tsv", 2, &Lexicons::unnamed_speakers},
    {"epithets.tsv", 2, &Lexicons::epithets},
    {"prepositions.txt", 1, &Lexicons::prepositions},
};

// A malformed record throws FileError, unless `problems` collects it (gazetteer
// check wants every bad line, not only the first) and the record is skipped.
template <typename Fn>
void ForEachRecord(const std::string& path, const std::string& content, Fn fn,
                   std::vector<std::string>* problems = nullptr) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string::npos) end = content.size();
    std::string_view line(content.data() + pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') {
      if (end == content.size()) break;
      continue;
    }
    try {
      if (FindInvalidUtf8(line) != std::string_view::npos) throw FileError(path, line_no, "invalid UTF-8");
      fn(line_no, Split(line, '\t'));
    } catch (const Error& e) {
      if (problems == nullptr) throw;
      problems->push_back(e.what());
    }
    if (end == content.size()) break;
  }
}

}  // namespace

std::unique_ptr<Knowledge> Knowledge::Load(const std::string& path, std::vector<std::string>* problems) {
  if (fs::is_regular_file(path)) return LoadCompiled(path);
  if (!fs::is_directory(path)) {
    throw Error(path + ": not a gazetteer (no such folder or compiled .pb file)");
  }
  const std::string& dir = path;
  std::unique_ptr<Knowledge> k(new Knowledge());
  k->problems_ = problems;
  k->LoadLexicons(dir + "/lexicon", /*base=*/true);

  fs::path entity_dir = fs::path(dir) / "entities";
  if (!fs::is_directory(entity_dir)) throw Error(dir + ": no entities/ folder");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(entity_dir)) {
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw Error(entity_dir.string() + ": no .tsv entity files");
  for (const auto& f : files) k->LoadEntities(f, /*merge=*/false);

  // Imported layers (gazetteers/imported/<source>/) come after the curated files:
  // an id both define is one entity, the curated record's name and type winning.
  std::vector<fs::path> layers;
  fs::path imported = fs::path(dir) / "imported";
  if (fs::is_directory(imported)) {
    for (const auto& e : fs::directory_iterator(imported)) {
      if (e.is_directory()) layers.push_back(e.path());
    }
  }
  std::sort(layers.begin(), layers.end());
  for (const fs::path& layer : layers) {
    if (fs::exists(layer / "entities.tsv")) k->LoadEntities((layer / "entities.tsv").string(), /*merge=*/true);
    if (fs::is_directory(layer / "lexicon")) k->LoadLexicons((layer / "lexicon").string(), /*base=*/false);
  }

  size_t n = k->entities_.size();
  k->tenures_by_person_.resize(n);
  k->tenures_by_office_.resize(n);
  k->memberships_by_person_.resize(n);
  std::vector<fs::path> relation_dirs{fs::path(dir)};
  relation_dirs.insert(relation_dirs.end(), layers.begin(), layers.end());
  for (const fs::path& d : relation_dirs) {
    if (fs::exists(d / "tenures.tsv")) k->LoadTenures((d / "tenures.tsv").string(), false);
    if (fs::exists(d / "memberships.tsv")) k->LoadTenures((d / "memberships.tsv").string(), true);
  }
  for (size_t i = 0; i < k->entities_.size(); ++i) {
    const EntityRecord& e = k->entities_[i];
    for (auto [key, id] : {std::pair<const char*, std::string_view>{"org", e.org}, {"parent", e.Attribute("parent")}}) {
      if (id.empty() || k->Find(id)) continue;
      Error error = FileError(k->origins_[i].first, k->origins_[i].second,
                              std::string(key) + "=" + std::string(id) + ": no entity with that id");
      if (problems == nullptr) throw error;
      problems->push_back(error.what());
    }
  }
  k->problems_ = nullptr;
  k->IndexRoles();
  k->IndexAliases();
  k->IndexSpelledOrganizations();
  return k;
}

void Knowledge::LoadLexicons(const std::string& dir, bool base) {
  // Abbreviations shape the tokenizer every later phrase goes through, so only
  // the base folder may set them.
  if (base) {
    std::string abbr_path = dir + "/abbreviations.txt";
    if (fs::exists(abbr_path)) {
      std::string content = ReadFile(abbr_path);
      ForEachRecord(abbr_path, content, [&](size_t, const std::vector<std::string_view>& f) {
        abbreviations_.push_back(std::string(Trim(f[0])));
      });
    } else {
      spdlog::warn("{}: missing; sentences may break after abbreviations", abbr_path);
    }
    tokenizer_ = std::make_unique<Tokenizer>(
        StringSet(abbreviations_.begin(), abbreviations_.end()));
  }

  for (uint32_t i = 0; i < std::size(kLexiconFiles); ++i) {
    std::string path = dir + "/" + kLexiconFiles[i].file;
    if (!fs::exists(path)) {
      if (base) spdlog::warn("{}: missing; the rules that use it are off", path);
      continue;
    }
    LoadLexicon(path, kLexiconFiles[i].columns, i, base);
  }
}

Lexicon* Knowledge::LexiconAt(uint32_t index) {
  return index < std::size(kLexiconFiles) ? &(lexicons_.*kLexiconFiles[index].member) : nullptr;
}
const Lexicon* Knowledge::LexiconAt(uint32_t index) const {
  return index < std::size(kLexiconFiles) ? &(lexicons_.*kLexiconFiles[index].member) : nullptr;
}

void Knowledge::LoadLexicon(const std::string& path, int columns, uint32_t lexicon, bool warn_repeats) {
  Lexicon* into = LexiconAt(lexicon);
  std::string content = ReadFile(path);
  ForEachRecord(path, content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (static_cast<int>(f.size()) < columns) {
      throw FileError(path, line, "expected " + std::to_string(columns) + " TAB-separated columns, found " +
                                      std::to_string(f.size()));
    }
    std::string_view phrase = Trim(f[0]);
    if (phrase.empty()) throw FileError(path, line, "empty phrase");
    std::vector<uint32_t> words = InternPhrase(phrase, nullptr);
    auto known = into->LongestAt(words, 0);
    if (known && known->length == words.size()) {
      // An imported list repeating a curated word keeps the curated value.
      if (!warn_repeats) return;
      spdlog::warn("{}:{}: '{}' is listed twice; the later line wins", path, line, phrase);
    }
    std::string value = columns > 1 ? std::string(Trim(f[1])) : std::string("1");
    into->Add(words, value);
    lexicon_entries_.push_back({lexicon, std::move(words), std::move(value)});
  }, problems_);
}

void Knowledge::LoadEntities(const std::string& path, bool merge) {
  std::string content = ReadFile(path);
  ForEachRecord(path, content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() < 3 || f.size() > 5) {
      throw FileError(path, line, "expected id, type, name[, aliases[, attributes]] separated by TABs, found " +
                                      std::to_string(f.size()) + " columns");
    }
    EntityRecord e;
    e.id = std::string(Trim(f[0]));
    if (e.id.empty() || e.id.find(':') == std::string::npos) {
      throw FileError(path, line, "id '" + e.id + "' lacks its type prefix (P:, ORG:, OFF:, LOC:)");
    }
    auto type = ParseEntityType(Trim(f[1]));
    if (!type || *type == EntityType::kUnnamed) throw FileError(path, line, "unknown type '" + std::string(f[1]) + "' (PERSON, ORGANIZATION, OFFICE, PLACE)");
    e.type = *type;
    e.name = std::string(Trim(f[2]));
    if (e.name.empty()) throw FileError(path, line, "empty name");
    if (f.size() > 3) {
      for (std::string_view a : Split(f[3], '|')) {
        a = Trim(a);
        if (!a.empty()) e.aliases.emplace_back(a);
      }
    }
    if (f.size() > 4) {
      for (std::string_view kv : Split(f[4], ';')) {
        kv = Trim(kv);
        if (kv.empty()) continue;
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          throw FileError(path, line, "attribute '" + std::string(kv) + "' is not key=value");
        }
        e.SetAttribute(std::string(Trim(kv.substr(0, eq))), std::string(Trim(kv.substr(eq + 1))));
      }
    }
    static const std::pair<EntityType, std::string_view> kPrefixes[] = {
        {EntityType::kPerson, "P:"}, {EntityType::kOrganization, "ORG:"}, {EntityType::kOffice, "OFF:"},
        {EntityType::kPlace, "LOC:"}};
    for (const auto& [t, prefix] : kPrefixes) {
      if (t == e.type && e.id.rfind(prefix, 0) != 0) {
        throw FileError(path, line, "id '" + e.id + "' of a " + std::string(EntityTypeName(t)) + " must start with " +
                                        std::string(prefix));
      }
    }
    if (e.id.find_first_of(" \t") != std::string::npos) throw FileError(path, line, "id '" + e.id + "' has a space");
    auto known = by_id_.find(e.id);
    if (known != by_id_.end()) {
      if (!merge || origins_[known->second].first == path) {
        throw FileError(path, line, "duplicate id '" + e.id + "' (first defined at " + origins_[known->second].first +
                                        ":" + std::to_string(origins_[known->second].second) + ")");
      }
      MergeEntity(std::move(e), path, line);
      return;
    }
    e.imported = merge;
    origins_.emplace_back(path, line);
    by_id_.emplace(e.id, static_cast<uint32_t>(entities_.size()));
    entities_.push_back(std::move(e));
  }, problems_);
}

// An imported layer adds to what a curated file (or an earlier layer) says of
// the same id: new aliases and attributes, never a new name or type.
void Knowledge::MergeEntity(EntityRecord&& e, const std::string& path, size_t line) {
  EntityRecord& known = entities_[by_id_.at(e.id)];
  if (known.type != e.type) {
    throw FileError(path, line, "'" + e.id + "' is a " + std::string(EntityTypeName(e.type)) + " here but a " +
                                    std::string(EntityTypeName(known.type)) + " where it was first defined");
  }
  auto has_alias = [&](const std::string& a) {
    return a == known.name || std::find(known.aliases.begin(), known.aliases.end(), a) != known.aliases.end();
  };
  if (!has_alias(e.name)) known.aliases.push_back(e.name);
  for (std::string& a : e.aliases) {
    if (!has_alias(a)) known.aliases.push_back(std::move(a));
  }
  for (auto& [key, value] : e.attributes) {
    if (known.Attribute(key).empty()) known.SetAttribute(key, value);
  }
}

void Knowledge::LoadTenures(const std::string& path, bool memberships) {
  std::string content = ReadFile(path);
  ForEachRecord(path, content, [&](size_t line, const std::vector<std::string_view>& f) {
    if (f.size() < 2) throw FileError(path, line, "expected person, office/organization, start, end");
    auto person = Find(Trim(f[0]));
    auto other = Find(Trim(f[1]));
    if (!person) throw FileError(path, line, "unknown id '" + std::string(Trim(f[0])) + "'");
    if (!other) throw FileError(path, line, "unknown id '" + std::string(Trim(f[1])) + "'");
    Tenure t{*person, *other, kNoDate, kOpenEnd};
    if (f.size() > 2 && !Trim(f[2]).empty()) {
      auto d = ParseDate(Trim(f[2]), DateEdge::kStart);
      if (!d) throw FileError(path, line, "start '" + std::string(f[2]) + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
      t.start = *d;
    }
    if (f.size() > 3 && !Trim(f[3]).empty()) {
      auto d = ParseDate(Trim(f[3]), DateEdge::kEnd);
      if (!d) throw FileError(path, line, "end '" + std::string(f[3]) + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
      t.end = *d;
    }
    if (t.end < t.start) throw FileError(path, line, "ends (" + std::string(Trim(f[3])) + ") before it starts (" + std::string(Trim(f[2])) + ")");
    if (memberships) {
      memberships_by_person_[t.person].push_back(t);
    } else {
      tenures_by_person_[t.person].push_back(t);
      tenures_by_office_[t.office].push_back(t);
    }
  }, problems_);
}

void Knowledge::AddNameList(const std::string& path) {
  std::string content = ReadFile(path);
  // One growth step for the whole list instead of a dozen: each step moves every record.
  size_t lines = static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1;
  size_t total = entities_.size() + lines;
  entities_.reserve(total);
  origins_.reserve(total);
  by_id_.reserve(total);
  aliases_.reserve(aliases_.size() + lines);
  for (auto* per_entity : {&tenures_by_person_, &tenures_by_office_, &memberships_by_person_}) per_entity->reserve(total);
  ForEachRecord(path, content, [&](size_t, const std::vector<std::string_view>& f) {
    std::string name(Trim(f[0]));
    if (name.empty()) return;
    EntityRecord e;
    e.id = "N:" + FoldCase(name);
    std::replace(e.id.begin(), e.id.end(), ' ', '_');
    if (by_id_.count(e.id)) return;
    e.name = name;
    uint32_t index = static_cast<uint32_t>(entities_.size());
    by_id_.emplace(e.id, index);
    entities_.push_back(std::move(e));
    origins_.emplace_back(path, 0);
    tenures_by_person_.emplace_back();
    tenures_by_office_.emplace_back();
    memberships_by_person_.emplace_back();
    AddAlias(index, name, false);
  });
}

}  // namespace newsgraph
