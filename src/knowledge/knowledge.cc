#include "knowledge/knowledge.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "util/error.h"
#include "util/files.h"
#include "util/text.h"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

const std::vector<Tenure> kNoTenures;

// Calls `fn(line_number, fields)` for each record line of a TAB-separated file.
template <typename Fn>
void ForEachRecord(const std::string& path, const std::string& content, Fn fn) {
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
    if (FindInvalidUtf8(line) != std::string_view::npos) throw FileError(path, line_no, "invalid UTF-8");
    fn(line_no, Split(line, '\t'));
    if (end == content.size()) break;
  }
}

bool IsNameSuffix(std::string_view w) {
  static const std::array<std::string_view, 8> kSuffixes = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"};
  return std::find(kSuffixes.begin(), kSuffixes.end(), w) != kSuffixes.end();
}

bool FamilyNameFirst(const EntityRecord& e) {
  return e.country == "KR" || e.country == "KP" || e.country == "CN";
}

}  // namespace

std::string_view EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrganization: return "ORGANIZATION";
    case EntityType::kOffice: return "OFFICE";
    case EntityType::kPlace: return "PLACE";
  }
  return "PERSON";
}

std::optional<EntityType> ParseEntityType(std::string_view s) {
  if (s == "PERSON") return EntityType::kPerson;
  if (s == "ORGANIZATION") return EntityType::kOrganization;
  if (s == "OFFICE") return EntityType::kOffice;
  if (s == "PLACE") return EntityType::kPlace;
  return std::nullopt;
}

std::string_view EntityRecord::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return {};
}

std::unique_ptr<Knowledge> Knowledge::Load(const std::string& dir) {
  if (!fs::is_directory(dir)) throw Error(dir + ": not a gazetteer folder (no such directory)");
  std::unique_ptr<Knowledge> k(new Knowledge());
  k->LoadLexicons(dir + "/lexicon");

  fs::path entity_dir = fs::path(dir) / "entities";
  if (!fs::is_directory(entity_dir)) throw Error(dir + ": no entities/ folder");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(entity_dir)) {
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw Error(entity_dir.string() + ": no .tsv entity files");
  for (const auto& f : files) k->LoadEntities(f);

  size_t n = k->entities_.size();
  k->tenures_by_person_.resize(n);
  k->tenures_by_office_.resize(n);
  k->memberships_by_person_.resize(n);
  if (fs::exists(fs::path(dir) / "tenures.tsv")) k->LoadTenures(dir + "/tenures.tsv", false);
  if (fs::exists(fs::path(dir) / "memberships.tsv")) k->LoadTenures(dir + "/memberships.tsv", true);
  for (size_t i = 0; i < k->entities_.size(); ++i) {
    const EntityRecord& e = k->entities_[i];
    if (!e.org.empty() && !k->Find(e.org)) {
      throw FileError(k->origins_[i].first, k->origins_[i].second, "org=" + e.org + ": no entity with that id");
    }
  }
  for (uint32_t i = 0; i < k->entities_.size(); ++i) {
    if (k->entities_[i].type != EntityType::kOffice) continue;
    for (const std::string& role : k->entities_[i].roles) k->offices_by_role_[role].push_back(i);
  }
  k->IndexAliases();
  return k;
}

void Knowledge::LoadLexicons(const std::string& dir) {
  std::unordered_set<std::string> abbreviations;
  std::string abbr_path = dir + "/abbreviations.txt";
  if (fs::exists(abbr_path)) {
    std::string content = ReadFile(abbr_path);
    ForEachRecord(abbr_path, content, [&](size_t, const std::vector<std::string_view>& f) {
      abbreviations.emplace(Trim(f[0]));
    });
  } else {
    spdlog::warn("{}: missing; sentences may break after abbreviations", abbr_path);
  }
  tokenizer_ = std::make_unique<Tokenizer>(std::move(abbreviations));

  struct Spec {
    const char* file;
    int columns;
    Lexicon* into;
  };
  const Spec specs[] = {
      {"speech.tsv", 2, &lexicons_.speech},         {"meeting.tsv", 2, &lexicons_.meeting},
      {"contact.tsv", 2, &lexicons_.contact},       {"reaction.tsv", 2, &lexicons_.reaction},
      {"negation.txt", 1, &lexicons_.negation},     {"modality.tsv", 2, &lexicons_.modality},
      {"former.txt", 1, &lexicons_.former},         {"pronouns.tsv", 2, &lexicons_.pronouns},
      {"roles.tsv", 2, &lexicons_.roles},           {"nationalities.tsv", 2, &lexicons_.nationalities},
      {"party_tags.tsv", 2, &lexicons_.party_tags}, {"given_names.tsv", 2, &lexicons_.given_names},
      {"org_cues.tsv", 2, &lexicons_.org_cues},     {"honorifics.tsv", 2, &lexicons_.honorifics},
      {"calendar.txt", 1, &lexicons_.calendar},     {"connectors.txt", 1, &lexicons_.connectors},
      {"clause_boundaries.tsv", 2, &lexicons_.clause_boundaries},
      {"affiliation.txt", 1, &lexicons_.affiliation},
      {"affiliation_nouns.txt", 1, &lexicons_.affiliation_nouns}, {"determiners.tsv", 2, &lexicons_.determiners},
      {"not_person_tails.txt", 1, &lexicons_.not_person_tails},
  };
  for (const Spec& s : specs) {
    std::string path = dir + "/" + s.file;
    if (!fs::exists(path)) {
      spdlog::warn("{}: missing; the rules that use it are off", path);
      continue;
    }
    LoadLexicon(path, s.columns, s.into);
  }
}

void Knowledge::LoadLexicon(const std::string& path, int columns, Lexicon* into) {
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
      spdlog::warn("{}:{}: '{}' is listed twice; the later line wins", path, line, phrase);
    }
    into->Add(words, columns > 1 ? std::string(Trim(f[1])) : std::string("1"));
  });
}

std::vector<uint32_t> Knowledge::InternPhrase(std::string_view phrase, uint32_t* capitalized_mask) {
  std::vector<uint32_t> ids;
  std::string folded;
  uint32_t mask = 0;
  for (std::string_view w : tokenizer_->Words(phrase)) {
    if (StartsUpper(w) && ids.size() < 32) mask |= 1u << ids.size();
    FoldCase(w, &folded);
    ids.push_back(vocabulary_.Intern(folded));
  }
  if (capitalized_mask) *capitalized_mask = mask;
  return ids;
}

void Knowledge::LoadEntities(const std::string& path) {
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
    if (!type) throw FileError(path, line, "unknown type '" + std::string(f[1]) + "' (PERSON, ORGANIZATION, OFFICE, PLACE)");
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
        std::string key(Trim(kv.substr(0, eq)));
        std::string value(Trim(kv.substr(eq + 1)));
        if (key == "gender") e.gender = value.empty() ? 0 : value[0];
        if (key == "country") e.country = value;
        if (key == "org") e.org = value;
        if (key == "role") {
          for (std::string_view r : Split(value, ',')) {
            if (!Trim(r).empty()) e.roles.push_back(FoldCase(Trim(r)));
          }
        }
        e.attributes.emplace_back(std::move(key), std::move(value));
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
    origins_.emplace_back(path, line);
    auto [it, added] = by_id_.emplace(e.id, static_cast<uint32_t>(entities_.size()));
    if (!added) throw FileError(path, line, "duplicate id '" + e.id + "'");
    entities_.push_back(std::move(e));
  });
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
    if (t.end < t.start) throw FileError(path, line, "ends before it starts");
    if (memberships) {
      memberships_by_person_[t.person].push_back(t);
    } else {
      tenures_by_person_[t.person].push_back(t);
      tenures_by_office_[t.office].push_back(t);
    }
  });
}

void Knowledge::AddAlias(uint32_t entity, std::string_view surface, bool short_form) {
  AliasRecord a;
  a.entity = entity;
  a.short_form = short_form;
  a.words = InternPhrase(surface, &a.capitalized_mask);
  if (!a.words.empty()) aliases_.push_back(std::move(a));
}

void Knowledge::IndexAliases() {
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& e = entities_[i];
    AddAlias(i, e.name, false);
    for (const auto& a : e.aliases) AddAlias(i, a, false);
    if (e.type != EntityType::kPerson) continue;
    std::vector<std::string_view> words = tokenizer_->Words(e.name);
    while (words.size() > 1 && (IsNameSuffix(words.back()) || words.back() == ",")) words.pop_back();
    if (words.size() < 2) continue;
    std::string_view surname(e.Attribute("surname"));
    if (surname.empty()) surname = FamilyNameFirst(e) ? words.front() : words.back();
    AddAlias(i, surname, true);
    if (words.size() > 2 && !FamilyNameFirst(e)) {
      std::string_view family = e.Attribute("surname");
      AddAlias(i, std::string(words.front()) + " " + std::string(family.empty() ? words.back() : family), false);
    }
  }
}

std::optional<uint32_t> Knowledge::Find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

const std::vector<Tenure>& Knowledge::TenuresOfPerson(uint32_t person) const {
  return person < tenures_by_person_.size() ? tenures_by_person_[person] : kNoTenures;
}
const std::vector<Tenure>& Knowledge::TenuresOfOffice(uint32_t office) const {
  return office < tenures_by_office_.size() ? tenures_by_office_[office] : kNoTenures;
}
const std::vector<Tenure>& Knowledge::MembershipsOfPerson(uint32_t person) const {
  return person < memberships_by_person_.size() ? memberships_by_person_[person] : kNoTenures;
}

const std::vector<uint32_t>& Knowledge::OfficesWithRole(const std::string& role) const {
  static const std::vector<uint32_t> kNone;
  auto it = offices_by_role_.find(role);
  return it == offices_by_role_.end() ? kNone : it->second;
}

std::optional<uint32_t> Knowledge::HolderOn(uint32_t office, DateKey date) const {
  std::optional<uint32_t> best;
  DateKey best_start = 0;
  for (const Tenure& t : TenuresOfOffice(office)) {
    if (date != kNoDate && !t.Covers(date)) continue;
    if (!best || t.start >= best_start) {
      best = t.person;
      best_start = t.start;
    }
  }
  return best;
}

bool Knowledge::Held(uint32_t person, uint32_t office, DateKey date) const {
  for (const Tenure& t : TenuresOfPerson(person)) {
    if (t.office == office && (date == kNoDate || t.Covers(date))) return true;
  }
  return false;
}

void Knowledge::AddNameList(const std::string& path) {
  std::string content = ReadFile(path);
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
    tenures_by_person_.emplace_back();
    tenures_by_office_.emplace_back();
    memberships_by_person_.emplace_back();
    AddAlias(index, name, false);
  });
}

}  // namespace newsgraph
